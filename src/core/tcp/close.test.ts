/**
 * Closing a connection (RFC 9293 §3.6): the active closer passes FIN-WAIT-1, FIN-WAIT-2 and TIME-WAIT, the
 * passive one CLOSE-WAIT and LAST-ACK. TIME-WAIT lasts 60 s on Linux, which virtual time makes free.
 */
import { describe, expect, test } from 'vitest';
import {
  enteredAt,
  firstDifference,
  pattern,
  receiver,
  segments,
  stateEvents,
  statePath,
  text,
  twoHosts,
  wireSummary,
} from '../../../tests/helpers/network.ts';
import { type Micros, MS, SECOND } from '../clock.ts';
import { TCP_ACK, TCP_FIN, TCP_PSH } from '../packet.ts';
import type { CloseReason, TcpConnection } from './connection.ts';
import { seqAdd } from './seq.ts';

const SERVER = { address: '192.0.2.20', port: 80 };
const CLOSE_AT = 100 * MS;

interface Closing {
  /** When the server’s application closes after hearing the PC’s FIN; `null`: it never does. */
  serverClosesAfter: Micros | null;
}

/** The PC opens a connection and closes it at 100 ms; the server answers as `how` says. */
function activeClose(how: Closing) {
  const { net, pc, server, link } = twoHosts();
  const log: string[] = [];
  const at = () => `${net.clock.now / MS} ms`;
  let atServer: TcpConnection | undefined;
  server.tcp.listen(80, (c) => {
    atServer = c;
    c.handlers = {
      onPeerClose: (conn) => {
        log.push(`server hears FIN at ${at()}`);
        const delay = how.serverClosesAfter;
        if (delay === 0) conn.close();
        else if (delay !== null) net.at(net.clock.now + delay, () => conn.close());
      },
      onClose: (reason) => log.push(`server closed (${reason}) at ${at()}`),
    };
  });
  const client = pc.tcp.connect({
    remote: SERVER,
    handlers: { onClose: (reason) => log.push(`pc closed (${reason}) at ${at()}`) },
  });
  net.at(CLOSE_AT, () => client.close());
  return { net, link, client, log, server: () => atServer as TcpConnection };
}

describe('an orderly close', () => {
  test('the PC closes first: FIN-WAIT-1, FIN-WAIT-2, TIME-WAIT, and CLOSED exactly 60 s later', () => {
    const { net, log } = activeClose({ serverClosesAfter: 100 * MS });
    net.run();

    expect(wireSummary(net).slice(3)).toEqual([
      'pc>server FIN,ACK',
      // Linux holds back the ACK of a FIN for the delayed-ACK time, hoping to send it with its own FIN.
      'server>pc ACK',
      'server>pc FIN,ACK',
      'pc>server ACK',
    ]);
    expect(statePath(net, 'pc')).toEqual([
      'CLOSED',
      'SYN-SENT',
      'ESTABLISHED',
      'FIN-WAIT-1',
      'FIN-WAIT-2',
      'TIME-WAIT',
      'CLOSED',
    ]);
    expect(enteredAt(net, 'pc', 'FIN-WAIT-1')).toBe(100 * MS);
    // The ACK of the FIN leaves 40 ms after the FIN arrived (105 ms) and takes 5 ms.
    expect(enteredAt(net, 'pc', 'FIN-WAIT-2')).toBe(150 * MS);
    // The server’s application closes 100 ms after it heard the FIN; its FIN arrives 5 ms later.
    expect(enteredAt(net, 'pc', 'TIME-WAIT')).toBe(210 * MS);
    const timeWaitEnd = stateEvents(net, 'pc').find((e) => e.from === 'TIME-WAIT');
    expect(timeWaitEnd).toMatchObject({ to: 'CLOSED', t: 210 * MS + 60 * SECOND });
    expect(log).toEqual([
      'server hears FIN at 105 ms',
      'server closed (closed) at 215 ms',
      'pc closed (closed) at 60210 ms',
    ]);
  });

  test('the server closes second: CLOSE-WAIT, LAST-ACK, and CLOSED when the last ACK arrives', () => {
    const { net } = activeClose({ serverClosesAfter: 100 * MS });
    net.run();
    expect(statePath(net, 'server')).toEqual([
      'LISTEN',
      'SYN-RECEIVED',
      'ESTABLISHED',
      'CLOSE-WAIT',
      'LAST-ACK',
      'CLOSED',
    ]);
    expect(enteredAt(net, 'server', 'CLOSE-WAIT')).toBe(105 * MS);
    expect(enteredAt(net, 'server', 'LAST-ACK')).toBe(205 * MS);
    expect(enteredAt(net, 'server', 'CLOSED')).toBe(215 * MS);
  });

  test('each FIN takes one sequence number, and the ACK of a FIN acknowledges it plus one', () => {
    const { net, client, server } = activeClose({ serverClosesAfter: 100 * MS });
    net.run();
    const [fin, ackOfFin, serverFin, lastAck] = segments(net).slice(3);
    const pcNext = seqAdd(client.iss, 1);
    const serverNext = seqAdd(server().iss, 1);
    expect(fin?.tcp).toMatchObject({ flags: TCP_FIN | TCP_ACK, seq: pcNext, ack: serverNext });
    expect(ackOfFin?.tcp).toMatchObject({ flags: TCP_ACK, seq: serverNext, ack: seqAdd(pcNext, 1) });
    expect(serverFin?.tcp).toMatchObject({
      flags: TCP_FIN | TCP_ACK,
      seq: serverNext,
      ack: seqAdd(pcNext, 1),
    });
    expect(lastAck?.tcp).toMatchObject({
      flags: TCP_ACK,
      seq: seqAdd(pcNext, 1),
      ack: seqAdd(serverNext, 1),
    });
  });

  test('FIN and the ACK of our FIN in one segment: straight from FIN-WAIT-1 to TIME-WAIT', () => {
    // The usual case on the Internet: the server’s application closes as soon as it reads the end of the
    // stream, and its FIN carries the ACK of ours (RFC 9293 §3.10.7.4: "perhaps in this segment").
    const { net } = activeClose({ serverClosesAfter: 0 });
    net.run();
    expect(wireSummary(net).slice(3)).toEqual(['pc>server FIN,ACK', 'server>pc FIN,ACK', 'pc>server ACK']);
    expect(statePath(net, 'pc')).toEqual([
      'CLOSED',
      'SYN-SENT',
      'ESTABLISHED',
      'FIN-WAIT-1',
      'TIME-WAIT',
      'CLOSED',
    ]);
    expect(enteredAt(net, 'pc', 'TIME-WAIT')).toBe(110 * MS);
    expect(enteredAt(net, 'pc', 'CLOSED')).toBe(110 * MS + 60 * SECOND);
  });

  test('close() while data still waits for the window: the FIN rides on the last data segment', () => {
    const { net, pc, server } = twoHosts();
    const data = pattern(20_000);
    const got = receiver();
    server.tcp.listen(80, (c) => {
      c.handlers.onData = got.onData;
      c.handlers.onPeerClose = (conn) => conn.close();
    });
    pc.tcp.connect({
      remote: SERVER,
      handlers: {
        onOpen: (c) => {
          c.write(data);
          c.close();
        },
      },
    });
    net.run();
    const sent = segments(net, 'pc').filter((s) => s.tcp.payloadLength > 0);
    // Ten segments leave at once (the initial window); the other four wait for ACKs, and by then the
    // application has closed, so the last of them carries the FIN.
    expect(sent.map((s) => s.tcp.payloadLength)).toEqual([...Array(13).fill(1460), 1020]);
    expect(sent.at(-1)?.tcp.flags).toBe(TCP_FIN | TCP_PSH | TCP_ACK);
    expect(segments(net, 'pc').filter((s) => s.tcp.flags & TCP_FIN).length).toBe(1);
    expect(firstDifference(got.bytes(), data)).toBe(-1);
  });

  test('close() after the data has left: a FIN of its own', () => {
    const { net, pc, server } = twoHosts();
    server.tcp.listen(80, (c) => {
      c.handlers.onPeerClose = (conn) => conn.close();
    });
    pc.tcp.connect({
      remote: SERVER,
      handlers: {
        onOpen: (c) => {
          c.write(text('short'));
          c.close();
        },
      },
    });
    net.run();
    expect(wireSummary(net).slice(3, 5)).toEqual(['pc>server PSH,ACK 5', 'pc>server FIN,ACK']);
  });

  test('a half-closed connection still carries data the other way', () => {
    const { net, pc, server } = twoHosts();
    const got = receiver();
    server.tcp.listen(80, (c) => {
      c.handlers.onPeerClose = (conn) => {
        // The PC has finished sending, but may still want an answer.
        net.at(net.clock.now + 50 * MS, () => conn.write(text('goodbye and thanks')));
        net.at(net.clock.now + 100 * MS, () => conn.close());
      };
    });
    const client = pc.tcp.connect({ remote: SERVER, handlers: { onData: got.onData } });
    net.at(CLOSE_AT, () => client.close());
    net.run();
    expect(new TextDecoder().decode(got.bytes())).toBe('goodbye and thanks');
    const answer = segments(net, 'server').find((s) => s.tcp.payloadLength > 0);
    // The answer reaches the PC in FIN-WAIT-2: its FIN is acknowledged, the server’s has not come yet.
    expect(enteredAt(net, 'pc', 'FIN-WAIT-2')).toBe(150 * MS);
    expect(answer?.arrive).toBe(160 * MS);
    expect(enteredAt(net, 'pc', 'TIME-WAIT')).toBe(210 * MS);
  });

  test('after close(), writing is an error', () => {
    const { net, client } = activeClose({ serverClosesAfter: 0 });
    net.run(CLOSE_AT + MS);
    expect(() => client.write(text('too late'))).toThrow(/after close/);
  });
});

describe('when the peer never closes', () => {
  test('FIN-WAIT-2 ends after 60 s of silence (Linux’s tcp_fin_timeout); the server stays in CLOSE-WAIT', () => {
    const { net, log } = activeClose({ serverClosesAfter: null });
    net.run();
    expect(statePath(net, 'pc').slice(-3)).toEqual(['FIN-WAIT-1', 'FIN-WAIT-2', 'CLOSED']);
    expect(enteredAt(net, 'pc', 'CLOSED')).toBe(150 * MS + 60 * SECOND);
    expect(log.at(-1)).toBe('pc closed (timeout) at 60150 ms');
    expect(statePath(net, 'server').at(-1)).toBe('CLOSE-WAIT');
  });
});

describe('why TIME-WAIT lasts so long', () => {
  test('the last ACK is lost: the server sends its FIN again and the PC, still in TIME-WAIT, acknowledges it again', () => {
    const { net, link, log } = activeClose({ serverClosesAfter: 0 });
    let lastAckLost = false;
    link.lossRules.push((p, from) => {
      const isLastAck =
        from.id === 'pc' && p.tcp?.flags === TCP_ACK && net.clock.now > CLOSE_AT && !lastAckLost;
      if (isLastAck) lastAckLost = true;
      return isLastAck;
    });
    net.run();

    expect(wireSummary(net).slice(3)).toEqual([
      'pc>server FIN,ACK',
      'server>pc FIN,ACK',
      'pc>server ACK lost',
      'server>pc FIN,ACK',
      'pc>server ACK',
    ]);
    const [, firstFin, , finAgain, ackAgain] = segments(net).slice(3);
    // The server’s retransmission timer: 200 ms (the RTO floor, as the RTT measured at the handshake is 10 ms).
    expect(finAgain?.t).toBe((firstFin?.t ?? 0) + 200 * MS);
    expect(finAgain?.tcp).toMatchObject({ seq: firstFin?.tcp.seq, retransmission: true });
    expect(ackAgain?.t).toBe(finAgain?.arrive);
    // The repeated FIN restarts the 60 s: TIME-WAIT ends 60 s after the second ACK, not the first.
    expect(enteredAt(net, 'pc', 'CLOSED')).toBe((ackAgain?.t ?? 0) + 60 * SECOND);
    expect(log).toEqual([
      'server hears FIN at 105 ms',
      'server closed (closed) at 315 ms',
      'pc closed (closed) at 60310 ms',
    ]);
  });

  test('without TIME-WAIT the repeated FIN would find no connection and be answered with a reset', () => {
    // Cross-check of the test above: with a TIME-WAIT shorter than the server’s retransmission timer, the
    // PC has forgotten the connection and the server’s close ends in a reset instead of an ACK.
    const { net, pc, server, link } = twoHosts(1, { timeWait: 100 * MS });
    let reason: CloseReason | undefined;
    server.tcp.listen(80, (c) => {
      c.handlers.onPeerClose = (conn) => conn.close();
      c.handlers.onClose = (r) => (reason = r);
    });
    const client = pc.tcp.connect({ remote: SERVER });
    net.at(CLOSE_AT, () => client.close());
    let dropped = false;
    link.lossRules.push((p, from) => {
      const hit = from.id === 'pc' && p.tcp?.flags === TCP_ACK && net.clock.now > CLOSE_AT && !dropped;
      if (hit) dropped = true;
      return hit;
    });
    net.run();
    expect(wireSummary(net).slice(-2)).toEqual(['server>pc FIN,ACK', 'pc>server RST']);
    expect(reason).toBe('reset');
  });
});
