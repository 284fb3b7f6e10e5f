/**
 * Loss and recovery: SYN retransmission as Linux times it, the retransmission timer of RFC 6298 with its
 * back-off, fast retransmit and NewReno recovery (RFC 5681, RFC 6582), the receiver's reassembly of
 * out-of-order segments, and a long run over a link that loses one packet in five.
 */
import { describe, expect, test } from 'vitest';
import {
  enteredAt,
  firstDifference,
  pattern,
  receiver,
  segments,
  statePath,
  type TcpWire,
  twoHosts,
} from '../../../tests/helpers/network.ts';
import { type Micros, MS, SECOND } from '../clock.ts';
import type { LossRule } from '../net/link.ts';
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN } from '../packet.ts';
import type { TcpConfig } from './config.ts';
import type { CloseReason } from './connection.ts';
import { seqAdd } from './seq.ts';

const SERVER = { address: '192.0.2.20', port: 80 };
const seconds = (times: Micros[]) => times.map((t) => t / SECOND);

/** A connect() whose every SYN is lost; returns when the SYNs left and how the attempt ended. */
function unansweredConnect(tcp: Partial<TcpConfig> = {}) {
  const { net, pc, server, link } = twoHosts(1, tcp);
  server.tcp.listen(80, () => {});
  link.lossRules.push((p) => p.tcp?.flags === TCP_SYN);
  let ended: { reason: CloseReason; at: Micros } | undefined;
  const client = pc.tcp.connect({
    remote: SERVER,
    handlers: { onClose: (reason) => (ended = { reason, at: net.clock.now }) },
  });
  net.run();
  return { net, client, syns: segments(net, 'pc'), ended };
}

describe('a SYN that gets no answer', () => {
  test('is sent again 1, 2, 3, 4 and 5 s after the first, then at 7, 11, 19, 35 and 67 s; connect gives up at 131 s', () => {
    // Linux 6.5 and later (net.ipv4.tcp_syn_linear_timeouts = 4): the first timeouts keep the initial RTO
    // of 1 s, then it doubles, and tcp_syn_retries = 6 retransmissions are allowed on top of the linear
    // ones. ip-sysctl.rst: "67 seconds ... till the last retransmission", "final timeout ... after 131 seconds".
    const { syns, ended, client } = unansweredConnect();
    expect(seconds(syns.map((s) => s.t))).toEqual([0, 1, 2, 3, 4, 5, 7, 11, 19, 35, 67]);
    expect(syns.every((s) => s.tcp.seq === client.iss && s.tcp.flags === TCP_SYN)).toBe(true);
    expect(syns.map((s) => s.tcp.retransmission === true)).toEqual([false, ...Array(10).fill(true)]);
    expect(ended).toEqual({ reason: 'timeout', at: 131 * SECOND });
  });

  test('with fewer retries it also stops once the time six doublings would take has passed: tcp_syn_retries = 2 ends at 7 s', () => {
    // Linux gives up at the first of: syn_retries + linear_timeouts retransmissions, or (2^(syn_retries+1) − 1)
    // initial RTOs since the first SYN. A Linux 7.0 machine measured with syn_retries = 2 sent 6 SYNs about a
    // second apart and failed after about 7 s; with 3, after about 19 s.
    const two = unansweredConnect({ synRetries: 2 });
    expect(seconds(two.syns.map((s) => s.t))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(two.ended).toEqual({ reason: 'timeout', at: 7 * SECOND });
    const three = unansweredConnect({ synRetries: 3 });
    expect(seconds(three.syns.map((s) => s.t))).toEqual([0, 1, 2, 3, 4, 5, 7, 11]);
    expect(three.ended).toEqual({ reason: 'timeout', at: 19 * SECOND });
  });

  test('without linear timeouts the RTO doubles from the start, as before Linux 6.5: 1, 3, 7, 15, 31, 63 s, giving up at 127 s', () => {
    const { syns, ended } = unansweredConnect({ linearSynTimeouts: 0 });
    expect(seconds(syns.map((s) => s.t))).toEqual([0, 1, 3, 7, 15, 31, 63]);
    expect(ended).toEqual({ reason: 'timeout', at: 127 * SECOND });
  });

  test('the connection ends CLOSED, having never left SYN-SENT', () => {
    const { net } = unansweredConnect();
    expect(statePath(net, 'pc')).toEqual(['CLOSED', 'SYN-SENT', 'CLOSED']);
  });
});

describe('a SYN-ACK that gets no answer', () => {
  test('is sent again at 1, 3, 7, 15 and 31 s (tcp_synack_retries = 5), and the half-open connection is dropped at 63 s', () => {
    // The client gave up at once and its stack answers each SYN-ACK with a reset, which the link loses.
    const { net, pc, server, link } = twoHosts();
    server.tcp.listen(80, () => {});
    link.lossRules.push((p) => ((p.tcp?.flags ?? 0) & TCP_RST) !== 0);
    const client = pc.tcp.connect({ remote: SERVER });
    net.at(1 * MS, () => client.close());
    net.run();

    const synAcks = segments(net, 'server');
    const firstAt = (synAcks[0] as TcpWire).t;
    expect(seconds(synAcks.map((s) => s.t - firstAt))).toEqual([0, 1, 3, 7, 15, 31]);
    expect(synAcks.slice(1).every((s) => s.tcp.retransmission)).toBe(true);
    expect(statePath(net, 'server')).toEqual(['LISTEN', 'SYN-RECEIVED', 'CLOSED']);
    expect(enteredAt(net, 'server', 'CLOSED')).toBe(firstAt + 63 * SECOND);
  });
});

/**
 * Loses the PC's data segments with these numbers, counting every data segment it puts on the wire from 1
 * (retransmissions included): `loseDataSegments(1, 2)` loses the first segment and its first retransmission.
 */
function loseDataSegments(...which: number[]): LossRule {
  let count = 0;
  return (p, from) => {
    if (from.id !== 'pc' || p.payload.length === 0) return false;
    count++;
    return which.includes(count);
  };
}

interface TransferOptions {
  latency?: Micros;
  tcp?: Partial<TcpConfig>;
  /** Packets the link loses, decided before the first SYN leaves. */
  lose?: LossRule[];
}

/** The PC sends `bytes` to a server that reads everything, over a link with the given one-way delay. */
function transfer(bytes: number, options: TransferOptions = {}) {
  const { net, pc, server, link } = twoHosts(1, options.tcp ?? {}, { latency: options.latency ?? 5 * MS });
  link.lossRules.push(...(options.lose ?? []));
  const data = pattern(bytes);
  const got = receiver();
  server.tcp.listen(80, (c) => {
    c.handlers.onData = got.onData;
  });
  let ended: { reason: CloseReason; at: Micros } | undefined;
  const client = pc.tcp.connect({
    remote: SERVER,
    handlers: {
      onOpen: (c) => c.write(data),
      onClose: (reason) => (ended = { reason, at: net.clock.now }),
    },
  });
  const dataSent = () => segments(net, 'pc').filter((s) => s.tcp.payloadLength > 0);
  return { net, client, data, got, dataSent, ended: () => ended };
}

describe('the retransmission timer (RFC 6298)', () => {
  test('a lost segment goes again after the RTO, marked as a retransmission, and arrives intact', () => {
    // The handshake measured an RTT of 10 ms: SRTT = 10 ms, RTTVAR = 5 ms, RTO = SRTT + 4·RTTVAR = 30 ms,
    // raised to Linux’s floor of 200 ms.
    const t = transfer(1000, { lose: [loseDataSegments(1)] });
    t.net.run(5 * SECOND);
    const [lost, again] = t.dataSent();
    expect(lost?.lost).toBe(true);
    expect(again?.t).toBe((lost?.t ?? 0) + 200 * MS);
    expect(again?.tcp).toMatchObject({ seq: lost?.tcp.seq, payloadLength: 1000, retransmission: true });
    expect(lost?.tcp.retransmission).toBeUndefined();
    expect(firstDifference(t.got.bytes(), t.data)).toBe(-1);
  });

  test('on a slow link the RTO follows the measured RTT: 200 ms RTT gives 200 + 4 × 100 = 600 ms', () => {
    const t = transfer(1000, { latency: 100 * MS, lose: [loseDataSegments(1)] });
    t.net.run(5 * SECOND);
    const [lost, again] = t.dataSent();
    expect((again?.t ?? 0) - (lost?.t ?? 0)).toBe(600 * MS);
    expect(firstDifference(t.got.bytes(), t.data)).toBe(-1);
  });

  test('each further loss of the same segment doubles the wait: 200, 400, 800 ms', () => {
    const t = transfer(1000, { lose: [loseDataSegments(1, 2, 3)] });
    t.net.run(5 * SECOND);
    const times = t.dataSent().map((s) => s.t);
    const gaps = times.slice(1).map((x, i) => x - (times[i] as number));
    expect(gaps).toEqual([200 * MS, 400 * MS, 800 * MS]);
    expect(firstDifference(t.got.bytes(), t.data)).toBe(-1);
  });

  test('after dataRetries retransmissions (tcp_retries2) the connection gives up with "timeout"', () => {
    const allData: LossRule = (p, from) => from.id === 'pc' && p.payload.length > 0;
    const t = transfer(100, { tcp: { dataRetries: 3 }, lose: [allData] });
    t.net.run();
    const times = t.dataSent().map((s) => s.t - 10 * MS);
    expect(times).toEqual([0, 200 * MS, 600 * MS, 1400 * MS]);
    // The fourth timeout (3 s after the first send) finds the retries used up.
    expect(t.ended()).toEqual({ reason: 'timeout', at: 10 * MS + 3000 * MS });
    expect(t.client.state).toBe('CLOSED');
  });

  test('after a handshake that needed a retransmission, data starts with a 3 s RTO (RFC 6298 §5.7)', () => {
    let synLost = false;
    const loseFirstSyn: LossRule = (p) => {
      const first = p.tcp?.flags === TCP_SYN && !synLost;
      if (first) synLost = true;
      return first;
    };
    const t = transfer(1000, { lose: [loseFirstSyn, loseDataSegments(1)] });
    t.net.run(10 * SECOND);
    const [lost, again] = t.dataSent();
    expect(lost?.t).toBe(SECOND + 10 * MS);
    expect((again?.t ?? 0) - (lost?.t ?? 0)).toBe(3 * SECOND);
  });
});

describe('fast retransmit (RFC 5681 §3.2)', () => {
  test('the third duplicate ACK brings the lost segment back at once, long before the timer would', () => {
    // Ten segments leave together; the third is lost. The receiver answers each later one with an ACK
    // that still asks for the third: duplicate ACKs.
    const t = transfer(14_600, { lose: [loseDataSegments(3)] });
    t.net.run(5 * SECOND);

    const sent = t.dataSent();
    const lostSeg = sent[2] as TcpWire;
    const acks = segments(t.net, 'server').filter((s) => s.t > 10 * MS);
    const duplicates = acks.filter((a) => a.tcp.ack === lostSeg.tcp.seq);
    expect(duplicates.length).toBeGreaterThanOrEqual(3);
    const retransmissions = sent.filter((s) => s.tcp.retransmission);
    // Exactly one segment goes again: the lost one, as soon as the third duplicate arrives (20 ms).
    expect(retransmissions.map((s) => [s.t, s.tcp.seq])).toEqual([[20 * MS, lostSeg.tcp.seq]]);
    // It fills the hole: the next ACK covers all ten segments, which the receiver had kept.
    const after = acks.find((a) => a.t > 20 * MS);
    expect(after?.tcp.ack).toBe(seqAdd(t.client.iss, 1 + 14_600));
    expect(firstDifference(t.got.bytes(), t.data)).toBe(-1);
  });

  test('two holes in one window: the ACK of the first retransmission points at the second, which goes at once (NewReno)', () => {
    const t = transfer(14_600, { lose: [loseDataSegments(3, 6)] });
    t.net.run(5 * SECOND);
    const sent = t.dataSent();
    const retransmissions = sent.filter((s) => s.tcp.retransmission);
    expect(retransmissions.map((s) => [s.t, s.tcp.seq])).toEqual([
      [20 * MS, sent[2]?.tcp.seq],
      [30 * MS, sent[5]?.tcp.seq],
    ]);
    expect(firstDifference(t.got.bytes(), t.data)).toBe(-1);
  });
});

describe('out-of-order arrival', () => {
  test('segments after a hole are kept and handed over, in order, once the hole is filled', () => {
    const t = transfer(14_600, { lose: [loseDataSegments(1)] });
    t.net.run(5 * SECOND);
    const repair = t.dataSent().find((s) => s.tcp.retransmission) as TcpWire;
    const acks = segments(t.net, 'server').filter((s) => s.t > 10 * MS);
    const start = seqAdd(t.client.iss, 1);
    // While the first segment is missing, every ACK asks for it: nothing after the hole is acknowledged.
    const waiting = acks.filter((a) => a.t < repair.arrive);
    expect(waiting.length).toBe(9);
    expect(waiting.every((a) => a.tcp.ack === start)).toBe(true);
    // The retransmission fills the hole and one ACK covers all 14,600 bytes: the nine were kept.
    const repaired = acks.filter((a) => a.t >= repair.arrive);
    expect(repaired.map((a) => a.tcp.ack)).toEqual([seqAdd(start, 14_600)]);
    expect(firstDifference(t.got.bytes(), t.data)).toBe(-1);
  });
});

describe('a link that loses one packet in five', () => {
  /** 30,000 bytes each way; each side closes once it has everything. */
  function lossyExchange(seed: number) {
    const { net, pc, server, link } = twoHosts(seed);
    link.loss = 0.2;
    const n = 30_000;
    const up = pattern(n, 1);
    const down = pattern(n, 2);
    const atServer = receiver();
    const atPc = receiver();
    const reasons: string[] = [];
    server.tcp.listen(80, (c) => {
      c.handlers.onData = (d) => {
        atServer.onData(d);
        if (atServer.bytes().length === n) c.close();
      };
      c.handlers.onClose = (r) => reasons.push(`server ${r}`);
      c.write(down);
    });
    pc.tcp.connect({
      remote: SERVER,
      handlers: {
        onOpen: (c) => c.write(up),
        onData: (d, c) => {
          atPc.onData(d);
          if (atPc.bytes().length === n) c.close();
        },
        onClose: (r) => reasons.push(`pc ${r}`),
      },
    });
    net.run();
    return { net, up, down, atServer, atPc, reasons };
  }

  const SEEDS = [1, 2, 3, 4, 5, 6];

  test.each(SEEDS)(
    'seed %i: every byte arrives exactly once and in order, both ways, and both ends close',
    (seed) => {
      const run = lossyExchange(seed);
      expect(firstDifference(run.atServer.bytes(), run.up)).toBe(-1);
      expect(firstDifference(run.atPc.bytes(), run.down)).toBe(-1);
      expect(run.reasons.sort()).toEqual(['pc closed', 'server closed']);
      const lost = segments(run.net).filter((s) => s.lost).length;
      const resent = segments(run.net).filter((s) => s.tcp.retransmission).length;
      expect(lost).toBeGreaterThan(0);
      expect(resent).toBeGreaterThan(0);
    },
  );

  test('the run is deterministic: the same seed gives the same trace, byte for byte; another seed does not', () => {
    const trace = (seed: number) => JSON.stringify(lossyExchange(seed).net.trace({ scenario: 'tcp-loss' }));
    expect(trace(3)).toBe(trace(3));
    expect(trace(3)).not.toBe(trace(4));
  });

  test('ACKs are never thrown away as "old": after a timeout, pure ACKs still carry the highest sequence number sent', () => {
    // Each side's pure ACKs must stay acceptable to the other even while it resends old data; an ACK
    // numbered below what the peer holds would be dropped unread (RFC 9293 §3.10.7.4).
    const run = lossyExchange(1);
    for (const side of ['pc', 'server']) {
      let highest: number | undefined;
      for (const s of segments(run.net, side)) {
        const control = (s.tcp.flags & TCP_SYN ? 1 : 0) + (s.tcp.flags & TCP_FIN ? 1 : 0);
        const end = seqAdd(s.tcp.seq, s.tcp.payloadLength + control);
        const pureAck = s.tcp.flags === TCP_ACK && s.tcp.payloadLength === 0;
        if (pureAck && highest !== undefined) expect(s.tcp.seq).toBe(highest);
        if (highest === undefined || ((end - highest) | 0) > 0) highest = end;
      }
    }
  });
});
