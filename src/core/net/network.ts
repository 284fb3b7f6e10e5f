import { canonicalIp } from '../address.ts';
import { Clock, type Micros } from '../clock.ts';
import { Recorder, type Sim } from '../recorder.ts';
import { Rng } from '../rng.ts';
import { TRACE_FORMAT, TRACE_VERSION, type Trace, type TraceMeta } from '../trace.ts';
import { Host, type HostOptions } from './host.ts';
import { Link, type LinkOptions } from './link.ts';
import type { Interface, NetNode } from './node.ts';
import { Router } from './router.ts';

/** A small network under one clock: build it, script it, run it, and take its trace. */
export class Network implements Sim {
  readonly clock = new Clock();
  readonly rng: Rng;
  readonly recorder = new Recorder();
  readonly nodes: NetNode[] = [];
  readonly links: Link[] = [];

  constructor(readonly seed: number) {
    this.rng = new Rng(seed);
  }

  host(id: string, name: string, kind: 'pc' | 'server', options?: HostOptions): Host {
    const h = new Host(this, id, name, kind, (a) => this.nodeOf(a), options);
    this.nodes.push(h);
    return h;
  }

  router(id: string, name: string, kind: 'router' | 'firewall' | 'network' = 'router'): Router {
    const r = new Router(this, id, name, kind);
    this.nodes.push(r);
    return r;
  }

  link(a: Interface, b: Interface, options: Omit<LinkOptions, 'id'> & { id?: string }): Link {
    const l = new Link(this, { ...options, id: options.id ?? `l${this.links.length + 1}` });
    l.connect(a, b);
    this.links.push(l);
    return l;
  }

  nodeOf(address: string): string | undefined {
    const a = canonicalIp(address);
    return this.nodes.find((n) => n.ownsAddress(a))?.id;
  }

  /** Something happens at a moment of the scenario: a person acts, an application starts. */
  at(time: Micros, run: () => void): void {
    this.clock.at(time, run);
  }

  run(until?: Micros): void {
    this.clock.run(until);
  }

  trace(meta: Omit<TraceMeta, 'source'>): Trace {
    return {
      format: TRACE_FORMAT,
      version: TRACE_VERSION,
      meta: { source: 'simulator', seed: this.seed, ...meta },
      nodes: this.nodes.map((n) => {
        const d = n.describe();
        if ((n instanceof Host || n instanceof Router) && n.firewall) d.firewall = true;
        if (n instanceof Router && n.nat) d.nat = true;
        return d;
      }),
      links: this.links.map((l) => ({
        id: l.id,
        a: l.endpoints[0].node.id,
        b: l.endpoints[1].node.id,
        latency: l.latency,
      })),
      events: [...this.recorder.events],
    };
  }
}
