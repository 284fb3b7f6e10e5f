import { canonicalIp, inPrefix, type Prefix, parsePrefix } from '../address.ts';
import type { NodeKind, TraceNode } from '../trace.ts';
import type { Link } from './link.ts';
import type { SimPacket } from './packet.ts';

export interface Interface {
  name: string;
  node: NetNode;
  addresses: string[];
  /** The networks this interface is directly on. */
  prefixes: Prefix[];
  link?: Link;
}

export interface Route {
  prefix: Prefix;
  iface: Interface;
}

/** Anything with interfaces: a host, a router. Routing is by longest prefix; links are point to point. */
export abstract class NetNode {
  readonly interfaces: Interface[] = [];
  protected readonly routes: Route[] = [];

  constructor(
    readonly id: string,
    readonly name: string,
    readonly kind: NodeKind,
  ) {}

  /** Adds an interface with addresses in prefix notation, e.g. `192.0.2.10/24`, `2001:db8::10/64`. */
  addInterface(name: string, cidrs: string[]): Interface {
    const prefixes = cidrs.map(parsePrefix);
    const iface: Interface = { name, node: this, addresses: prefixes.map((p) => p.address), prefixes };
    this.interfaces.push(iface);
    return iface;
  }

  addRoute(prefix: string, iface: Interface): void {
    this.routes.push({ prefix: parsePrefix(prefix), iface });
  }

  /** Sends everything not on a connected network out of this interface. */
  setDefaultRoute(iface: Interface): void {
    this.addRoute('0.0.0.0/0', iface);
    this.addRoute('::/0', iface);
  }

  ownsAddress(address: string): boolean {
    const a = canonicalIp(address);
    return this.interfaces.some((i) => i.addresses.includes(a));
  }

  route(dst: string): Interface | undefined {
    let best: Interface | undefined;
    let bestLen = -1;
    for (const iface of this.interfaces) {
      for (const p of iface.prefixes) {
        if (p.length > bestLen && inPrefix(dst, p)) {
          best = iface;
          bestLen = p.length;
        }
      }
    }
    for (const r of this.routes) {
      if (r.prefix.length > bestLen && inPrefix(dst, r.prefix)) {
        best = r.iface;
        bestLen = r.prefix.length;
      }
    }
    return best;
  }

  /** The address this node would send from towards `dst`: the first of the outgoing interface's family. */
  sourceAddressFor(dst: string): string | undefined {
    const iface = this.route(dst);
    const v6 = dst.includes(':');
    return iface?.addresses.find((a) => a.includes(':') === v6);
  }

  /** Puts a packet on the wire of the interface that routes to its destination. False when there is no route. */
  transmit(packet: SimPacket): boolean {
    const iface = this.route(packet.ip.dst);
    if (!iface?.link) return false;
    iface.link.transmit(packet, iface);
    return true;
  }

  abstract receive(packet: SimPacket, iface: Interface): void;

  /** Sends a packet this node made itself (a reply, an ICMP error, a firewall's reset). */
  abstract output(packet: SimPacket): void;

  describe(): TraceNode {
    return {
      id: this.id,
      name: this.name,
      kind: this.kind,
      interfaces: this.interfaces.map((i) => {
        const out: TraceNode['interfaces'][number] = {
          name: i.name,
          addresses: i.prefixes.map((p) => `${p.address}/${p.length}`),
        };
        if (i.link) out.link = i.link.id;
        return out;
      }),
    };
  }
}
