import { describe, expect, it } from 'vitest';
import { ftpActive } from '../scenarios/ftp.ts';
import { buildStory } from '../story/build.ts';
import { frameAt } from './frame.ts';
import { layoutStage } from './layout.ts';
import { makeScene } from './scene.ts';
import { LAYERS, partMarkup, stageMarkup, stageParts } from './svg.ts';
import { STEP_MS, stepStart } from './timing.ts';

const words = {
  packet: (p: { id: number }) => `packet ${p.id}`,
  firewall: 'Firewall',
  lane: (lane: { label: string }) => lane.label,
  note: (note: { text: string }) => note.text,
};

const trace = ftpActive.run({});
const scene = makeScene(trace, buildStory(trace, 'standard'));
const layout = layoutStage(scene, { width: 900 });
/** Moments all through the scene, a few per step. */
const moments = scene.steps.flatMap((_, k) =>
  [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => stepStart(k) + f * STEP_MS),
);

describe('the stage in parts', () => {
  it('puts together to the very markup of the whole stage', () => {
    for (const t of moments) {
      const frame = frameAt(scene, layout, t);
      const parts = stageParts(frame, layout, words);
      const layers = LAYERS.map((name) => {
        const content = parts[name];
        return `<g class="${name}">${typeof content === 'string' ? content : content.map(partMarkup).join('')}</g>`;
      });
      expect(parts.base + layers.join('')).toBe(stageMarkup(frame, layout, words));
    }
  });

  it('keys every group once within its layer', () => {
    for (const t of moments) {
      const parts = stageParts(frameAt(scene, layout, t), layout, words);
      for (const layer of [parts.lanes, parts.nodes, parts.walls, parts.packets]) {
        const keys = layer.map((p) => p.key);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });

  it('changes only the transform of an envelope while it flies', () => {
    let checked = 0;
    for (const t of moments) {
      const a = stageParts(frameAt(scene, layout, t), layout, words);
      const b = stageParts(frameAt(scene, layout, t + 20), layout, words);
      for (const p of a.packets) {
        const q = b.packets.find((x) => x.key === p.key);
        const flying = (part: typeof p) => part.attrs.some(([n, v]) => n === 'class' && / flying/.test(v));
        if (!q || !flying(p) || !flying(q)) continue;
        const moved = p.attrs.filter(([, value], i) => q.attrs[i]?.[1] !== value).map(([name]) => name);
        expect(q.inner).toBe(p.inner);
        expect(moved.every((name) => name === 'transform')).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
