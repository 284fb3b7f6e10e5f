/**
 * Moving data: how a write becomes segments no larger than the MSS, where PSH goes, how many segments
 * may leave before an ACK (the initial congestion window), Nagle's algorithm, and when the receiver
 * acknowledges (RFC 9293 §3.8.6.3, RFC 1122 §4.2.3.2, RFC 5681 §4.2, Linux's quick-ACK mode).
 */
import { describe, expect, test } from 'vitest';
import {
  concat,
  firstDifference,
  pattern,
  receiver,
  segments,
  type TcpWire,
  text,
  twoHosts,
} from '../../../tests/helpers/network.ts';
import { type Micros, MS, SECOND } from '../clock.ts';
import { TCP_ACK, TCP_PSH } from '../packet.ts';
import type { TcpConfig } from './config.ts';
import type { TcpConnection } from './connection.ts';

const SERVER = { address: '192.0.2.20', port: 80 };

/** The PC connects to a server that only receives; `onOpen` runs on the PC once the handshake is done. */
function sender(onOpen: (c: TcpConnection) => void, tcp: Partial<TcpConfig> = {}) {
  const { net, pc, server, link } = twoHosts(1, tcp);
  const got = receiver();
  server.tcp.listen(80, (c) => {
    c.handlers.onData = got.onData;
  });
  const client = pc.tcp.connect({ remote: SERVER, handlers: { onOpen } });
  return { net, pc, server, link, client, got };
}

const dataFrom = (segs: TcpWire[]) => segs.filter((s) => s.tcp.payloadLength > 0);
const hasPsh = (s: TcpWire) => (s.tcp.flags & TCP_PSH) !== 0;

describe('segmentation', () => {
  test('a 10,000-byte write leaves as six full 1460-byte segments and one of 1240; only the last has PSH', () => {
    const data = pattern(10_000);
    const { net, client, got } = sender((c) => c.write(data));
    net.run(SECOND);

    const sent = dataFrom(segments(net, 'pc'));
    expect(sent.map((s) => s.tcp.payloadLength)).toEqual([1460, 1460, 1460, 1460, 1460, 1460, 1240]);
    // PSH tells the receiver "this is the end of what the application gave me: deliver it".
    expect(sent.map(hasPsh)).toEqual([false, false, false, false, false, false, true]);
    // Every segment starts where the one before ended: sequence numbers count bytes, from ISS + 1.
    expect(sent.map((s) => s.tcp.seq)).toEqual(sent.map((_, i) => (client.iss + 1 + 1460 * i) >>> 0));
    expect(sent.every((s) => (s.tcp.flags & TCP_ACK) !== 0)).toBe(true);
    // Seven segments fit in the initial window of ten (RFC 6928), so they all leave at once.
    expect(new Set(sent.map((s) => s.t))).toEqual(new Set([10 * MS]));
    expect(firstDifference(got.bytes(), data)).toBe(-1);
  });

  test('each of several writes ends with a PSH segment', () => {
    const { net, pc, client, got } = sender(() => {});
    const writes = [pattern(100, 1), pattern(3000, 2), pattern(50, 3)];
    for (const [i, w] of writes.entries()) net.at((i + 1) * 100 * MS, () => client.write(w));
    net.run(SECOND);

    const sent = dataFrom(segments(net, pc.id));
    expect(sent.map((s) => [s.t / MS, s.tcp.payloadLength, hasPsh(s)])).toEqual([
      [100, 100, true],
      [200, 1460, false],
      [200, 1460, false],
      [200, 80, true],
      [300, 50, true],
    ]);
    expect(firstDifference(got.bytes(), concat(...writes))).toBe(-1);
  });

  test('no more than ten segments before the first ACK (initial window), then more as ACKs return (slow start)', () => {
    const data = pattern(30_000);
    const { net, got } = sender((c) => c.write(data));
    net.run(SECOND);

    const sent = dataFrom(segments(net, 'pc'));
    const at10 = sent.filter((s) => s.t === 10 * MS);
    const at20 = sent.filter((s) => s.t === 20 * MS);
    expect(at10.length).toBe(10);
    // The ten ACKs (quick ACKs, one per segment) each let two more segments go: 10 + 10 = 20 in flight,
    // of which the remaining 11 are sent (30,000 bytes = 20 full segments and 800 bytes).
    expect(at20.map((s) => s.tcp.payloadLength)).toEqual([...Array(10).fill(1460), 800]);
    expect(sent.length).toBe(21);
    expect(firstDifference(got.bytes(), data)).toBe(-1);
  });
});

describe('Nagle’s algorithm (RFC 1122 §4.2.3.4)', () => {
  const twoSmallWrites = (c: TcpConnection) => {
    c.write(text('first'));
    c.write(text('second'));
  };

  test('a small write waits while an earlier small segment is unacknowledged, then leaves with the ACK', () => {
    const { net, got } = sender(twoSmallWrites);
    net.run(SECOND);
    const sent = dataFrom(segments(net, 'pc'));
    expect(sent.map((s) => [s.t / MS, s.tcp.payloadLength])).toEqual([
      [10, 5],
      // The server’s ACK of "first" arrives at 20 ms: only then may "second" go.
      [20, 6],
    ]);
    expect(new TextDecoder().decode(got.bytes())).toBe('firstsecond');
  });

  test('with TCP_NODELAY both go at once', () => {
    const { net } = sender((c) => {
      c.noDelay = true;
      twoSmallWrites(c);
    });
    net.run(SECOND);
    const sent = dataFrom(segments(net, 'pc'));
    expect(sent.map((s) => [s.t / MS, s.tcp.payloadLength])).toEqual([
      [10, 5],
      [10, 6],
    ]);
  });
});

describe('when the receiver acknowledges', () => {
  /** When each of the server's ACKs left, as offsets from the arrival of the data it acknowledges. */
  function ackDelays(sent: TcpWire[], acks: TcpWire[]): Micros[] {
    return sent.map((s) => {
      const end = (s.tcp.seq + s.tcp.payloadLength) >>> 0;
      const ack = acks.find((a) => a.tcp.ack === end);
      return ack === undefined ? -1 : ack.t - s.arrive;
    });
  }

  test('at the start of a connection every segment is acknowledged at once (Linux’s 16 quick ACKs), later ones wait 40 ms', () => {
    const { net, client } = sender(() => {});
    // One small message every 200 ms: the server never answers, so the connection is not interactive.
    for (let i = 0; i < 20; i++) net.at(100 * MS + i * 200 * MS, () => client.write(pattern(100, i)));
    net.run(10 * SECOND);

    const delays = ackDelays(dataFrom(segments(net, 'pc')), segments(net, 'server'));
    expect(delays).toEqual([...Array(16).fill(0), ...Array(4).fill(40 * MS)]);
  });

  test('without quick ACKs a lone segment is acknowledged by the delayed-ACK timer, 40 ms after it arrived', () => {
    const { net } = sender((c) => c.write(text('hello')), { quickAcks: 0 });
    net.run(SECOND);
    const [data] = dataFrom(segments(net, 'pc'));
    const acks = segments(net, 'server').filter((s) => s.tcp.ack === ((data?.tcp.seq ?? 0) + 5) >>> 0);
    expect(acks.length).toBe(1);
    expect(acks[0]?.t).toBe((data?.arrive ?? 0) + 40 * MS);
  });

  test('with a steady stream of full segments, one ACK for every two (RFC 5681 §4.2)', () => {
    const { net, client } = sender((c) => c.write(pattern(14_600)), { quickAcks: 0 });
    net.run(SECOND);
    const acks = segments(net, 'server').filter((s) => s.t > 10 * MS);
    const base = client.iss + 1;
    expect(acks.map((a) => a.tcp.ack)).toEqual([1, 2, 3, 4, 5].map((n) => (base + n * 2920) >>> 0));
    // All five leave the moment the second segment of each pair arrives.
    expect(new Set(acks.map((a) => a.t))).toEqual(new Set([15 * MS]));
  });

  test('an answer written within the delayed-ACK time carries the ACK: no separate ACK segment', () => {
    const { net, pc, server } = twoHosts(1, { quickAcks: 0 });
    server.tcp.listen(80, (c) => {
      c.handlers.onData = () => c.write(text('pong'));
    });
    pc.tcp.connect({ remote: SERVER, handlers: { onOpen: (c) => c.write(text('ping')) } });
    net.run(30 * MS);

    const fromServer = segments(net, 'server').filter((s) => s.t > 5 * MS);
    expect(fromServer.length).toBe(1);
    const [ping] = dataFrom(segments(net, 'pc'));
    expect(fromServer[0]?.tcp).toMatchObject({
      flags: TCP_PSH | TCP_ACK,
      payloadLength: 4,
      ack: ((ping?.tcp.seq ?? 0) + 4) >>> 0,
    });
  });
});
