/**
 * Writes the synthetic captures of `tests/capture/fixtures/`: corner cases real traffic rarely shows (link
 * types, pcapng sections and timestamp units, fragments, extension headers, retransmissions, port reuse,
 * FTP replies split across packets, HTTP framing). `make.sh` runs this, then tshark on every file, and the
 * fixture test compares the reader with tshark's listing: tshark is the judge, not this program.
 *
 * Usage (through make.sh): node generate.js OUTPUT_DIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ascii,
  concat,
  ETHERTYPE_ARP,
  ETHERTYPE_IPV4,
  ETHERTYPE_IPV6,
  ethernetFrame,
  icmpv4Message,
  icmpv6Message,
  ipv4Packet,
  ipv6Packet,
  loopFrame,
  nullFrame,
  PROTO_ICMP,
  PROTO_ICMPV6,
  PROTO_TCP,
  PROTO_UDP,
  sll2Frame,
  sllFrame,
  TCP_ACK,
  TCP_FIN,
  TCP_PSH,
  TCP_SYN,
  TcpConversation,
  tcpSegment,
  udpDatagram,
} from '../../helpers/packets.ts';
import { type PcapngBlock, writePcap, writePcapng } from '../../helpers/pcap-writer.ts';

const out = process.argv[2] ?? '.';
mkdirSync(out, { recursive: true });

const BASE = 1_700_000_000;

function eth(ip: Uint8Array): Uint8Array {
  return ethernetFrame({ etherType: (ip[0] as number) >> 4 === 6 ? ETHERTYPE_IPV6 : ETHERTYPE_IPV4 }, ip);
}

/** Records `ms` milliseconds apart, in a little-endian microsecond pcap of Ethernet frames. */
function pcapOf(
  frames: Array<{ data: Uint8Array; ms: number }>,
  options: { nanoseconds?: boolean; littleEndian?: boolean } = {},
) {
  return writePcap({
    linkType: 1,
    ...options,
    records: frames.map((f) => {
      const ns = Math.round(f.ms * 1e6);
      return {
        seconds: BASE + Math.floor(ns / 1e9),
        fraction: options.nanoseconds ? ns % 1e9 : Math.floor((ns % 1e9) / 1000),
        data: f.data,
      };
    }),
  });
}

function timeline(
  packets: Array<Uint8Array | [Uint8Array, number]>,
): Array<{ data: Uint8Array; ms: number }> {
  let ms = 0;
  return packets.map((p) => {
    const [data, gap] = Array.isArray(p) ? p : [p, 1];
    ms += gap;
    return { data: eth(data), ms };
  });
}

const PC = '192.0.2.10';
const SRV = '192.0.2.20';

// TCP analysis: mid-stream start, gaps, keep-alives, retransmissions, out-of-order, port reuse.
{
  const mid = new TcpConversation({ address: PC, port: 40001 }, { address: SRV, port: 8080 }, [1000, 9000]);
  mid.handshake();
  // Sequence numbers of this conversation wrap past 2^32.
  const isn = 0xfffffff0;
  const a = new TcpConversation({ address: PC, port: 40002 }, { address: SRV, port: 80 }, [isn, 77]);
  const start = a.handshake();
  const first = a.send(true, 'x'.repeat(40));
  const firstAck = a.ack(false);
  // Lost before the capture point: the next segment comes after a hole.
  a.send(true, 'lost segment');
  const afterHole = a.send(true, 'after the hole');
  const holeAck = a.ack(false);
  const at = (offset: number): number => (isn + 1 + offset) >>> 0;
  const reuse = new TcpConversation({ address: PC, port: 40002 }, { address: SRV, port: 80 }, [5000, 6000]);
  const packets: Array<Uint8Array | [Uint8Array, number]> = [
    mid.ack(true),
    mid.send(false, 'already running'),
    mid.send(true, 'go on'),
    ...start,
    first,
    firstAck,
    afterHole,
    holeAck,
    // Keep-alive: one byte just before the next sequence number.
    a.segment(true, TCP_ACK, ascii('k'), { seq: at(40 + 12 + 14 - 1) }),
    // Retransmission long after the original.
    [a.segment(true, TCP_PSH | TCP_ACK, ascii('lost segment'), { seq: at(40) }), 400],
    // A copy right after: Wireshark calls it out of order, not a retransmission.
    [a.segment(true, TCP_PSH | TCP_ACK, ascii('after the hole'), { seq: at(40 + 12) }), 0.5],
    a.send(false, 'reply'),
    ...a.close(),
    // The FIN again, much later.
    [a.segment(true, TCP_FIN | TCP_ACK, undefined, { seq: at(40 + 12 + 14) }), 300],
    // The same ports again with a new initial sequence number: a new conversation.
    ...reuse.handshake(),
    reuse.send(true, 'second life'),
  ];
  writeFileSync(join(out, 'tcp-analysis.pcap'), pcapOf(timeline(packets)));
}

// FTP: replies split across packets, multi-line replies, pipelined commands, PASV, EPRT, active mode.
{
  const c = new TcpConversation({ address: PC, port: 50000 }, { address: SRV, port: 21 }, [100, 200]);
  const pasv = new TcpConversation({ address: PC, port: 50001 }, { address: SRV, port: 40000 }, [300, 400]);
  const active = new TcpConversation({ address: SRV, port: 20 }, { address: PC, port: 50123 }, [500, 600]);
  const packets: Array<Uint8Array | [Uint8Array, number]> = [
    ...c.handshake(),
    c.send(false, '220-Welcome\r\n220-to the test server\r\n220 Ready\r\n'),
    c.send(true, 'user anonymous\r\n'),
    c.send(false, '331 Any password.\r\n'),
    c.send(true, 'PASS guest\r\n'),
    c.send(false, '230-Line one of a long greeting\r\n'),
    c.send(false, '    a line without a code\r\n'),
    c.send(false, '230 Logged in.\r\n'),
    c.send(true, 'NOOP\r\n'),
    c.send(false, '200 NOOP ok.\r\n'),
    // A segment that starts inside bytes already sent and brings a new command: Wireshark shows no FTP in it.
    [
      c.segment(true, TCP_PSH | TCP_ACK, ascii('P\r\nSYST\r\n'), {
        seq: (c.nextSeq(true) - 3) >>> 0,
        advance: true,
      }),
      5,
    ],
    c.send(false, '215 UNIX Type: L8\r\n'),
    c.send(true, 'FEAT\r\n'),
    c.send(false, '211-Features:\r\n EPRT\r\n EPSV\r\n PASV\r\n211 End\r\n'),
    c.send(true, 'TYPE I\r\nPASV\r\n'),
    c.send(false, '200 Switching to Binary mode.\r\n227 Entering Passive Mode (192,0,2,20,156,64).\r\n'),
    ...pasv.handshake(),
    c.send(true, 'RETR a.txt\r\n'),
    c.send(false, '150 Opening BINARY mode data connection for a.txt (20 bytes).\r\n'),
    pasv.send(false, 'twenty bytes of text'),
    ...pasv.close(),
    c.send(false, '226 Transfer complete.\r\n'),
    c.send(true, 'PORT 192,0,2,10,195,203\r\n'),
    c.send(false, '200 PORT command successful.\r\n'),
    c.send(true, 'LIST\r\n'),
    ...active.handshake(),
    c.send(false, '150 Here comes the directory listing.\r\n'),
    active.send(true, '-rw-r--r-- 1 0 0 20 Jan 01 00:00 a.txt\r\n'),
    ...active.close(),
    c.send(false, '226 Directory send OK.\r\n'),
    c.send(true, 'QUIT\r\n'),
    c.send(false, '221 Goodbye.\r\n'),
    ...c.close(),
  ];
  writeFileSync(
    join(out, 'ftp-replies.pcap'),
    pcapOf(timeline(packets), { nanoseconds: true, littleEndian: false }),
  );
}

// HTTP framing: keep-alive, chunked coding, HEAD, a body that runs to the end of the connection.
{
  const c = new TcpConversation({ address: PC, port: 51000 }, { address: SRV, port: 80 }, [1, 2]);
  const packets: Array<Uint8Array | [Uint8Array, number]> = [
    ...c.handshake(),
    c.send(true, 'GET /one HTTP/1.1\r\nHost: example.test\r\n\r\n'),
    c.send(false, 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n'),
    c.send(false, '6\r\n world\r\n0\r\n\r\n'),
    c.send(true, 'HEAD /two HTTP/1.1\r\nHost: example.test\r\n\r\n'),
    c.send(false, 'HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n'),
    c.send(true, 'POST /three HTTP/1.1\r\nHost: example.test\r\nContent-Length: 11\r\n\r\nhello'),
    c.send(true, ' world'),
    c.send(false, 'HTTP/1.0 201 Created\r\n\r\n'),
    c.send(false, 'a body that ends when the connection does'),
    ...c.close(),
  ];
  writeFileSync(join(out, 'http-framing.pcap'), pcapOf(timeline(packets)));
}

// IP layer: options, fragments, IPv6 extension headers, ICMP errors, DNS, offload, a short snap length.
{
  const dnsQuery = concat(
    new Uint8Array([0xab, 0xcd, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]),
    new Uint8Array([3, ...ascii('www'), 7, ...ascii('example'), 4, ...ascii('test'), 0, 0, 1, 0, 1]),
  );
  const dnsAnswer = concat(
    new Uint8Array([0xab, 0xcd, 0x81, 0x80, 0, 1, 0, 2, 0, 0, 0, 0]),
    new Uint8Array([3, ...ascii('www'), 7, ...ascii('example'), 4, ...ascii('test'), 0, 0, 1, 0, 1]),
    new Uint8Array([0xc0, 0x0c, 0, 5, 0, 1, 0, 0, 0, 60, 0, 6, 3, ...ascii('web'), 0xc0, 0x10]),
    new Uint8Array([0xc0, 0x2d, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 80]),
  );
  const bigUdp = udpDatagram(
    { src: PC, dst: SRV, sport: 5000, dport: 6000 },
    new Uint8Array(3000).fill(0x61),
  );
  const v6a = '2001:db8::10';
  const v6b = '2001:db8::20';
  const tcpV6 = tcpSegment({
    src: v6a,
    dst: v6b,
    sport: 40000,
    dport: 443,
    seq: 1,
    flags: TCP_SYN,
    options: { mss: 1440 },
  });
  const udpInFrag = udpDatagram(
    { src: v6a, dst: v6b, sport: 7000, dport: 7001 },
    new Uint8Array(64).fill(0x62),
  );
  const quotedUdp = ipv4Packet(
    { src: PC, dst: SRV, protocol: PROTO_UDP },
    udpDatagram({ src: PC, dst: SRV, sport: 5353, dport: 9 }, ascii('knock')),
  );
  const quotedTcp6 = ipv6Packet({ src: v6a, dst: v6b, nextHeader: PROTO_TCP }, tcpV6);
  const tso = tcpSegment(
    { src: PC, dst: SRV, sport: 42000, dport: 9000, seq: 10, ack: 20, flags: TCP_ACK | TCP_PSH },
    ascii('offloaded'),
  );
  const frames: Uint8Array[] = [
    ethernetFrame({ etherType: ETHERTYPE_ARP }, new Uint8Array(28)),
    ipv4Packet(
      { src: PC, dst: SRV, protocol: PROTO_UDP, options: new Uint8Array([7, 7, 4, 0, 0, 0, 0, 1]) },
      udpDatagram({ src: PC, dst: SRV, sport: 53000, dport: 53 }, dnsQuery),
    ),
    ipv4Packet(
      { src: SRV, dst: PC, protocol: PROTO_UDP, ttl: 57 },
      udpDatagram({ src: SRV, dst: PC, sport: 53, dport: 53000 }, dnsAnswer),
    ),
    ipv4Packet(
      { src: PC, dst: SRV, protocol: PROTO_UDP, id: 77, moreFragments: true },
      bigUdp.subarray(0, 1480),
    ),
    ipv4Packet(
      { src: PC, dst: SRV, protocol: PROTO_UDP, id: 77, moreFragments: true, fragmentOffset: 1480 },
      bigUdp.subarray(1480, 2960),
    ),
    ipv4Packet(
      { src: PC, dst: SRV, protocol: PROTO_UDP, id: 77, fragmentOffset: 2960 },
      bigUdp.subarray(2960),
    ),
    ipv4Packet(
      { src: SRV, dst: PC, protocol: PROTO_ICMP },
      icmpv4Message(3, 3, new Uint8Array(4), quotedUdp.subarray(0, 28)),
    ),
    ipv4Packet(
      { src: SRV, dst: PC, protocol: PROTO_ICMP },
      icmpv4Message(8, 0, new Uint8Array([0, 1, 0, 1]), ascii('ping')),
    ),
    ipv6Packet(
      {
        src: v6a,
        dst: v6b,
        nextHeader: PROTO_TCP,
        extensions: [{ type: 0 }, { type: 43, addresses: [v6b] }, { type: 60 }],
      },
      tcpV6,
    ),
    ipv6Packet(
      { src: v6a, dst: v6b, nextHeader: PROTO_UDP, extensions: [{ type: 44, offset: 0, more: true, id: 9 }] },
      udpInFrag.subarray(0, 40),
    ),
    ipv6Packet(
      {
        src: v6a,
        dst: v6b,
        nextHeader: PROTO_UDP,
        extensions: [{ type: 44, offset: 40, more: false, id: 9 }],
      },
      udpInFrag.subarray(40),
    ),
    ipv6Packet(
      { src: v6b, dst: v6a, nextHeader: PROTO_ICMPV6 },
      icmpv6Message(v6b, v6a, 1, 4, new Uint8Array(4), quotedTcp6),
    ),
    ipv6Packet(
      { src: v6a, dst: 'ff02::1:ff00:20', nextHeader: PROTO_ICMPV6, hopLimit: 255 },
      icmpv6Message(v6a, 'ff02::1:ff00:20', 135, 0, new Uint8Array(4), new Uint8Array(16)),
    ),
    ipv4Packet({ src: PC, dst: SRV, protocol: PROTO_TCP, totalLength: 0 }, tso),
    ipv6Packet(
      { src: '::ffff:192.0.2.10', dst: '::ffff:192.0.2.20', nextHeader: PROTO_UDP },
      udpDatagram(
        { src: '::ffff:192.0.2.10', dst: '::ffff:192.0.2.20', sport: 1, dport: 2 },
        ascii('mapped'),
      ),
    ),
  ].map((p, i) => (i === 0 ? p : eth(p)));
  const records = frames.map((data, i) => ({ seconds: BASE, fraction: i * 1000, data }));
  // A capture cut to 60 bytes: the IP header still says how long the packet was.
  const long = eth(
    ipv4Packet(
      { src: PC, dst: SRV, protocol: PROTO_TCP },
      tcpSegment(
        { src: PC, dst: SRV, sport: 42001, dport: 9001, seq: 1, ack: 1, flags: TCP_ACK },
        new Uint8Array(500),
      ),
    ),
  );
  records.push({
    seconds: BASE,
    fraction: 99_000,
    data: long.subarray(0, 60),
    originalLength: long.length,
  } as (typeof records)[number]);
  writeFileSync(
    join(out, 'ip-layer.pcap'),
    writePcap({ linkType: 1, littleEndian: false, snaplen: 60000, records }),
  );
}

// pcapng: link types, timestamp units and offsets, sections, simple and obsolete packet blocks, skipped blocks.
{
  const ping = (src: string, dst: string, seq: number): Uint8Array =>
    ipv4Packet(
      { src, dst, protocol: PROTO_ICMP },
      icmpv4Message(8, 0, new Uint8Array([0, 7, 0, seq]), ascii('hello')),
    );
  const ping6 = (src: string, dst: string, seq: number): Uint8Array =>
    ipv6Packet(
      { src, dst, nextHeader: PROTO_ICMPV6 },
      icmpv6Message(src, dst, 128, 0, new Uint8Array([0, 7, 0, seq]), ascii('hello')),
    );
  const udp4 = (sport: number): Uint8Array =>
    ipv4Packet(
      { src: PC, dst: SRV, protocol: PROTO_UDP },
      udpDatagram({ src: PC, dst: SRV, sport, dport: 9999 }, ascii('datagram')),
    );
  const nameResolution: PcapngBlock = { type: 'other', blockType: 4, body: new Uint8Array(4) };
  const custom: PcapngBlock = {
    type: 'other',
    blockType: 0x00000bad,
    body: new Uint8Array([0, 0, 0x7e, 0x8f, 1, 2, 3, 4]),
  };
  const first = writePcapng([
    {
      littleEndian: true,
      interfaces: [
        { linkType: 1, tsresol: 9, name: 'eth0', snaplen: 65535 },
        { linkType: 101, tsresol: 3 },
        { linkType: 113, tsresol: 0x80 | 20 },
        { linkType: 276, tsresol: 6, tsoffset: 10n },
        { linkType: 0 },
        { linkType: 108 },
        { linkType: 228 },
        { linkType: 229 },
      ],
      blocks: [
        {
          type: 'epb',
          interfaceId: 0,
          ticks: 1_700_000_000_000_000_123n,
          data: ethernetFrame({ etherType: ETHERTYPE_IPV4, vlans: [{ tpid: 0x8100, vid: 10 }] }, udp4(1001)),
        },
        {
          type: 'epb',
          interfaceId: 0,
          ticks: 1_700_000_000_000_500_000n,
          data: ethernetFrame(
            {
              etherType: ETHERTYPE_IPV4,
              vlans: [
                { tpid: 0x88a8, vid: 100 },
                { tpid: 0x8100, vid: 20 },
              ],
            },
            udp4(1002),
          ),
          comment: 'QinQ',
        },
        nameResolution,
        { type: 'epb', interfaceId: 1, ticks: 1_700_000_000_001n, data: ping(PC, SRV, 1) },
        {
          type: 'epb',
          interfaceId: 2,
          ticks: (1_700_000_000n << 20n) + 5000n,
          data: sllFrame(ETHERTYPE_IPV4, udp4(1003)),
        },
        custom,
        {
          type: 'epb',
          interfaceId: 3,
          ticks: 1_699_999_990_002_000n,
          data: sll2Frame(ETHERTYPE_IPV6, ping6('2001:db8::1', '2001:db8::2', 2)),
        },
        {
          type: 'epb',
          interfaceId: 4,
          ticks: 1_700_000_000_003_000n,
          data: nullFrame(2, true, ping(PC, SRV, 3)),
        },
        {
          type: 'epb',
          interfaceId: 4,
          ticks: 1_700_000_000_003_500n,
          data: nullFrame(30, false, ping6('2001:db8::1', '2001:db8::2', 4)),
        },
        {
          type: 'epb',
          interfaceId: 5,
          ticks: 1_700_000_000_004_000n,
          data: loopFrame(24, ping6('2001:db8::1', '2001:db8::2', 5)),
        },
        { type: 'opb', interfaceId: 6, ticks: 1_700_000_000_005_000n, data: ping(SRV, PC, 6) },
        {
          type: 'epb',
          interfaceId: 7,
          ticks: 1_700_000_000_006_000n,
          data: ping6('2001:db8::2', '2001:db8::1', 7),
          originalLength: 200,
        },
      ],
    },
    {
      littleEndian: false,
      interfaces: [{ linkType: 101, tsresol: 6 }, { linkType: 1 }],
      interfacesAfter: [0, 3],
      blocks: [
        { type: 'epb', interfaceId: 0, ticks: 1_700_000_000_007_000n, data: udp4(1004) },
        { type: 'spb', data: udp4(1006) },
        { type: 'other', blockType: 5, body: new Uint8Array(12) },
        { type: 'epb', interfaceId: 1, ticks: 1_700_000_000_008_000n, data: eth(udp4(1005)) },
      ],
    },
  ]);
  writeFileSync(join(out, 'pcapng-features.pcapng'), first);
}
