/**
 * The simulator against the real thing: vsftpd and a Python ftplib client captured between two Linux
 * network namespaces (scripts/captures/make-captures.sh). For each TCP connection, in the order they
 * open, the simulated run must show the same flags in the same order and the same FTP lines as tshark
 * reads from the capture. Addresses and port numbers differ by nature and are left out.
 */
import { describe, expect, test } from 'vitest';
import { readTsharkTsv } from '../../tests/helpers/tshark-tsv.ts';
import { traceToRows } from '../core/rows.ts';
import type { Trace } from '../core/trace.ts';
import { type FtpRunOptions, runFtp } from './ftp.ts';

const FIXTURES = new URL('../../tests/fixtures/captures/', import.meta.url).pathname;

interface Conversation {
  flags: string[];
  ftp: string[];
}

interface Packet {
  src: string;
  sport: number | null;
  dst: string;
  dport: number | null;
  flags: string;
  ftp: string;
}

/** PORT, PASV and EPSV carry addresses and ports that change from run to run. */
function normalise(line: string): string {
  return line
    .replace(/^PORT .*/, 'PORT <address>')
    .replace(/^EPRT .*/, 'EPRT <address>')
    .replace(/\(\d+,\d+,\d+,\d+,\d+,\d+\)/, '(<address>)')
    .replace(/\(\|\|\|\d+\|\)/, '(|||<port>|)');
}

function conversations(packets: Packet[]): Conversation[] {
  const byKey = new Map<string, Conversation>();
  for (const p of packets) {
    const ends = [`${p.src}:${p.sport}`, `${p.dst}:${p.dport}`].sort().join(' ');
    let c = byKey.get(ends);
    if (!c) {
      c = { flags: [], ftp: [] };
      byKey.set(ends, c);
    }
    c.flags.push(p.flags);
    if (p.ftp) c.ftp.push(normalise(p.ftp));
  }
  return [...byKey.values()];
}

function simulated(options: Partial<FtpRunOptions>): Conversation[] {
  const trace: Trace = runFtp(
    {
      mode: 'passive',
      firewall: 'off',
      nat: 'off',
      files: 2,
      loss: 0,
      ip: 4,
      seed: 1,
      distance: 'lab',
      ...options,
    },
    'ftp-vs-real',
  );
  return conversations(traceToRows(trace).map((r) => ({ ...r, ftp: r.app })));
}

function real(file: string): Conversation[] {
  return conversations(readTsharkTsv(`${FIXTURES}${file}.tshark.tsv`).filter((r) => r.tcp));
}

describe.each([
  ['ftp-passive.pcapng', { mode: 'passive' as const }],
  ['ftp-active.pcapng', { mode: 'active' as const }],
  ['ftp-passive-ipv6.pcapng', { mode: 'passive' as const, ip: 6 as const }],
  // The capture's nftables rule dropped new inbound connections until 2.5 s after the first blocked SYN.
  ['ftp-active-firewall.pcapng', { mode: 'active' as const, firewall: 'blocks-then-allows' as const }],
])('%s and the simulator', (file, options) => {
  const sim = simulated(options);
  const ref = real(file);

  test('the same connections: control plus one data connection per file', () => {
    expect(sim).toHaveLength(ref.length);
    expect(ref).toHaveLength(3);
  });

  test('the same FTP lines in the same order', () => {
    expect(sim.map((c) => c.ftp)).toEqual(ref.map((c) => c.ftp));
  });

  test('the same TCP flags in the same order on every connection', () => {
    sim.forEach((c, i) => {
      expect(c.flags, `connection ${i + 1}`).toEqual(ref[i]?.flags);
    });
  });
});

test('a blocked SYN is retried when Linux retries it: about 1 s, 2 s and 3 s after the first', () => {
  const synTimes = (rows: { flags: string; sport: number | null; time: number }[]) =>
    rows.filter((r) => r.flags === 'SYN' && r.sport === 20).map((r) => r.time);
  const realTimes = synTimes(readTsharkTsv(`${FIXTURES}ftp-active-firewall.pcapng.tshark.tsv`));
  const trace = runFtp(
    {
      mode: 'active',
      firewall: 'blocks-then-allows',
      nat: 'off',
      files: 2,
      loss: 0,
      ip: 4,
      seed: 1,
      distance: 'lab',
    },
    'ftp-vs-real',
  );
  const simTimes = synTimes(traceToRows(trace));
  expect(simTimes).toHaveLength(realTimes.length);
  const since = (times: number[]) => times.map((t) => t - (times[0] as number));
  // The real kernel's timer adds a few milliseconds of slack to each wait.
  since(simTimes).forEach((t, i) => {
    expect(Math.abs(t - (since(realTimes)[i] as number))).toBeLessThan(0.1);
  });
});
