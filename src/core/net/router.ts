import type { Sim } from '../recorder.ts';
import type { AddressTranslator, PacketFilter } from './hooks.ts';
import { unreachable } from './icmp.ts';
import { type Interface, NetNode } from './node.ts';
import type { SimPacket } from './packet.ts';

/** Forwards packets between its interfaces; may filter them and translate addresses on the way. */
export class Router extends NetNode {
  firewall: PacketFilter | undefined;
  nat: AddressTranslator | undefined;

  constructor(
    readonly sim: Sim,
    id: string,
    name: string,
    kind: 'router' | 'firewall' | 'network' = 'router',
  ) {
    super(id, name, kind);
  }

  /** Sends a packet the router itself made (an ICMP error, a firewall's reset). */
  override output(packet: SimPacket): void {
    const iface = this.route(packet.ip.dst);
    if (!iface) return;
    if (this.firewall && !this.firewall.check(packet, 'out', this, iface)) return;
    this.transmit(packet);
  }

  override receive(packet: SimPacket, iface: Interface): void {
    let p: SimPacket | null = packet;
    if (this.nat) p = this.nat.prerouting(p, iface);
    if (!p) return;
    if (this.ownsAddress(p.ip.dst)) {
      // Nothing on the router listens; its firewall still judges the packet, so the trace says why it stopped.
      this.firewall?.check(p, 'in', this, iface);
      return;
    }
    if (p.ip.ttl <= 1) return;
    const out = this.route(p.ip.dst);
    if (!out?.link) {
      const from = this.sourceAddressFor(p.ip.src);
      if (from && !p.icmp) this.output(unreachable(p, from, 'net', this.sim.recorder.nextPacketId()));
      return;
    }
    if (this.firewall && !this.firewall.check(p, 'forward', this, iface)) return;
    p = { ...p, ip: { ...p.ip, ttl: p.ip.ttl - 1 } };
    if (this.nat) p = this.nat.postrouting(p, iface, out);
    if (!p) return;
    out.link.transmit(p, out);
  }
}
