/** UDP (RFC 768): datagrams without connections; a closed port answers with ICMP port unreachable. */
import { canonicalIp } from './address.ts';
import type { SimPacket } from './net/packet.ts';
import { ipLayer, UDP_HEADER } from './net/packet.ts';
import type { AppMessage, UdpLayer } from './packet.ts';
import type { Sim } from './recorder.ts';

export interface Datagram {
  src: string;
  srcPort: number;
  dst: string;
  dstPort: number;
  payload: Uint8Array;
  app?: AppMessage;
}

export interface UdpHost {
  readonly id: string;
  readonly sim: Sim;
  output(packet: SimPacket): void;
  sourceAddressFor(dst: string): string | undefined;
  nextIpId(): number;
  sendPortUnreachable(packet: SimPacket): void;
}

export interface UdpSocket {
  readonly port: number;
  send(dst: string, dstPort: number, payload: Uint8Array, app?: AppMessage): void;
  close(): void;
}

export class UdpStack {
  private readonly sockets = new Map<number, (d: Datagram) => void>();
  private nextEphemeral = 0;

  constructor(private readonly host: UdpHost) {}

  bind(port: number, onDatagram: (d: Datagram) => void): UdpSocket {
    if (port === 0) {
      const rng = this.host.sim.rng;
      if (this.nextEphemeral === 0) this.nextEphemeral = rng.int(32768, 60999);
      do port = this.nextEphemeral++;
      while (this.sockets.has(port));
    }
    if (this.sockets.has(port)) throw new Error(`UDP port ${port} is in use on ${this.host.id}`);
    this.sockets.set(port, onDatagram);
    const bound = port;
    return {
      port: bound,
      send: (dst, dstPort, payload, app) => this.send(bound, dst, dstPort, payload, app),
      close: () => {
        this.sockets.delete(bound);
      },
    };
  }

  send(srcPort: number, dst: string, dstPort: number, payload: Uint8Array, app?: AppMessage): void {
    const to = canonicalIp(dst);
    const src = this.host.sourceAddressFor(to);
    if (!src) throw new Error(`${this.host.id} has no route to ${to}`);
    const udp: UdpLayer = { srcPort, dstPort, payloadLength: payload.length };
    const packet: SimPacket = {
      id: this.host.sim.recorder.nextPacketId(),
      ip: ipLayer(src, to, 'udp', UDP_HEADER + payload.length, 64, this.host.nextIpId()),
      udp,
      payload,
    };
    if (app) packet.app = app;
    this.host.output(packet);
  }

  receive(packet: SimPacket): void {
    const udp = packet.udp as UdpLayer;
    const handler = this.sockets.get(udp.dstPort);
    if (!handler) {
      this.host.sendPortUnreachable(packet);
      return;
    }
    const d: Datagram = {
      src: packet.ip.src,
      srcPort: udp.srcPort,
      dst: packet.ip.dst,
      dstPort: udp.dstPort,
      payload: packet.payload,
    };
    if (packet.app) d.app = packet.app;
    handler(d);
  }
}
