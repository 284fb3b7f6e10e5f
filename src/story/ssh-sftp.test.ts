import { describe, expect, test } from 'vitest';
import { sftpScenario } from '../scenarios/ssh.ts';
import { allLevelProblems, innerTexts, stepListDifferences, storiesOf } from './check.ts';
import { SEED_SSH } from './ssh-seed.ts';
import type { StoryStep } from './types.ts';

describe('sftp with the default switches (upload, one file)', () => {
  const trace = sftpScenario.run({});
  const s = storiesOf(trace);
  const steps = s.standard.steps;

  test('the standard story is the seed’s 17 steps, with the same actors and TCP flags in the same order', () => {
    expect(stepListDifferences(steps, SEED_SSH)).toEqual([]);
    expect(s.standard.title).toBe('Uploading a file with SFTP over SSH');
  });

  test('the password step says the version and key exchange came first, and shows their packets', () => {
    const login = steps[7] as StoryStep;
    expect(login.text).toMatch(/versions.*KEXINIT.*NEWKEYS.*encrypted.*password/);
    expect(innerTexts(trace, login)).toEqual([
      'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3',
      'SSH KEXINIT',
      'SSH KEX_ECDH_INIT',
      'SSH NEWKEYS',
      'SSH SERVICE_REQUEST ssh-userauth',
      'SSH USERAUTH_REQUEST none',
      'SSH USERAUTH_REQUEST password',
    ]);
    expect(innerTexts(trace, steps[8] as StoryStep)).toEqual(['SSH USERAUTH_SUCCESS']);
  });

  test('the file and the server’s STATUS answers land in steps 12 and 13', () => {
    expect(innerTexts(trace, steps[11] as StoryStep)).toEqual([
      'SFTP OPEN a.txt WRITE|CREAT|TRUNC',
      'SFTP WRITE a.txt len=1200',
      'SFTP CLOSE a.txt',
    ]);
    expect(innerTexts(trace, steps[12] as StoryStep)).toEqual([
      'SFTP HANDLE a.txt',
      'SFTP STATUS OK',
      'SFTP STATUS OK',
    ]);
    expect(steps[11]?.text).toContain('a.txt');
  });

  test('packets exist, steps are in time order, expert tells every packet, elementary is plain', () => {
    expect(allLevelProblems(trace, s)).toEqual([]);
    expect(s.elementary.steps.length).toBeLessThan(steps.length);
  });

  test('the expert level names clear messages and says what is inside the encrypted ones', () => {
    const texts = s.expert.steps.map((x) => x.text);
    expect(texts.some((t) => /SSH message KEXINIT, still unencrypted/.test(t))).toBe(true);
    expect(texts.some((t) => /encrypted SSH packet; inside.*“SFTP WRITE a\.txt len=1200”/.test(t))).toBe(
      true,
    );
    expect(texts.some((t) => /KEX_ECDH_REPLY, NEWKEYS unencrypted.*“EXT_INFO”/.test(t))).toBe(true);
  });

  test('teacher notes say what the seed leaves out', () => {
    const notes = s.standard.notes.join('\n');
    expect(notes).toMatch(/step 8 shows these packets/);
    expect(notes).toMatch(/version lines and the key exchange travel in the clear/);
    expect(notes).toMatch(/step 13 shows PSH,ACK/);
    expect(notes).toMatch(/CHANNEL_EOF, CHANNEL_CLOSE, DISCONNECT/);
  });
});

describe('sftp, other switches', () => {
  test('download: the PC asks and the server sends, each file in two steps', () => {
    const trace = sftpScenario.run({ direction: 'download' });
    const s = storiesOf(trace);
    expect(allLevelProblems(trace, s)).toEqual([]);
    const steps = s.standard.steps;
    expect(s.standard.title).toBe('Downloading a file with SFTP over SSH');
    expect(steps).toHaveLength(17);
    expect(steps.map((x) => x.actorName).slice(11, 13)).toEqual(['PC', 'Server']);
    expect(innerTexts(trace, steps[12] as StoryStep)).toContain('SFTP DATA a.txt len=1200');
  });

  test('two files: steps 12 and 13 once per file', () => {
    const trace = sftpScenario.run({ files: 2 });
    const s = storiesOf(trace);
    expect(allLevelProblems(trace, s)).toEqual([]);
    const seed = [...SEED_SSH.slice(0, 13), ...SEED_SSH.slice(11, 13), ...SEED_SSH.slice(13)];
    expect(stepListDifferences(s.standard.steps, seed)).toEqual([]);
    expect(s.standard.steps[13]?.text).toContain('b.txt');
  });

  test('with lost segments the story still holds together and says what was sent again', () => {
    for (const seed of [1, 2, 3]) {
      const trace = sftpScenario.run({ loss: 0.08, files: 3, seed });
      const s = storiesOf(trace);
      expect(allLevelProblems(trace, s)).toEqual([]);
      expect(s.standard.steps.some((x) => /sent again/.test(x.text))).toBe(true);
    }
  });
});
