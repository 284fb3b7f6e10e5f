import { describe, expect, test } from 'vitest';
import { capturedPackets } from '../core/rows.ts';
import type { Trace } from '../core/trace.ts';
import { ftpActive, ftpPassive } from '../scenarios/ftp.ts';
import type { ScenarioOptions } from '../scenarios/types.ts';
import { buildStory } from './build.ts';
import {
  type ExpectedStep,
  expertCoverageProblems,
  orderProblems,
  stepListDifferences,
  storyProblems,
} from './check.ts';
import { LEVELS } from './types.ts';

/**
 * The seed's pattern without a firewall, for any number of files: the start, the control connection's
 * handshake, the login and its answers, then per file the nine moves of its data connection.
 */
function seedPattern(mode: 'active' | 'passive', files: number): ExpectedStep[] {
  const [opener, acceptor] = mode === 'active' ? ['Server', 'PC'] : ['PC', 'Server'];
  const perFile: ExpectedStep[] = [
    { actor: opener, flags: 'SYN' },
    { actor: acceptor, flags: 'SYN,ACK' },
    { actor: opener, flags: 'ACK' },
    { actor: 'Server', flags: 'PSH,ACK' },
    { actor: 'PC', flags: 'ACK' },
    { actor: 'Server', flags: 'FIN,ACK' },
    { actor: 'PC', flags: 'ACK', shareable: true },
    { actor: 'PC', flags: 'FIN,ACK' },
    { actor: 'Server', flags: 'ACK' },
  ];
  return [
    { actor: 'PC', flags: '' },
    { actor: 'PC', flags: 'SYN' },
    { actor: 'Server', flags: 'SYN,ACK' },
    { actor: 'PC', flags: 'ACK' },
    { actor: 'PC', flags: 'PSH,ACK' },
    { actor: 'Server', flags: 'PSH,ACK' },
    ...Array.from({ length: files }, () => perFile).flat(),
  ];
}

function fileNames(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${String.fromCharCode(97 + i)}.txt`);
}

describe('more or fewer files repeat the per-file steps', () => {
  test.each([
    ['active', 1],
    ['active', 5],
    ['passive', 1],
    ['passive', 5],
  ] as const)('%s mode, %i file(s)', (mode, files) => {
    const scenario = mode === 'active' ? ftpActive : ftpPassive;
    const trace = scenario.run({ files, firewall: 'off' });
    const standard = buildStory(trace, 'standard');
    expect(stepListDifferences(standard.steps, seedPattern(mode, files))).toEqual([]);
    const sent = standard.steps.filter((s) => s.narration.key === 'std.data.send');
    expect(sent.map((s) => s.narration.params.file)).toEqual(fileNames(files));
    const elementary = buildStory(trace, 'elementary');
    expect(elementary.steps.filter((s) => s.narration.key === 'ele.data.send')).toHaveLength(files);
    expect(elementary.steps.at(-1)?.narration).toEqual({
      key: 'ele.done',
      params: { actor: 'pc', peer: 'server', count: files },
    });
    for (const story of [standard, elementary]) {
      expect(storyProblems(trace, story)).toEqual([]);
      expect(orderProblems(trace, story)).toEqual([]);
    }
  });

  test('IPv6 tells the same story (EPRT and EPSV instead of PORT and PASV)', () => {
    for (const scenario of [ftpActive, ftpPassive]) {
      const trace = scenario.run({ ip: 6, firewall: 'off' });
      const standard = buildStory(trace, 'standard');
      const mode = scenario === ftpActive ? 'active' : 'passive';
      expect(stepListDifferences(standard.steps, seedPattern(mode, 2))).toEqual([]);
      expect(standard.steps[4]?.narration.params.commands).toMatch(mode === 'active' ? /EPRT/ : /EPSV/);
    }
  });
});

describe('a firewall that never gives way', () => {
  const trace = ftpActive.run({ firewall: 'blocks' });
  const standard = buildStory(trace, 'standard');
  const elementary = buildStory(trace, 'elementary');

  test('the server’s tries are blocked, nobody changes the setting, the server gives up with 425', () => {
    const keys = standard.steps.map((s) => s.narration.key);
    const blocks = keys.indexOf('std.fw.blocks');
    expect(blocks).toBeGreaterThan(0);
    expect(keys[blocks - 1]).toBe('std.data.syn.to-send');
    expect(keys[blocks + 1]).toBe('std.fw.never-changed');
    const refusal = standard.steps.find((s) => s.narration.key === 'std.reply.425');
    expect(refusal?.text).toContain('425');
    expect(refusal?.actorName).toBe('Server');
    expect(standard.steps.at(-1)?.narration.key).toBe('std.failed');
    expect(keys).not.toContain('std.data.send');
    expect(elementary.steps.map((s) => s.narration.key)).toEqual(
      expect.arrayContaining(['ele.fw.blocks', 'ele.fw.never', 'ele.failed.server', 'ele.failed.pc']),
    );
    for (const story of [standard, elementary]) expect(storyProblems(trace, story)).toEqual([]);
  });

  test('every blocked SYN is shown, and every drop is explained', () => {
    const drops = trace.events.flatMap((e, i) => (e.type === 'firewall' && e.verdict === 'drop' ? [i] : []));
    expect(drops.length).toBeGreaterThan(1);
    const explained = standard.steps.find((s) => s.narration.key === 'std.fw.blocks')?.events ?? [];
    expect(explained).toEqual(drops);
  });
});

describe('packet loss', () => {
  const trace = ftpActive.run({ loss: 0.1, firewall: 'off' });
  const resent = capturedPackets(trace).filter((e) => e.tcp?.retransmission);

  test('the run has retransmissions to tell (this seed loses packets)', () => {
    expect(resent.length).toBeGreaterThan(0);
  });

  test('the expert level calls every retransmission one, and tells packets lost before the capture saw them', () => {
    const expert = buildStory(trace, 'expert');
    expect(storyProblems(trace, expert)).toEqual([]);
    expect(expertCoverageProblems(trace, expert)).toEqual([]);
    for (const e of resent) {
      const step = expert.steps.find((s) => s.packets.includes(e.packet));
      expect(step?.text, `packet ${e.packet}`).toMatch(/retransmission/);
    }
    const seen = new Set(capturedPackets(trace).map((e) => e.packet));
    const lostUnseen = new Set(
      trace.events.flatMap((e) => (e.type === 'wire' && e.lost && !seen.has(e.packet) ? [e.packet] : [])),
    );
    for (const id of lostUnseen) {
      const step = expert.steps.find((s) => s.packets.includes(id));
      expect(step?.text, `packet ${id}`).toMatch(/lost between/);
    }
  });

  test('the standard level still tells every file, and says which steps had to send packets again', () => {
    const standard = buildStory(trace, 'standard');
    expect(storyProblems(trace, standard)).toEqual([]);
    const files = standard.steps
      .filter((s) => s.narration.key === 'std.data.send')
      .map((s) => s.narration.params.file);
    expect(files).toEqual(['a.txt', 'b.txt']);
    const told = new Set(resent.map((e) => e.packet));
    for (const s of standard.steps) {
      if (s.narration.key.startsWith('std.fw') || s.narration.key === 'std.data.syn.again') continue;
      if (s.packets.some((id) => told.has(id))) expect(s.text, `step ${s.n}`).toMatch(/sent again/);
    }
    expect(standard.notes.join(' ')).toMatch(/lost on the way/);
  });
});

describe('every switch setting gives a story with no broken step', () => {
  const cases: Array<[string, ScenarioOptions]> = [
    ['active', { nat: 'on' }],
    ['active', { nat: 'on-with-helper', files: 3 }],
    ['passive', { nat: 'on', ip: 6 }],
    ['passive', { loss: 0.2, seed: 3 }],
    ['active', { loss: 0.05, firewall: 'blocks', seed: 5 }],
    ['passive', { firewall: 'blocks', files: 1 }],
  ];
  test.each(cases)('%s %j', (mode, options) => {
    const trace: Trace = (mode === 'active' ? ftpActive : ftpPassive).run(options);
    for (const level of LEVELS) {
      const story = buildStory(trace, level);
      expect(story.steps.length, level).toBeGreaterThan(0);
      expect(storyProblems(trace, story), level).toEqual([]);
    }
  });
});

describe('active FTP behind a NAT without its helper', () => {
  const trace = ftpActive.run({ nat: 'on', firewall: 'off', files: 1 });
  const steps = buildStory(trace, 'standard').steps;

  test('the replies before the refusal do not promise a data connection that never comes', () => {
    const replies = steps.find((s) => s.narration.key.startsWith('std.replies.'));
    expect(replies?.narration.key).toBe('std.replies.other');
    expect(steps.some((s) => s.narration.key === 'std.reply.error' && /500/.test(s.text))).toBe(true);
  });

  test('with the helper the PORT is accepted and the replies say the server will connect', () => {
    const helped = buildStory(
      ftpActive.run({ nat: 'on-with-helper', firewall: 'off', files: 1 }),
      'standard',
    );
    expect(helped.steps.find((s) => s.narration.key.startsWith('std.replies.'))?.narration.key).toBe(
      'std.replies.active',
    );
  });
});
