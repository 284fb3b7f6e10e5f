import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lanTap, pcapOf, type Tapped } from '../../tests/helpers/sim-pcap.ts';
import { readTsharkTsv } from '../../tests/helpers/tshark-tsv.ts';
import { RecordReader, SERVER_CERTIFICATE } from '../core/apps/tls/wire.ts';
import { type AppMessage, formatFlags, type GenericAppMessage } from '../core/packet.ts';
import type { ConnectionEvent, Trace, WireEvent } from '../core/trace.ts';
import { ftpActive } from './ftp.ts';
import type { FtpNetwork } from './ftp-network.ts';
import { type FtpsRunOptions, ftpsActive, ftpsPassive, simulateFtps } from './ftps.ts';

const BASE: FtpsRunOptions = {
  mode: 'passive',
  firewall: 'off',
  nat: 'off',
  files: 2,
  loss: 0,
  ip: 4,
  tls: '1.3',
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

/** `> text [inner]` for every segment of a connection that carries a message. */
function dialogue(trace: Trace, conn: string | undefined): string[] {
  return captured(trace)
    .filter((e) => e.conn === conn && e.app)
    .map((e) => {
      const app = generic(e.app);
      const dir = e.from === 'pc' ? '>' : '<';
      return app?.inner ? `${dir} ${app.text} [${app.inner.text}]` : `${dir} ${app?.text}`;
    });
}

/** What the two ends say inside the encryption: the FTP lines of the control connection, in order. */
function innerFtp(trace: Trace, conn: string | undefined): string[] {
  return captured(trace)
    .filter((e) => e.conn === conn && generic(e.app)?.inner?.protocol === 'ftp')
    .map((e) => `${e.from === 'pc' ? '>' : '<'} ${generic(e.app)?.inner?.text}`);
}

function control(trace: Trace): ConnectionEvent {
  return connections(trace).find((c) => c.purpose === 'ftp-control') as ConnectionEvent;
}

function noAddresses(line: string): string {
  return line.replace(/\(\d+,\d+,\d+,\d+,\d+,\d+\)/, '(…)').replace(/^> PORT .*/, '> PORT …');
}

describe('ftps-passive with TLS 1.3: AUTH TLS, then everything encrypted', () => {
  const run = simulateFtps(BASE);
  const trace = run.trace;
  const ctl = control(trace);

  test('a control connection to port 21 and one data connection per file, all opened by the PC', () => {
    const conns = connections(trace);
    expect(conns.map((c) => [c.purpose, c.client.node, c.server.node])).toEqual([
      ['ftp-control', 'pc', 'server'],
      ['ftp-data', 'pc', 'server'],
      ['ftp-data', 'pc', 'server'],
    ]);
    expect(ctl.server.port).toBe(21);
    for (const data of conns.slice(1)) {
      expect(data.parent).toBe(ctl.conn);
      expect(data.server.port).toBeGreaterThanOrEqual(40000);
      expect(data.server.port).toBeLessThanOrEqual(40010);
    }
  });

  test('the control connection: clear text up to 234, the handshake, then only encrypted FTP', () => {
    const lines = dialogue(trace, ctl.conn).map((l) => l.replace(/\(\d+,\d+,\d+,\d+,\d+,\d+\)/, '(…)'));
    // The order of the real session (tests/fixtures/captures/SUMMARY.md, ftps-passive.pcapng).
    expect(lines.slice(0, 9)).toEqual([
      '< 220 (vsFTPd 3.0.3)',
      '> AUTH TLS',
      '< 234 Proceed with negotiation.',
      '> TLS 1.3 ClientHello',
      '< TLS 1.3 HelloRetryRequest, ChangeCipherSpec',
      '> TLS 1.3 ChangeCipherSpec, ClientHello',
      '< TLS 1.3 ServerHello, Application Data ×5 [TLS 1.3 ServerHello, EncryptedExtensions, CertificateRequest, Certificate, CertificateVerify, Finished]',
      '> TLS Application Data ×2 [TLS 1.3 Certificate, Finished]',
      '< TLS Application Data [TLS 1.3 NewSessionTicket]',
    ]);
    // The second ticket and USER cross on the wire; which goes first depends on the distance.
    expect(lines.slice(9, 11).sort()).toEqual([
      '< TLS Application Data [TLS 1.3 NewSessionTicket]',
      '> TLS Application Data [USER learner]',
    ]);
    expect(innerFtp(trace, ctl.conn).map((l) => l.replace(/\(\d+,\d+,\d+,\d+,\d+,\d+\)/, '(…)'))).toEqual([
      '> USER learner',
      '< 331 Please specify the password.',
      '> PASS secret',
      '< 230 Login successful.',
      '> PBSZ 0',
      '< 200 PBSZ set to 0.',
      '> PROT P',
      '< 200 PROT now Private.',
      '> TYPE I',
      '< 200 Switching to Binary mode.',
      '> PASV',
      '< 227 Entering Passive Mode (…).',
      '> RETR a.txt',
      '< 150 Opening BINARY mode data connection for a.txt (1200 bytes).',
      '< 226 Transfer complete.',
      '> PASV',
      '< 227 Entering Passive Mode (…).',
      '> RETR b.txt',
      '< 150 Opening BINARY mode data connection for b.txt (2600 bytes).',
      '< 226 Transfer complete.',
      '> QUIT',
      '< 221 Goodbye.',
    ]);
  });

  test('encryption starts exactly after the 234 reply: nothing readable follows it on the wire', () => {
    const segments = captured(trace).filter((e) => e.conn === ctl.conn && (e.tcp?.payloadLength ?? 0) > 0);
    const at234 = segments.findIndex((e) => e.app?.text.startsWith('234'));
    expect(at234).toBe(2);
    expect(
      segments.slice(0, at234 + 1).every((e) => e.app?.protocol === 'ftp' && !generic(e.app)?.encrypted),
    ).toBe(true);
    const after = segments.slice(at234 + 1);
    expect(after.every((e) => e.app === undefined || e.app.protocol === 'tls')).toBe(true);
    expect(after[0]?.app?.text).toBe('TLS 1.3 ClientHello');
    // Once the hellos are over, an eavesdropper sees only records whose content it cannot read.
    expect(after.slice(3).every((e) => e.app === undefined || generic(e.app)?.encrypted === true)).toBe(true);
  });

  test('each data connection: the PC starts TLS after 150, the file comes as application data, close_notify both ways', () => {
    for (const [i, data] of connections(trace).slice(1).entries()) {
      const file = i === 0 ? 'a.txt' : 'b.txt';
      const lines = dialogue(trace, data.conn);
      expect(lines.slice(0, 4)).toEqual([
        '> TLS 1.3 ClientHello',
        '< TLS 1.3 HelloRetryRequest, ChangeCipherSpec',
        '> TLS 1.3 ChangeCipherSpec, ClientHello',
        '< TLS 1.3 ServerHello, Application Data ×5 [TLS 1.3 ServerHello, EncryptedExtensions, CertificateRequest, Certificate, CertificateVerify, Finished]',
      ]);
      const inner = captured(trace)
        .filter((e) => e.conn === data.conn && generic(e.app)?.inner)
        .map(
          (e) =>
            `${e.from === 'pc' ? '>' : '<'} ${generic(e.app)?.inner?.protocol}:${generic(e.app)?.inner?.text}`,
        );
      expect(inner).toContain(`< ftp-data:${file} len=${run.files.get(file)?.length}`);
      expect(inner.at(-1)).toBe('> tls:TLS Alert close_notify');
      const hello = captured(trace).find(
        (e) => e.conn === data.conn && e.app?.text === 'TLS 1.3 ClientHello',
      ) as WireEvent;
      const opening = captured(trace).find(
        (e) =>
          e.app &&
          generic(e.app)?.inner?.text.startsWith(`150 Opening BINARY mode data connection for ${file}`),
      );
      expect(opening && opening.t < hello.t).toBe(true);
      const flags = captured(trace)
        .filter((e) => e.conn === data.conn)
        .map((e) => formatFlags(e.tcp?.flags ?? 0));
      expect(flags.slice(0, 3)).toEqual(['SYN', 'SYN,ACK', 'ACK']);
      expect(flags.filter((f) => f.includes('FIN'))).toHaveLength(2);
      // As in the capture: the PC closes first, after its close_notify.
      const fins = captured(trace).filter((e) => e.conn === data.conn && (e.tcp?.flags ?? 0) & 1);
      expect(fins[0]?.from).toBe('pc');
    }
  });

  test('the records in each direction of a data connection, whatever segments carried them', () => {
    const { trace: tapped, packets } = tapLan(BASE);
    const data = connections(tapped).filter((c) => c.purpose === 'ftp-data');
    data.forEach((c, i) => {
      const size = (run.files.get(i === 0 ? 'a.txt' : 'b.txt') as Uint8Array).length;
      const streams = { pc: new RecordReader(), server: new RecordReader() };
      const records: Record<'pc' | 'server', string[]> = { pc: [], server: [] };
      for (const { packet } of packets.filter((p) => p.packet.conn === c.conn)) {
        const side = packet.ip.src === c.client.address ? 'pc' : 'server';
        for (const r of streams[side].push(packet.payload)) records[side].push(`${r.type}:${r.body.length}`);
      }
      // Content type and length of each record, as in the real capture (SUMMARY.md, decrypted there).
      expect(records.pc).toEqual(['22:512', '20:1', '22:512', '23:25', '23:69', '23:19']);
      const [hrr, ccs, sh, ee, cr, cert, cv, fin, ...rest] = records.server;
      expect([hrr, ccs, sh, ee, cr, fin]).toEqual(['22:88', '20:1', '22:155', '23:23', '23:62', '23:69']);
      expect(cert).toBe(`23:${480 + SERVER_CERTIFICATE.length - 450}`);
      expect(['23:95', '23:96', '23:97']).toContain(cv);
      expect(rest).toEqual(['23:250', '23:250', `23:${size + 17}`, '23:19']);
    });
  });

  test('every byte of every file arrives', () => {
    expect(run.client.failed).toEqual([]);
    expect([...run.client.received.keys()]).toEqual([...run.files.keys()]);
    for (const [name, bytes] of run.files) expect(run.client.received.get(name)).toEqual(bytes);
    expect(run.client.tlsVersion).toBe('1.3');
  });
});

describe('ftps-active: the server connects back from port 20, the PC is still the TLS client', () => {
  const run = simulateFtps({ ...BASE, mode: 'active' });
  const trace = run.trace;

  test('PORT names the PC; the server connects from port 20 and says 150 once connected; then the PC sends ClientHello', () => {
    const conns = connections(trace);
    const ports = innerFtp(trace, control(trace).conn).filter((l) => l.startsWith('> PORT'));
    expect(ports).toHaveLength(2);
    ports.forEach((line, i) => {
      const n = line.slice(7).split(',').map(Number);
      const data = conns[i + 1] as ConnectionEvent;
      expect(data.client).toMatchObject({ node: 'server', port: 20 });
      expect(data.server).toMatchObject({ node: 'pc', address: `${n[0]}.${n[1]}.${n[2]}.${n[3]}` });
      expect((n[4] as number) * 256 + (n[5] as number)).toBe(data.server.port);
      const first = captured(trace).find((e) => e.conn === data.conn && e.app);
      expect(first?.from).toBe('pc');
      expect(first?.app?.text).toBe('TLS 1.3 ClientHello');
    });
    expect(run.client.failed).toEqual([]);
    for (const [name, bytes] of run.files) expect(run.client.received.get(name)).toEqual(bytes);
  });

  test('with its default switches the firewall tells the same story as plain active FTP', () => {
    // What the firewall stopped and what the person changed: the same for FTP and FTPS in active mode.
    const story = (t: Trace) =>
      t.events.flatMap((e) => {
        if (e.type === 'firewall' && e.verdict !== 'allow') return [`${e.verdict} ${e.direction} ${e.state}`];
        return e.type === 'firewall-change' ? [`change ${e.rule}`] : [];
      });
    expect(ftpsActive.switches.find((s) => s.name === 'firewall')?.default).toBe('blocks-then-allows');
    const ftps = ftpsActive.run({ seed: 3 });
    expect(story(ftps)).toEqual(story(ftpActive.run({ seed: 3 })));
    expect(story(ftps).length).toBeGreaterThan(1);
    const received = ftps.events.filter((e) => e.type === 'action' && e.action === 'ftp-file-received');
    expect(received).toHaveLength(2);
  });
});

describe('NAT', () => {
  test('active FTPS fails behind NAT even with the FTP helper: the PORT it cannot read names a private address', () => {
    for (const nat of ['on', 'on-with-helper'] as const) {
      const run = simulateFtps({ ...BASE, mode: 'active', nat });
      const lines = innerFtp(run.trace, control(run.trace).conn);
      const port = lines.find((l) => l.startsWith('> PORT'));
      expect(port).toMatch(/^> PORT 192,168,1,10,\d+,\d+$/);
      expect(lines[lines.indexOf(port as string) + 1]).toBe('< 500 Illegal PORT command.');
      // The PORT line crossed the router inside a TLS record: there was nothing for a helper to rewrite.
      const portPacket = captured(run.trace).find((e) => generic(e.app)?.inner?.text === port?.slice(2));
      expect(portPacket?.app?.protocol).toBe('tls');
      expect(run.trace.events.some((e) => e.type === 'nat' && e.what === 'payload')).toBe(false);
      expect(connections(run.trace).filter((c) => c.purpose === 'ftp-data')).toEqual([]);
      expect(run.client.failed).toEqual(['a.txt']);
      expect(run.client.received.size).toBe(0);
    }
  });

  test('passive FTPS goes through NAT: every connection is opened from inside', () => {
    const run = simulateFtps({ ...BASE, nat: 'on-with-helper' });
    const nat = run.trace.events.filter((e) => e.type === 'nat');
    expect(nat.some((e) => e.type === 'nat' && e.what === 'src' && e.after.startsWith('198.51.100.1:'))).toBe(
      true,
    );
    expect(connections(run.trace).map((c) => c.client.address)).toEqual([
      '192.168.1.10',
      '192.168.1.10',
      '192.168.1.10',
    ]);
    for (const [name, bytes] of run.files) expect(run.client.received.get(name)).toEqual(bytes);
  });
});

describe('a data connection the PC never completes', () => {
  test('vsftpd waits for the ClientHello until its data timeout, then says 421 and ends the session', () => {
    // Every acknowledgement of the server's port-20 SYN gets lost on the PC's link: the server believes the
    // connection is up, the PC gives up on it. Plain FTP would push data and meet a reset; FTPS waits.
    const prepare = (n: FtpNetwork) => {
      n.lan.lossRules.push((p, from) =>
        from.id === 'router' ? p.tcp?.srcPort === 20 && p.tcp.flags === 0x10 : false,
      );
    };
    const run = simulateFtps({ ...BASE, mode: 'active', files: 1, prepare });
    const lines = innerFtp(run.trace, control(run.trace).conn);
    expect(lines.slice(-2)).toEqual([
      '< 150 Opening BINARY mode data connection for a.txt (1200 bytes).',
      '< 421 Data timeout. Reconnect. Sorry.',
    ]);
    const reply = captured(run.trace).find((e) => generic(e.app)?.inner?.text.startsWith('421'));
    const opening = captured(run.trace).find((e) => generic(e.app)?.inner?.text.startsWith('150'));
    expect(((reply?.t ?? 0) - (opening?.t ?? 0)) / 1e6).toBeCloseTo(300, 0);
    expect(run.client.failed).toEqual(['a.txt']);
  });
});

describe('TLS 1.2 and TLS 1.3', () => {
  const handshake = (tls: '1.2' | '1.3') => {
    const trace = simulateFtps({ ...BASE, files: 1, tls }).trace;
    return dialogue(trace, control(trace).conn)
      .slice(3)
      .filter((l) => !/\[(USER|331|PASS)/.test(l))
      .map((l) => l.replace(/^. /, ''))
      .slice(0, tls === '1.2' ? 4 : 7);
  };

  test('TLS 1.2: two round trips, the certificate in clear, ChangeCipherSpec before each Finished', () => {
    expect(handshake('1.2')).toEqual([
      'TLS 1.2 ClientHello',
      'TLS 1.2 ServerHello, Certificate, ServerKeyExchange, CertificateRequest, ServerHelloDone',
      'TLS 1.2 Certificate, ClientKeyExchange, ChangeCipherSpec, Encrypted Handshake Message [TLS 1.2 Certificate, ClientKeyExchange, ChangeCipherSpec, Finished]',
      'TLS 1.2 NewSessionTicket, ChangeCipherSpec, Encrypted Handshake Message [TLS 1.2 NewSessionTicket, ChangeCipherSpec, Finished]',
    ]);
  });

  test('TLS 1.3: the certificate and everything after the ServerHello encrypted, tickets after the handshake', () => {
    expect(handshake('1.3')).toEqual([
      'TLS 1.3 ClientHello',
      'TLS 1.3 HelloRetryRequest, ChangeCipherSpec',
      'TLS 1.3 ChangeCipherSpec, ClientHello',
      'TLS 1.3 ServerHello, Application Data ×5 [TLS 1.3 ServerHello, EncryptedExtensions, CertificateRequest, Certificate, CertificateVerify, Finished]',
      'TLS Application Data ×2 [TLS 1.3 Certificate, Finished]',
      'TLS Application Data [TLS 1.3 NewSessionTicket]',
      'TLS Application Data [TLS 1.3 NewSessionTicket]',
    ]);
  });

  test('both carry the same FTP session and the same files', () => {
    for (const tls of ['1.2', '1.3'] as const) {
      for (const mode of ['active', 'passive'] as const) {
        const run = simulateFtps({ ...BASE, tls, mode });
        expect(run.client.tlsVersion).toBe(tls);
        for (const [name, bytes] of run.files) expect(run.client.received.get(name)).toEqual(bytes);
      }
    }
  });
});

describe('IPv6 and packet loss', () => {
  test('over IPv6 the client uses EPSV and EPRT, and the files arrive', () => {
    for (const mode of ['passive', 'active'] as const) {
      const run = simulateFtps({ ...BASE, mode, ip: 6 });
      const lines = innerFtp(run.trace, control(run.trace).conn);
      expect(lines).toContain(
        mode === 'passive' ? '> EPSV' : `> EPRT |2|2001:db8:1::10|${connections(run.trace)[1]?.server.port}|`,
      );
      for (const [name, bytes] of run.files) expect(run.client.received.get(name)).toEqual(bytes);
    }
  });

  test('with lost segments TCP repairs the stream and TLS still decrypts every record', () => {
    for (const seed of [1, 2, 3, 4]) {
      const run = simulateFtps({ ...BASE, seed, loss: 0.08, files: 3 });
      expect(captured(run.trace).some((e) => e.lost)).toBe(true);
      expect(run.client.failed).toEqual([]);
      for (const [name, bytes] of run.files) expect(run.client.received.get(name)).toEqual(bytes);
    }
  });
});

describe('determinism', () => {
  test('the same seed gives a byte-identical trace', () => {
    expect(JSON.stringify(ftpsPassive.run({ seed: 42 }))).toBe(JSON.stringify(ftpsPassive.run({ seed: 42 })));
    expect(JSON.stringify(ftpsActive.run({ seed: 42, tls: '1.2' }))).toBe(
      JSON.stringify(ftpsActive.run({ seed: 42, tls: '1.2' })),
    );
  });

  test('another seed changes ports and randoms, not the story', () => {
    const shape = (t: Trace) =>
      captured(t).map((e) => `${e.from} ${noAddresses(generic(e.app)?.inner?.text ?? e.app?.text ?? '')}`);
    const a = ftpsPassive.run({ seed: 1 });
    const b = ftpsPassive.run({ seed: 2 });
    expect(shape(a)).toEqual(shape(b));
    expect(connections(a)[0]?.client.port).not.toBe(connections(b)[0]?.client.port);
  });
});

// ── Against the real thing ───────────────────────────────────────────────────────────────────────────

const FIXTURES = new URL('../../tests/fixtures/captures/', import.meta.url).pathname;

/** Per TCP connection, in the order they open: `> PSH,ACK 517` for every segment. */
function realConversations(file: string): string[][] {
  const byKey = new Map<string, string[]>();
  for (const r of readTsharkTsv(`${FIXTURES}${file}`).filter((x) => x.tcp)) {
    const key = [`${r.src}:${r.sport}`, `${r.dst}:${r.dport}`].sort().join(' ');
    const dir = r.src === '10.20.0.10' ? '>' : '<';
    byKey.set(key, [...(byKey.get(key) ?? []), `${dir} ${r.flags} ${r.len}`]);
  }
  return [...byKey.values()];
}

function simConversations(trace: Trace): Array<{ line: string; inner: string }[]> {
  const byConn = new Map<string, { line: string; inner: string }[]>();
  for (const e of captured(trace)) {
    const list = byConn.get(e.conn ?? '') ?? [];
    list.push({
      line: `${e.from === 'pc' ? '>' : '<'} ${formatFlags(e.tcp?.flags ?? 0)} ${e.tcp?.payloadLength ?? 0}`,
      inner: generic(e.app)?.inner?.text ?? e.app?.text ?? '',
    });
    byConn.set(e.conn ?? '', list);
  }
  return [...byConn.values()];
}

describe('ftps-passive.pcapng (vsftpd 3.0.3 and Python ftplib) and the simulator', () => {
  const real = realConversations('ftps-passive.pcapng.tshark.tsv');
  const sim = simConversations(simulateFtps({ ...BASE, seed: 1, distance: 'lab' }).trace);
  // Known differences: the server's address in 227 is 2 characters longer here (203,0,113,10 against
  // 10,20,0,20); our certificate is 1 byte longer; the ECDSA signature in CertificateVerify is 70 to 72 bytes.
  const addressDelta = '203,0,113,10'.length - '10,20,0,20'.length;
  const certDelta = SERVER_CERTIFICATE.length - 450;

  function sameSegment(r: string, s: { line: string; inner: string }): boolean {
    const [rd, rf, rl] = r.split(' ');
    const [sd, sf, sl] = s.line.split(' ');
    if (rd !== sd || rf !== sf) return false;
    const diff = Number(sl) - Number(rl);
    if (s.inner.startsWith('227 ')) return diff === addressDelta;
    if (s.inner.includes('CertificateVerify')) return Math.abs(diff - certDelta) <= 2;
    return diff === 0;
  }

  test('the control connection: the same segments, flags and sizes, in the same order', () => {
    const r = real[0] as string[];
    const s = sim[0] as { line: string; inner: string }[];
    expect(s).toHaveLength(r.length);
    r.forEach((line, i) => {
      expect(
        sameSegment(line, s[i] as { line: string; inner: string }),
        `segment ${i + 1}: ${line} / ${s[i]?.line}`,
      ).toBe(true);
    });
  });

  test('each data connection: the same handshake, segment by segment, up to the first session ticket', () => {
    expect(sim).toHaveLength(real.length);
    for (const i of [1, 2]) {
      const r = (real[i] as string[]).slice(0, 11);
      const s = (sim[i] as { line: string; inner: string }[]).slice(0, 11);
      r.forEach((line, j) => {
        expect(sameSegment(line, s[j] as { line: string; inner: string }), `conn ${i} segment ${j + 1}`).toBe(
          true,
        );
      });
    }
  });
});

// ── What Wireshark makes of a simulated run ──────────────────────────────────────────────────────────

/** The packets on the PC's link with their payload bytes, as a capture there would record them. */
function tapLan(o: FtpsRunOptions): { trace: Trace; packets: Tapped[] } {
  const { prepare, packets } = lanTap();
  return { trace: simulateFtps({ ...o, prepare }).trace, packets };
}

const TSHARK_FIELDS = [
  'tcp.srcport',
  'tls.record.content_type',
  'tls.handshake.type',
  'ftp.request.command',
  'ftp.response.code',
  '_ws.col.Info',
];

function tshark(file: string): string[][] {
  const args = [
    '-r',
    file,
    '--disable-protocol',
    'ftp-data',
    '-d',
    'tcp.port==40000-40010,tls',
    '-T',
    'fields',
  ];
  for (const f of TSHARK_FIELDS) args.push('-e', f);
  const out = execFileSync('tshark', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return out
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
}

/** For each frame with a TLS record or an FTP line: direction, record types, handshake types, FTP. */
function dissected(rows: string[][], serverPorts: (port: number) => boolean): string[] {
  return rows
    .filter((r) => r.slice(1, 5).some((x) => x !== ''))
    .map((r) => `${serverPorts(Number(r[0])) ? '<' : '>'} ${r.slice(1, 5).join(' ').trim()}`);
}

describe('Wireshark reads a capture of the simulated run as it reads the real one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ftps-'));
  const { packets } = tapLan({ ...BASE, seed: 1, distance: 'lab' });
  const simFile = join(dir, 'sim.pcap');
  writeFileSync(simFile, pcapOf(packets));
  const simRows = tshark(simFile);
  const realRows = tshark(`${FIXTURES}ftps-passive.pcapng`);
  rmSync(dir, { recursive: true, force: true });
  const isServer = (p: number) => p === 21 || (p >= 40000 && p <= 40010);

  test('tshark finds the same TLS records, handshake messages and FTP lines, in the same order', () => {
    expect(dissected(simRows, isServer)).toEqual(dissected(realRows, isServer));
    expect(dissected(simRows, isServer).slice(0, 7)).toEqual([
      '< 220',
      '> AUTH',
      '< 234',
      '> 22 1',
      '< 22,20 2',
      '> 20,22 1',
      '< 22 2',
    ]);
  });

  test('nothing in the simulated capture is malformed', () => {
    expect(simRows.filter((r) => /Malformed|Unknown Record|Ignored/i.test(r.at(-1) ?? ''))).toEqual([]);
  });

  test('in TLS 1.2 the certificate is in clear, and tshark reads it', () => {
    const d = mkdtempSync(join(tmpdir(), 'ftps12-'));
    const file = join(d, 'sim.pcap');
    writeFileSync(file, pcapOf(tapLan({ ...BASE, seed: 1, files: 1, tls: '1.2', distance: 'lab' }).packets));
    const out = execFileSync(
      'tshark',
      [
        '-r',
        file,
        '-Y',
        'tls.handshake.type == 11 && tcp.srcport == 21',
        '-T',
        'fields',
        '-e',
        'x509sat.uTF8String',
        '-e',
        'tls.handshake.type',
      ],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    rmSync(d, { recursive: true, force: true });
    expect(out.trim().split('\t')).toEqual(['ftp.example.net,ftp.example.net', '2,11,12,13,14']);
  });
});
