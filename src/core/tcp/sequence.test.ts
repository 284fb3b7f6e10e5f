/**
 * Sequence numbers are 32-bit and wrap around (RFC 9293 §3.4): after 4,294,967,295 comes 0, and every
 * comparison must be made modulo 2^32. The `fixedIss` setting (for tests only) starts a connection just
 * below the wrap so that a short transfer crosses it.
 */
import { describe, expect, test } from 'vitest';
import {
  firstDifference,
  pattern,
  receiver,
  segments,
  statePath,
  twoHosts,
} from '../../../tests/helpers/network.ts';
import { MS } from '../clock.ts';
import type { SimPacket } from '../net/packet.ts';
import { TCP_FIN } from '../packet.ts';
import { seqAdd, seqDiff, seqGe, seqGt, seqInRange, seqLe, seqLt } from './seq.ts';

const TOP = 0xffff_ffff;

describe('sequence arithmetic modulo 2^32', () => {
  test('adding past the top wraps to zero', () => {
    expect(seqAdd(TOP, 1)).toBe(0);
    expect(seqAdd(TOP - 9, 20)).toBe(10);
    expect(seqAdd(5, -10)).toBe(TOP - 4);
  });

  test('a number just after the wrap counts as later than one just before it', () => {
    expect(seqLt(TOP - 15, 5)).toBe(true);
    expect(seqGt(5, TOP - 15)).toBe(true);
    expect(seqLe(TOP, 0)).toBe(true);
    expect(seqGe(0, TOP)).toBe(true);
    expect(seqDiff(3, TOP - 1)).toBe(5);
    expect(seqDiff(TOP - 1, 3)).toBe(-5);
  });

  test('a window that spans the wrap contains the numbers on both sides of it', () => {
    expect(seqInRange(TOP - 3, TOP - 10, 100)).toBe(true);
    expect(seqInRange(50, TOP - 10, 100)).toBe(true);
    expect(seqInRange(100, TOP - 10, 100)).toBe(false);
    expect(seqInRange(TOP - 11, TOP - 10, 100)).toBe(false);
  });
});

describe('a connection whose numbers wrap', () => {
  const ISS = TOP - 5000;
  const N = 20_000;

  /** Both ends start 5,000 below the top; each sends 20,000 bytes, then both close. */
  function acrossTheWrap(lose?: (p: SimPacket, from: { id: string }) => boolean) {
    const { net, pc, server, link } = twoHosts(1, { fixedIss: ISS });
    if (lose) link.lossRules.push(lose);
    const up = pattern(N, 1);
    const down = pattern(N, 2);
    const atServer = receiver();
    const atPc = receiver();
    server.tcp.listen(80, (c) => {
      c.handlers.onData = atServer.onData;
      c.handlers.onPeerClose = (conn) => conn.close();
      c.write(down);
    });
    const client = pc.tcp.connect({
      remote: { address: '192.0.2.20', port: 80 },
      handlers: { onOpen: (c) => c.write(up), onData: atPc.onData },
    });
    net.at(500 * MS, () => client.close());
    net.run();
    return { net, client, up, down, atServer, atPc };
  }

  test('the fixed ISS is used by both ends', () => {
    const { net, client } = acrossTheWrap();
    const [syn, synAck] = segments(net);
    expect(client.iss).toBe(ISS);
    expect(syn?.tcp.seq).toBe(ISS);
    expect(synAck?.tcp).toMatchObject({ seq: ISS, ack: ISS + 1 });
  });

  test('the data crosses the wrap: one segment starts below 2^32 and ends above 0', () => {
    const { net, up, down, atServer, atPc } = acrossTheWrap();
    const data = segments(net, 'pc').filter((s) => s.tcp.payloadLength > 0);
    // Offsets 0, 1460, 2920 and 4380 from ISS + 1: the fourth holds bytes 4380..5839, and byte 5000 is the
    // one numbered 0.
    const straddling = data[3];
    expect(straddling?.tcp.seq).toBe(TOP - 619);
    expect(seqAdd(straddling?.tcp.seq ?? 0, 1460)).toBe(840);
    expect(data[4]?.tcp.seq).toBe(840);
    // Every number on the wire is a plain 32-bit unsigned integer.
    for (const s of segments(net)) {
      expect(Number.isInteger(s.tcp.seq) && s.tcp.seq >= 0 && s.tcp.seq <= TOP).toBe(true);
      expect(Number.isInteger(s.tcp.ack) && s.tcp.ack >= 0 && s.tcp.ack <= TOP).toBe(true);
    }
    expect(firstDifference(atServer.bytes(), up)).toBe(-1);
    expect(firstDifference(atPc.bytes(), down)).toBe(-1);
  });

  test('acknowledgements wrap too: all 20,000 bytes acknowledged is ack 15,000, and 15,001 after the FIN', () => {
    const { net } = acrossTheWrap();
    const fromServer = segments(net, 'server');
    expect(fromServer.some((s) => s.tcp.ack === 15_000)).toBe(true);
    const lastAck = fromServer.at(-1);
    expect(lastAck?.tcp.ack).toBe(15_001);
    const fin = segments(net, 'pc').find((s) => s.tcp.flags & TCP_FIN);
    expect(fin?.tcp.seq).toBe(15_000);
  });

  test('the segment that straddles the wrap is lost: it is resent and the bytes are put back in order', () => {
    let dataSeen = 0;
    const { net, up, down, atServer, atPc, client } = acrossTheWrap((p, from) => {
      if (from.id !== 'pc' || p.payload.length === 0) return false;
      dataSeen++;
      return dataSeen === 4;
    });
    const again = segments(net, 'pc').filter((s) => s.tcp.retransmission);
    expect(again.map((s) => s.tcp.seq)).toEqual([TOP - 619]);
    expect(firstDifference(atServer.bytes(), up)).toBe(-1);
    expect(firstDifference(atPc.bytes(), down)).toBe(-1);
    expect(statePath(net, 'pc').at(-1)).toBe('CLOSED');
    expect(client.state).toBe('CLOSED');
  });
});
