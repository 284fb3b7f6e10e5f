import type { Interface, NetNode } from './node.ts';
import type { SimPacket } from './packet.ts';

export type FilterDirection = 'in' | 'out' | 'forward';

/**
 * A packet filter a host or router consults. It records its own decision in the trace and, for a reject,
 * sends the RST or ICMP error itself through the node it guards.
 */
export interface PacketFilter {
  check(packet: SimPacket, direction: FilterDirection, node: NetNode, iface: Interface): boolean;
}

/** Address translation on a router: destination before routing, source after it (as netfilter does). */
export interface AddressTranslator {
  prerouting(packet: SimPacket, inIface: Interface): SimPacket | null;
  postrouting(packet: SimPacket, inIface: Interface, outIface: Interface): SimPacket | null;
}
