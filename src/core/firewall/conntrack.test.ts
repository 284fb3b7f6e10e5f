import { describe, expect, test } from 'vitest';
import { SECOND } from '../clock.ts';
import { unreachable } from '../net/icmp.ts';
import { ipLayer, type SimPacket } from '../net/packet.ts';
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN } from '../packet.ts';
import { ConnTrack, Expectations, type FlowTuple, quotedTuple, reverseTuple, tupleOf } from './conntrack.ts';
import { findFtpAddresses } from './ftp.ts';
import { compileRule, type FirewallRule, ruleMatches } from './rules.ts';

function tcp(src: string, sport: number, dst: string, dport: number, flags: number): SimPacket {
  return {
    id: 1,
    ip: ipLayer(src, dst, 'tcp', 20, 64, 1),
    tcp: { srcPort: sport, dstPort: dport, seq: 1, ack: 1, flags, window: 100, payloadLength: 0 },
    payload: new Uint8Array(0),
  };
}

function udp(src: string, sport: number, dst: string, dport: number): SimPacket {
  return {
    id: 2,
    ip: ipLayer(src, dst, 'udp', 8, 64, 1),
    udp: { srcPort: sport, dstPort: dport, payloadLength: 0 },
    payload: new Uint8Array(0),
  };
}

function table() {
  let now = 0;
  const ct = new ConnTrack<null>(() => now);
  return { ct, at: (t: number) => (now = t) };
}

describe('the connection table', () => {
  const syn = tcp('192.0.2.10', 40000, '192.0.2.20', 80, TCP_SYN);
  const synAck = tcp('192.0.2.20', 80, '192.0.2.10', 40000, TCP_SYN | TCP_ACK);

  test('finds a flow from a packet of either direction', () => {
    const { ct } = table();
    const e = ct.add(tupleOf(syn) as FlowTuple, null);
    ct.seen(e, 'original', syn);
    expect(ct.find(tupleOf(syn) as FlowTuple)).toMatchObject({ entry: e, direction: 'original' });
    expect(ct.find(tupleOf(synAck) as FlowTuple)).toMatchObject({ entry: e, direction: 'reply' });
    expect(e.replySeen).toBe(false);
    ct.seen(e, 'reply', synAck);
    expect(e.replySeen).toBe(true);
    expect(e.tcp?.phase).toBe('established');
  });

  test('an unanswered SYN is kept two minutes, an answered connection five days', () => {
    const { ct, at } = table();
    const e = ct.add(tupleOf(syn) as FlowTuple, null);
    ct.seen(e, 'original', syn);
    expect(e.expires).toBe(120 * SECOND);
    at(SECOND);
    ct.seen(e, 'reply', synAck);
    expect(e.expires).toBe(SECOND + 5 * 24 * 3600 * SECOND);
    at(2 * SECOND);
    ct.seen(e, 'original', tcp('192.0.2.10', 40000, '192.0.2.20', 80, TCP_RST));
    expect(e.tcp?.phase).toBe('close');
    expect(e.expires).toBe(12 * SECOND);
  });

  test('a new SYN on a finished connection starts a new entry', () => {
    const { ct } = table();
    const e = ct.add(tupleOf(syn) as FlowTuple, null);
    ct.seen(e, 'original', syn);
    ct.seen(e, 'reply', synAck);
    ct.seen(e, 'original', tcp('192.0.2.10', 40000, '192.0.2.20', 80, TCP_FIN | TCP_ACK));
    expect(e.tcp?.phase).toBe('fin-wait');
    ct.seen(e, 'reply', tcp('192.0.2.20', 80, '192.0.2.10', 40000, TCP_FIN | TCP_ACK));
    expect(e.tcp?.phase).toBe('time-wait');
    // A plain ACK still belongs to it; a SYN reusing the port does not.
    const ack = tcp('192.0.2.10', 40000, '192.0.2.20', 80, TCP_ACK);
    expect(ct.findFor(ack, tupleOf(ack) as FlowTuple)?.entry).toBe(e);
    expect(ct.findFor(syn, tupleOf(syn) as FlowTuple)).toBeUndefined();
    expect(ct.entries()).toEqual([]);
  });

  test('a translated flow is found by its translated answer', () => {
    const { ct } = table();
    const original = tupleOf(tcp('192.168.1.10', 40000, '203.0.113.10', 80, TCP_SYN)) as FlowTuple;
    const reply = { ...reverseTuple(original), dst: '198.51.100.1', dstPort: 40001 };
    const e = ct.add(original, null, { reply });
    const answer = tcp('203.0.113.10', 80, '198.51.100.1', 40001, TCP_SYN | TCP_ACK);
    expect(ct.find(tupleOf(answer) as FlowTuple)).toMatchObject({ entry: e, direction: 'reply' });
    expect(ct.find(reverseTuple(original))).toBeUndefined();
  });

  test('UDP: 30 s without an answer or within the first two seconds, 120 s once it is a stream', () => {
    const { ct, at } = table();
    const q = udp('192.0.2.10', 5000, '192.0.2.20', 53);
    const a = udp('192.0.2.20', 53, '192.0.2.10', 5000);
    const e = ct.add(tupleOf(q) as FlowTuple, null);
    ct.seen(e, 'original', q);
    expect(e.expires).toBe(30 * SECOND);
    at(SECOND);
    ct.seen(e, 'reply', a);
    expect(e.expires).toBe(31 * SECOND);
    at(3 * SECOND);
    ct.seen(e, 'original', q);
    expect(e.expires).toBe(123 * SECOND);
    at(123 * SECOND);
    expect(ct.find(tupleOf(q) as FlowTuple)).toBeUndefined();
  });

  test('an ICMP error names the flow of the packet it quotes', () => {
    const d = udp('192.0.2.10', 5000, '192.0.2.20', 9);
    const err = unreachable(d, '192.0.2.20', 'port', 3);
    expect(tupleOf(err)).toBeNull();
    expect(quotedTuple(err)).toEqual(tupleOf(d));
  });
});

describe('expectations', () => {
  test('match once, with any source port unless one is given, and expire', () => {
    let now = 0;
    const ex = new Expectations<string>(() => now);
    ex.add({ protocol: 'tcp', src: '203.0.113.10', dst: '192.0.2.10', dstPort: 50001 }, 'data', 300 * SECOND);
    const from20 = tupleOf(tcp('203.0.113.10', 20, '192.0.2.10', 50001, TCP_SYN)) as FlowTuple;
    const fromElsewhere = tupleOf(tcp('203.0.113.99', 20, '192.0.2.10', 50001, TCP_SYN)) as FlowTuple;
    expect(ex.match(fromElsewhere)).toBeUndefined();
    const m = ex.match(from20);
    expect(m?.data).toBe('data');
    expect(ex.reserves('tcp', '192.0.2.10', 50001)).toBe(true);
    ex.remove(m as NonNullable<typeof m>);
    expect(ex.match(from20)).toBeUndefined();
    ex.add(
      { protocol: 'tcp', src: '203.0.113.10', dst: '192.0.2.10', dstPort: 50001 },
      'again',
      300 * SECOND,
    );
    now = 300 * SECOND;
    expect(ex.match(from20)).toBeUndefined();
  });
});

describe('what the FTP helper reads', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  test('PORT and EPRT from the client, 227 and 229 from the server, whole lines only', () => {
    expect(findFtpAddresses(bytes('PORT 192,0,2,10,195,81\r\n'), 'client')).toMatchObject([
      { kind: 'PORT', address: '192.0.2.10', port: 50001, argStart: 5, argEnd: 22 },
    ]);
    expect(findFtpAddresses(bytes('eprt |2|2001:db8::10|50001|\r\n'), 'client')).toMatchObject([
      { kind: 'EPRT', address: '2001:db8::10', port: 50001 },
    ]);
    expect(
      findFtpAddresses(bytes('227 Entering Passive Mode (203,0,113,10,156,64).\r\n'), 'server'),
    ).toMatchObject([{ kind: '227', address: '203.0.113.10', port: 40000 }]);
    expect(
      findFtpAddresses(bytes('229 Entering Extended Passive Mode (|||40001|)\r\n'), 'server'),
    ).toMatchObject([{ kind: '229', port: 40001 }]);
    // The wrong side, a line not yet complete, or a port of zero: nothing.
    expect(findFtpAddresses(bytes('PORT 192,0,2,10,195,81\r\n'), 'server')).toEqual([]);
    expect(findFtpAddresses(bytes('PORT 192,0,2,10,195,81'), 'client')).toEqual([]);
    expect(findFtpAddresses(bytes('PORT 192,0,2,10,0,0\r\n'), 'client')).toEqual([]);
  });
});

describe('rule matching', () => {
  const rule = (r: Partial<FirewallRule>) =>
    compileRule({ id: 'r', direction: 'in', action: 'allow', description: 'test', ...r });
  const p = tcp('203.0.113.7', 40000, '192.0.2.10', 8080, TCP_SYN);

  test('addresses by prefix, ports one by one or as a range, states, protocols', () => {
    expect(ruleMatches(rule({ src: '203.0.113.0/24' }), p, 'in', 'new')).toBe(true);
    expect(ruleMatches(rule({ src: '203.0.112.0/24' }), p, 'in', 'new')).toBe(false);
    expect(ruleMatches(rule({ src: '2001:db8::/32' }), p, 'in', 'new')).toBe(false);
    expect(ruleMatches(rule({ dst: '192.0.2.10' }), p, 'in', 'new')).toBe(true);
    expect(ruleMatches(rule({ protocol: 'tcp', dstPort: [8000, 8080] }), p, 'in', 'new')).toBe(true);
    expect(ruleMatches(rule({ protocol: 'tcp', dstPort: [8081, 8090] }), p, 'in', 'new')).toBe(false);
    expect(ruleMatches(rule({ protocol: 'udp' }), p, 'in', 'new')).toBe(false);
    expect(ruleMatches(rule({ state: ['established'] }), p, 'in', 'new')).toBe(false);
    expect(ruleMatches(rule({}), p, 'out', 'new')).toBe(false);
    const v6error = unreachable(udp('2001:db8::10', 1, '2001:db8::20', 2), '2001:db8::20', 'port', 9);
    expect(ruleMatches(rule({ protocol: 'icmp' }), v6error, 'in', 'related')).toBe(true);
  });

  test('rules that make no sense are refused when they are added', () => {
    expect(() => rule({ dstPort: 80 })).toThrow(/ports need/);
    expect(() => rule({ protocol: 'udp', action: 'reject', reject: 'tcp-reset' })).toThrow(/TCP reset/);
    expect(() => rule({ protocol: 'tcp', dstPort: [90, 80] })).toThrow(RangeError);
    expect(() => rule({ src: '203.0.113.0/33' })).toThrow();
  });
});
