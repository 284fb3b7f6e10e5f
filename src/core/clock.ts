/** Virtual time in integer microseconds: integers keep timing exact and the trace byte-identical. */
export type Micros = number;

export const MS: Micros = 1000;
export const SECOND: Micros = 1_000_000;

export interface TimerHandle {
  cancel(): void;
  readonly at: Micros;
}

interface Scheduled {
  at: Micros;
  order: number;
  run: () => void;
  cancelled: boolean;
}

/**
 * A discrete-event clock. Events at the same instant run in the order they were scheduled, which is what
 * makes a run deterministic. A binary heap keeps scheduling cheap for sessions with many thousands of files.
 */
export class Clock {
  private heap: Scheduled[] = [];
  private counter = 0;
  private current: Micros = 0;

  get now(): Micros {
    return this.current;
  }

  at(time: Micros, run: () => void): TimerHandle {
    if (!Number.isFinite(time)) throw new RangeError(`cannot schedule at ${time}`);
    const item: Scheduled = {
      at: Math.max(time, this.current),
      order: this.counter++,
      run,
      cancelled: false,
    };
    this.push(item);
    return {
      at: item.at,
      cancel: () => {
        item.cancelled = true;
      },
    };
  }

  after(delay: Micros, run: () => void): TimerHandle {
    return this.at(this.current + Math.max(0, Math.round(delay)), run);
  }

  /** Runs events until none is left or the next is later than `until`. Returns the number run. */
  run(until: Micros = Number.POSITIVE_INFINITY, maxEvents = 50_000_000): number {
    let count = 0;
    while (this.heap.length > 0) {
      const next = this.heap[0] as Scheduled;
      if (next.at > until) break;
      this.pop();
      if (next.cancelled) continue;
      this.current = next.at;
      next.run();
      if (++count >= maxEvents) throw new Error(`simulation did not settle after ${maxEvents} events`);
    }
    if (until !== Number.POSITIVE_INFINITY && until > this.current) this.current = until;
    return count;
  }

  get pending(): number {
    return this.heap.filter((s) => !s.cancelled).length;
  }

  private less(a: Scheduled, b: Scheduled): boolean {
    return a.at < b.at || (a.at === b.at && a.order < b.order);
  }

  private push(item: Scheduled): void {
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i] as Scheduled, h[parent] as Scheduled)) break;
      [h[i], h[parent]] = [h[parent] as Scheduled, h[i] as Scheduled];
      i = parent;
    }
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop() as Scheduled;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l] as Scheduled, h[m] as Scheduled)) m = l;
      if (r < h.length && this.less(h[r] as Scheduled, h[m] as Scheduled)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m] as Scheduled, h[i] as Scheduled];
      i = m;
    }
  }
}
