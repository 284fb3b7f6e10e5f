import { describe, expect, it } from 'vitest';
import { TCP_SYN } from '../core/packet.ts';
import type { Trace, WireEvent } from '../core/trace.ts';
import { scenarios } from '../scenarios/index.ts';
import { buildStory } from '../story/build.ts';
import type { Story } from '../story/types.ts';
import { type Frame, frameAt } from './frame.ts';
import { layoutStage } from './layout.ts';
import { DROP_REASON, sampleStory, sampleTrace } from './sample-trace.ts';
import { makeScene } from './scene.ts';
import { stageMarkup } from './svg.ts';
import { LEAD, MOTION, STEP_MS, settledTime, stepStart, totalMs } from './timing.ts';

const trace = sampleTrace();
const scene = makeScene(trace, sampleStory(trace));
const layout = layoutStage(scene, { width: 1000 });
const x = (id: string) => layout.place[id]?.x as number;

function packet(frame: Frame, id: number) {
  return frame.packets.find((p) => p.id === id);
}

/** Player time at which the motion of step `k` has covered `share` of its span (no warp within one hop). */
function during(k: number, share: number): number {
  return stepStart(k) + (LEAD + MOTION * share) * STEP_MS;
}

describe('frameAt', () => {
  it('gives the same frame for the same moment, whatever was drawn before', () => {
    const times = [0, 1234, during(3, 0.4), settledTime(4), totalMs(scene) - 1];
    const first = times.map((t) => frameAt(scene, layout, t));
    // Draw other moments in between, backwards, then again.
    for (const t of [...times].reverse()) frameAt(scene, layout, t + 17);
    const again = times.map((t) => frameAt(scene, layout, t));
    expect(again).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it('switches steps exactly at the step boundaries', () => {
    for (let k = 1; k < scene.steps.length; k++) {
      expect(frameAt(scene, layout, stepStart(k) - 0.001).step).toBe(k - 1);
      const at = frameAt(scene, layout, stepStart(k));
      expect(at.step).toBe(k);
      expect(at.progress).toBe(0);
    }
  });

  it('holds the first moment before the start and the last one beyond the end', () => {
    const last = scene.steps.length - 1;
    for (const t of [totalMs(scene), totalMs(scene) + 5000, Number.POSITIVE_INFINITY]) {
      const f = frameAt(scene, layout, t);
      expect(f.step).toBe(last);
      expect(f.progress).toBe(1);
      expect(f.t).toBe(totalMs(scene));
    }
    for (const t of [-100, Number.NEGATIVE_INFINITY, Number.NaN]) {
      const f = frameAt(scene, layout, t);
      expect(f.step).toBe(0);
      expect(f.progress).toBe(0);
      expect(f.t).toBe(0);
    }
  });

  it('moves a packet from its sender through the router to its receiver during its step', () => {
    const at = (share: number) => packet(frameAt(scene, layout, during(0, share)), 1);
    const start = at(0);
    expect(start?.x).toBe(x('pc'));
    expect(start?.state).toBe('flying');
    expect(start?.dir).toBe(1);
    const xs = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1].map((s) => at(s)?.x as number);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1] as number);
    // It is seen on both sides of the router: on the LAN first, then on the WAN.
    expect(xs.some((v) => v > x('pc') && v < x('router'))).toBe(true);
    expect(xs.some((v) => v > x('router') && v < x('server'))).toBe(true);
    const end = packet(frameAt(scene, layout, settledTime(0)), 1);
    expect(end?.x).toBe(x('server'));
    expect(end?.state).toBe('arrived');
    expect(end?.flags).toBe('SYN');
  });

  it('stops a dropped packet at the firewall in front of the PC, with the reason', () => {
    const wall = layout.place.pc?.wall as number;
    expect(wall).toBeGreaterThan(x('pc'));
    expect(wall).toBeLessThan(x('router'));
    for (const k of [3, 4]) {
      const f = frameAt(scene, layout, settledTime(k));
      const p = packet(f, 4);
      expect(p?.state, `step ${k + 1}`).toBe('dropped');
      // Coming from the right, its left edge touches the wall and it never reaches the PC.
      expect((p?.x as number) - (p?.w as number) / 2).toBe(wall + layout.wallWidth / 2 + 2);
      expect(f.notes).toContainEqual(expect.objectContaining({ kind: 'drop', text: DROP_REASON, x: wall }));
    }
    const deciding = frameAt(scene, layout, settledTime(4));
    expect(deciding.walls).toEqual([{ node: 'pc', x: wall, active: true, changed: false }]);
    // Before it reaches the wall it is still flying.
    const early = packet(frameAt(scene, layout, during(3, 0.3)), 4);
    expect(early?.state).toBe('flying');
    expect(early?.x as number).toBeGreaterThan(wall);
  });

  it('shows each connection from the step its handshake starts until the step it closes in', () => {
    const lanesAt = (k: number) => frameAt(scene, layout, settledTime(k)).lanes.map((l) => l.conn);
    expect(lanesAt(0)).toEqual(['c1']);
    expect(lanesAt(2)).toEqual(['c1']);
    expect(lanesAt(3)).toEqual(['c1', 'c2']);
    // The server keeps trying the data connection until it gives up (9000 µs), after the control closed.
    expect(lanesAt(5)).toEqual(['c1', 'c2']);
    expect(lanesAt(6)).toEqual(['c1', 'c2']);
    expect(lanesAt(7)).toEqual([]);
    const states = (k: number, t = settledTime(k)) =>
      frameAt(scene, layout, t).lanes.find((l) => l.conn === 'c1')?.state;
    expect(states(0, stepStart(0))).toBe('connecting');
    expect(states(2)).toBe('open');
    expect(states(5)).toBe('closing');
    expect(states(6)).toBe('closed');
    const c1 = frameAt(scene, layout, settledTime(0)).lanes[0];
    expect(c1).toMatchObject({ label: 'control', port: 21, leftPort: 40000, rightPort: 21 });
    const c2 = frameAt(scene, layout, settledTime(3)).lanes.find((l) => l.conn === 'c2');
    // The data connection is labelled with the port at the server, 20, though the server opened it.
    expect(c2).toMatchObject({ label: 'data a.txt', port: 20, leftPort: 50000, rightPort: 20 });
  });

  it('with reduced motion, shows every moment of a step as the step ends', () => {
    for (const k of [0, 1, 3]) {
      const settled = frameAt(scene, layout, settledTime(k));
      for (const share of [0, 0.25, 0.5, 1]) {
        const reduced = frameAt(scene, layout, during(k, share), { reducedMotion: true });
        expect(reduced.packets).toEqual(settled.packets);
        expect(reduced.lanes).toEqual(settled.lanes);
      }
    }
  });

  it('flies packets sent at the same moment together', () => {
    const twin = structuredClone(trace) as Trace;
    const p1 = twin.events.filter((e): e is WireEvent => e.type === 'wire' && e.packet === 1);
    const copies = p1.map((e) => ({
      ...e,
      packet: 99,
      conn: 'c9',
      tcp: { ...(e.tcp as NonNullable<WireEvent['tcp']>), flags: TCP_SYN },
    }));
    twin.events.push(
      {
        type: 'connection',
        t: 0,
        conn: 'c9',
        protocol: 'tcp',
        client: { node: 'pc', address: '192.0.2.10', port: 40001 },
        server: { node: 'server', address: '203.0.113.10', port: 21 },
        label: 'second',
      },
      ...copies,
    );
    const story: Story = sampleStory(twin);
    story.steps[0] = { ...(story.steps[0] as Story['steps'][number]), packets: [1, 99] };
    const s = makeScene(twin, story);
    const l = layoutStage(s, { width: 1000 });
    for (const share of [0.1, 0.35, 0.6, 0.9]) {
      const f = frameAt(s, l, during(0, share));
      const a = packet(f, 1);
      const b = packet(f, 99);
      expect(a?.x).toBe(b?.x);
      expect(a?.y).not.toBe(b?.y);
    }
  });

  it('paints the same markup for the same frame, with flags as text and the reason on the stage', () => {
    const words = {
      packet: (p: { id: number; flags: string }, from: string, to: string) =>
        `${p.id} ${p.flags} ${from} ${to}`,
      firewall: 'Firewall',
      lane: (lane: { label: string }) => lane.label,
      note: (note: { text: string }) => `Stopped: ${note.text}`,
    };
    const f = frameAt(scene, layout, settledTime(4));
    const a = stageMarkup(f, layout, words);
    expect(stageMarkup(frameAt(scene, layout, settledTime(4)), layout, words)).toBe(a);
    expect(a).toContain('>SYN</text>');
    expect(a).toContain('class="mark-drop"');
    expect(a).toContain(`Stopped: ${DROP_REASON.split(' ').slice(0, 3).join(' ')}`);
    expect(a).toContain('data-packet="4"');
    expect(a).toContain('>Firewall</tspan>');
  });

  it('fits the stage’s words: two lines for a long label, a right-to-left note flush right', () => {
    const words = (note: string, firewall: string) => ({
      packet: () => 'packet',
      firewall,
      lane: (lane: { label: string }) => lane.label,
      note: () => note,
    });
    const narrow = layoutStage(scene, { width: 360 });
    const f = frameAt(scene, narrow, settledTime(4));
    const arabic = stageMarkup(
      f,
      narrow,
      words('أوقفها جدار الحماية: لا شيء يسمح بهذا الاتصال.', 'جدار الحماية'),
    );
    expect(arabic).toMatch(/<text class="note-text" font-size="[\d.]+" text-anchor="end">/);
    const english = stageMarkup(f, narrow, words('Stopped by the firewall.', 'Firewall'));
    expect(english).not.toContain('text-anchor="end"');
    // A label too long for the row of names is written whole in the strip between the names and the lanes.
    const wall = (markup: string) =>
      [
        ...(/<text class="wall-label"[^>]*>(.*?)<\/text>/.exec(markup)?.[1] ?? '').matchAll(
          /<tspan x="([\d.]+)" y="([\d.]+)">([^<]*)</g,
        ),
      ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] }));
    expect(wall(english)).toEqual([expect.objectContaining({ y: narrow.nameY, text: 'Firewall' })]);
    const label = 'Межсетевой экран для домашней сети';
    const long = wall(stageMarkup(f, narrow, words('…', label)));
    const at = f.walls[0]?.x ?? 0;
    expect(long).toEqual([{ x: at + narrow.wallWidth / 2 + 4, y: narrow.laneTop - 3, text: label }]);
  });
});

describe('envelopes that share a lane', () => {
  it('never cover each other where the lane has room for them, on a phone or a laptop', () => {
    for (const scenario of scenarios) {
      const run = scenario.run({});
      const scene = makeScene(run, buildStory(run, 'standard'));
      for (const width of [390, 1366]) {
        const layout = layoutStage(scene, { width });
        for (let k = 0; k < scene.steps.length; k++) {
          const frame = frameAt(scene, layout, settledTime(k));
          const byLane = new Map<string, Frame['packets']>();
          for (const p of frame.packets)
            byLane.set(`${p.lane}/${p.dir}`, [...(byLane.get(`${p.lane}/${p.dir}`) ?? []), p]);
          for (const [key, group] of byLane) {
            const lane = layout.lanes[key.split('/')[0] as string];
            if (!lane) continue;
            const needed = group.reduce((sum, p) => sum + p.w + 4, 0);
            if (needed > lane.x2 - lane.x1) continue;
            const sorted = [...group].sort((a, b) => a.x - b.x);
            for (let i = 1; i < sorted.length; i++) {
              const a = sorted[i - 1] as Frame['packets'][number];
              const b = sorted[i] as Frame['packets'][number];
              const gap = b.x - b.w / 2 - (a.x + a.w / 2);
              expect(
                gap,
                `${scenario.id} at ${width}px, step ${k + 1}: packets ${a.id} and ${b.id}`,
              ).toBeGreaterThanOrEqual(0);
            }
          }
        }
      }
    }
  }, 60_000);
});
