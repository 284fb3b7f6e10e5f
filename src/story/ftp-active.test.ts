import { describe, expect, test } from 'vitest';
import { capturedPackets } from '../core/rows.ts';
import { ftpActive } from '../scenarios/ftp.ts';
import { buildStory } from './build.ts';
import {
  allLevelProblems,
  type ExpectedStep,
  stepListDifferences,
  storiesOf,
  storyProblems,
} from './check.ts';
import type { StoryStep } from './types.ts';

/**
 * The seed's "FTP (active)" list, step by step: who acts, how the seed marks the TCP flags, and the flags a
 * real segment doing that carries. Every segment after the first SYN carries ACK, so the seed's (PSH) is a
 * PSH,ACK segment, its (FIN) a FIN,ACK, and its "(ACK) ... (SYN)" a SYN,ACK. The server's "(ACK) OK" of
 * step 6 is its answers to the commands: text, so PSH,ACK. Steps with no mark have no packet.
 * `shareable` marks the seed's ACK of a FIN: a real stack may send it in one segment with its own FIN, and
 * then this step shows the same FIN,ACK packet as the next one.
 */
const SEED_ACTIVE: ReadonlyArray<ExpectedStep & { seed: string }> = [
  { actor: 'PC', seed: '', flags: '' }, // 1 downloads with active mode
  { actor: 'PC', seed: 'SYN', flags: 'SYN' }, // 2 asks for the control connection
  { actor: 'Server', seed: 'ACK SYN', flags: 'SYN,ACK' }, // 3
  { actor: 'PC', seed: 'ACK', flags: 'ACK' }, // 4
  { actor: 'PC', seed: 'PSH', flags: 'PSH,ACK' }, // 5 logs in, says what it will download
  { actor: 'Server', seed: 'ACK', flags: 'PSH,ACK' }, // 6 OK, a data connection is needed
  { actor: 'Server', seed: 'SYN', flags: 'SYN' }, // 7 asks for the data connection
  { actor: 'PC', seed: '', flags: '' }, // 8 the firewall blocks it
  { actor: 'PC', seed: '', flags: '' }, // 9 the setting must change
  { actor: 'PC', seed: '', flags: '' }, // 10 the setting is changed
  { actor: 'Server', seed: 'SYN', flags: 'SYN' }, // 11 asks again
  { actor: 'PC', seed: 'ACK SYN', flags: 'SYN,ACK' }, // 12
  { actor: 'Server', seed: 'ACK', flags: 'ACK' }, // 13
  { actor: 'Server', seed: 'PSH', flags: 'PSH,ACK' }, // 14 sends the file
  { actor: 'PC', seed: 'ACK', flags: 'ACK' }, // 15 received
  { actor: 'Server', seed: 'FIN', flags: 'FIN,ACK' }, // 16
  { actor: 'PC', seed: 'ACK', flags: 'ACK', shareable: true }, // 17
  { actor: 'PC', seed: 'FIN', flags: 'FIN,ACK' }, // 18
  { actor: 'Server', seed: 'ACK', flags: 'ACK' }, // 19
  { actor: 'Server', seed: 'SYN', flags: 'SYN' }, // 20 the next file
  { actor: 'PC', seed: 'ACK SYN', flags: 'SYN,ACK' }, // 21
  { actor: 'Server', seed: 'ACK', flags: 'ACK' }, // 22
  { actor: 'Server', seed: 'PSH', flags: 'PSH,ACK' }, // 23
  { actor: 'PC', seed: 'ACK', flags: 'ACK' }, // 24
  { actor: 'Server', seed: 'FIN', flags: 'FIN,ACK' }, // 25
  { actor: 'PC', seed: 'ACK', flags: 'ACK', shareable: true }, // 26
  { actor: 'PC', seed: 'FIN', flags: 'FIN,ACK' }, // 27
  { actor: 'Server', seed: 'ACK', flags: 'ACK' }, // 28
];

describe('ftp-active with the default switches (firewall blocks, then allows; two files)', () => {
  const trace = ftpActive.run({});
  const stories = storiesOf(trace);
  const steps = stories.standard.steps;

  test('the standard story is the seed’s 28 steps, with the same actors and TCP flags in the same order', () => {
    expect(stepListDifferences(steps, SEED_ACTIVE)).toEqual([]);
  });

  test('the firewall steps explain the drops, the change and the SYN that finally passes', () => {
    const events = (s: StoryStep) => s.events.map((i) => trace.events[i]);
    const blocked = steps[6] as StoryStep;
    const drops = events(steps[7] as StoryStep);
    expect(drops.length).toBeGreaterThan(0);
    for (const e of drops) expect(e).toMatchObject({ type: 'firewall', verdict: 'drop' });
    // Every SYN step 7 shows was dropped, and step 8 names exactly those drops.
    expect(drops.map((e) => (e?.type === 'firewall' ? e.packet : -1)).sort()).toEqual(
      [...blocked.packets].sort(),
    );
    expect(events(steps[9] as StoryStep).some((e) => e?.type === 'firewall-change')).toBe(true);
    const passing = steps[10] as StoryStep;
    const dropped = new Set(
      trace.events.flatMap((e) => (e.type === 'firewall' && e.verdict !== 'allow' ? [e.packet] : [])),
    );
    expect(passing.packets.length).toBeGreaterThan(0);
    for (const id of passing.packets) expect(dropped.has(id)).toBe(false);
    expect((steps[9] as StoryStep).start).toBeGreaterThanOrEqual((steps[7] as StoryStep).end);
  });

  test('the data steps show the file and name it', () => {
    expect(steps[13]?.text).toContain('a.txt');
    expect(steps[22]?.text).toContain('b.txt');
    const bytes = (s: StoryStep) =>
      s.packets.reduce((n, id) => {
        const e = capturedPackets(trace).find((w) => w.packet === id);
        return n + (e?.tcp?.payloadLength ?? 0);
      }, 0);
    expect(bytes(steps[13] as StoryStep)).toBe(1200);
    expect(bytes(steps[22] as StoryStep)).toBe(2600);
  });

  test('packets exist, steps are in time order, expert tells every packet, elementary is plain', () => {
    expect(allLevelProblems(trace, stories)).toEqual([]);
  });

  test('the expert level calls the firewall’s decisions and the retried SYNs what they are', () => {
    const expert = stories.expert.steps;
    expect(expert.some((s) => s.actorName === 'Firewall' && s.narration.key === 'exp.fw.drop')).toBe(true);
    expect(expert.some((s) => s.actorName === 'Firewall' && s.narration.key === 'exp.fw.allow')).toBe(true);
    const retried = expert.filter((s) => s.flags === 'SYN' && s.text.includes('retransmission'));
    expect(retried.length).toBeGreaterThan(0);
  });

  test('teacher notes say where the scene departs from the seed', () => {
    const notes = stories.standard.notes.join('\n');
    expect(notes).toMatch(/QUIT/);
    expect(notes).toMatch(/Step 5 .*\(USER, PASS, TYPE, PORT, RETR\)/);
  });
});

describe('ftp-active without a firewall', () => {
  const trace = ftpActive.run({ firewall: 'off' });
  const standard = buildStory(trace, 'standard');

  test('the seed’s steps without the firewall’s steps 8 to 11 (its one SYN is step 7)', () => {
    const seed = SEED_ACTIVE.filter((_, i) => i < 7 || i > 10);
    expect(stepListDifferences(standard.steps, seed)).toEqual([]);
    expect(storyProblems(trace, standard)).toEqual([]);
  });
});
