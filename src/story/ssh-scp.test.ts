import { describe, expect, test } from 'vitest';
import { scpScenario } from '../scenarios/ssh.ts';
import { buildStory } from './build.ts';
import { allLevelProblems, innerTexts, stepListDifferences, storiesOf } from './check.ts';
import { SEED_SSH } from './ssh-seed.ts';
import type { StoryStep } from './types.ts';

describe('scp with the default switches (upload, one file)', () => {
  const trace = scpScenario.run({});
  const s = storiesOf(trace);
  const steps = s.standard.steps;

  test('the standard story is the seed’s 17 steps, with the same actors and TCP flags in the same order', () => {
    expect(stepListDifferences(steps, SEED_SSH)).toEqual([]);
    expect(s.standard.title).toBe('Uploading a file with scp over SSH');
  });

  test('the session runs scp -t on the server, whose ready byte answers in step 11', () => {
    expect(steps[9]?.text).toContain('“scp -t .”');
    expect(innerTexts(trace, steps[9] as StoryStep)).toContain('SSH CHANNEL_REQUEST exec scp -t .');
    expect(innerTexts(trace, steps[10] as StoryStep).at(-1)).toBe('SCP 0x00');
  });

  test('the header and the file are step 12, the sink’s zero bytes step 13', () => {
    expect(innerTexts(trace, steps[11] as StoryStep)).toEqual(['SCP C0644 1200 a.txt', 'SCP a.txt len=1200']);
    expect(innerTexts(trace, steps[12] as StoryStep)).toEqual(['SCP 0x00', 'SCP 0x00']);
  });

  test('packets exist, steps are in time order, expert tells every packet, elementary is plain', () => {
    expect(allLevelProblems(trace, s)).toEqual([]);
    expect(s.standard.notes.join('\n')).toMatch(/classic scp protocol/);
  });
});

describe('scp, other switches', () => {
  test('download: the server sends, the PC answers with zero bytes', () => {
    const trace = scpScenario.run({ direction: 'download' });
    const s = storiesOf(trace);
    expect(allLevelProblems(trace, s)).toEqual([]);
    const steps = s.standard.steps;
    expect(steps).toHaveLength(17);
    expect(steps.map((x) => x.actorName).slice(11, 13)).toEqual(['Server', 'PC']);
    expect(innerTexts(trace, steps[11] as StoryStep)).toEqual(['SCP C0644 1200 a.txt', 'SCP a.txt len=1200']);
  });

  test('with lost segments the story still holds together and says what was sent again', () => {
    for (const seed of [1, 2, 3]) {
      const trace = scpScenario.run({ loss: 0.1, files: 3, seed });
      const s = storiesOf(trace);
      expect(allLevelProblems(trace, s)).toEqual([]);
      expect(s.standard.steps.some((x) => /sent again/.test(x.text))).toBe(true);
    }
  });

  test('NAT and IPv6 change addresses, not the seed’s steps', () => {
    for (const options of [{ nat: 'on' as const }, { ip: 6 as const }]) {
      const trace = scpScenario.run(options);
      expect(stepListDifferences(buildStory(trace, 'standard').steps, SEED_SSH)).toEqual([]);
    }
  });
});
