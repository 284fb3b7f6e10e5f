/**
 * Resets (RFC 9293 §3.5.2, §3.10.7): how a stack answers a segment that belongs to no connection, what
 * abort() sends, and how a connection checks a reset before believing it (RFC 5961).
 */
import { describe, expect, test } from 'vitest';
import {
  enteredAt,
  injectSegment,
  receiver,
  segments,
  statePath,
  text,
  twoHosts,
  wireSummary,
} from '../../../tests/helpers/network.ts';
import { MS, SECOND } from '../clock.ts';
import { TCP_ACK, TCP_PSH, TCP_RST, TCP_SYN } from '../packet.ts';
import type { CloseReason, TcpConnection } from './connection.ts';
import { seqAdd } from './seq.ts';

const SERVER = { address: '192.0.2.20', port: 80 };

/** An established connection, with what each side’s application was told when it ended. */
function established() {
  const { net, pc, server, link } = twoHosts();
  const reasons: Record<'pc' | 'server', CloseReason | null> = { pc: null, server: null };
  const got = receiver();
  let atServer: TcpConnection | undefined;
  const listener = server.tcp.listen(80, (c) => {
    atServer = c;
    c.handlers.onClose = (r) => (reasons.server = r);
  });
  const client = pc.tcp.connect({
    remote: SERVER,
    handlers: { onClose: (r) => (reasons.pc = r), onData: got.onData },
  });
  net.run(50 * MS);
  const serverConn = atServer as TcpConnection;
  return { net, pc, server, link, listener, client, serverConn, reasons, got };
}

describe('a segment for no connection', () => {
  test('a SYN to a closed port is answered RST,ACK with seq 0 and ack = its seq + 1; connect fails with "refused"', () => {
    const { net, pc } = twoHosts();
    let reason: CloseReason | undefined;
    const client = pc.tcp.connect({
      remote: { address: '192.0.2.20', port: 81 },
      handlers: { onClose: (r) => (reason = r) },
    });
    net.run();

    expect(wireSummary(net)).toEqual(['pc>server SYN', 'server>pc RST,ACK']);
    const [, rst] = segments(net);
    // The SYN had no ACK, so the reset takes its acknowledgement number from it: the SYN counts as one.
    expect(rst?.tcp).toMatchObject({
      flags: TCP_RST | TCP_ACK,
      seq: 0,
      ack: seqAdd(client.iss, 1),
      window: 0,
    });
    expect(reason).toBe('refused');
    expect(statePath(net, 'pc')).toEqual(['CLOSED', 'SYN-SENT', 'CLOSED']);
    expect(enteredAt(net, 'pc', 'CLOSED')).toBe(10 * MS);
  });

  test('a segment with ACK for a forgotten connection gets a RST whose seq is that ACK number', () => {
    // The server aborts, its reset is lost, and it stops listening. The PC, unaware, sends data later.
    const { net, link, listener, client, serverConn, reasons } = established();
    link.lossRules.push((p) => (p.tcp?.flags ?? 0) === (TCP_RST | TCP_ACK));
    serverConn.abort();
    listener.close();
    net.at(200 * MS, () => client.write(text('anyone there?')));
    net.run();

    expect(wireSummary(net).slice(3)).toEqual([
      'server>pc RST,ACK lost',
      'pc>server PSH,ACK 13',
      'server>pc RST',
    ]);
    const [data, rst] = segments(net).slice(-2);
    // No ACK flag: the reset is made to look like the next segment the PC expects, so the PC accepts it.
    expect(rst?.tcp).toMatchObject({ flags: TCP_RST, seq: data?.tcp.ack, ack: 0 });
    expect(rst?.tcp.seq).toBe(client.rcvNxt);
    expect(reasons.pc).toBe('reset');
    expect(client.state).toBe('CLOSED');
  });

  test('a listener answers a stray ACK (no SYN) with a reset, and no connection is made', () => {
    const { net, pc, server } = twoHosts();
    let accepted = 0;
    server.tcp.listen(80, () => accepted++);
    // An ACK from a connection the server never heard of (say, from before it restarted).
    const stale = {
      local: { address: '192.0.2.20', port: 80 },
      remote: { address: '192.0.2.10', port: 40000 },
    };
    injectSegment(pc, stale, { seq: 1000, ack: 5000, flags: TCP_ACK });
    net.run();
    expect(segments(net).map((s) => [s.from, s.tcp.flags, s.tcp.seq])).toEqual([
      ['pc', TCP_ACK, 1000],
      ['server', TCP_RST, 5000],
    ]);
    expect(accepted).toBe(0);
  });
});

describe('abort()', () => {
  test('sends RST,ACK at once; the peer’s application is told "reset" and both ends are CLOSED', () => {
    const { net, client, serverConn, reasons } = established();
    net.at(100 * MS, () => client.abort());
    net.run();

    expect(wireSummary(net).slice(3)).toEqual(['pc>server RST,ACK']);
    const [rst] = segments(net).slice(3);
    expect(rst?.t).toBe(100 * MS);
    expect(rst?.tcp).toMatchObject({ seq: seqAdd(client.iss, 1), ack: seqAdd(serverConn.iss, 1), window: 0 });
    expect(reasons.server).toBe('reset');
    expect(statePath(net, 'pc').slice(-2)).toEqual(['ESTABLISHED', 'CLOSED']);
    expect(statePath(net, 'server').slice(-2)).toEqual(['ESTABLISHED', 'CLOSED']);
    // No TIME-WAIT: an aborted connection is gone at once.
    expect(enteredAt(net, 'pc', 'CLOSED')).toBe(100 * MS);
    expect(enteredAt(net, 'server', 'CLOSED')).toBe(105 * MS);
  });
});

describe('checking a reset before believing it (RFC 5961 §3)', () => {
  test('a reset outside the receive window is ignored without a word', () => {
    const { net, server, client, serverConn, got } = established();
    const before = segments(net).length;
    injectSegment(server, client, { seq: seqAdd(client.rcvNxt, 100_000), flags: TCP_RST });
    net.run(SECOND);
    expect(
      segments(net)
        .slice(before)
        .map((s) => s.from),
    ).toEqual(['server']);
    expect(client.state).toBe('ESTABLISHED');
    // The connection still works.
    serverConn.write(text('still here'));
    net.run(2 * SECOND);
    expect(new TextDecoder().decode(got.bytes())).toBe('still here');
  });

  test('a reset inside the window but not at the expected number gets a challenge ACK; the exact one closes', () => {
    const { net, server, client, reasons } = established();
    const before = segments(net).length;
    injectSegment(server, client, { seq: seqAdd(client.rcvNxt, 1000), flags: TCP_RST });
    net.run(SECOND);
    const [, challenge] = segments(net).slice(before);
    // The challenge ACK states where the PC really is; a genuine sender would answer it with an exact reset,
    // a blind attacker cannot.
    expect(challenge).toMatchObject({ from: 'pc', t: 50 * MS + 5 * MS });
    expect(challenge?.tcp).toMatchObject({ flags: TCP_ACK, seq: client.sndNxt, ack: client.rcvNxt });
    expect(client.state).toBe('ESTABLISHED');

    injectSegment(server, client, { seq: client.rcvNxt, flags: TCP_RST });
    net.run(2 * SECOND);
    expect(client.state).toBe('CLOSED');
    expect(reasons.pc).toBe('reset');
  });

  test('a SYN inside an established connection gets a challenge ACK too, never a reset (RFC 5961 §4)', () => {
    const { net, server, client } = established();
    const before = segments(net).length;
    injectSegment(server, client, { seq: seqAdd(client.rcvNxt, 10), flags: TCP_SYN, window: 65535 });
    net.run(SECOND);
    const answers = segments(net)
      .slice(before)
      .filter((s) => s.from === 'pc');
    expect(answers.map((s) => s.tcp.flags)).toEqual([TCP_ACK]);
    expect(answers[0]?.tcp).toMatchObject({ seq: client.sndNxt, ack: client.rcvNxt });
    expect(client.state).toBe('ESTABLISHED');
  });
});

describe('resets during the handshake', () => {
  test('SYN-RECEIVED → CLOSED: the client gave up before the SYN-ACK came, and its stack answers it with a reset', () => {
    const { net, pc, server } = twoHosts();
    let accepted = 0;
    server.tcp.listen(80, () => accepted++);
    const client = pc.tcp.connect({ remote: SERVER });
    net.at(1 * MS, () => client.close());
    net.run();

    expect(wireSummary(net)).toEqual(['pc>server SYN', 'server>pc SYN,ACK', 'pc>server RST']);
    // close() in SYN-SENT simply forgets the attempt (RFC 9293 §3.10.4): nothing is sent.
    expect(statePath(net, 'pc')).toEqual(['CLOSED', 'SYN-SENT', 'CLOSED']);
    expect(enteredAt(net, 'pc', 'CLOSED')).toBe(1 * MS);
    const [, synAck, rst] = segments(net);
    expect(rst?.tcp.seq).toBe(synAck?.tcp.ack);
    expect(statePath(net, 'server')).toEqual(['LISTEN', 'SYN-RECEIVED', 'CLOSED']);
    expect(enteredAt(net, 'server', 'CLOSED')).toBe(15 * MS);
    // The half-open connection never reached the application.
    expect(accepted).toBe(0);
    // The server’s SYN-ACK timer died with the connection: nothing more on the wire.
    expect(segments(net).length).toBe(3);
  });

  test('a SYN-ACK that acknowledges something we never sent is refused with a reset; the connect goes on', () => {
    // RFC 9293 §3.10.7.3, e.g. an old duplicate SYN-ACK. The real SYN is lost, so the server is silent.
    const { net, pc, server, link } = twoHosts();
    server.tcp.listen(80, () => {});
    link.lossRules.push((p) => p.tcp?.flags === TCP_SYN && net.clock.now === 0);
    const client = pc.tcp.connect({ remote: SERVER });
    net.at(100 * MS, () =>
      injectSegment(server, client, {
        seq: 7777,
        ack: seqAdd(client.iss, 1000),
        flags: TCP_SYN | TCP_ACK,
        window: 65535,
      }),
    );
    net.run(3 * SECOND);

    const [, bogus, rst, synAgain] = segments(net);
    expect(bogus?.tcp.flags).toBe(TCP_SYN | TCP_ACK);
    expect(rst).toMatchObject({ from: 'pc', t: 105 * MS });
    expect(rst?.tcp).toMatchObject({ flags: TCP_RST, seq: seqAdd(client.iss, 1000) });
    // Still connecting: the SYN goes again after 1 s and this time the handshake completes.
    expect(synAgain).toMatchObject({ from: 'pc', t: SECOND, tcp: { flags: TCP_SYN, retransmission: true } });
    expect(statePath(net, 'pc')).toEqual(['CLOSED', 'SYN-SENT', 'ESTABLISHED']);
  });

  test('data that crosses an abort on the wire finds no connection, and is answered with a reset of its own', () => {
    const { net, client, serverConn } = established();
    net.at(100 * MS, () => {
      serverConn.write(text('last words'));
      client.abort();
    });
    net.run();
    const last = segments(net).slice(-3);
    expect(last.map((s) => [s.from, s.tcp.flags])).toEqual([
      ['server', TCP_PSH | TCP_ACK],
      ['pc', TCP_RST | TCP_ACK],
      ['pc', TCP_RST],
    ]);
  });
});
