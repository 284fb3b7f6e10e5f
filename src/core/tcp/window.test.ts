/**
 * Flow control: the receiver's window (RFC 9293 §3.8.6). A server whose application stops reading lets its
 * 65,535-byte buffer fill; the window it advertises falls to zero; the sender stops and probes; when the
 * application reads again, a window update restarts the transfer.
 */
import { describe, expect, test } from 'vitest';
import {
  firstDifference,
  pattern,
  receiver,
  segments,
  type TcpWire,
  twoHosts,
} from '../../../tests/helpers/network.ts';
import { MS, SECOND } from '../clock.ts';
import { TCP_ACK } from '../packet.ts';
import type { TcpConnection } from './connection.ts';
import { seqAdd, seqDiff } from './seq.ts';

const BUFFER = 65_535;
const RESUME_AT = 5 * SECOND;

/** The PC sends 100,000 bytes to a server that reads nothing until 5 s. */
function pausedTransfer() {
  const { net, pc, server } = twoHosts();
  const data = pattern(100_000);
  const got = receiver();
  let atServer: TcpConnection | undefined;
  server.tcp.listen(80, (c) => {
    atServer = c;
    c.pauseReading();
    c.handlers.onData = got.onData;
  });
  const client = pc.tcp.connect({
    remote: { address: '192.0.2.20', port: 80 },
    handlers: { onOpen: (c) => c.write(data) },
  });
  net.at(RESUME_AT, () => atServer?.resumeReading());
  net.run(10 * SECOND);
  const acks = segments(net, 'server').filter((s) => s.t > 10 * MS);
  const paused = acks.filter((s) => s.t < RESUME_AT);
  const zeroWindow = paused.find((s) => s.tcp.window === 0) as TcpWire;
  return { net, client, data, got, acks, paused, zeroWindow };
}

describe('a receiver that stops reading', () => {
  test('advertises less and less room, down to a zero window once its 65,535-byte buffer is full', () => {
    const { client, paused, zeroWindow } = pausedTransfer();
    const windows = paused.map((s) => s.tcp.window);
    expect(windows.every((w, i) => i === 0 || w <= (windows[i - 1] as number))).toBe(true);
    expect(windows.at(-1)).toBe(0);
    // The zero window comes with the acknowledgement of exactly one buffer’s worth of data.
    expect(zeroWindow.tcp.ack).toBe(seqAdd(client.iss, 1 + BUFFER));
  });

  test('never moves the right edge of its window back (RFC 9293 §3.8.6.2.2: no shrinking)', () => {
    const { acks } = pausedTransfer();
    const edges = acks.map((s) => seqAdd(s.tcp.ack, s.tcp.window));
    expect(edges.every((e, i) => i === 0 || seqDiff(e, edges[i - 1] as number) >= 0)).toBe(true);
  });
});

describe('the sender', () => {
  test('never has more bytes in flight than the window the receiver last advertised', () => {
    const { net, acks } = pausedTransfer();
    const data = segments(net, 'pc').filter((s) => s.tcp.payloadLength > 0);
    expect(data.length).toBeGreaterThan(0);
    for (const seg of data) {
      // The latest ACK the PC had received when it sent this segment (the handshake’s SYN-ACK before any).
      const known = [...acks].reverse().find((a) => a.arrive <= seg.t);
      if (!known) continue;
      const end = seqAdd(seg.tcp.seq, seg.tcp.payloadLength);
      expect(seqDiff(end, seqAdd(known.tcp.ack, known.tcp.window))).toBeLessThanOrEqual(0);
    }
  });

  test('fills the window exactly: the last segment before the stop is cut to the 1,295 bytes that still fit', () => {
    const { net, client, zeroWindow } = pausedTransfer();
    const before = segments(net, 'pc').filter((s) => s.tcp.payloadLength > 0 && s.t < zeroWindow.arrive);
    const last = before.at(-1) as TcpWire;
    // 65,535 = 44 × 1460 + 1295.
    expect(last.tcp.payloadLength).toBe(1295);
    expect(seqAdd(last.tcp.seq, last.tcp.payloadLength)).toBe(seqAdd(client.iss, 1 + BUFFER));
  });

  test('probes the zero window with backoff: 200 ms, then 400, 800, 1600 ms between probes', () => {
    const { net, client, zeroWindow } = pausedTransfer();
    const probes = segments(net, 'pc').filter((s) => s.t > zeroWindow.t && s.t < RESUME_AT);
    // Linux’s probe: no data, the sequence number of the last byte already acknowledged (snd.una − 1),
    // which the receiver must answer with an ACK that states its window again.
    const una = seqAdd(client.iss, 1 + BUFFER);
    for (const p of probes)
      expect(p.tcp).toMatchObject({ flags: TCP_ACK, payloadLength: 0, seq: seqAdd(una, -1) });
    // The first waits one RTO (the 200 ms floor, as the RTT is 10 ms); each later one waits twice as long.
    const gaps = probes.map((p, i) => p.t - (i === 0 ? zeroWindow.arrive : (probes[i - 1] as TcpWire).t));
    expect(gaps).toEqual([200 * MS, 400 * MS, 800 * MS, 1600 * MS]);
    // Each probe is answered at once: still a zero window.
    const answers = segments(net, 'server').filter((s) => s.t > zeroWindow.t && s.t < RESUME_AT);
    expect(answers.map((a) => [a.t - 5 * MS, a.tcp.window])).toEqual(probes.map((p) => [p.t, 0]));
  });
});

describe('reading again', () => {
  test('sends a window update at once, and the transfer resumes without waiting for the next probe', () => {
    const { net, zeroWindow } = pausedTransfer();
    const update = segments(net, 'server').find((s) => s.t >= RESUME_AT) as TcpWire;
    expect(update.t).toBe(RESUME_AT);
    // Same acknowledgement number as before, but room for a full buffer again.
    expect(update.tcp).toMatchObject({
      flags: TCP_ACK,
      ack: zeroWindow.tcp.ack,
      window: BUFFER,
      payloadLength: 0,
    });
    const next = segments(net, 'pc').find((s) => s.t > RESUME_AT && s.tcp.payloadLength > 0);
    expect(next?.t).toBe(update.arrive);
    expect(next?.tcp.seq).toBe(zeroWindow.tcp.ack);
  });

  test('every byte arrives, once and in order', () => {
    const { data, got } = pausedTransfer();
    expect(firstDifference(got.bytes(), data)).toBe(-1);
  });
});
