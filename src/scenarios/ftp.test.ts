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
    (e) => `${e.from}>${e.to} ${purpose.get(e.conn ?? '')} ${e.tcp ? formatFlags(e.tcp.flags) : ''} ${e.app?.text ?? ''}`,
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
      expect(mine.filter((s) => s.to === 'CLOSED').map((s) => s.node).sort()).toEqual(['pc', 'server']);
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
      '220', '331', '230', '200', '200', '150', '226', '200', '150', '226', '221',
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
