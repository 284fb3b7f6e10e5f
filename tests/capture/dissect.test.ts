import { describe, expect, it } from 'vitest';
import { dissectFrame } from '../../src/capture/dissect.ts';
import type { CaptureFrame } from '../../src/capture/frame.ts';
import { TCP_ACK, TCP_SYN } from '../../src/core/packet.ts';
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
  loopFrame,
  nullFrame,
  PROTO_ICMP,
  PROTO_ICMPV6,
  PROTO_TCP,
  PROTO_UDP,
  sll2Frame,
  sllFrame,
  tcpSegment,
  udpDatagram,
} from '../helpers/packets.ts';

function frame(linkType: number, data: Uint8Array, originalLength = data.length): CaptureFrame {
  return {
    index: 0,
    interfaceId: 0,
    linkType,
    timestamp: 0,
    timestampNs: 0n,
    hasTimestamp: true,
    capturedLength: data.length,
    originalLength,
    data,
    offset: 0,
  };
}

const V4A = '198.51.100.1';
const V4B = '198.51.100.2';
const V6A = '2001:db8::a';
const V6B = '2001:db8::b';

const udp4 = ipv4Packet(
  { src: V4A, dst: V4B, protocol: PROTO_UDP, ttl: 33, id: 4242 },
  udpDatagram({ src: V4A, dst: V4B, sport: 1234, dport: 5678 }, ascii('hello')),
);
const udp6 = ipv6Packet(
  { src: V6A, dst: V6B, nextHeader: PROTO_UDP, hopLimit: 12 },
  udpDatagram({ src: V6A, dst: V6B, sport: 1234, dport: 5678 }, ascii('hello')),
);

describe('link layers', () => {
  const cases: Array<[string, number, Uint8Array, 4 | 6]> = [
    ['Ethernet', 1, ethernetFrame({ etherType: ETHERTYPE_IPV4 }, udp4), 4],
    ['Ethernet, IPv6', 1, ethernetFrame({ etherType: ETHERTYPE_IPV6 }, udp6), 6],
    ['802.1Q', 1, ethernetFrame({ etherType: ETHERTYPE_IPV4, vlans: [{ tpid: 0x8100, vid: 42 }] }, udp4), 4],
    [
      'QinQ',
      1,
      ethernetFrame(
        {
          etherType: ETHERTYPE_IPV6,
          vlans: [
            { tpid: 0x88a8, vid: 1 },
            { tpid: 0x8100, vid: 2 },
          ],
        },
        udp6,
      ),
      6,
    ],
    ['raw IP (101), v4', 101, udp4, 4],
    ['raw IP (101), v6', 101, udp6, 6],
    ['DLT_RAW as 12', 12, udp4, 4],
    ['DLT_RAW as 14', 14, udp6, 6],
    ['LINKTYPE_IPV4', 228, udp4, 4],
    ['LINKTYPE_IPV6', 229, udp6, 6],
    ['Linux cooked', 113, sllFrame(ETHERTYPE_IPV4, udp4), 4],
    ['Linux cooked v2', 276, sll2Frame(ETHERTYPE_IPV6, udp6), 6],
    ['BSD loopback, little-endian', 0, nullFrame(2, true, udp4), 4],
    ['BSD loopback, big-endian', 0, nullFrame(2, false, udp4), 4],
    ['BSD loopback, IPv6 as on FreeBSD', 0, nullFrame(28, true, udp6), 6],
    ['BSD loopback, IPv6 as on macOS', 0, nullFrame(30, false, udp6), 6],
    ['BSD loopback, IPv6 as on OpenBSD', 0, nullFrame(24, true, udp6), 6],
    ['OpenBSD loopback', 108, loopFrame(24, udp6), 6],
    ['OpenBSD loopback, IPv4', 108, loopFrame(2, udp4), 4],
  ];
  for (const [name, linkType, data, version] of cases) {
    it(`finds the IP packet in ${name}`, () => {
      const p = dissectFrame(frame(linkType, data));
      expect(p?.ip.version).toBe(version);
      expect(p?.ip.src).toBe(version === 4 ? V4A : V6A);
      expect(p?.udp).toEqual({ srcPort: 1234, dstPort: 5678, payloadLength: 5 });
      expect(new TextDecoder().decode(p?.payload)).toBe('hello');
    });
  }

  const none: Array<[string, number, Uint8Array]> = [
    ['ARP', 1, ethernetFrame({ etherType: ETHERTYPE_ARP }, new Uint8Array(28))],
    ['an 802.3 frame with a length field', 1, ethernetFrame({ etherType: 46 }, new Uint8Array(46))],
    ['a cut Ethernet header', 1, new Uint8Array(10)],
    ['an unknown link type', 147, udp4],
    ['a loopback header of another family', 0, nullFrame(7, true, udp4)],
    ['raw bytes that are not IP', 101, new Uint8Array([0x20, 1, 2, 3])],
    ['Linux cooked with a non-IP protocol', 113, sllFrame(ETHERTYPE_ARP, new Uint8Array(28))],
  ];
  for (const [name, linkType, data] of none) {
    it(`gives no packet for ${name}`, () => {
      expect(dissectFrame(frame(linkType, data))).toBeUndefined();
    });
  }
});

describe('IP', () => {
  it('reads the IPv4 header, with options', () => {
    const options = new Uint8Array([7, 7, 4, 10, 0, 0, 1, 0]);
    const packet = ipv4Packet(
      { src: V4A, dst: V4B, protocol: PROTO_UDP, ttl: 99, id: 7, options },
      udpDatagram({ src: V4A, dst: V4B, sport: 1, dport: 2 }, ascii('x')),
    );
    const p = dissectFrame(frame(101, packet));
    expect(p?.ip).toEqual({
      version: 4,
      src: V4A,
      dst: V4B,
      ttl: 99,
      protocol: 'udp',
      id: 7,
      totalLength: 28 + 9,
    });
    expect(p?.udp?.srcPort).toBe(1);
    expect(p?.fragmented).toBe(false);
  });

  it('dissects the first fragment and marks later ones as not dissectable', () => {
    const whole = udpDatagram({ src: V4A, dst: V4B, sport: 7, dport: 9 }, new Uint8Array(100));
    const firstPart = dissectFrame(
      frame(
        101,
        ipv4Packet({ src: V4A, dst: V4B, protocol: PROTO_UDP, moreFragments: true }, whole.subarray(0, 48)),
      ),
    );
    expect(firstPart?.fragmented).toBe(true);
    // The UDP header gives the length of the whole datagram.
    expect(firstPart?.udp).toEqual({ srcPort: 7, dstPort: 9, payloadLength: 100 });
    const later = dissectFrame(
      frame(
        101,
        ipv4Packet({ src: V4A, dst: V4B, protocol: PROTO_UDP, fragmentOffset: 48 }, whole.subarray(48)),
      ),
    );
    expect(later?.udp).toBeUndefined();
    expect(later?.ip.protocol).toBe('udp');
    expect(later?.app).toMatchObject({
      protocol: 'ip',
      kind: 'fragment',
      fields: { offset: 48, more: false },
    });
  });

  it('takes the captured length when segmentation offload left a total length of 0', () => {
    const seg = tcpSegment(
      { src: V4A, dst: V4B, sport: 1, dport: 2, seq: 1, flags: TCP_ACK },
      ascii('offloaded'),
    );
    const p = dissectFrame(
      frame(101, ipv4Packet({ src: V4A, dst: V4B, protocol: PROTO_TCP, totalLength: 0 }, seg)),
    );
    expect(p?.ip.totalLength).toBe(20 + 20 + 9);
    expect(p?.tcp?.payloadLength).toBe(9);
  });

  it('counts the payload from the IP header when the capture cut the packet short', () => {
    const seg = tcpSegment(
      { src: V4A, dst: V4B, sport: 1, dport: 2, seq: 1, flags: TCP_ACK },
      new Uint8Array(1000),
    );
    const full = ethernetFrame(
      { etherType: ETHERTYPE_IPV4 },
      ipv4Packet({ src: V4A, dst: V4B, protocol: PROTO_TCP }, seg),
    );
    const p = dissectFrame(frame(1, full.subarray(0, 64), full.length));
    expect(p?.tcp?.payloadLength).toBe(1000);
    expect(p?.payload.length).toBe(64 - 14 - 40);
  });

  it('walks IPv6 extension headers to the transport header', () => {
    const seg = tcpSegment({ src: V6A, dst: V6B, sport: 50000, dport: 22, seq: 9, flags: TCP_SYN });
    const packet = ipv6Packet(
      {
        src: V6A,
        dst: V6B,
        nextHeader: PROTO_TCP,
        extensions: [{ type: 0 }, { type: 43, addresses: [V6B] }, { type: 60, options: new Uint8Array(10) }],
      },
      seg,
    );
    const p = dissectFrame(frame(101, packet));
    expect(p?.ip).toEqual({
      version: 6,
      src: V6A,
      dst: V6B,
      ttl: 64,
      protocol: 'tcp',
      totalLength: packet.length,
    });
    expect(p?.tcp?.dstPort).toBe(22);
    expect(p?.tcp?.payloadLength).toBe(0);
  });

  it('reads the IPv6 fragment header', () => {
    const whole = udpDatagram({ src: V6A, dst: V6B, sport: 3, dport: 4 }, new Uint8Array(64));
    const first = dissectFrame(
      frame(
        101,
        ipv6Packet(
          {
            src: V6A,
            dst: V6B,
            nextHeader: PROTO_UDP,
            extensions: [{ type: 44, offset: 0, more: true, id: 1 }],
          },
          whole.subarray(0, 32),
        ),
      ),
    );
    expect(first?.fragmented).toBe(true);
    expect(first?.udp?.srcPort).toBe(3);
    const later = dissectFrame(
      frame(
        101,
        ipv6Packet(
          {
            src: V6A,
            dst: V6B,
            nextHeader: PROTO_UDP,
            extensions: [{ type: 44, offset: 32, more: false, id: 1 }],
          },
          whole.subarray(32),
        ),
      ),
    );
    expect(later?.udp).toBeUndefined();
    expect(later?.app?.kind).toBe('fragment');
  });

  it('prints IPv4-mapped IPv6 addresses in dotted form, as Wireshark does', () => {
    const p = dissectFrame(
      frame(
        229,
        ipv6Packet({ src: '::ffff:192.0.2.1', dst: '2001:db8::1', nextHeader: 59 }, new Uint8Array(0)),
      ),
    );
    expect(p?.ip.src).toBe('::ffff:192.0.2.1');
    expect(p?.ip.protocol).toBe('other');
  });
});

describe('TCP', () => {
  it('reads the header and the handshake options', () => {
    const seg = tcpSegment(
      {
        src: V4A,
        dst: V4B,
        sport: 40000,
        dport: 21,
        seq: 0xfffffffe,
        ack: 77,
        flags: TCP_SYN | TCP_ACK,
        window: 29200,
        options: {
          mss: 1460,
          sackPermitted: true,
          timestamp: { value: 123456, echo: 654321 },
          windowScale: 7,
        },
      },
      ascii('abc'),
    );
    const p = dissectFrame(frame(101, ipv4Packet({ src: V4A, dst: V4B, protocol: PROTO_TCP }, seg)));
    expect(p?.tcp).toEqual({
      srcPort: 40000,
      dstPort: 21,
      seq: 0xfffffffe,
      ack: 77,
      flags: TCP_SYN | TCP_ACK,
      window: 29200,
      options: { mss: 1460, sackPermitted: true, timestamp: { value: 123456, echo: 654321 }, windowScale: 7 },
      payloadLength: 3,
    });
  });

  it('steps over options it does not name (SACK blocks)', () => {
    const seg = tcpSegment({
      src: V4A,
      dst: V4B,
      sport: 1,
      dport: 2,
      seq: 1,
      ack: 1,
      flags: TCP_ACK,
      options: { sack: [[10, 20]], timestamp: { value: 1, echo: 2 } },
    });
    const p = dissectFrame(frame(101, ipv4Packet({ src: V4A, dst: V4B, protocol: PROTO_TCP }, seg)));
    expect(p?.tcp?.options).toEqual({ timestamp: { value: 1, echo: 2 } });
  });
});

describe('ICMP', () => {
  it('describes an echo request', () => {
    const p = dissectFrame(
      frame(
        101,
        ipv4Packet(
          { src: V4A, dst: V4B, protocol: PROTO_ICMP },
          icmpv4Message(8, 0, new Uint8Array(4), ascii('ping')),
        ),
      ),
    );
    expect(p?.icmp).toEqual({ version: 4, type: 8, code: 0, description: 'echo request' });
  });

  it('quotes the packet a port unreachable answers', () => {
    const original = ipv4Packet(
      { src: V4A, dst: V4B, protocol: PROTO_UDP },
      udpDatagram({ src: V4A, dst: V4B, sport: 5555, dport: 53 }, ascii('query')),
    );
    const p = dissectFrame(
      frame(
        101,
        ipv4Packet(
          { src: V4B, dst: V4A, protocol: PROTO_ICMP },
          icmpv4Message(3, 3, new Uint8Array(4), original.subarray(0, 28)),
        ),
      ),
    );
    expect(p?.icmp).toEqual({
      version: 4,
      type: 3,
      code: 3,
      description: 'destination unreachable (port unreachable)',
      quoted: { protocol: 'udp', src: V4A, dst: V4B, srcPort: 5555, dstPort: 53 },
    });
  });

  it('quotes the packet an ICMPv6 error answers, and names neighbour discovery', () => {
    const original = ipv6Packet(
      { src: V6A, dst: V6B, nextHeader: PROTO_TCP },
      tcpSegment({ src: V6A, dst: V6B, sport: 4000, dport: 80, seq: 1, flags: TCP_SYN }),
    );
    const error = dissectFrame(
      frame(
        101,
        ipv6Packet(
          { src: V6B, dst: V6A, nextHeader: PROTO_ICMPV6 },
          icmpv6Message(V6B, V6A, 1, 1, new Uint8Array(4), original),
        ),
      ),
    );
    expect(error?.icmp).toEqual({
      version: 6,
      type: 1,
      code: 1,
      description: 'destination unreachable (communication administratively prohibited)',
      quoted: { protocol: 'tcp', src: V6A, dst: V6B, srcPort: 4000, dstPort: 80 },
    });
    const ns = dissectFrame(
      frame(
        101,
        ipv6Packet(
          { src: V6A, dst: 'ff02::1:ff00:b', nextHeader: PROTO_ICMPV6 },
          icmpv6Message(V6A, 'ff02::1:ff00:b', 135, 0, new Uint8Array(4), new Uint8Array(16)),
        ),
      ),
    );
    expect(ns?.icmp?.description).toBe('neighbor solicitation');
    expect(ns?.ip.protocol).toBe('icmpv6');
  });

  it('describes a TTL exceeded', () => {
    const original = ipv4Packet(
      { src: V4A, dst: V4B, protocol: PROTO_TCP },
      tcpSegment({ src: V4A, dst: V4B, sport: 1, dport: 2, seq: 1, flags: TCP_SYN }),
    );
    const p = dissectFrame(
      frame(
        101,
        ipv4Packet(
          { src: '203.0.113.1', dst: V4A, protocol: PROTO_ICMP },
          icmpv4Message(11, 0, new Uint8Array(4), original.subarray(0, 28)),
        ),
      ),
    );
    expect(p?.icmp?.description).toBe('time exceeded (TTL exceeded in transit)');
    expect(p?.icmp?.quoted).toEqual({ protocol: 'tcp', src: V4A, dst: V4B, srcPort: 1, dstPort: 2 });
  });
});
