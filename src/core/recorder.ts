import type { Clock } from './clock.ts';
import type { Rng } from './rng.ts';
import type { TraceEvent } from './trace.ts';

/** Collects the events of one run, in the order they happen, and hands out the run's identifiers. */
export class Recorder {
  readonly events: TraceEvent[] = [];
  private packetCounter = 0;
  private connCounter = 0;

  private readonly watchers: Array<(event: TraceEvent) => void> = [];

  record(event: TraceEvent): void {
    this.events.push(event);
    for (const watch of this.watchers) watch(event);
  }

  /** Lets a scenario react to what happens (a person notices the firewall blocked something). */
  watch(watcher: (event: TraceEvent) => void): void {
    this.watchers.push(watcher);
  }

  nextPacketId(): number {
    return ++this.packetCounter;
  }

  nextConnId(): string {
    return `c${++this.connCounter}`;
  }
}

/** Everything a simulated run shares: one clock, one random generator, one recorder. */
export interface Sim {
  clock: Clock;
  rng: Rng;
  recorder: Recorder;
}
