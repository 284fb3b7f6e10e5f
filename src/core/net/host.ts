import type { Sim } from '../recorder.ts';
import type { TcpConfig } from '../tcp/config.ts';
import { TcpStack } from '../tcp/stack.ts';
import { UdpStack } from '../udp.ts';
import type { PacketFilter } from './hooks.ts';
import { unreachable } from './icmp.ts';
import { type Interface, NetNode } from './node.ts';
import type { SimPacket } from './packet.ts';

export interface HostOptions {
  tcp?: Partial<TcpConfig>;
}

/** An end system: a PC or a server, with its own TCP and UDP and, if it has one, its own firewall. */
export class Host extends NetNode {
  readonly tcp: TcpStack;
  readonly udp: UdpStack;
  firewall: PacketFilter | undefined;
  private ipId: number;

  constructor(
    readonly sim: Sim,
    id: string,
    name: string,
    kind: 'pc' | 'server',
    private readonly resolve: (address: string) => string | undefined,
    options: HostOptions = {},
  ) {
    super(id, name, kind);
    this.tcp = new TcpStack(this, options.tcp);
    this.udp = new UdpStack(this);
    this.ipId = sim.rng.fork(`ipid:${id}`).int(0, 0xffff);
  }

  nextIpId(): number {
    this.ipId = (this.ipId + 1) & 0xffff;
    return this.ipId;
  }

  nodeOf(address: string): string | undefined {
    return this.resolve(address);
  }

  /** Sends a packet this host made: through its firewall's output chain, then onto the wire. */
  override output(packet: SimPacket): void {
    const iface = this.route(packet.ip.dst);
    if (!iface) return;
    if (this.firewall && !this.firewall.check(packet, 'out', this, iface)) return;
    this.transmit(packet);
  }

  override receive(packet: SimPacket, iface: Interface): void {
    if (!this.ownsAddress(packet.ip.dst)) return;
    if (this.firewall && !this.firewall.check(packet, 'in', this, iface)) return;
    this.deliver(packet);
  }

  private deliver(packet: SimPacket): void {
    if (packet.tcp) this.tcp.receive(packet);
    else if (packet.udp) this.udp.receive(packet);
    else if (packet.icmp?.quoted && (packet.icmp.type === 3 || packet.icmp.type === 1)) {
      const q = packet.icmp.quoted;
      if (q.protocol === 'tcp') this.tcp.icmpError(q, true);
    }
  }

  sendPortUnreachable(packet: SimPacket): void {
    this.output(unreachable(packet, packet.ip.dst, 'port', this.sim.recorder.nextPacketId()));
  }
}
