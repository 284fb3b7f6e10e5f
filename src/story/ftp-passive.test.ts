import { describe, expect, test } from 'vitest';
import { ftpPassive } from '../scenarios/ftp.ts';
import { buildStory } from './build.ts';
import {
  type ExpectedStep,
  elementaryProblems,
  expertCoverageProblems,
  orderProblems,
  stepListDifferences,
  storyProblems,
} from './check.ts';
import type { StoryStep } from './types.ts';

/**
 * The seed's "FTP (passive)" list. As for active mode, every segment after the first SYN carries ACK: the
 * seed's (PSH) is PSH,ACK, (FIN) is FIN,ACK, "(ACK) ... (SYN)" is SYN,ACK, and the server's "(ACK) OK" of
 * step 6 is its text answers (PSH,ACK). `shareable`: the ACK of a FIN a real stack may merge with its own FIN.
 */
const SEED_PASSIVE: ReadonlyArray<ExpectedStep & { seed: string }> = [
  { actor: 'PC', seed: '', flags: '' }, // 1 downloads with passive mode
  { actor: 'PC', seed: 'SYN', flags: 'SYN' }, // 2 asks for the control connection
  { actor: 'Server', seed: 'ACK SYN', flags: 'SYN,ACK' }, // 3
  { actor: 'PC', seed: 'ACK', flags: 'ACK' }, // 4
  { actor: 'PC', seed: 'PSH', flags: 'PSH,ACK' }, // 5 logs in
  { actor: 'Server', seed: 'ACK', flags: 'PSH,ACK' }, // 6 OK, a data connection is needed
  { actor: 'PC', seed: 'SYN', flags: 'SYN' }, // 7 the PC asks for it; its firewall lets it out
  { actor: 'Server', seed: 'ACK SYN', flags: 'SYN,ACK' }, // 8
  { actor: 'PC', seed: 'ACK', flags: 'ACK' }, // 9
  { actor: 'Server', seed: 'PSH', flags: 'PSH,ACK' }, // 10 sends the file
  { actor: 'PC', seed: 'ACK', flags: 'ACK' }, // 11 received
  { actor: 'Server', seed: 'FIN', flags: 'FIN,ACK' }, // 12
  { actor: 'PC', seed: 'ACK', flags: 'ACK', shareable: true }, // 13
  { actor: 'PC', seed: 'FIN', flags: 'FIN,ACK' }, // 14
  { actor: 'Server', seed: 'ACK', flags: 'ACK' }, // 15
  { actor: 'PC', seed: 'SYN', flags: 'SYN' }, // 16 again for the next file
  { actor: 'Server', seed: 'ACK SYN', flags: 'SYN,ACK' }, // 17
  { actor: 'PC', seed: 'ACK', flags: 'ACK' }, // 18
  { actor: 'Server', seed: 'PSH', flags: 'PSH,ACK' }, // 19
  { actor: 'PC', seed: 'ACK', flags: 'ACK' }, // 20
  { actor: 'Server', seed: 'FIN', flags: 'FIN,ACK' }, // 21
  { actor: 'PC', seed: 'ACK', flags: 'ACK', shareable: true }, // 22
  { actor: 'PC', seed: 'FIN', flags: 'FIN,ACK' }, // 23
  { actor: 'Server', seed: 'ACK', flags: 'ACK' }, // 24
];

describe('ftp-passive with two files', () => {
  const trace = ftpPassive.run({ files: 2 });
  const elementary = buildStory(trace, 'elementary');
  const standard = buildStory(trace, 'standard');
  const expert = buildStory(trace, 'expert');
  const steps = standard.steps;

  test('the standard story is the seed’s 24 steps, with the same actors and TCP flags in the same order', () => {
    expect(stepListDifferences(steps, SEED_PASSIVE)).toEqual([]);
  });

  test('the PC opens the data connections, to the port the server named', () => {
    const syn = steps[6] as StoryStep;
    const first = trace.events.find((e) => e.type === 'wire' && e.packet === syn.packets[0]);
    const port = first?.type === 'wire' ? first.tcp?.dstPort : undefined;
    expect(port).toBeGreaterThanOrEqual(40000);
    expect(steps[5]?.text).toContain(`port ${port}`);
    expect(syn.text).toContain('a.txt');
    expect(steps[15]?.text).toContain('b.txt');
    // The seed's point about the firewall is made where the first data connection is asked for.
    expect(syn.text).toMatch(/firewall/);
  });

  test('packets exist, steps are in time order, expert tells every packet, elementary is plain', () => {
    for (const story of [elementary, standard, expert]) {
      expect(storyProblems(trace, story), story.level).toEqual([]);
      expect(orderProblems(trace, story), story.level).toEqual([]);
    }
    expect(expertCoverageProblems(trace, expert)).toEqual([]);
    expect(elementaryProblems(elementary, standard)).toEqual([]);
  });

  test('the elementary story follows the seed’s elementary shape: start, connect, log in, each file, done', () => {
    const keys = elementary.steps.map((s) => s.narration.key);
    expect(keys).toEqual([
      'ele.intro.passive',
      'ele.control.ask',
      'ele.control.ready',
      'ele.login',
      ...['a.txt', 'b.txt'].flatMap(() => [
        'ele.data.ask.to-fetch',
        'ele.data.ready',
        'ele.data.send',
        'ele.data.done',
      ]),
      'ele.done',
    ]);
    expect(elementary.steps.map((s) => s.actorName).slice(4, 8)).toEqual(['PC', 'Server', 'Server', 'PC']);
  });

  test('expert narration gives ports, relative numbers, length and the message', () => {
    const retr = expert.steps.find((s) => s.text.includes('RETR a.txt')) as StoryStep;
    const wire = trace.events.find((e) => e.type === 'wire' && e.packet === retr.packets[0]);
    if (wire?.type !== 'wire' || !wire.tcp) throw new Error('RETR is not a TCP packet');
    expect(retr.text).toContain(`from port ${wire.tcp.srcPort} to port 21`);
    expect(retr.text).toMatch(/\(seq \d+, ack \d+, 12 bytes\)/);
    expect(retr.flags).toBe('PSH,ACK');
  });
});
