import { describe, expect, test } from 'vitest';
import type { Trace } from '../core/trace.ts';
import { ftpsPassive } from '../scenarios/ftps.ts';
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
 * FTPS in passive mode, TLS 1.3, step by step: the seed's "FTP (passive)" list (its step numbers in the
 * comments) with what TLS adds. As in active mode, every TLS step is PSH,ACK, TLS 1.3 starts with a
 * HelloRetryRequest (the server takes only a P-256 key share), and the PC closes each data connection
 * first, after the close_notify exchange; `shareable` is the server's ACK of that FIN, sent with its own.
 */
const FTPS_PASSIVE_TLS13: ReadonlyArray<ExpectedStep & { tls?: true }> = [
  { actor: 'PC', flags: '' }, // seed 1: downloads with passive mode (FTPS)
  { actor: 'PC', flags: 'SYN' }, // seed 2: asks for the control connection
  { actor: 'Server', flags: 'SYN,ACK' }, // seed 3
  { actor: 'PC', flags: 'ACK' }, // seed 4
  { actor: 'PC', flags: 'PSH,ACK' }, // AUTH TLS, in the clear
  { actor: 'Server', flags: 'PSH,ACK' }, // 234, in the clear
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // ClientHello
  { actor: 'Server', flags: 'PSH,ACK', tls: true }, // HelloRetryRequest, ChangeCipherSpec
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // ChangeCipherSpec, ClientHello again
  { actor: 'Server', flags: 'PSH,ACK', tls: true }, // ServerHello + encrypted EncryptedExtensions ... Finished
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // Certificate (empty), Finished
  { actor: 'Server', flags: 'PSH,ACK', tls: true }, // two NewSessionTickets
  { actor: 'PC', flags: 'PSH,ACK' }, // seed 5: logs in inside TLS (USER, PASS, PBSZ 0, PROT P, TYPE I, PASV)
  { actor: 'Server', flags: 'PSH,ACK' }, // seed 6: OK, and the port to connect to
  { actor: 'PC', flags: 'SYN' }, // seed 7: the PC asks for the data connection; its firewall lets it out
  { actor: 'Server', flags: 'SYN,ACK' }, // seed 8
  { actor: 'PC', flags: 'ACK' }, // seed 9
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // ClientHello on the data connection
  { actor: 'Server', flags: 'PSH,ACK', tls: true }, // HelloRetryRequest
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // ClientHello again
  { actor: 'Server', flags: 'PSH,ACK', tls: true }, // ServerHello ... Finished
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // Certificate, Finished
  { actor: 'Server', flags: 'PSH,ACK' }, // seed 10: the file, in encrypted records
  { actor: 'PC', flags: 'ACK' }, // seed 11: received
  { actor: 'PC', flags: 'PSH,ACK' }, // close_notify
  { actor: 'PC', flags: 'FIN,ACK' }, // seed 12, the other way round
  { actor: 'Server', flags: 'ACK', shareable: true }, // seed 13
  { actor: 'Server', flags: 'FIN,ACK' }, // seed 14
  { actor: 'Server', flags: 'PSH,ACK' }, // 226 on the control connection, inside TLS
  { actor: 'PC', flags: 'ACK' }, // seed 15
  { actor: 'PC', flags: 'SYN' }, // seed 16: again for the next file
  { actor: 'Server', flags: 'SYN,ACK' }, // seed 17
  { actor: 'PC', flags: 'ACK' }, // seed 18
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // ClientHello
  { actor: 'Server', flags: 'PSH,ACK', tls: true }, // HelloRetryRequest
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // ClientHello again
  { actor: 'Server', flags: 'PSH,ACK', tls: true }, // ServerHello ... Finished
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // Certificate, Finished
  { actor: 'Server', flags: 'PSH,ACK' }, // seed 19: the file
  { actor: 'PC', flags: 'ACK' }, // seed 20
  { actor: 'PC', flags: 'PSH,ACK' }, // close_notify
  { actor: 'PC', flags: 'FIN,ACK' }, // seed 21
  { actor: 'Server', flags: 'ACK', shareable: true }, // seed 22
  { actor: 'Server', flags: 'FIN,ACK' }, // seed 23
  { actor: 'Server', flags: 'PSH,ACK' }, // 226
  { actor: 'PC', flags: 'ACK' }, // seed 24
];

/** TLS 1.2: each handshake (`tls: true`) is four flights, PC, server, PC, server. */
function withTls12(list: ReadonlyArray<ExpectedStep & { tls?: true }>): ExpectedStep[] {
  const flights = ['PC', 'Server', 'PC', 'Server'].map((actor) => ({ actor, flags: 'PSH,ACK' }));
  return list.flatMap((s, i) => (!s.tls ? [s] : list[i - 1]?.tls ? [] : flights));
}

/**
 * The seed's "FTPS (passive) : Elementary" actors, except step 6: the seed gives "FTPS data connection OK"
 * to the PC, but in passive mode the PC asks for the data connection and the server accepts it.
 */
const SEED_ELEMENTARY_PASSIVE = ['PC', 'PC', 'Server', 'PC', 'PC', 'Server', 'Server', 'PC'];

function checks(trace: Trace): string[] {
  const out: string[] = [];
  const [elementary, standard, expert] = (['elementary', 'standard', 'expert'] as const).map((l) =>
    buildStory(trace, l),
  );
  for (const story of [elementary, standard, expert]) {
    if (!story) continue;
    out.push(...storyProblems(trace, story), ...orderProblems(trace, story));
  }
  if (expert) out.push(...expertCoverageProblems(trace, expert));
  if (elementary && standard) out.push(...elementaryProblems(elementary, standard));
  return out;
}

describe('ftps-passive with the default switches (TLS 1.3, no firewall, two files)', () => {
  const trace = ftpsPassive.run({});
  const standard = buildStory(trace, 'standard');
  const steps = standard.steps;

  test('the standard story is the seed’s FTP passive list with AUTH TLS and the TLS handshakes in between', () => {
    expect(stepListDifferences(steps, FTPS_PASSIVE_TLS13)).toEqual([]);
    expect(standard.title).toBe('Downloading 2 files with FTPS in passive mode, TLS 1.3');
  });

  test('the login asks for protected data connections and learns the port, all inside TLS', () => {
    const login = steps[12] as StoryStep;
    expect(login.narration.key).toBe('std.ftps.login.prot');
    expect(login.narration.params.commands).toBe('USER, PASS, PBSZ 0, PROT P, TYPE I, PASV');
    const replies = steps[13] as StoryStep;
    const syn = steps[14] as StoryStep;
    const first = trace.events.find((e) => e.type === 'wire' && e.packet === syn.packets[0]);
    const port = first?.type === 'wire' ? first.tcp?.dstPort : undefined;
    expect(replies.narration).toMatchObject({ key: 'std.ftps.replies.passive', params: { port } });
  });

  test('the elementary story has the seed’s shape, with the server accepting the data connection', () => {
    const elementary = buildStory(trace, 'elementary');
    const actors = elementary.steps.map((s) => s.actorName);
    // Two files: the seed's steps 5 to 8 once per file.
    expect(actors).toEqual([...SEED_ELEMENTARY_PASSIVE, ...SEED_ELEMENTARY_PASSIVE.slice(4)]);
    expect(elementary.notes.join('\n')).toMatch(/The seed gives step 6 to the PC/);
  });

  test('packets exist, steps are in time order, expert tells every packet, elementary is plain', () => {
    expect(checks(trace)).toEqual([]);
  });
});

describe('ftps-passive variants', () => {
  test('TLS 1.2: four handshake flights per connection', () => {
    const trace = ftpsPassive.run({ tls: '1.2' });
    const standard = buildStory(trace, 'standard');
    expect(stepListDifferences(standard.steps, withTls12(FTPS_PASSIVE_TLS13))).toEqual([]);
    expect(checks(trace)).toEqual([]);
  });

  test('the seed’s elementary list, exactly, for one file', () => {
    const trace = ftpsPassive.run({ files: 1 });
    const elementary = buildStory(trace, 'elementary');
    expect(elementary.steps.map((s) => s.actorName)).toEqual(SEED_ELEMENTARY_PASSIVE);
    expect(elementary.steps[5]?.narration.key).toBe('ele.ftps.data.ready');
    expect(elementary.notes.join('\n')).toMatch(/the server accepts it/);
  });

  test('behind NAT passive mode works: the PC opens every connection', () => {
    const trace = ftpsPassive.run({ nat: 'on-with-helper' });
    const standard = buildStory(trace, 'standard');
    expect(standard.steps.filter((s) => s.narration.key === 'std.data.send')).toHaveLength(2);
    expect(standard.notes.join('\n')).not.toMatch(/private address/);
    expect(checks(trace)).toEqual([]);
  });

  test('a firewall that blocks changes nothing in passive mode: the PC’s requests go out', () => {
    const trace = ftpsPassive.run({ firewall: 'blocks' });
    const standard = buildStory(trace, 'standard');
    expect(stepListDifferences(standard.steps, FTPS_PASSIVE_TLS13)).toEqual([]);
    expect(standard.steps[14]?.text).toMatch(/The firewall on the PC lets it pass/);
  });
});
