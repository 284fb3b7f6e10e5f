/**
 * The hosts of an imported capture: one node per IP address, named by the part it plays. The side that
 * opens a TCP connection is a PC, the side that accepts it a server; UDP flows decide only for hosts that
 * have no TCP connection, and a host with neither is a PC. A multicast or broadcast address is no host:
 * it becomes a node of kind `network`, named after it.
 */
import type { NodeKind, TraceLink, TraceNode } from '../core/trace.ts';

export const CAPTURE_LINK = 'capture';

/** IPv4 multicast (224.0.0.0/4) and limited broadcast, IPv6 multicast (ff00::/8). */
export function isGroupAddress(address: string): boolean {
  if (address.includes(':')) return address.toLowerCase().startsWith('ff');
  const first = Number(address.split('.')[0]);
  return address === '255.255.255.255' || (first >= 224 && first <= 239);
}

interface Host {
  id: string;
  address: string;
  tcpRole?: NodeKind;
  udpRole?: NodeKind;
}

export class HostBook {
  private readonly hosts = new Map<string, Host>();
  private firstPair: [string, string] | undefined;
  private firstUdp: [string, string] | undefined;

  /** The node id of an address, adding the host when it is new. */
  id(address: string): string {
    let host = this.hosts.get(address);
    if (!host) {
      host = { id: `h${this.hosts.size + 1}`, address };
      this.hosts.set(address, host);
    }
    return host.id;
  }

  /** A connection or flow from `client` to `server`: the first one a host takes part in gives its role. */
  connection(protocol: 'tcp' | 'udp', client: string, server: string): void {
    const c = this.hosts.get(client);
    const s = this.hosts.get(server);
    // A datagram to a group says nothing about who serves whom.
    if (!c || !s || isGroupAddress(client) || isGroupAddress(server)) return;
    const key = protocol === 'tcp' ? 'tcpRole' : 'udpRole';
    c[key] ??= 'pc';
    s[key] ??= 'server';
    if (protocol === 'tcp' && !this.firstPair) this.firstPair = [c.id, s.id];
    if (protocol === 'udp' && !this.firstUdp) this.firstUdp = [c.id, s.id];
  }

  nodes(): TraceNode[] {
    const list = [...this.hosts.values()];
    let pcNamed = false;
    let serverNamed = false;
    return list.map((host, i) => {
      if (isGroupAddress(host.address)) {
        const name = host.address === '255.255.255.255' ? 'Broadcast' : `Multicast ${host.address}`;
        return {
          id: host.id,
          name,
          kind: 'network',
          interfaces: [{ name: 'net0', addresses: [host.address], link: CAPTURE_LINK }],
        };
      }
      const kind: NodeKind = host.tcpRole ?? host.udpRole ?? 'pc';
      let name = `Host ${i + 1}`;
      if (kind === 'pc' && !pcNamed) {
        name = 'PC';
        pcNamed = true;
      } else if (kind === 'server' && !serverNamed) {
        name = 'Server';
        serverNamed = true;
      }
      return {
        id: host.id,
        name,
        kind,
        interfaces: [{ name: 'net0', addresses: [host.address], link: CAPTURE_LINK }],
      };
    });
  }

  /** The one link every packet of the capture is seen on: from the first client to the first server. */
  links(): TraceLink[] {
    const ids = [...this.hosts.values()].map((h) => h.id);
    if (ids.length === 0) return [];
    const [a, b] = this.firstPair ?? this.firstUdp ?? [ids[0] as string, ids[1] ?? (ids[0] as string)];
    return [{ id: CAPTURE_LINK, a, b, latency: 0 }];
  }
}
