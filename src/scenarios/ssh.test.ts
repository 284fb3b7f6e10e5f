import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lanTap, pcapOf } from '../../tests/helpers/sim-pcap.ts';
import { readTsharkTsv } from '../../tests/helpers/tshark-tsv.ts';
import { KEX_ALGORITHMS } from '../core/apps/ssh/wire.ts';
import { type AppMessage, formatFlags, type GenericAppMessage, TCP_PSH } from '../core/packet.ts';
import type { ConnectionEvent, Trace, WireEvent } from '../core/trace.ts';
import { type SshRunOptions, scpScenario, sftpScenario, simulateSsh } from './ssh.ts';

const BASE: SshRunOptions = {
  mode: 'sftp',
  direction: 'download',
  nat: 'off',
  files: 2,
  loss: 0,
  ip: 4,
  seed: 7,
};

function captured(trace: Trace): WireEvent[] {
  return trace.events.filter((e): e is WireEvent => e.type === 'wire' && e.link === trace.meta.captureLink);
}

function connections(trace: Trace): ConnectionEvent[] {
  return trace.events.filter((e): e is ConnectionEvent => e.type === 'connection');
}

function generic(app: AppMessage | undefined): GenericAppMessage | undefined {
  return app as GenericAppMessage | undefined;
}

/**
 * The messages of the connection, as `> outer` or, with `inner`, what the ends see. A file's data spans
 * several segments that all carry its label: they count once.
 */
function messages(trace: Trace, inner: boolean): string[] {
  const out: string[] = [];
  let last: AppMessage | undefined;
  for (const e of captured(trace)) {
    if (!e.app) continue;
    const app = generic(e.app);
    if (app === last && app?.kind === 'data') continue;
    last = app;
    const dir = e.from === 'pc' ? '>' : '<';
    out.push(inner && app?.inner ? `${dir} ${app.inner.text}` : `${dir} ${app?.text}`);
  }
  return out;
}

describe('sftp: one SSH connection carries the login and the files', () => {
  const run = simulateSsh(BASE);
  const trace = run.trace;

  test('a single TCP connection, from the PC to port 22', () => {
    const conns = connections(trace);
    expect(conns).toHaveLength(1);
    expect(conns[0]).toMatchObject({
      purpose: 'ssh',
      client: { node: 'pc' },
      server: { node: 'server', port: 22 },
    });
    expect(new Set(captured(trace).map((e) => e.conn))).toEqual(new Set([conns[0]?.conn]));
  });

  test('what an eavesdropper sees: versions and the key exchange in clear, then only encrypted packets', () => {
    const outer = messages(trace, false);
    expect(outer.slice(0, 7)).toEqual([
      '> SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3',
      '< SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3',
      '> SSH KEXINIT',
      '< SSH KEXINIT',
      '> SSH KEX_ECDH_INIT',
      '< SSH KEX_ECDH_REPLY, NEWKEYS, Encrypted packet',
      '> SSH NEWKEYS',
    ]);
    expect(outer.slice(7).every((l) => l.endsWith('SSH Encrypted packet'))).toBe(true);
  });

  test('what the two ends see, in the order OpenSSH sends it (sftp.pcapng, SUMMARY.md)', () => {
    const inner = messages(trace, true).slice(5);
    const get = (file: string, size: number) => [
      `> SFTP LSTAT ${file}`,
      `< SFTP ATTRS ${file} size=${size}`,
      `> SFTP STAT ${file}`,
      `< SFTP ATTRS ${file} size=${size}`,
      `> SFTP OPEN ${file}`,
      `< SFTP HANDLE ${file}`,
      `> SFTP READ ${file}`,
      `< SFTP DATA ${file} len=${size}`,
      `> SFTP READ ${file}`,
      '< SFTP STATUS End of file',
      `> SFTP CLOSE ${file}`,
      '< SFTP STATUS OK',
    ];
    expect(inner).toEqual([
      '< SSH KEX_ECDH_REPLY, NEWKEYS, EXT_INFO',
      '> SSH NEWKEYS',
      '> SSH SERVICE_REQUEST ssh-userauth',
      '< SSH SERVICE_ACCEPT ssh-userauth',
      '> SSH USERAUTH_REQUEST none',
      '< SSH USERAUTH_FAILURE password',
      '> SSH USERAUTH_REQUEST password',
      '< SSH USERAUTH_SUCCESS',
      '> SSH CHANNEL_OPEN session, GLOBAL_REQUEST no-more-sessions@openssh.com',
      '< SSH GLOBAL_REQUEST hostkeys-00@openssh.com',
      '< SSH CHANNEL_OPEN_CONFIRMATION',
      '> SSH CHANNEL_REQUEST subsystem sftp',
      '< SSH CHANNEL_WINDOW_ADJUST 2097152, CHANNEL_SUCCESS',
      '> SFTP INIT version=3',
      '< SFTP VERSION 3',
      '> SFTP EXTENDED limits@openssh.com',
      '< SFTP EXTENDED_REPLY limits',
      '> SFTP REALPATH .',
      '< SFTP NAME /home/learner',
      ...get('a.txt', 1200),
      ...get('b.txt', 2600),
      '> SSH CHANNEL_EOF',
      '< SSH CHANNEL_REQUEST exit-status 0, CHANNEL_EOF, CHANNEL_CLOSE',
      '> SSH CHANNEL_CLOSE',
      '> SSH DISCONNECT disconnected by user',
    ]);
  });

  test('encryption starts exactly at each side’s NEWKEYS', () => {
    const withPayload = captured(trace).filter((e) => e.app);
    for (const side of ['pc', 'server']) {
      const mine = withPayload.filter((e) => e.from === (side === 'pc' ? 'pc' : 'router'));
      const newkeys = mine.findIndex((e) => generic(e.app)?.text.includes('NEWKEYS'));
      expect(newkeys).toBeGreaterThan(0);
      expect(mine.slice(0, newkeys).some((e) => generic(e.app)?.encrypted)).toBe(false);
      expect(mine.slice(newkeys + 1).every((e) => generic(e.app)?.encrypted === true)).toBe(true);
    }
    // The server's NEWKEYS and its first encrypted packet (EXT_INFO) leave in the same write.
    const reply = withPayload.find((e) => generic(e.app)?.text.startsWith('SSH KEX_ECDH_REPLY'));
    expect(generic(reply?.app)?.encrypted).toBe(true);
  });

  test('every byte of every file arrives', () => {
    expect(run.client.failed).toEqual([]);
    expect(run.client.finished).toBe(true);
    expect(run.client.kex).toBe('sntrup761x25519-sha512@openssh.com');
    for (const [name, bytes] of run.files) expect(run.client.received.get(name)).toEqual(bytes);
  });

  test('the PC closes first; both FINs are acknowledged', () => {
    const flags = captured(trace).map(
      (e) => `${e.from === 'pc' ? '>' : '<'} ${formatFlags(e.tcp?.flags ?? 0)}`,
    );
    const fins = flags.filter((f) => f.includes('FIN'));
    expect(fins).toHaveLength(2);
    expect(fins[0]?.startsWith('>')).toBe(true);
    expect(flags.at(-1)).toBe('> ACK');
  });
});

describe('scp: the legacy protocol inside the same kind of connection', () => {
  const run = simulateSsh({ ...BASE, mode: 'scp' });

  test('exec scp -f, then a header line, the file with a zero byte after it, each acknowledged with a zero byte', () => {
    const inner = messages(run.trace, true);
    const from = inner.indexOf('> SSH CHANNEL_REQUEST exec scp -f a.txt b.txt');
    expect(from).toBeGreaterThan(0);
    expect(inner.slice(from)).toEqual([
      '> SSH CHANNEL_REQUEST exec scp -f a.txt b.txt',
      '< SSH CHANNEL_WINDOW_ADJUST 2097152, CHANNEL_SUCCESS',
      '> SCP 0x00',
      '< SCP C0644 1200 a.txt',
      '> SCP 0x00',
      '< SCP a.txt len=1200',
      '> SCP 0x00',
      '< SCP C0644 2600 b.txt',
      '> SCP 0x00',
      '< SCP b.txt len=2600',
      '> SCP 0x00',
      '< SSH CHANNEL_REQUEST exit-status 0, CHANNEL_REQUEST eow@openssh.com, CHANNEL_EOF, CHANNEL_CLOSE',
      '> SSH CHANNEL_CLOSE',
      '> SSH DISCONNECT disconnected by user',
    ]);
  });

  test('every byte of every file arrives', () => {
    expect(run.client.failed).toEqual([]);
    for (const [name, bytes] of run.files) expect(run.client.received.get(name)).toEqual(bytes);
  });
});

describe('uploads, the seed’s direction and the scenarios’ default', () => {
  test('sftp put: OPEN for writing, one WRITE per file this small, STATUS OK, CLOSE, STATUS OK', () => {
    const run = simulateSsh({ ...BASE, direction: 'upload' });
    const inner = messages(run.trace, true);
    const from = inner.indexOf('< SFTP NAME /home/learner');
    expect(from).toBeGreaterThan(0);
    const put = (file: string, size: number) => [
      `> SFTP OPEN ${file} WRITE|CREAT|TRUNC`,
      `< SFTP HANDLE ${file}`,
      `> SFTP WRITE ${file} len=${size}`,
      '< SFTP STATUS OK',
      `> SFTP CLOSE ${file}`,
      '< SFTP STATUS OK',
    ];
    expect(inner.slice(from + 1)).toEqual([
      ...put('a.txt', 1200),
      ...put('b.txt', 2600),
      '> SSH CHANNEL_EOF',
      '< SSH CHANNEL_REQUEST exit-status 0, CHANNEL_EOF, CHANNEL_CLOSE',
      '> SSH CHANNEL_CLOSE',
      '> SSH DISCONNECT disconnected by user',
    ]);
    expect(run.client.sent).toEqual(['a.txt', 'b.txt']);
    expect(run.client.received.size).toBe(0);
    for (const [name, bytes] of run.files) expect(run.stored.get(name)).toEqual(bytes);
  });

  test('scp -t: the sink says it is ready, then header, data with its zero byte, each answered', () => {
    const run = simulateSsh({ ...BASE, mode: 'scp', direction: 'upload' });
    const inner = messages(run.trace, true);
    const from = inner.indexOf('> SSH CHANNEL_REQUEST exec scp -t .');
    expect(from).toBeGreaterThan(0);
    expect(inner.slice(from)).toEqual([
      '> SSH CHANNEL_REQUEST exec scp -t .',
      '< SSH CHANNEL_WINDOW_ADJUST 2097152, CHANNEL_SUCCESS',
      '< SCP 0x00',
      '> SCP C0644 1200 a.txt',
      '< SCP 0x00',
      '> SCP a.txt len=1200',
      '< SCP 0x00',
      '> SCP C0644 2600 b.txt',
      '< SCP 0x00',
      '> SCP b.txt len=2600',
      '< SCP 0x00',
      '> SSH CHANNEL_EOF',
      '< SSH CHANNEL_REQUEST exit-status 0, CHANNEL_EOF, CHANNEL_CLOSE',
      '> SSH CHANNEL_CLOSE',
      '> SSH DISCONNECT disconnected by user',
    ]);
    expect(run.client.sent).toEqual(['a.txt', 'b.txt']);
    for (const [name, bytes] of run.files) expect(run.stored.get(name)).toEqual(bytes);
  });

  test('the scenarios upload unless told otherwise, and download when told', () => {
    for (const s of [sftpScenario, scpScenario]) {
      const up = s.run({});
      expect(up.meta.switches?.direction).toBe('upload');
      const upText = messages(up, true).join('\n');
      expect(upText).toMatch(/> (SFTP WRITE|SCP) a\.txt len=1200/);
      const down = s.run({ direction: 'download' });
      expect(down.meta.switches?.direction).toBe('download');
      expect(messages(down, true).join('\n')).toMatch(/< (SFTP DATA|SCP) a\.txt len=1200/);
    }
  });
});

describe('switches', () => {
  test('through NAT: one outbound connection, translated, and the files arrive', () => {
    for (const mode of ['sftp', 'scp'] as const) {
      const run = simulateSsh({ ...BASE, mode, nat: 'on' });
      expect(connections(run.trace)[0]?.client.address).toBe('192.168.1.10');
      expect(run.trace.events.some((e) => e.type === 'nat' && e.what === 'src')).toBe(true);
      for (const [name, bytes] of run.files) expect(run.client.received.get(name)).toEqual(bytes);
      const up = simulateSsh({ ...BASE, mode, nat: 'on', direction: 'upload' });
      for (const [name, bytes] of up.files) expect(up.stored.get(name)).toEqual(bytes);
    }
  });

  test('over IPv6, and with lost segments', () => {
    for (const mode of ['sftp', 'scp'] as const) {
      const v6 = simulateSsh({ ...BASE, mode, ip: 6 });
      expect(connections(v6.trace)[0]?.server.address).toBe('2001:db8:2::10');
      for (const [name, bytes] of v6.files) expect(v6.client.received.get(name)).toEqual(bytes);
      for (const seed of [1, 2, 3]) {
        const lossy = simulateSsh({ ...BASE, mode, seed, loss: 0.08, files: 3 });
        expect(captured(lossy.trace).some((e) => e.lost)).toBe(true);
        for (const [name, bytes] of lossy.files) expect(lossy.client.received.get(name)).toEqual(bytes);
        const up = simulateSsh({ ...BASE, mode, seed, loss: 0.08, files: 3, direction: 'upload' });
        expect(captured(up.trace).some((e) => e.lost)).toBe(true);
        for (const [name, bytes] of up.files) expect(up.stored.get(name)).toEqual(bytes);
      }
    }
  });

  test('with curve25519-sha256 the key exchange messages shrink to what RFC 8731 gives', () => {
    const software = {
      version: 'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3',
      kexAlgorithms: ['curve25519-sha256'],
      home: '/home/learner',
    };
    const run = simulateSsh({ ...BASE, files: 1, software });
    expect(run.client.kex).toBe('curve25519-sha256');
    const init = captured(run.trace).find((e) => e.app?.text === 'SSH KEX_ECDH_INIT');
    // byte 30, string Q_C (4 + 32): payload 37; with length, padding length and 6 bytes of padding, 48.
    expect(init?.tcp?.payloadLength).toBe(48);
    // K_S (4 + 51), Q_S (4 + 32) and the signature (4 + 83) make a 179-byte reply, 192 on the wire; NEWKEYS
    // (16) and the encrypted EXT_INFO (316, as in the capture's 1564-byte write: 1232 + 16 + 316) follow it.
    const reply = captured(run.trace).find((e) => e.app?.text.startsWith('SSH KEX_ECDH_REPLY'));
    expect(reply?.tcp?.payloadLength).toBe(192 + 16 + 316);
    for (const [name, bytes] of run.files) expect(run.client.received.get(name)).toEqual(bytes);
  });

  test('the firewall switch offers only off: an SSH session has no incoming connection to stop', () => {
    for (const s of [sftpScenario, scpScenario]) {
      expect(s.switches.find((x) => x.name === 'firewall')?.values).toEqual(['off']);
      expect(s.switches.map((x) => x.name).sort()).toEqual([
        'direction',
        'files',
        'firewall',
        'ip',
        'loss',
        'nat',
      ]);
      expect(s.switches.find((x) => x.name === 'direction')).toMatchObject({
        values: ['upload', 'download'],
        default: 'upload',
      });
    }
  });

  test('the same seed gives a byte-identical trace; another changes ports, not the story', () => {
    expect(JSON.stringify(sftpScenario.run({ seed: 42 }))).toBe(
      JSON.stringify(sftpScenario.run({ seed: 42 })),
    );
    expect(JSON.stringify(scpScenario.run({ seed: 42, files: 2 }))).toBe(
      JSON.stringify(scpScenario.run({ seed: 42, files: 2 })),
    );
    const a = scpScenario.run({ seed: 1 });
    const b = scpScenario.run({ seed: 2 });
    expect(messages(a, true)).toEqual(messages(b, true));
    expect(connections(a)[0]?.client.port).not.toBe(connections(b)[0]?.client.port);
  });
});

// ── Against the real thing ───────────────────────────────────────────────────────────────────────────

const FIXTURES = new URL('../../tests/fixtures/captures/', import.meta.url).pathname;

/** The machines of the reference captures: a later Debian 12 OpenSSH, and a home in a temporary folder. */
const CAPTURE_SOFTWARE = {
  version: 'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10',
  kexAlgorithms: ['sntrup761x25519-sha512', ...KEX_ALGORITHMS],
  // make-captures.sh: WORK=$(mktemp -d /tmp/ta-captures.XXXXXX), the account's home is $WORK/home.
  home: '/tmp/ta-captures.XXXXXX/home',
};

/** Each side's writes, as `>1560`: segment payloads added up to the one that carries PSH. */
function writes(segments: Array<{ fromPc: boolean; len: number; psh: boolean }>): string[] {
  const open = { pc: 0, server: 0 };
  const out: string[] = [];
  for (const s of segments) {
    if (s.len === 0) continue;
    const side = s.fromPc ? 'pc' : 'server';
    open[side] += s.len;
    if (s.psh) {
      out.push(`${s.fromPc ? '>' : '<'}${open[side]}`);
      open[side] = 0;
    }
  }
  return out;
}

function realWrites(file: string): string[] {
  return writes(
    readTsharkTsv(`${FIXTURES}${file}`)
      .filter((r) => r.tcp)
      .map((r) => ({ fromPc: r.src === '10.20.0.10', len: r.len ?? 0, psh: r.flags.includes('PSH') })),
  );
}

function simWrites(trace: Trace): string[] {
  return writes(
    captured(trace).map((e) => ({
      fromPc: e.from === 'pc',
      len: e.tcp?.payloadLength ?? 0,
      psh: ((e.tcp?.flags ?? 0) & TCP_PSH) !== 0,
    })),
  );
}

describe('sftp.pcapng (OpenSSH 9.2) and the simulator', () => {
  test('set up like the capture, the simulator writes the same number of bytes, in the same order', () => {
    const sim = simulateSsh({ ...BASE, files: 1, seed: 1, distance: 'lab', software: CAPTURE_SOFTWARE });
    expect(simWrites(sim.trace)).toEqual(realWrites('sftp.pcapng.tshark.tsv'));
  });

  test.each([
    ['scp-legacy.pcapng', 'scp' as const, 'download' as const],
    ['sftp-upload.pcapng', 'sftp' as const, 'upload' as const],
    ['scp-upload.pcapng', 'scp' as const, 'upload' as const],
  ])('%s: the simulator writes the same number of bytes, in the same order', (file, mode, direction) => {
    const sim = simulateSsh({
      ...BASE,
      mode,
      direction,
      files: 1,
      seed: 1,
      distance: 'lab',
      software: CAPTURE_SOFTWARE,
    });
    expect(simWrites(sim.trace)).toEqual(realWrites(`${file}.tshark.tsv`));
  });
});

// ── What Wireshark makes of a simulated run ──────────────────────────────────────────────────────────

function tappedPcap(o: SshRunOptions): Uint8Array {
  const { prepare, packets } = lanTap();
  simulateSsh({ ...o, prepare });
  return pcapOf(packets);
}

/** For each frame tshark finds SSH fields in: direction, protocol line or message codes, packet lengths. */
function tsharkSsh(file: string): string[] {
  const fields = ['tcp.srcport', 'ssh.protocol', 'ssh.message_code', 'ssh.packet_length', '_ws.malformed'];
  const args = ['-r', file, '-T', 'fields'];
  for (const f of fields) args.push('-e', f);
  return execFileSync('tshark', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((r) => r.slice(1).some((x) => x !== ''))
    .map((r) => `${r[0] === '22' ? '<' : '>'} ${r.slice(1).join(' ').trim()}`);
}

describe('Wireshark reads a capture of the simulated run as it reads the real one', () => {
  test('the same version lines, key exchange messages and packet lengths, nothing malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sftp-'));
    const file = join(dir, 'sim.pcap');
    writeFileSync(
      file,
      tappedPcap({ ...BASE, files: 1, seed: 1, distance: 'lab', software: CAPTURE_SOFTWARE }),
    );
    const sim = tsharkSsh(file);
    rmSync(dir, { recursive: true, force: true });
    const real = tsharkSsh(`${FIXTURES}sftp.pcapng`);
    expect(sim).toEqual(real);
    expect(sim.slice(0, 2)).toEqual([
      '> SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10',
      '< SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10',
    ]);
    expect(sim.some((l) => l.includes('20'))).toBe(true);
  }, 60_000);
});

describe('what the messages are called', () => {
  // The pages and the story quote these names in every language, so they are written in the protocol's own
  // notation (message names, flags, field=value) and never in English words; only what the programs
  // themselves send (version lines, scp's error text) is quoted as sent.
  test.each([
    ['sftp', 'upload'],
    ['sftp', 'download'],
    ['scp', 'upload'],
    ['scp', 'download'],
  ] as const)('%s %s', (mode, direction) => {
    const scenario = mode === 'sftp' ? sftpScenario : scpScenario;
    const names = messages(scenario.run({ direction, files: 2 }), true).map((m) => m.slice(2));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names.filter((n) => !n.startsWith('SSH-2.0-') && !/^SCP 0x0[12] scp:/.test(n))) {
      expect(name, name).not.toMatch(/\bbytes?\b|\(|\bready\b|\breceived\b|\bOK \(/);
    }
  });
});
