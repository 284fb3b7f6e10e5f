import type { Micros } from '../clock.ts';
import type { Sim } from '../recorder.ts';
import type { WireEvent } from '../trace.ts';
import type { Interface, NetNode } from './node.ts';
import { layersOf, type SimPacket } from './packet.ts';

/**
 * A fault on a link, kept apart from the protocols so that TCP never knows why a packet vanished
 * (as with smoltcp's fault injector): random loss from the `loss` switch, or a chosen packet in a test.
 */
export type LossRule = (packet: SimPacket, from: NetNode) => boolean;

export interface LinkOptions {
  id: string;
  /** One-way propagation delay. */
  latency: Micros;
  /** Extra random delay up to this much; packets are never reordered. */
  jitter?: Micros;
  /** Bits per second; a packet occupies the link for its size divided by this. 0 means infinitely fast. */
  bandwidth?: number;
  /** Probability that a packet is lost, drawn from the run's generator. */
  loss?: number;
}

interface Direction {
  busyUntil: Micros;
  lastArrival: Micros;
}

/** A point-to-point link between two interfaces, full duplex, first in first out in each direction. */
export class Link {
  readonly id: string;
  readonly latency: Micros;
  readonly jitter: Micros;
  readonly bandwidth: number;
  loss: number;
  /** Extra rules that lose packets: tests use them to drop exactly the segment they want. */
  readonly lossRules: LossRule[] = [];
  private ends: [Interface, Interface] | null = null;
  private dirs = new Map<Interface, Direction>();

  constructor(
    private readonly sim: Sim,
    options: LinkOptions,
  ) {
    this.id = options.id;
    this.latency = options.latency;
    this.jitter = options.jitter ?? 0;
    this.bandwidth = options.bandwidth ?? 0;
    this.loss = options.loss ?? 0;
  }

  connect(a: Interface, b: Interface): void {
    this.ends = [a, b];
    a.link = this;
    b.link = this;
    this.dirs.set(a, { busyUntil: 0, lastArrival: 0 });
    this.dirs.set(b, { busyUntil: 0, lastArrival: 0 });
  }

  get endpoints(): [Interface, Interface] {
    if (!this.ends) throw new Error(`link ${this.id} is not connected`);
    return this.ends;
  }

  peerOf(iface: Interface): Interface {
    const [a, b] = this.endpoints;
    return iface === a ? b : a;
  }

  transmit(packet: SimPacket, from: Interface): void {
    const to = this.peerOf(from);
    const dir = this.dirs.get(from) as Direction;
    const { clock, rng, recorder } = this.sim;
    const start = Math.max(clock.now, dir.busyUntil);
    // Rounded up: two packets sent back to back never arrive in the same microsecond.
    const serialise =
      this.bandwidth > 0 ? Math.ceil((packet.ip.totalLength * 8 * 1_000_000) / this.bandwidth) : 0;
    dir.busyUntil = start + serialise;
    const jitter = this.jitter > 0 ? rng.int(0, this.jitter) : 0;
    const arrive = Math.max(start + serialise + this.latency + jitter, dir.lastArrival);
    dir.lastArrival = arrive;
    const lost = rng.chance(this.loss) || this.lossRules.some((rule) => rule(packet, from.node));
    const event: WireEvent = {
      type: 'wire',
      t: start,
      arrive,
      packet: packet.id,
      link: this.id,
      from: from.node.id,
      to: to.node.id,
      ...layersOf(packet),
    };
    if (packet.conn) event.conn = packet.conn;
    if (lost) event.lost = true;
    // The event is recorded when the packet starts on the wire, which may be later than now on a busy link.
    clock.at(start, () => recorder.record(event));
    if (!lost) clock.at(arrive, () => to.node.receive(packet, to));
  }
}
