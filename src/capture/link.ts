/**
 * Link-layer headers: find where the IP packet starts in a frame. Ethernet (with 802.1Q and 802.1ad VLAN
 * tags, and PPPoE sessions), raw IP, Linux cooked captures v1 and v2, and the BSD and OpenBSD loopback
 * headers, whose address family is in the capturing host's byte order (NULL) or in network order (LOOP).
 */
import { u16, u32 } from './bytes.ts';
import {
  LINKTYPE_ETHERNET,
  LINKTYPE_IPV4,
  LINKTYPE_IPV6,
  LINKTYPE_LINUX_SLL,
  LINKTYPE_LINUX_SLL2,
  LINKTYPE_LOOP,
  LINKTYPE_NULL,
  LINKTYPE_RAW,
} from './frame.ts';

export type NetworkLayer =
  | { kind: 'ipv4' | 'ipv6'; offset: number }
  /** Not IP (ARP, LLC, an unknown link type ...): the frame has no packet for the trace. */
  | { kind: 'other'; reason: string };

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
const ETHERTYPE_PPPOE_SESSION = 0x8864;
/** 802.1Q, 802.1ad (QinQ) and the pre-standard QinQ tag protocol identifiers. */
const VLAN_TPIDS = new Set([0x8100, 0x88a8, 0x9100, 0x9200]);
const MAX_VLAN_TAGS = 8;

/** Address families a BSD loopback header uses for IPv6: they differ between the BSDs and macOS. */
const BSD_AF_INET = 2;
const BSD_AF_INET6 = new Set([10, 24, 28, 30]);

function byEtherType(type: number, offset: number): NetworkLayer {
  if (type === ETHERTYPE_IPV4) return { kind: 'ipv4', offset };
  if (type === ETHERTYPE_IPV6) return { kind: 'ipv6', offset };
  return { kind: 'other', reason: `EtherType 0x${type.toString(16).padStart(4, '0')} is not IP` };
}

function short(what: string): NetworkLayer {
  return { kind: 'other', reason: `frame too short for its ${what} header` };
}

function ethernet(data: Uint8Array): NetworkLayer {
  if (data.length < 14) return short('Ethernet');
  let offset = 12;
  let type = u16(data, offset);
  for (let tags = 0; VLAN_TPIDS.has(type) && tags < MAX_VLAN_TAGS; tags++) {
    if (data.length < offset + 6) return short('VLAN');
    offset += 4;
    type = u16(data, offset);
  }
  offset += 2;
  if (type <= 1500) return { kind: 'other', reason: 'IEEE 802.3 frame with an LLC header' };
  if (type === ETHERTYPE_PPPOE_SESSION) {
    if (data.length < offset + 8) return short('PPPoE');
    const ppp = u16(data, offset + 6);
    if (ppp === 0x0021) return { kind: 'ipv4', offset: offset + 8 };
    if (ppp === 0x0057) return { kind: 'ipv6', offset: offset + 8 };
    return { kind: 'other', reason: 'PPP frame that is not IP' };
  }
  return byEtherType(type, offset);
}

function rawIp(data: Uint8Array, offset: number): NetworkLayer {
  const version = (data[offset] ?? 0) >> 4;
  if (version === 4) return { kind: 'ipv4', offset };
  if (version === 6) return { kind: 'ipv6', offset };
  return { kind: 'other', reason: `raw packet of IP version ${version}` };
}

function loopbackFamily(family: number): NetworkLayer {
  if (family === BSD_AF_INET) return { kind: 'ipv4', offset: 4 };
  if (BSD_AF_INET6.has(family)) return { kind: 'ipv6', offset: 4 };
  return { kind: 'other', reason: `loopback address family ${family} is not IP` };
}

export function networkLayer(linkType: number, data: Uint8Array): NetworkLayer {
  switch (linkType) {
    case LINKTYPE_ETHERNET:
      return ethernet(data);
    case LINKTYPE_RAW:
    // DLT_RAW has the values 12 and 14 on some systems; files written there keep them.
    case 12:
    case 14:
      return rawIp(data, 0);
    case LINKTYPE_IPV4:
      return { kind: 'ipv4', offset: 0 };
    case LINKTYPE_IPV6:
      return { kind: 'ipv6', offset: 0 };
    case LINKTYPE_LINUX_SLL:
      if (data.length < 16) return short('Linux cooked');
      return byEtherType(u16(data, 14), 16);
    case LINKTYPE_LINUX_SLL2:
      if (data.length < 20) return short('Linux cooked v2');
      return byEtherType(u16(data, 0), 20);
    case LINKTYPE_NULL: {
      if (data.length < 4) return short('loopback');
      // The family is in the byte order of the machine that captured: a value too large for a family means
      // the other order.
      const le = u32(data, 0, true);
      return loopbackFamily(le > 0xffff ? u32(data, 0, false) : le);
    }
    case LINKTYPE_LOOP:
      if (data.length < 4) return short('loopback');
      return loopbackFamily(u32(data, 0, false));
    default:
      return { kind: 'other', reason: `link type ${linkType} is not supported` };
  }
}
