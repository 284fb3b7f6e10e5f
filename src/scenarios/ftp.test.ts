import { describe, expect, test } from 'vitest';
import { formatFlags } from '../core/packet.ts';
import type { ConnectionEvent, Trace, WireEvent } from '../core/trace.ts';
import { ftpActive, ftpPassive } from './ftp.ts';

/** Packets a capture on the PC's link shows, grouped by connection. */
function captured(trace: Trace): WireEvent[] {
  return trace.events.filter((e): e is WireEvent => e.type === 'wire' && e.link === trace.meta.captureLink);
}

function connections(trace: Trace): ConnectionEvent[] {
  return trace.events.filter((e): e is ConnectionEvent => e.type === 'connection');
}

function controlDialogue(trace: Trace): string[] {
  const control = connections(trace).find((c) => c.purpose === 'ftp-control');
  return captured(trace)
    .filter((e) => e.conn === control?.conn && e.app)
    .map((e) => (e.app?.kind === 'reply' ? `< ${e.app.text}` : `> ${e.app?.text}`));
}

function flagsOf(trace: Trace, conn: string): string[] {
  return captured(trace)
    .filter((e) => e.conn === conn && e.tcp)
    .map((e) => formatFlags((e.tcp as NonNullable<WireEvent['tcp']>).flags));
}

/** A story-level summary free of ports, addresses and sequence numbers: what must not depend on the seed. */
function storyShape(trace: Trace): string[] {
  const purpose = new Map(connections(trace).map((c) => [c.conn, c.label ?? c.purpose ?? '?']));
  return captured(trace).map(
    (e) =>
      `${e.from}>${e.to} ${purpose.get(e.conn ?? '')} ${e.tcp ? formatFlags(e.tcp.flags) : ''} ${e.app?.text ?? ''}`,
  );
}

describe('ftp-passive: the PC opens every connection', () => {
  const trace = ftpPassive.run({ files: 2, seed: 7 });

  test('a control connection to port 21 and one data connection per file, all opened by the PC', () => {
    const conns = connections(trace);
    expect(conns.map((c) => [c.purpose, c.client.node, c.server.node])).toEqual([
      ['ftp-control', 'pc', 'server'],
      ['ftp-data', 'pc', 'server'],
      ['ftp-data', 'pc', 'server'],
    ]);
    expect(conns[0]?.server.port).toBe(21);
    for (const data of conns.slice(1)) {
      expect(data.parent).toBe(conns[0]?.conn);
      expect(data.server.port).toBeGreaterThanOrEqual(40000);
    }
    expect(conns.slice(1).map((c) => c.label)).toEqual(['data a.txt', 'data b.txt']);
  });

  test('the dialogue of a vsftpd session: greeting, login, binary, PASV and RETR per file, QUIT', () => {
    const lines = controlDialogue(trace).map((l) => l.replace(/\(\d+,\d+,\d+,\d+,\d+,\d+\)/, '(…)'));
    expect(lines).toEqual([
      '< 220 (vsFTPd 3.0.3)',
      '> USER learner',
      '< 331 Please specify the password.',
      '> PASS secret',
      '< 230 Login successful.',
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

  test('the 227 reply names the port the PC then connects to', () => {
    const conns = connections(trace);
    const replies = controlDialogue(trace).filter((l) => l.startsWith('< 227'));
    replies.forEach((reply, i) => {
      const n = /\((\d+),(\d+),(\d+),(\d+),(\d+),(\d+)\)/.exec(reply)?.slice(1).map(Number) ?? [];
      expect(`${n[0]}.${n[1]}.${n[2]}.${n[3]}`).toBe('203.0.113.10');
      expect((n[4] as number) * 256 + (n[5] as number)).toBe(conns[i + 1]?.server.port);
    });
  });

  test('each data connection opens with a handshake, carries the file and closes with FINs from both sides', () => {
    for (const data of connections(trace).slice(1)) {
      const flags = flagsOf(trace, data.conn);
      expect(flags.slice(0, 3)).toEqual(['SYN', 'SYN,ACK', 'ACK']);
      expect(flags.filter((f) => f.includes('FIN'))).toHaveLength(2);
      expect(flags.at(-1)).toBe('ACK');
      const fromServer = captured(trace).filter((e) => e.conn === data.conn && e.from === 'router');
      const firstFin = fromServer.find((e) => e.tcp && e.tcp.flags & 1);
      expect(firstFin, 'the server closes the data connection first').toBeDefined();
      const bytes = fromServer.reduce((n, e) => n + (e.tcp?.payloadLength ?? 0), 0);
      expect(bytes).toBe(data.label === 'data a.txt' ? 1200 : 2600);
    }
  });

  test('the control connection ends after QUIT and every connection reaches CLOSED', () => {
    const states = trace.events.filter((e) => e.type === 'tcp-state');
    for (const c of connections(trace)) {
      const mine = states.filter((s) => s.conn === c.conn);
      expect(
        mine
          .filter((s) => s.to === 'CLOSED')
          .map((s) => s.node)
          .sort(),
      ).toEqual(['pc', 'server']);
    }
    const flags = flagsOf(trace, connections(trace)[0]?.conn ?? '');
    expect(flags.filter((f) => f.includes('FIN'))).toHaveLength(2);
  });
});

describe('ftp-active: the server connects back from port 20', () => {
  const trace = ftpActive.run({ files: 2, firewall: 'off', seed: 7 });

  test('PORT names the PC and a port it listens on; the server connects from port 20 to it', () => {
    const conns = connections(trace);
    const ports = controlDialogue(trace).filter((l) => l.startsWith('> PORT'));
    expect(ports).toHaveLength(2);
    ports.forEach((line, i) => {
      const n = line.slice(7).split(',').map(Number);
      const data = conns[i + 1] as ConnectionEvent;
      expect(data.client).toMatchObject({ node: 'server', port: 20 });
      expect(data.server).toMatchObject({ node: 'pc', address: `${n[0]}.${n[1]}.${n[2]}.${n[3]}` });
      expect((n[4] as number) * 256 + (n[5] as number)).toBe(data.server.port);
    });
  });

  test('the server announces each transfer with 150 once its data connection is up, then 226', () => {
    const lines = controlDialogue(trace);
    expect(lines.filter((l) => l.startsWith('<')).map((l) => l.slice(2, 5))).toEqual([
      '220',
      '331',
      '230',
      '200',
      '200',
      '150',
      '226',
      '200',
      '150',
      '226',
      '221',
    ]);
    const firstData = connections(trace)[1] as ConnectionEvent;
    const synAck = captured(trace).find((e) => e.conn === firstData.conn && e.tcp?.flags === 0x12);
    const opening = captured(trace).find((e) => e.app?.kind === 'reply' && e.app.text.startsWith('150'));
    expect(synAck && opening && synAck.t < opening.t).toBe(true);
  });
});

describe('determinism', () => {
  test('the same seed gives a byte-identical trace', () => {
    const a = JSON.stringify(ftpActive.run({ seed: 42 }));
    const b = JSON.stringify(ftpActive.run({ seed: 42 }));
    expect(a).toBe(b);
  });

  test('another seed changes initial sequence numbers and ports but not the story', () => {
    const a = ftpPassive.run({ seed: 1 });
    const b = ftpPassive.run({ seed: 2 });
    const syn = (t: Trace) => captured(t).find((e) => e.tcp?.flags === 0x02);
    expect(syn(a)?.tcp?.seq).not.toBe(syn(b)?.tcp?.seq);
    expect(syn(a)?.tcp?.srcPort).not.toBe(syn(b)?.tcp?.srcPort);
    const shape = (t: Trace) => storyShape(t).map((l) => l.replace(/\(\d+,\d+,\d+,\d+,\d+,\d+\)/, '(…)'));
    expect(shape(a)).toEqual(shape(b));
  });
});

function received(trace: Trace): string[] {
  return trace.events.flatMap((e) =>
    e.type === 'action' && e.action === 'ftp-file-received' ? [String(e.params?.file)] : [],
  );
}

describe("ftp-active behind the PC's firewall", () => {
  test('blocks-then-allows: SYNs from port 20 are dropped, retried each second, then let in after the change', () => {
    const trace = ftpActive.run({ firewall: 'blocks-then-allows', seed: 5 });
    const drops = trace.events.filter((e) => e.type === 'firewall' && e.verdict === 'drop');
    expect(drops.length).toBeGreaterThanOrEqual(3);
    const dropped = drops.map((d) =>
      captured(trace).find((w) => w.packet === (d as { packet: number }).packet),
    );
    for (const w of dropped) expect(w?.tcp).toMatchObject({ srcPort: 20, flags: 0x02 });
    // Linux's linear SYN timeouts: the same SYN again after 1 s, 2 s, 3 s.
    const t0 = dropped[0]?.t ?? 0;
    expect(dropped.map((w) => ((w?.t ?? 0) - t0) / 1e6)).toEqual([0, 1, 2].slice(0, dropped.length));
    const change = trace.events.find((e) => e.type === 'firewall-change');
    expect(change).toMatchObject({ node: 'pc', rule: 'allow-ftp-data' });
    expect(
      trace.events.find((e) => e.type === 'action' && e.action === 'user-allows-ftp-data'),
    ).toBeDefined();
    const lastDrop = drops.at(-1) as { t: number };
    expect((change as { t: number }).t).toBeGreaterThan(lastDrop.t);
    // The next retransmission passes: the PC answers SYN,ACK and both files arrive.
    const dataConn = connections(trace)[1] as ConnectionEvent;
    const flags = flagsOf(trace, dataConn.conn);
    expect(flags.slice(0, drops.length + 3)).toEqual([...drops.map(() => 'SYN'), 'SYN', 'SYN,ACK', 'ACK']);
    expect(received(trace)).toEqual(['a.txt', 'b.txt']);
    const allowed = trace.events.find(
      (e) => e.type === 'firewall' && e.verdict === 'allow' && e.rule === 'allow-ftp-data',
    );
    expect(allowed).toBeDefined();
  });

  test('blocks: the server gives up after vsftpd’s 60 s connect timeout and answers 425', () => {
    const trace = ftpActive.run({ firewall: 'blocks', seed: 5 });
    const lines = controlDialogue(trace);
    expect(lines).toContain('< 425 Failed to establish connection.');
    expect(lines.slice(-2)).toEqual(['> QUIT', '< 221 Goodbye.']);
    expect(received(trace)).toEqual([]);
    const firstSyn = captured(trace).find((e) => e.tcp?.srcPort === 20) as WireEvent;
    const reply = captured(trace).find((e) => e.app?.text.startsWith('425')) as WireEvent;
    expect((reply.t - firstSyn.t) / 1e6).toBeCloseTo(60, 0);
    expect(
      trace.events.some(
        (e) => e.type === 'firewall' && e.verdict === 'allow' && e.direction === 'in' && e.state === 'new',
      ),
    ).toBe(false);
  });

  test('passive mode does not care: the PC opens every connection itself', () => {
    const trace = ftpPassive.run({ firewall: 'blocks', seed: 5 });
    expect(trace.events.filter((e) => e.type === 'firewall' && e.verdict === 'drop')).toEqual([]);
    expect(received(trace)).toEqual(['a.txt', 'b.txt']);
  });
});

describe('ftp through a NAT router', () => {
  test('passive mode works: the server sees the router’s public address', () => {
    const trace = ftpPassive.run({ nat: 'on', seed: 3 });
    expect(received(trace)).toEqual(['a.txt', 'b.txt']);
    const atServer = trace.events.find((e): e is WireEvent => e.type === 'wire' && e.to === 'server');
    expect(atServer?.ip.src).toBe('198.51.100.1');
    expect(trace.events.some((e) => e.type === 'nat' && e.what === 'src')).toBe(true);
  });

  test('active mode without a helper: PORT names a private address and vsftpd refuses it', () => {
    const trace = ftpActive.run({ nat: 'on', firewall: 'off', seed: 3 });
    const lines = controlDialogue(trace);
    expect(lines.find((l) => l.startsWith('> PORT'))).toMatch(/^> PORT 192,168,1,10,/);
    expect(lines).toContain('< 500 Illegal PORT command.');
    expect(received(trace)).toEqual([]);
  });

  test('active mode with the FTP helper: the router rewrites PORT and the data connection comes back in', () => {
    const trace = ftpActive.run({ nat: 'on-with-helper', firewall: 'off', seed: 3 });
    const rewrite = trace.events.find((e) => e.type === 'nat' && e.what === 'payload');
    expect(rewrite).toMatchObject({
      before: expect.stringMatching(/^PORT 192,168,1,10,/),
      after: expect.stringMatching(/^PORT 198,51,100,1,/),
    });
    expect(received(trace)).toEqual(['a.txt', 'b.txt']);
  });
});
