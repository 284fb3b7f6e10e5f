import { describe, expect, it } from 'vitest';
import { importCapture, importCaptureStream } from '../../src/capture/import.ts';
import { readCapture } from '../../src/capture/reader.ts';
import { rowsToTsv, traceToRows } from '../../src/core/rows.ts';
import {
  type ConnectionEvent,
  TRACE_FORMAT,
  TRACE_VERSION,
  type Trace,
  type WireEvent,
} from '../../src/core/trace.ts';
import {
  ascii,
  ETHERTYPE_ARP,
  ETHERTYPE_IPV4,
  ETHERTYPE_IPV6,
  ethernetFrame,
  icmpv4Message,
  icmpv6Message,
  ipv4Packet,
  ipv6Packet,
  PROTO_ICMP,
  PROTO_ICMPV6,
  PROTO_UDP,
  TCP_ACK,
  TCP_PSH,
  TcpConversation,
  udpDatagram,
} from '../helpers/packets.ts';
import { writePcap } from '../helpers/pcap-writer.ts';

const PC = '10.0.0.5';
const SRV = '10.0.0.9';

/** Frames `gaps[i]` milliseconds after the previous one (1 ms when not given), first at a round second. */
function capture(packets: Uint8Array[], gaps: number[] = []): Uint8Array {
  let us = 0;
  return writePcap({
    linkType: 1,
    records: packets.map((p, i) => {
      if (i > 0) us += (gaps[i] ?? 1) * 1000;
      const v6 = (p[0] as number) >> 4 === 6;
      const data =
        p.length === 28
          ? ethernetFrame({ etherType: ETHERTYPE_ARP }, p)
          : ethernetFrame({ etherType: v6 ? ETHERTYPE_IPV6 : ETHERTYPE_IPV4 }, p);
      return { seconds: 1_700_000_000 + Math.floor(us / 1e6), fraction: us % 1e6, data };
    }),
  });
}

const wires = (trace: Trace) => trace.events.filter((e): e is WireEvent => e.type === 'wire');
const connections = (trace: Trace) =>
  trace.events.filter((e): e is ConnectionEvent => e.type === 'connection');

function ftpSession(): Uint8Array[] {
  const c = new TcpConversation({ address: PC, port: 40000 }, { address: SRV, port: 21 });
  const d = new TcpConversation({ address: PC, port: 40001 }, { address: SRV, port: 30000 });
  const a = new TcpConversation({ address: SRV, port: 20 }, { address: PC, port: 45000 });
  return [
    new Uint8Array(28), // an ARP frame first: frame numbers must still count it
    ...c.handshake(),
    c.send(false, '220 Ready\r\n'),
    c.send(true, 'USER me\r\n'),
    c.send(false, '331 Password?\r\n'),
    c.send(true, 'PASS secret\r\nPASV\r\n'),
    c.send(false, '230 In.\r\n227 Entering Passive Mode (10,0,0,9,117,48).\r\n'),
    ...d.handshake(),
    c.send(true, 'RETR a.txt\r\n'),
    d.send(false, 'file contents'),
    ...d.close(),
    c.send(false, '226 Done.\r\n'),
    c.send(true, 'PORT 10,0,0,5,175,200\r\n'),
    c.send(false, '200 OK\r\n'),
    c.send(true, 'LIST\r\n'),
    ...a.handshake(),
    a.send(true, 'a.txt\r\n'),
    ...a.close(),
    ...c.close(),
  ];
}

describe('importing a capture', () => {
  const { trace, error } = importCapture(capture(ftpSession()), 'session.pcap');

  it('makes a versioned capture trace with one host per address and one capture link', () => {
    expect(error).toBeUndefined();
    expect(trace.format).toBe(TRACE_FORMAT);
    expect(trace.version).toBe(TRACE_VERSION);
    expect(trace.meta).toEqual({ source: 'capture', file: 'session.pcap', captureLink: 'capture' });
    expect(trace.nodes).toEqual([
      { id: 'h1', name: 'PC', kind: 'pc', interfaces: [{ name: 'net0', addresses: [PC], link: 'capture' }] },
      {
        id: 'h2',
        name: 'Server',
        kind: 'server',
        interfaces: [{ name: 'net0', addresses: [SRV], link: 'capture' }],
      },
    ]);
    expect(trace.links).toEqual([{ id: 'capture', a: 'h1', b: 'h2', latency: 0 }]);
  });

  it('gives every packet its frame number, its time since the first frame and its hosts', () => {
    const w = wires(trace);
    expect(w).toHaveLength(ftpSession().length - 1);
    expect(w[0]).toMatchObject({
      type: 'wire',
      t: 1000,
      arrive: 1000,
      packet: 2,
      link: 'capture',
      from: 'h1',
      to: 'h2',
      conn: 'c1',
    });
    expect(w.map((e) => e.packet)).toEqual(w.map((_, i) => i + 2));
    expect(w.every((e) => e.t === (e.packet - 1) * 1000)).toBe(true);
  });

  it('records each connection before its first packet, and links the data connections to the control one', () => {
    expect(connections(trace)).toEqual([
      {
        type: 'connection',
        t: 1000,
        conn: 'c1',
        protocol: 'tcp',
        client: { node: 'h1', address: PC, port: 40000 },
        server: { node: 'h2', address: SRV, port: 21 },
        purpose: 'ftp-control',
        label: 'control',
      },
      expect.objectContaining({
        conn: 'c2',
        purpose: 'ftp-data',
        parent: 'c1',
        label: 'data a.txt',
        server: { node: 'h2', address: SRV, port: 30000 },
      }),
      expect.objectContaining({
        conn: 'c3',
        purpose: 'ftp-data',
        parent: 'c1',
        label: 'data listing',
        client: { node: 'h2', address: SRV, port: 20 },
        server: { node: 'h1', address: PC, port: 45000 },
      }),
    ]);
    const order = trace.events.map((e) => (e.type === 'connection' ? e.conn : null)).filter(Boolean);
    expect(order).toEqual(['c1', 'c2', 'c3']);
    for (const c of connections(trace)) {
      const firstPacket = trace.events.findIndex((e) => e.type === 'wire' && e.conn === c.conn);
      expect(trace.events.indexOf(c)).toBeLessThan(firstPacket);
    }
  });

  it('attaches FTP commands, replies and data to the packets that carry them', () => {
    const apps = wires(trace)
      .filter((e) => e.app)
      .map((e) => [e.conn, e.app?.protocol, e.app?.text]);
    expect(apps).toEqual([
      ['c1', 'ftp', '220 Ready'],
      ['c1', 'ftp', 'USER me'],
      ['c1', 'ftp', '331 Password?'],
      ['c1', 'ftp', 'PASS secret | PASV'],
      ['c1', 'ftp', '230 In. | 227 Entering Passive Mode (10,0,0,9,117,48).'],
      ['c1', 'ftp', 'RETR a.txt'],
      ['c2', 'ftp-data', 'a.txt len=13'],
      ['c1', 'ftp', '226 Done.'],
      ['c1', 'ftp', 'PORT 10,0,0,5,175,200'],
      ['c1', 'ftp', '200 OK'],
      ['c1', 'ftp', 'LIST'],
      ['c3', 'ftp-data', 'listing len=7'],
    ]);
    const pass = wires(trace).find((e) => e.app?.text.startsWith('PASS'));
    expect(pass?.app).toMatchObject({
      protocol: 'ftp',
      kind: 'command',
      command: 'PASS',
      argument: 'secret',
    });
  });

  it('prints rows as Wireshark numbers and shows them', () => {
    const rows = traceToRows(trace);
    expect(rows[0]).toEqual({
      frame: 2,
      time: 0.001,
      src: PC,
      sport: 40000,
      dst: SRV,
      dport: 21,
      flags: 'SYN',
      seq: 0,
      ack: 0,
      len: 0,
      app: '',
    });
    expect(rows.find((r) => r.app === 'USER me')).toMatchObject({ seq: 1, ack: 12, len: 9 });
  });

  it('reads the same from a stream of small chunks', async () => {
    const bytes = capture(ftpSession());
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    }
    const streamed = await importCaptureStream(chunks(), 'session.pcap');
    expect(streamed.trace).toEqual(trace);
  });

  it('imports frames already read', () => {
    expect(importCapture(readCapture(capture(ftpSession())).frames, 'session.pcap').trace).toEqual(trace);
  });
});

describe('TCP analysis', () => {
  it('marks a retransmission but not a keep-alive, and starts a new connection on a new SYN', () => {
    const c = new TcpConversation({ address: PC, port: 40000 }, { address: SRV, port: 80 }, [100, 900]);
    const again = new TcpConversation({ address: PC, port: 40000 }, { address: SRV, port: 80 }, [7777, 8888]);
    const packets = [
      ...c.handshake(),
      c.send(true, 'hello'),
      c.ack(false),
      c.segment(true, TCP_PSH | TCP_ACK, ascii('hello'), { seq: 101 }),
      c.segment(true, TCP_ACK, ascii('o'), { seq: 105 }),
      ...c.close(),
      ...again.handshake(),
    ];
    const { trace } = importCapture(capture(packets, [0, 1, 1, 1, 1, 500, 500]), 'x.pcap');
    const w = wires(trace);
    expect(w.map((e) => e.tcp?.retransmission === true)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(w.map((e) => e.conn)).toEqual([...new Array(10).fill('c1'), 'c2', 'c2', 'c2']);
    expect(connections(trace).map((c) => c.conn)).toEqual(['c1', 'c2']);
  });

  it('takes the lower port for the server when the handshake was not captured', () => {
    const c = new TcpConversation({ address: PC, port: 50000 }, { address: SRV, port: 8080 });
    c.handshake();
    const { trace } = importCapture(capture([c.send(false, 'response'), c.ack(true)]), 'x.pcap');
    expect(connections(trace)[0]).toMatchObject({
      client: { address: PC, port: 50000 },
      server: { address: SRV, port: 8080 },
    });
    expect(trace.nodes.map((n) => [n.name, n.kind])).toEqual([
      ['PC', 'pc'],
      ['Server', 'server'],
    ]);
  });

  it('reports an HTTP response that runs to the end of the connection on the FIN', () => {
    const c = new TcpConversation({ address: PC, port: 50000 }, { address: SRV, port: 80 });
    const packets = [
      ...c.handshake(),
      c.send(true, 'GET / HTTP/1.0\r\n\r\n'),
      c.send(false, 'HTTP/1.0 200 OK\r\n\r\nbody'),
      c.send(false, 'more'),
      ...c.close(),
    ];
    const w = wires(importCapture(capture(packets), 'x.pcap').trace);
    expect(w.map((e) => e.app?.text ?? '')).toEqual([
      '',
      '',
      '',
      'GET / HTTP/1.0',
      '',
      '',
      '',
      'HTTP/1.0 200 OK',
      '',
    ]);
  });
});

describe('UDP and ICMP', () => {
  it('makes flows, reads DNS, and puts an ICMP error in the flow it answers', () => {
    const dns = new Uint8Array([
      0, 7, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 120, 4, 116, 101, 115, 116, 0, 0, 28, 0, 1,
    ]);
    const query = ipv4Packet(
      { src: PC, dst: SRV, protocol: PROTO_UDP },
      udpDatagram({ src: PC, dst: SRV, sport: 33333, dport: 53 }, dns),
    );
    const unreachable = ipv4Packet(
      { src: SRV, dst: PC, protocol: PROTO_ICMP },
      icmpv4Message(3, 3, new Uint8Array(4), query.subarray(0, 28)),
    );
    const other = ipv4Packet(
      { src: SRV, dst: PC, protocol: PROTO_UDP },
      udpDatagram({ src: SRV, dst: PC, sport: 123, dport: 40000 }, ascii('time')),
    );
    const { trace } = importCapture(capture([query, unreachable, other]), 'x.pcap');
    const w = wires(trace);
    expect(w.map((e) => [e.conn, e.app?.text ?? e.icmp?.description])).toEqual([
      ['u1', 'DNS query AAAA x.test'],
      ['u1', 'destination unreachable (port unreachable)'],
      ['u2', undefined],
    ]);
    expect(connections(trace)).toEqual([
      expect.objectContaining({
        conn: 'u1',
        protocol: 'udp',
        client: { node: 'h1', address: PC, port: 33333 },
        server: { node: 'h2', address: SRV, port: 53 },
      }),
      // Sent from a service port to another: the receiver is the client.
      expect.objectContaining({
        conn: 'u2',
        client: { node: 'h1', address: PC, port: 40000 },
        server: { node: 'h2', address: SRV, port: 123 },
      }),
    ]);
  });

  it('makes a multicast destination a network node, not a host', () => {
    const v6 = '2001:db8::1';
    const group = 'ff02::1:ff00:2';
    const ns = ipv6Packet(
      { src: v6, dst: group, nextHeader: PROTO_ICMPV6 },
      icmpv6Message(v6, group, 135, 0, new Uint8Array(4), new Uint8Array(16)),
    );
    const { trace } = importCapture(capture([ns]), 'x.pcap');
    expect(trace.nodes.map((n) => [n.name, n.kind])).toEqual([
      ['PC', 'pc'],
      [`Multicast ${group}`, 'network'],
    ]);
  });
});

describe('damaged files', () => {
  it('keeps the packets before the damage and says where it is', () => {
    const bytes = capture(ftpSession());
    const cut = bytes.subarray(0, bytes.length - 10);
    const { trace, error } = importCapture(cut, 'cut.pcap');
    const full = importCapture(bytes, 'cut.pcap').trace;
    expect(error?.message).toMatch(/file ends in the middle of a packet record/);
    expect(wires(trace)).toHaveLength(wires(full).length - 1);
    expect(rowsToTsv(traceToRows(full)).startsWith(rowsToTsv(traceToRows(trace)))).toBe(true);
    expect(error?.offset).toBeLessThan(cut.length);
  });

  it('gives an empty trace for a file that is not a capture', () => {
    const { trace, error } = importCapture(ascii('not a capture at all'), 'x.txt');
    expect(error?.offset).toBe(0);
    expect(trace.events).toEqual([]);
    expect(trace.nodes).toEqual([]);
    expect(trace.links).toEqual([]);
  });
});
