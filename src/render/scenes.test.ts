import { describe, expect, it } from 'vitest';
import { scenarios } from '../scenarios/index.ts';
import type { ScenarioOptions } from '../scenarios/types.ts';
import { buildStory } from '../story/build.ts';
import { LEVELS } from '../story/types.ts';
import { frameAt } from './frame.ts';
import { packetDetails } from './inspect.ts';
import { layoutStage } from './layout.ts';
import { makeScene } from './scene.ts';
import { stageMarkup } from './svg.ts';
import { LEAD, MOTION, STEP_MS, settledTime, stepStart } from './timing.ts';

const VARIANTS: ScenarioOptions[] = [
  {},
  { firewall: 'blocks' },
  { firewall: 'off', files: 3 },
  { loss: 0.2, seed: 3 },
  { ip: 6 },
];

const words = {
  packet: (p: { id: number }) => `packet ${p.id}`,
  firewall: 'Firewall',
  lane: (lane: { label: string }) => lane.label,
  note: (note: { text: string }) => note.text,
};

describe('every scene the product ships', () => {
  for (const scenario of scenarios) {
    it(`${scenario.id}: every step can be drawn at every level, inside the stage`, () => {
      for (const options of VARIANTS) {
        const trace = scenario.run(options);
        for (const level of LEVELS) {
          const scene = makeScene(trace, buildStory(trace, level));
          expect(scene.steps.length).toBeGreaterThan(0);
          for (const width of [360, 1100]) {
            const layout = layoutStage(scene, { width });
            scene.steps.forEach((info, k) => {
              for (const t of [stepStart(k), stepStart(k) + (LEAD + MOTION / 2) * STEP_MS, settledTime(k)]) {
                const f = frameAt(scene, layout, t);
                expect(f.step).toBe(k);
                for (const p of f.packets) {
                  expect(p.x - p.w / 2, `${scenario.id} ${level} step ${k + 1}`).toBeGreaterThanOrEqual(0);
                  expect(p.x + p.w / 2, `${scenario.id} ${level} step ${k + 1}`).toBeLessThanOrEqual(width);
                  expect(Number.isFinite(p.y)).toBe(true);
                  expect(p.flags).not.toBe('');
                }
                expect(stageMarkup(f, layout, words)).not.toContain('NaN');
              }
              // At rest, every packet the step names is on the stage unless a later one answered it.
              const rest = frameAt(scene, layout, settledTime(k));
              const shown = new Set(rest.packets.map((p) => p.id));
              const last = info.step.packets[info.step.packets.length - 1];
              if (last !== undefined) expect(shown.has(last), `${level} step ${k + 1}`).toBe(true);
            });
          }
        }
      }
      // Five runs at three levels and two widths: generous, for a busy machine.
    }, 60_000);
  }

  it('lists every layer of a packet in the inspector', () => {
    const scenario = scenarios.find((s) => s.id === 'ftp-passive');
    if (!scenario) throw new Error('ftp-passive is missing');
    const trace = scenario.run({});
    const scene = makeScene(trace, buildStory(trace, 'expert'));
    const text = ((key: string, params: Record<string, string | number> = {}) =>
      `${key} ${JSON.stringify(params)}`) as unknown as Parameters<typeof packetDetails>[3];
    // The first command on the control connection: USER, the first byte after the SYN (RFC 9293 3.4).
    const user = trace.events.find((e) => e.type === 'wire' && e.app?.text.startsWith('USER'));
    if (user?.type !== 'wire') throw new Error('no USER command in the trace');
    const details = packetDetails(scene, user.packet, 0, text);
    const all = JSON.stringify(details);
    expect(details?.layers.map((l) => l.text.split(' ')[0])).toEqual([
      'inspector.ip',
      'inspector.tcp',
      'inspector.app.ftp',
    ]);
    expect(all).toContain('inspector.tcp.seq {\\"rel\\":1,');
    expect(all).toContain('inspector.ftp.command {\\"value\\":\\"USER\\"}');
    expect(all).toContain('inspector.tcp.flagOn {\\"name\\":\\"PSH\\"}');
    expect(packetDetails(scene, 999_999, 0, text)).toBeNull();
  });
});
