/**
 * The command line as other tools meet it: the built `tcpip-animation` binary, its output and its exit
 * codes. (`npm run test:unit` builds it first.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'dist/cli/main.js');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('tcpip-animation', () => {
  test('package.json names the binary the README documents', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.bin['tcpip-animation']).toBe('dist/cli/main.js');
  });

  test('trace prints the TSV and exits 0', () => {
    const r = cli('trace', 'ftp-passive', '--files', '1');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('frame\ttime\tsrc\tsport\tdst\tdport\tflags\tseq\tack\tlen\tapp');
    expect(r.out).toContain('\tRETR a.txt\n');
  });

  test('trace with a bad switch says what is wrong and exits 2', () => {
    const r = cli('trace', 'ftp-active', '--firewall', 'sometimes');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--firewall must be one of off, blocks, blocks-then-allows/);
    expect(r.out).toBe('');
  });

  test('an unknown command exits 2 with the usage', () => {
    const r = cli('fly');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command "fly"/);
    expect(r.err).toMatch(/usage: tcpip-animation/);
  });

  test('read prints a real capture and exits 0', () => {
    const r = cli('read', join(root, 'tests/fixtures/captures/ftp-passive.pcapng'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('\tUSER learner\n');
  });

  test('read of a damaged file prints what it could, then the byte offset, and exits 2', () => {
    const bytes = readFileSync(join(root, 'tests/fixtures/captures/ftp-passive.pcapng'));
    const dir = mkdtempSync(join(tmpdir(), 'tcpip-animation-'));
    const cut = join(dir, 'cut.pcapng');
    writeFileSync(cut, bytes.subarray(0, 3000));
    const r = cli('read', cut);
    expect(r.code).toBe(2);
    expect(r.out.split('\n').length).toBeGreaterThan(3);
    expect(r.err).toMatch(/byte offset \d+/);
  });
});
