import { describe, expect, it } from 'vitest';
import type { Trace } from '../core/trace.ts';
import { ftpActive, ftpPassive } from '../scenarios/ftp.ts';
import { buildStory } from '../story/build.ts';
import { LEVELS } from '../story/types.ts';
import { frameAt } from './frame.ts';
import { layoutStage, nodeOrder } from './layout.ts';
import { sampleStory, sampleTrace } from './sample-trace.ts';
import { makeScene } from './scene.ts';
import { settledTime } from './timing.ts';

const WIDTHS = [360, 390, 768, 1440];

describe('layoutStage', () => {
  it('puts the client on the left, the server on the right and the router between', () => {
    const trace = sampleTrace();
    const scene = makeScene(trace, sampleStory(trace));
    for (const width of WIDTHS) {
      const l = layoutStage(scene, { width });
      const [pc, router, server] = ['pc', 'router', 'server'].map((id) => l.place[id]?.x as number);
      expect(pc).toBeLessThan(router as number);
      expect(router).toBeLessThan(server as number);
      for (const n of l.nodes) {
        expect(n.x - l.icon / 2, `${n.id} at ${width}`).toBeGreaterThanOrEqual(0);
        expect(n.x + l.icon / 2, `${n.id} at ${width}`).toBeLessThanOrEqual(width);
      }
      expect(l.compact).toBe(width < 640);
    }
  });

  it('keeps the side that opened the first connection on the left even if a later one is opened the other way', () => {
    // In active FTP the server opens the data connections; the PC opened the control connection first.
    const trace = ftpActive.run({ files: 1 });
    expect(nodeOrder(trace).map((n) => n.id)).toEqual(['pc', 'router', 'internet', 'server']);
    const flipped: Trace = { ...trace, nodes: [...trace.nodes].reverse() };
    expect(nodeOrder(flipped).map((n) => n.id)).toEqual(['pc', 'router', 'internet', 'server']);
  });

  it('never puts two lanes on the stage at the same step in the same place', () => {
    const runs = [
      ftpActive.run({}),
      ftpPassive.run({ files: 3 }),
      ftpActive.run({ files: 3, loss: 0.1, seed: 7 }),
    ];
    for (const trace of runs) {
      for (const level of LEVELS) {
        const scene = makeScene(trace, buildStory(trace, level));
        for (const width of [390, 1200]) {
          const layout = layoutStage(scene, { width });
          scene.steps.forEach((_, k) => {
            const lanes = frameAt(scene, layout, settledTime(k)).lanes;
            const bands = lanes
              .map((l) => [l.top, l.top + layout.bandHeight] as const)
              .sort((a, b) => a[0] - b[0]);
            for (let i = 1; i < bands.length; i++) {
              expect(bands[i]?.[0], `${level} step ${k + 1}`).toBeGreaterThanOrEqual(
                bands[i - 1]?.[1] as number,
              );
            }
            for (const lane of lanes) {
              expect(lane.top + layout.bandHeight).toBeLessThanOrEqual(layout.notes.y);
            }
          });
        }
      }
    }
  });

  it('draws the firewall between the PC and the rest of the network', () => {
    const trace = sampleTrace();
    const layout = layoutStage(makeScene(trace, sampleStory(trace)), { width: 390 });
    const pc = layout.place.pc;
    expect(pc?.wall).toBeGreaterThan(pc?.x as number);
    expect(pc?.wall).toBeLessThan(layout.place.router?.x as number);
    expect(layout.place.server?.wall).toBeUndefined();
  });

  it('fits more detail on the envelopes at the expert level', () => {
    const trace = sampleTrace();
    const plain = layoutStage(makeScene(trace, sampleStory(trace, 'standard')), { width: 1000 });
    const expert = layoutStage(makeScene(trace, sampleStory(trace, 'expert')), { width: 1000 });
    expect(expert.envelope.lines).toBeGreaterThan(plain.envelope.lines);
    expect(expert.envelope.height).toBeGreaterThan(plain.envelope.height);
    expect(expert.height).toBeGreaterThan(plain.height);
  });
});
