/**
 * A simulated run as a capture on the PC's link would record it: the tap collects each packet with its
 * payload bytes, and `pcapOf` writes them as Ethernet frames, so tshark can say what it makes of them.
 */
import type { SimPacket } from '../../src/core/net/packet.ts';
import type { FtpNetwork } from '../../src/scenarios/ftp-network.ts';
import { ETHERTYPE_IPV4, ethernetFrame, ipv4Packet, PROTO_TCP, tcpSegment } from './packets.ts';
import { writePcap } from './pcap-writer.ts';

export interface Tapped {
  t: number;
  packet: SimPacket;
}

/** A `prepare` hook for the FTP network's scenarios, and the packets it collects on the PC's link. */
export function lanTap(): { prepare: (n: FtpNetwork) => void; packets: Tapped[] } {
  const packets: Tapped[] = [];
  const prepare = (n: FtpNetwork) => {
    n.lan.lossRules.push((packet) => {
      packets.push({ packet, t: n.net.clock.now });
      return false;
    });
  };
  return { prepare, packets };
}

/** IPv4 TCP packets as a pcap of Ethernet frames, timed from an arbitrary fixed epoch. */
export function pcapOf(packets: readonly Tapped[]): Uint8Array {
  return writePcap({
    linkType: 1,
    records: packets.map(({ t, packet }) => {
      const tcp = packet.tcp as NonNullable<SimPacket['tcp']>;
      const segment = tcpSegment(
        {
          src: packet.ip.src,
          dst: packet.ip.dst,
          sport: tcp.srcPort,
          dport: tcp.dstPort,
          seq: tcp.seq,
          ack: tcp.ack,
          flags: tcp.flags,
          window: tcp.window,
          ...(tcp.options?.mss ? { options: { mss: tcp.options.mss } } : {}),
        },
        packet.payload,
      );
      const ip = ipv4Packet(
        {
          src: packet.ip.src,
          dst: packet.ip.dst,
          protocol: PROTO_TCP,
          ttl: packet.ip.ttl,
          id: packet.ip.id ?? 0,
        },
        segment,
      );
      return {
        seconds: 1_700_000_000 + Math.floor(t / 1e6),
        fraction: t % 1e6,
        data: ethernetFrame({ etherType: ETHERTYPE_IPV4 }, ip),
      };
    }),
  });
}
