import { describe, expect, test } from 'vitest';
import type { Trace, WireEvent } from '../core/trace.ts';
import { ftpsActive } from '../scenarios/ftps.ts';
import { buildStory } from './build.ts';
import {
  allLevelProblems,
  type ExpectedStep,
  orderProblems,
  stepListDifferences,
  storiesOf,
  storyProblems,
} from './check.ts';
import type { StoryStep } from './types.ts';

/**
 * FTPS in active mode, TLS 1.3, step by step. The seed has no standard list for FTPS ("the same behavior as
 * FTP" plus SSL), so the TCP skeleton is its "FTP (active)" list (seed step numbers in the comments), with
 * what TLS adds in between. Every TLS step is a segment with data, so PSH,ACK. The server (vsftpd's
 * OpenSSL setup) only takes a P-256 key share, so TLS 1.3 starts with a HelloRetryRequest.
 * The data connection closes the other way round from the seed's: the PC, once it has the file and the
 * server's close_notify, answers with its own and closes first (as Python's ftplib does). `shareable`: the
 * ACK of a FIN that the server sends in one segment with its own FIN.
 */
const FTPS_ACTIVE_TLS13: ReadonlyArray<ExpectedStep & { tls?: true }> = [
  { actor: 'PC', flags: '' }, // seed 1: downloads with active mode (FTPS)
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
  { actor: 'PC', flags: 'PSH,ACK' }, // seed 5: logs in inside TLS (USER, PASS, PBSZ 0, PROT P, TYPE I, PORT, RETR)
  { actor: 'Server', flags: 'PSH,ACK' }, // seed 6: OK, a data connection is needed
  { actor: 'Server', flags: 'SYN' }, // seed 7: asks for the data connection
  { actor: 'PC', flags: '' }, // seed 8: the firewall blocks it
  { actor: 'PC', flags: '' }, // seed 9: the setting must change
  { actor: 'PC', flags: '' }, // seed 10: the setting is changed
  { actor: 'Server', flags: 'SYN' }, // seed 11: asks again
  { actor: 'PC', flags: 'SYN,ACK' }, // seed 12
  { actor: 'Server', flags: 'ACK' }, // seed 13
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // the PC is the TLS client on the data connection too: ClientHello
  { actor: 'Server', flags: 'PSH,ACK', tls: true }, // HelloRetryRequest
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // ClientHello again
  { actor: 'Server', flags: 'PSH,ACK', tls: true }, // ServerHello ... Finished
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // Certificate, Finished
  { actor: 'Server', flags: 'PSH,ACK' }, // seed 14: the file, in encrypted records
  { actor: 'PC', flags: 'ACK' }, // seed 15: received
  { actor: 'PC', flags: 'PSH,ACK' }, // close_notify
  { actor: 'PC', flags: 'FIN,ACK' }, // seed 16, the other way round
  { actor: 'Server', flags: 'ACK', shareable: true }, // seed 17
  { actor: 'Server', flags: 'FIN,ACK' }, // seed 18
  { actor: 'Server', flags: 'PSH,ACK' }, // 226 on the control connection, inside TLS
  { actor: 'PC', flags: 'ACK' }, // seed 19
  { actor: 'Server', flags: 'SYN' }, // seed 20: the next file
  { actor: 'PC', flags: 'SYN,ACK' }, // seed 21
  { actor: 'Server', flags: 'ACK' }, // seed 22
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // ClientHello
  { actor: 'Server', flags: 'PSH,ACK', tls: true }, // HelloRetryRequest
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // ClientHello again
  { actor: 'Server', flags: 'PSH,ACK', tls: true }, // ServerHello ... Finished
  { actor: 'PC', flags: 'PSH,ACK', tls: true }, // Certificate, Finished
  { actor: 'Server', flags: 'PSH,ACK' }, // seed 23: the file
  { actor: 'PC', flags: 'ACK' }, // seed 24
  { actor: 'PC', flags: 'PSH,ACK' }, // close_notify
  { actor: 'PC', flags: 'FIN,ACK' }, // seed 25
  { actor: 'Server', flags: 'ACK', shareable: true }, // seed 26
  { actor: 'Server', flags: 'FIN,ACK' }, // seed 27
  { actor: 'Server', flags: 'PSH,ACK' }, // 226
  { actor: 'PC', flags: 'ACK' }, // seed 28
];

/**
 * With TLS 1.2 each handshake (`tls: true` above) is four flights: the PC's ClientHello; the server's
 * ServerHello, Certificate, ServerKeyExchange, CertificateRequest, ServerHelloDone; the PC's Certificate,
 * ClientKeyExchange, ChangeCipherSpec, Finished; the server's NewSessionTicket, ChangeCipherSpec, Finished.
 */
function withTls12(list: ReadonlyArray<ExpectedStep & { tls?: true }>): ExpectedStep[] {
  const flights = ['PC', 'Server', 'PC', 'Server'].map((actor) => ({ actor, flags: 'PSH,ACK' }));
  return list.flatMap((s, i) => (!s.tls ? [s] : list[i - 1]?.tls ? [] : flights));
}

const SEED_ELEMENTARY_ACTIVE = ['PC', 'PC', 'Server', 'PC', 'Server', 'PC', 'Server', 'PC'];

function wire(trace: Trace, id: number): WireEvent {
  const e = trace.events.find((x) => x.type === 'wire' && x.packet === id);
  if (e?.type !== 'wire') throw new Error(`no packet ${id}`);
  return e;
}

describe('ftps-active with the default switches (TLS 1.3, firewall blocks then allows, two files)', () => {
  const trace = ftpsActive.run({});
  const all = storiesOf(trace);
  const steps = all.standard.steps;

  test('the standard story is the seed’s FTP active list with AUTH TLS and the TLS handshakes in between', () => {
    expect(stepListDifferences(steps, FTPS_ACTIVE_TLS13)).toEqual([]);
  });

  test('the title says FTPS, the mode and the TLS version', () => {
    expect(all.standard.title).toBe('Downloading 2 files with FTPS in active mode, TLS 1.3');
  });

  test('AUTH TLS and 234 are told in the clear, the TLS steps name the records the trace holds', () => {
    const auth = steps[4] as StoryStep;
    expect(auth.narration.key).toBe('std.ftps.auth');
    expect(wire(trace, auth.packets[0] as number).app).toMatchObject({ protocol: 'ftp', text: 'AUTH TLS' });
    expect(steps[5]?.narration.key).toBe('std.ftps.auth-ok');
    const handshake = steps.slice(6, 12);
    expect(handshake.map((s) => s.narration.key)).toEqual([
      'std.tls.client-hello',
      'std.tls.hello-retry',
      'std.tls.client-hello.again',
      'std.tls13.server-hello',
      'std.tls13.client-finished',
      'std.tls.tickets',
    ]);
    // The records each step names are those its packets carry, decrypted where they are encrypted.
    for (const s of handshake) {
      const texts = s.packets.map((id) => {
        const app = wire(trace, id).app;
        const inner = app && 'inner' in app ? app.inner : undefined;
        return (inner ?? app)?.text.replace(/^TLS (\d\.\d )?/, '') ?? '';
      });
      expect(s.narration.params.records).toBe(texts.join(', '));
    }
    expect(steps[9]?.narration.params.records).toBe(
      'ServerHello, EncryptedExtensions, CertificateRequest, Certificate, CertificateVerify, Finished',
    );
    expect(steps[9]?.text).toMatch(/Only the ServerHello can be read on the wire/);
  });

  test('the login is told from inside TLS, though every one of its packets is an encrypted record', () => {
    const login = steps[12] as StoryStep;
    expect(login.narration.params.commands).toBe('USER, PASS, PBSZ 0, PROT P, TYPE I, PORT, RETR');
    expect(login.text).toMatch(/encrypted records/);
    for (const id of [...login.packets, ...(steps[13] as StoryStep).packets]) {
      expect(wire(trace, id).app).toMatchObject({ protocol: 'tls', encrypted: true });
    }
  });

  test('each data connection has its own TLS handshake, the file in records, close_notify and 226', () => {
    expect(steps[21]?.text).toMatch(/the PC is the TLS client/);
    const file = steps[26] as StoryStep;
    expect(file.narration).toMatchObject({ key: 'std.data.send', params: { file: 'a.txt', count: 1200 } });
    expect(
      file.packets.some((id) => {
        const app = wire(trace, id).app;
        return app && 'inner' in app && app.inner?.protocol === 'ftp-data';
      }),
    ).toBe(true);
    expect(steps[28]?.narration.key).toBe('std.tls.close-notify');
    expect(steps[32]?.narration).toMatchObject({
      key: 'std.ftps.transfer-complete',
      params: { file: 'a.txt' },
    });
    expect(steps[42]?.narration.params.file).toBe('b.txt');
  });

  test('the elementary story is the seed’s eight FTPS steps, with the firewall’s two steps in between', () => {
    const elementary = all.elementary.steps;
    const actors = elementary.map((s) => s.actorName);
    expect(actors.slice(0, 5)).toEqual(SEED_ELEMENTARY_ACTIVE.slice(0, 5));
    expect(elementary.slice(5, 7).map((s) => s.narration.key)).toEqual(['ele.fw.blocks', 'ele.fw.changed']);
    expect(actors.slice(7, 10)).toEqual(SEED_ELEMENTARY_ACTIVE.slice(5, 8));
  });

  test('packets exist, steps are in time order, expert tells every packet, elementary is plain', () => {
    expect(allLevelProblems(trace, all)).toEqual([]);
  });

  test('the expert level names the TLS records and what the ends find inside the encrypted ones', () => {
    const expert = all.expert.steps;
    expect(expert.some((s) => /TLS records: TLS 1\.3 ClientHello\./.test(s.text))).toBe(true);
    expect(expert.some((s) => /inside it is the command PASS secret\./.test(s.text))).toBe(true);
    expect(expert.some((s) => /inside it is the command PORT \d+(,\d+){5}\./.test(s.text))).toBe(true);
    expect(expert.some((s) => /inside it is the reply "226 Transfer complete\."/.test(s.text))).toBe(true);
    expect(expert.some((s) => /inside them is part of a\.txt\./.test(s.text))).toBe(true);
    expect(expert.some((s) => /decrypted, they are: TLS Alert close_notify\./.test(s.text))).toBe(true);
  });

  test('teacher notes say SSL is TLS today and that the control connection is unreadable on the wire', () => {
    const notes = all.standard.notes.join('\n');
    expect(notes).toMatch(/RFC 7568/);
    expect(notes).toMatch(/TLS 1\.3/);
    expect(notes).toMatch(/From the 234 reply on/);
    expect(notes).not.toMatch(/private address/);
  });
});

describe('ftps-active variants', () => {
  test('TLS 1.2: four handshake flights per connection, named as a TLS 1.2 server sends them', () => {
    const trace = ftpsActive.run({ tls: '1.2' });
    const standard = buildStory(trace, 'standard');
    expect(stepListDifferences(standard.steps, withTls12(FTPS_ACTIVE_TLS13))).toEqual([]);
    expect(standard.steps.slice(6, 10).map((s) => s.narration.key)).toEqual([
      'std.tls.client-hello',
      'std.tls12.server-hello',
      'std.tls12.client-keys',
      'std.tls12.server-finished',
    ]);
    expect(standard.steps[7]?.narration.params.records).toBe(
      'ServerHello, Certificate, ServerKeyExchange, CertificateRequest, ServerHelloDone',
    );
    expect(standard.title).toMatch(/TLS 1\.2$/);
    for (const level of ['elementary', 'standard', 'expert'] as const) {
      const story = buildStory(trace, level);
      expect(storyProblems(trace, story), level).toEqual([]);
      expect(orderProblems(trace, story), level).toEqual([]);
    }
  });

  test('the seed’s elementary list, exactly, for one file and no firewall', () => {
    const trace = ftpsActive.run({ files: 1, firewall: 'off' });
    const elementary = buildStory(trace, 'elementary');
    expect(elementary.steps.map((s) => s.actorName)).toEqual(SEED_ELEMENTARY_ACTIVE);
    expect(elementary.steps.map((s) => s.narration.key)).toEqual([
      'ele.ftps.intro.active',
      'ele.control.ask',
      'ele.ftps.control.ready',
      'ele.ftps.login',
      'ele.data.ask.to-send',
      'ele.ftps.data.ready',
      'ele.ftps.data.send',
      'ele.data.done',
    ]);
  });

  test('behind NAT, even with its FTP helper, the encrypted PORT keeps the private address and the server refuses it', () => {
    const trace = ftpsActive.run({ nat: 'on-with-helper', firewall: 'off' });
    const standard = buildStory(trace, 'standard');
    expect(storyProblems(trace, standard)).toEqual([]);
    const keys = standard.steps.map((s) => s.narration.key);
    expect(keys).toContain('std.reply.error');
    expect(keys).toContain('std.ftps.replies.other');
    expect(keys).not.toContain('std.data.send');
    expect(standard.notes.join('\n')).toMatch(
      /private address 192\.168\.\d+\.\d+.*not even with an FTP helper.*reply 500/,
    );
  });
});
