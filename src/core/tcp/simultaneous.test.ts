/**
 * The rare paths of the state diagram: both ends open at the same instant (RFC 9293 §3.5, figure 8), and
 * both close at the same instant (§3.6, figure 13).
 */
import { describe, expect, test } from 'vitest';
import {
  enteredAt,
  receiver,
  segments,
  statePath,
  text,
  twoHosts,
  wireSummary,
} from '../../../tests/helpers/network.ts';
import { MS, SECOND } from '../clock.ts';
import { TCP_ACK, TCP_FIN, TCP_SYN } from '../packet.ts';
import type { CloseReason } from './connection.ts';
import { seqAdd } from './seq.ts';

/** The PC (port 5000) and the server (port 6000) each connect to the other at t = 0; nobody listens. */
function simultaneousOpen() {
  const { net, pc, server } = twoHosts();
  const opened: string[] = [];
  const a = pc.tcp.connect({
    remote: { address: '192.0.2.20', port: 6000 },
    localPort: 5000,
    handlers: { onOpen: () => opened.push(`pc at ${net.clock.now / MS} ms`) },
  });
  const b = server.tcp.connect({
    remote: { address: '192.0.2.10', port: 5000 },
    localPort: 6000,
    handlers: { onOpen: () => opened.push(`server at ${net.clock.now / MS} ms`) },
  });
  return { net, a, b, opened };
}

describe('simultaneous open', () => {
  test('the two SYNs cross; each side answers with SYN-ACK; four segments and no listener', () => {
    const { net, a, b } = simultaneousOpen();
    net.run(SECOND);
    expect(wireSummary(net).sort()).toEqual([
      'pc>server SYN',
      'pc>server SYN,ACK',
      'server>pc SYN',
      'server>pc SYN,ACK',
    ]);
    const [synA, synAckA] = segments(net, 'pc');
    const [synB, synAckB] = segments(net, 'server');
    expect([synA?.t, synB?.t, synAckA?.t, synAckB?.t]).toEqual([0, 0, 5 * MS, 5 * MS]);
    expect(synA?.tcp).toMatchObject({ flags: TCP_SYN, seq: a.iss, srcPort: 5000, dstPort: 6000 });
    expect(synB?.tcp).toMatchObject({ flags: TCP_SYN, seq: b.iss, srcPort: 6000, dstPort: 5000 });
    // Each SYN-ACK repeats its sender’s SYN (same ISS) and acknowledges the other’s.
    expect(synAckA?.tcp).toMatchObject({ flags: TCP_SYN | TCP_ACK, seq: a.iss, ack: seqAdd(b.iss, 1) });
    expect(synAckB?.tcp).toMatchObject({ flags: TCP_SYN | TCP_ACK, seq: b.iss, ack: seqAdd(a.iss, 1) });
    // It is an answer, not a retransmission: no timer expired.
    expect(segments(net).some((s) => s.tcp.retransmission)).toBe(false);
  });

  test('both ends pass SYN-SENT → SYN-RECEIVED → ESTABLISHED', () => {
    const { net, opened } = simultaneousOpen();
    net.run(SECOND);
    for (const node of ['pc', 'server']) {
      expect(statePath(net, node)).toEqual(['CLOSED', 'SYN-SENT', 'SYN-RECEIVED', 'ESTABLISHED']);
      expect(enteredAt(net, node, 'SYN-RECEIVED')).toBe(5 * MS);
      expect(enteredAt(net, node, 'ESTABLISHED')).toBe(10 * MS);
    }
    expect(opened.sort()).toEqual(['pc at 10 ms', 'server at 10 ms']);
  });

  test('close() in SYN-RECEIVED: the FIN waits for the ACK of our SYN, then SYN-RECEIVED → FIN-WAIT-1', () => {
    const { net, a, b } = simultaneousOpen();
    b.handlers.onPeerClose = (c) => c.close();
    net.at(7 * MS, () => a.close());
    net.run();
    expect(statePath(net, 'pc')).toEqual([
      'CLOSED',
      'SYN-SENT',
      'SYN-RECEIVED',
      'FIN-WAIT-1',
      'TIME-WAIT',
      'CLOSED',
    ]);
    expect(enteredAt(net, 'pc', 'FIN-WAIT-1')).toBe(10 * MS);
    expect(statePath(net, 'server')).toEqual([
      'CLOSED',
      'SYN-SENT',
      'SYN-RECEIVED',
      'ESTABLISHED',
      'CLOSE-WAIT',
      'LAST-ACK',
      'CLOSED',
    ]);
    const fin = segments(net, 'pc').find((s) => s.tcp.flags & TCP_FIN);
    expect(fin).toMatchObject({ t: 10 * MS, tcp: { seq: seqAdd(a.iss, 1) } });
  });

  test('the connection then carries data like any other', () => {
    const { net, a, b } = simultaneousOpen();
    const atB = receiver();
    const atA = receiver();
    b.handlers.onData = atB.onData;
    a.handlers.onData = atA.onData;
    net.at(100 * MS, () => {
      a.write(text('hello from 5000'));
      b.write(text('hello from 6000'));
    });
    net.run(SECOND);
    expect(new TextDecoder().decode(atB.bytes())).toBe('hello from 5000');
    expect(new TextDecoder().decode(atA.bytes())).toBe('hello from 6000');
  });
});

describe('simultaneous close', () => {
  /** An ordinary connection; both applications call close() at 100 ms. */
  function simultaneousClose() {
    const { net, pc, server } = twoHosts();
    const reasons: string[] = [];
    server.tcp.listen(80, (c) => {
      c.handlers.onClose = (r: CloseReason) => reasons.push(`server ${r} at ${net.clock.now / MS} ms`);
      net.at(100 * MS, () => c.close());
    });
    const client = pc.tcp.connect({
      remote: { address: '192.0.2.20', port: 80 },
      handlers: { onClose: (r) => reasons.push(`pc ${r} at ${net.clock.now / MS} ms`) },
    });
    net.at(100 * MS, () => client.close());
    net.run();
    return { net, reasons };
  }

  test('the FINs cross: FIN-WAIT-1 → CLOSING → TIME-WAIT on both sides', () => {
    const { net } = simultaneousClose();
    for (const node of ['pc', 'server']) {
      expect(statePath(net, node).slice(-4)).toEqual(['FIN-WAIT-1', 'CLOSING', 'TIME-WAIT', 'CLOSED']);
      expect(enteredAt(net, node, 'FIN-WAIT-1')).toBe(100 * MS);
      // Each receives the other’s FIN before the ACK of its own.
      expect(enteredAt(net, node, 'CLOSING')).toBe(105 * MS);
      expect(enteredAt(net, node, 'TIME-WAIT')).toBe(110 * MS);
    }
  });

  test('four segments: two FINs, then two ACKs, each acknowledging the other’s FIN', () => {
    const { net } = simultaneousClose();
    const closing = segments(net).filter((s) => s.t >= 100 * MS);
    expect(closing.map((s) => [s.from, s.tcp.flags, s.t / MS])).toEqual([
      ['pc', TCP_FIN | TCP_ACK, 100],
      ['server', TCP_FIN | TCP_ACK, 100],
      ['server', TCP_ACK, 105],
      ['pc', TCP_ACK, 105],
    ]);
    const [finPc, finServer, ackServer, ackPc] = closing;
    expect(ackServer?.tcp.ack).toBe(seqAdd(finPc?.tcp.seq ?? 0, 1));
    expect(ackPc?.tcp.ack).toBe(seqAdd(finServer?.tcp.seq ?? 0, 1));
  });

  test('both ends wait the full 60 s of TIME-WAIT', () => {
    const { reasons } = simultaneousClose();
    expect(reasons.sort()).toEqual(['pc closed at 60110 ms', 'server closed at 60110 ms']);
  });
});
