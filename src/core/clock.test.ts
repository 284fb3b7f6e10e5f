import { describe, expect, test } from 'vitest';
import { Clock } from './clock.ts';
import { Rng } from './rng.ts';

describe('the virtual clock', () => {
  test('runs events in time order, and events at the same instant in the order they were scheduled', () => {
    const clock = new Clock();
    const seen: string[] = [];
    clock.at(20, () => seen.push('b@20'));
    clock.at(10, () => seen.push('a@10'));
    clock.at(20, () => seen.push('c@20'));
    clock.at(10, () => clock.after(5, () => seen.push(`d@${clock.now}`)));
    clock.run();
    expect(seen).toEqual(['a@10', 'd@15', 'b@20', 'c@20']);
    expect(clock.now).toBe(20);
  });

  test('a cancelled timer never fires, and run(until) stops at the given time', () => {
    const clock = new Clock();
    const seen: number[] = [];
    const t = clock.at(5, () => seen.push(5));
    clock.at(50, () => seen.push(50));
    t.cancel();
    clock.run(30);
    expect(seen).toEqual([]);
    expect(clock.now).toBe(30);
    clock.run();
    expect(seen).toEqual([50]);
  });

  test('keeps order among thousands of timers (the heap)', () => {
    const clock = new Clock();
    const rng = new Rng(3);
    const fired: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const at = rng.int(0, 1000);
      clock.at(at, () => fired.push(at));
    }
    clock.run();
    expect(fired).toHaveLength(5000);
    expect(fired).toEqual([...fired].sort((a, b) => a - b));
  });
});

describe('the seeded generator', () => {
  test('one seed, one sequence; another seed, another', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xs = Array.from({ length: 5 }, () => a.nextU32());
    expect(Array.from({ length: 5 }, () => b.nextU32())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.nextU32())).not.toEqual(xs);
  });

  test('int stays in its bounds and reaches both ends', () => {
    const r = new Rng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = r.int(3, 7);
      expect(x).toBeGreaterThanOrEqual(3);
      expect(x).toBeLessThanOrEqual(7);
      seen.add(x);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  test('forks are independent of draws made later on the parent', () => {
    const parent = new Rng(9);
    const fork1 = parent.fork('tcp:pc').nextU32();
    const again = new Rng(9).fork('tcp:pc').nextU32();
    expect(fork1).toBe(again);
    expect(new Rng(9).fork('tcp:server').nextU32()).not.toBe(fork1);
  });
});
