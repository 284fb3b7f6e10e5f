import { describe, expect, it } from 'vitest';
import { LADDER_OVERSCAN, LADDER_ROW, ladderRows, ladderWindow } from './ladder.ts';
import { layoutStage } from './layout.ts';
import { sampleStory, sampleTrace } from './sample-trace.ts';
import { makeScene } from './scene.ts';

describe('the ladder', () => {
  it('writes only the rows near the view, however long the list', () => {
    const rows = 300_000;
    const view = 600;
    expect(ladderWindow(0, view, rows)).toEqual({ from: 0, to: view / LADDER_ROW + 1 + LADDER_OVERSCAN });
    const middle = ladderWindow(150_000 * LADDER_ROW, view, rows);
    expect(middle.from).toBe(150_000 - LADDER_OVERSCAN);
    expect(middle.to - middle.from).toBe(view / LADDER_ROW + 1 + 2 * LADDER_OVERSCAN);
    expect(ladderWindow(rows * LADDER_ROW, view, rows).to).toBe(rows);
    expect(ladderWindow(-50, 0, 0)).toEqual({ from: 0, to: 0 });
  });

  it('draws one row per packet, pointing the way it went, with the drop marked', () => {
    const trace = sampleTrace();
    const scene = makeScene(trace, sampleStory(trace, 'expert'));
    const layout = layoutStage(scene, { width: 1000 });
    const html = ladderRows(
      scene,
      layout,
      0,
      100,
      { current: new Set([4]), tau: 4500 },
      (l, a, b) => `${l} ${a}>${b}`,
    );
    const rows = [...html.matchAll(/<button [^>]*class="lrow ([^"]*)"[^>]*data-packet="(\d+)"/g)].map((m) => [
      Number(m[2]),
      m[1],
    ]);
    expect(rows.map(([id]) => id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[0]?.[1]).toMatch(/^k0 r$/);
    expect(rows[1]?.[1]).toMatch(/^k0 l$/);
    // The dropped SYN goes left, is marked, and is the step being told; later ones are not sent yet.
    expect(rows[3]?.[1]).toBe('k1 l dropped current');
    expect(rows[4]?.[1]).toBe('k0 r future');
    expect(html).toContain('SYN seq=0');
    expect(html).toContain('Server&gt;PC');
  });
});
