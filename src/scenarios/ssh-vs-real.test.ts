/**
 * SFTP and scp against the real thing: OpenSSH 9.2's sftp, scp and sshd captured between two Linux network
 * namespaces (scripts/captures/make-captures.sh). The simulator, set up as the capture was (same OpenSSH
 * version and key exchange methods, a lab link), must show per connection the same TCP flags in the same
 * order, the same cleartext SSH messages in the same order, and as many encrypted packets each way, in the
 * same order. The real capture is read by the project's own capture importer.
 *
 * Segment sizes differ on purpose: Linux sends TCP timestamps, so its segments carry 1448 bytes where the
 * simulator's carry 1460; the message boundaries and the bytes of each write are compared in ssh.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importCapture } from '../capture/import.ts';
import type { SshDirection, SshMode } from '../core/apps/ssh/client.ts';
import { KEX_ALGORITHMS } from '../core/apps/ssh/wire.ts';
import { type PacketRow, traceToRows } from '../core/rows.ts';
import { simulateSsh } from './ssh.ts';

const FIXTURES = new URL('../../tests/fixtures/captures/', import.meta.url).pathname;

/** The machines of the reference captures: Debian 12's OpenSSH, a home in the script's temporary folder. */
const CAPTURE_SOFTWARE = {
  version: 'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10',
  kexAlgorithms: ['sntrup761x25519-sha512', ...KEX_ALGORITHMS],
  home: '/tmp/ta-captures.XXXXXX/home',
};

interface Conversation {
  flags: string[];
  /** Cleartext SSH messages, each as `> KEXINIT`: the version lines and the key exchange. */
  clear: string[];
  /** One letter per write that holds encrypted packets: `>` from the PC, `<` from the server. */
  encrypted: string;
}

/**
 * The importer names a message on the segment that completes it, the simulator on the first one of its
 * write, and the importer writes one label per message where the simulator lists a write's messages: both
 * come down to the same list of names.
 */
function conversations(rows: PacketRow[], fromPc: (r: PacketRow) => boolean): Conversation[] {
  const byKey = new Map<string, Conversation>();
  // Writes end with PSH: a write counts once, whichever of its segments the label is on.
  const sealed = new Set<string>();
  for (const r of rows) {
    if (!r.flags) continue;
    const key = [`${r.src}:${r.sport}`, `${r.dst}:${r.dport}`].sort().join(' ');
    let c = byKey.get(key);
    if (!c) {
      c = { flags: [], clear: [], encrypted: '' };
      byKey.set(key, c);
    }
    c.flags.push(r.flags);
    const dir = fromPc(r) ? '>' : '<';
    const names = (r.app ?? '')
      .split(/ \| |, /)
      .map((n) => n.replace(/^SSH /, ''))
      .filter((n) => n !== '');
    for (const n of names) {
      if (n === 'Encrypted packet') sealed.add(`${key} ${dir}`);
      else c.clear.push(`${dir} ${n}`);
    }
    if (r.flags.includes('PSH') && sealed.delete(`${key} ${dir}`)) c.encrypted += dir;
  }
  return [...byKey.values()];
}

function real(file: string): Conversation[] {
  const { trace } = importCapture(readFileSync(`${FIXTURES}${file}`), file);
  return conversations(traceToRows(trace), (r) => r.src === '10.20.0.10');
}

function simulated(mode: SshMode, direction: SshDirection): Conversation[] {
  const run = simulateSsh({
    mode,
    direction,
    nat: 'off',
    files: 1,
    loss: 0,
    ip: 4,
    seed: 1,
    distance: 'lab',
    software: CAPTURE_SOFTWARE,
  });
  return conversations(traceToRows(run.trace), (r) => r.sport !== 22);
}

const CLEARTEXT = [
  '> SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10',
  '< SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10',
  '> KEXINIT',
  '< KEXINIT',
  '> KEX_ECDH_INIT',
  '< KEX_ECDH_REPLY',
  '< NEWKEYS',
  '> NEWKEYS',
];

describe.each([
  ['sftp.pcapng', 'sftp' as const, 'download' as const],
  ['sftp-upload.pcapng', 'sftp' as const, 'upload' as const],
  ['scp-upload.pcapng', 'scp' as const, 'upload' as const],
  ['scp-legacy.pcapng', 'scp' as const, 'download' as const],
])('%s and the simulator', (file, mode, direction) => {
  const sim = simulated(mode, direction);
  const ref = real(file);

  test('one connection, the PC to port 22', () => {
    expect(ref).toHaveLength(1);
    expect(sim).toHaveLength(1);
  });

  test('the same cleartext SSH messages in the same order', () => {
    expect(ref[0]?.clear).toEqual(CLEARTEXT);
    expect(sim[0]?.clear).toEqual(ref[0]?.clear);
  });

  test('as many encrypted writes each way, in the same order', () => {
    expect(sim[0]?.encrypted).toBe(ref[0]?.encrypted);
  });

  // In scp-legacy.pcapng sshd's FIN came 0.15 ms before the PC's: who closes first after `scp -O` has
  // fetched a file is a race. The simulator closes from the PC, as in the other three; the flags are the
  // same either way (FIN,ACK, FIN,ACK, ACK), only their directions differ.
  test('the same TCP flags in the same order', () => {
    expect(sim[0]?.flags).toEqual(ref[0]?.flags);
  });
});
