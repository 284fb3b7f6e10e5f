/**
 * Opening a connection: the three-way handshake of RFC 9293 §3.5, the numbers each side picks and
 * acknowledges, the MSS option (§3.7.1), and the states both ends pass through.
 */
import { describe, expect, test } from 'vitest';
import {
  enteredAt,
  firstDifference,
  pattern,
  receiver,
  segments,
  statePath,
  text,
  twoHosts,
  wireSummary,
} from '../../../tests/helpers/network.ts';
import { MS, SECOND } from '../clock.ts';
import { TCP_ACK, TCP_SYN } from '../packet.ts';
import type { TcpConnection } from './connection.ts';

const SERVER_V4 = { address: '192.0.2.20', port: 80 };
const SERVER_V6 = { address: '2001:db8::20', port: 80 };

/** One connection from the PC to a listening server; the run stops at `until`. */
function connectOnce(until = SECOND) {
  const { net, pc, server } = twoHosts();
  const accepted: TcpConnection[] = [];
  server.tcp.listen(80, (c) => accepted.push(c));
  const client = pc.tcp.connect({ remote: SERVER_V4 });
  net.run(until);
  return { net, client, accepted };
}

describe('the three-way handshake', () => {
  test('SYN, SYN-ACK, ACK: three segments, one link delay (5 ms) apart', () => {
    const { net } = connectOnce();
    expect(wireSummary(net)).toEqual(['pc>server SYN', 'server>pc SYN,ACK', 'pc>server ACK']);
    expect(segments(net).map((s) => s.t)).toEqual([0, 5 * MS, 10 * MS]);
  });

  test('each side chooses its initial sequence number (ISS); the other acknowledges it plus one', () => {
    const { net, client, accepted } = connectOnce();
    const server = accepted[0] as TcpConnection;
    const [syn, synAck, ack] = segments(net);

    // SYN: seq = the client's ISS. The ACK flag is off, so the ack field means nothing and is zero.
    expect(syn?.tcp).toMatchObject({ flags: TCP_SYN, seq: client.iss, ack: 0 });
    // SYN-ACK: the server's own ISS, and "I expect your byte ISS+1 next": the SYN used one number.
    expect(synAck?.tcp).toMatchObject({
      flags: TCP_SYN | TCP_ACK,
      seq: server.iss,
      ack: (client.iss + 1) >>> 0,
    });
    // ACK: the client moves past its SYN and acknowledges the server's SYN the same way.
    expect(ack?.tcp).toMatchObject({
      flags: TCP_ACK,
      seq: (client.iss + 1) >>> 0,
      ack: (server.iss + 1) >>> 0,
    });
    // The two numbers are independent random choices (RFC 9293 §3.4.1).
    expect(client.iss).not.toBe(server.iss);
  });

  test('the ports: an even ephemeral port on the client (Linux’s choice for connect), the well-known port on the server', () => {
    const { net, client } = connectOnce();
    const [syn, synAck] = segments(net);
    expect(client.local.port % 2).toBe(0);
    expect(client.local.port).toBeGreaterThanOrEqual(32768);
    expect(client.local.port).toBeLessThanOrEqual(60999);
    expect(syn?.tcp).toMatchObject({ srcPort: client.local.port, dstPort: 80 });
    expect(synAck?.tcp).toMatchObject({ srcPort: 80, dstPort: client.local.port });
  });

  test('both SYNs carry the MSS option: 1500-byte MTU less 20 bytes of IPv4 and 20 of TCP header = 1460', () => {
    const { net } = connectOnce();
    const [syn, synAck, ack] = segments(net);
    expect(syn?.tcp.options).toEqual({ mss: 1460 });
    expect(synAck?.tcp.options).toEqual({ mss: 1460 });
    // The option appears only on SYN segments.
    expect(ack?.tcp.options).toBeUndefined();
    // A 20-byte IPv4 header, a 20-byte TCP header and 4 bytes of option.
    expect(syn?.ip.totalLength).toBe(44);
    expect(ack?.ip.totalLength).toBe(40);
  });

  test('the client passes CLOSED → SYN-SENT → ESTABLISHED, the server LISTEN → SYN-RECEIVED → ESTABLISHED', () => {
    const { net } = connectOnce();
    expect(statePath(net, 'pc')).toEqual(['CLOSED', 'SYN-SENT', 'ESTABLISHED']);
    expect(statePath(net, 'server')).toEqual(['LISTEN', 'SYN-RECEIVED', 'ESTABLISHED']);
    // Each change happens when the segment that causes it arrives.
    expect(enteredAt(net, 'pc', 'SYN-SENT')).toBe(0);
    expect(enteredAt(net, 'server', 'SYN-RECEIVED')).toBe(5 * MS);
    expect(enteredAt(net, 'pc', 'ESTABLISHED')).toBe(10 * MS);
    expect(enteredAt(net, 'server', 'ESTABLISHED')).toBe(15 * MS);
  });

  test('the applications hear of it: onOpen on the client at once, the listener’s accept when the last ACK arrives', () => {
    const { net, pc, server } = twoHosts();
    const events: string[] = [];
    server.tcp.listen(80, (c) => events.push(`accept ${c.state} at ${net.clock.now / MS} ms`));
    pc.tcp.connect({
      remote: SERVER_V4,
      handlers: { onOpen: (c) => events.push(`open ${c.state} at ${net.clock.now / MS} ms`) },
    });
    net.run(SECOND);
    expect(events).toEqual(['open ESTABLISHED at 10 ms', 'accept ESTABLISHED at 15 ms']);
  });

  test('data written before the handshake completes waits for it, then follows the ACK', () => {
    const { net, pc, server } = twoHosts();
    const got = receiver();
    server.tcp.listen(80, (c) => {
      c.handlers.onData = got.onData;
    });
    const client = pc.tcp.connect({ remote: SERVER_V4 });
    client.write(text('early'));
    net.run(SECOND);
    expect(wireSummary(net)).toEqual([
      'pc>server SYN',
      'server>pc SYN,ACK',
      'pc>server ACK',
      'pc>server PSH,ACK 5',
      'server>pc ACK',
    ]);
    expect(new TextDecoder().decode(got.bytes())).toBe('early');
  });
});

describe('IPv6', () => {
  test('the MSS is 1440: the IPv6 header is 40 bytes instead of 20', () => {
    const { net, pc, server } = twoHosts();
    server.tcp.listen(80, () => {});
    pc.tcp.connect({ remote: SERVER_V6 });
    net.run(SECOND);
    const [syn, synAck] = segments(net);
    expect(syn?.ip).toMatchObject({ version: 6, src: '2001:db8::10', dst: '2001:db8::20', totalLength: 64 });
    expect(syn?.tcp.options).toEqual({ mss: 1440 });
    expect(synAck?.tcp.options).toEqual({ mss: 1440 });
  });

  test('a connection works end to end: data both ways in 1440-byte segments, then an orderly close', () => {
    const { net, pc, server } = twoHosts();
    const request = pattern(3000, 1);
    const answer = pattern(5000, 2);
    const atServer = receiver();
    const atClient = receiver();
    server.tcp.listen(80, (c) => {
      c.handlers.onData = (d) => {
        atServer.onData(d);
        if (atServer.bytes().length === request.length) {
          c.write(answer);
          c.close();
        }
      };
    });
    const client = pc.tcp.connect({
      remote: SERVER_V6,
      handlers: {
        onOpen: (c) => c.write(request),
        onData: atClient.onData,
        onPeerClose: (c) => c.close(),
      },
    });
    net.run();

    expect(firstDifference(atServer.bytes(), request)).toBe(-1);
    expect(firstDifference(atClient.bytes(), answer)).toBe(-1);
    expect(client.state).toBe('CLOSED');
    const lengths = (from: string) =>
      segments(net, from)
        .map((s) => s.tcp.payloadLength)
        .filter((n) => n > 0);
    expect(lengths('pc')).toEqual([1440, 1440, 120]);
    expect(lengths('server')).toEqual([1440, 1440, 1440, 680]);
    expect(segments(net).every((s) => s.ip.version === 6)).toBe(true);
  });
});

describe('a lost SYN-ACK', () => {
  test('the client’s retransmitted SYN is answered with the SYN-ACK again, and the handshake completes', () => {
    // The server waits longer than the client before retransmitting on its own, so that what we see is
    // its answer to the repeated SYN (RFC 9293 §3.10.7.3; Linux resends the SYN-ACK from the request).
    const { net, pc, server, link } = twoHosts(1, {}, { serverTcp: { initialRto: 3 * SECOND } });
    server.tcp.listen(80, () => {});
    let dropped = false;
    link.lossRules.push((p) => {
      const synAck = p.tcp?.flags === (TCP_SYN | TCP_ACK);
      if (synAck && !dropped) {
        dropped = true;
        return true;
      }
      return false;
    });
    pc.tcp.connect({ remote: SERVER_V4 });
    net.run(5 * SECOND);

    expect(wireSummary(net)).toEqual([
      'pc>server SYN',
      'server>pc SYN,ACK lost',
      'pc>server SYN',
      'server>pc SYN,ACK',
      'pc>server ACK',
    ]);
    const [syn, firstSynAck, synAgain, secondSynAck] = segments(net);
    expect(synAgain?.t).toBe(SECOND);
    expect(synAgain?.tcp).toMatchObject({ seq: syn?.tcp.seq, retransmission: true });
    expect(secondSynAck?.t).toBe(SECOND + 5 * MS);
    expect(secondSynAck?.tcp).toMatchObject({
      seq: firstSynAck?.tcp.seq,
      ack: firstSynAck?.tcp.ack,
      retransmission: true,
    });
    expect(statePath(net, 'server')).toEqual(['LISTEN', 'SYN-RECEIVED', 'ESTABLISHED']);
    expect(enteredAt(net, 'pc', 'ESTABLISHED')).toBe(SECOND + 10 * MS);
  });
});
