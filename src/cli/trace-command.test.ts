import { describe, expect, test } from 'vitest';
import { ROW_COLUMNS } from '../core/rows.ts';
import { EXIT_OK, UsageError } from './io.ts';
import { runTrace } from './trace-command.ts';

function run(argv: string[]): { code: number; out: string } {
  let out = '';
  const code = runTrace(argv, { stdout: (t) => (out += t), stderr: () => {} });
  return { code, out };
}

describe('trace command', () => {
  test('prints a TSV with the contract columns, one row per packet on the PC link', () => {
    const { code, out } = run(['ftp-passive', '--files', '1', '--seed', '3']);
    expect(code).toBe(EXIT_OK);
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines[0]).toBe('frame\ttime\tsrc\tsport\tdst\tdport\tflags\tseq\tack\tlen\tapp');
    expect(ROW_COLUMNS.join('\t')).toBe(lines[0]);
    const rows = lines.slice(1).map((l) => l.split('\t'));
    for (const r of rows) expect(r).toHaveLength(11);
    expect(rows[0]).toEqual([
      '1',
      '0.000000',
      '192.0.2.10',
      rows[0]?.[3],
      '203.0.113.10',
      '21',
      'SYN',
      '0',
      '0',
      '0',
      '',
    ]);
    expect(rows[1]?.slice(6, 10)).toEqual(['SYN,ACK', '0', '1', '0']);
    expect(rows.find((r) => r[10] === 'RETR a.txt')).toBeDefined();
    expect(rows.find((r) => r[10] === '226 Transfer complete.')?.[6]).toBe('PSH,ACK');
    rows.forEach((r, i) => {
      expect(Number(r[0])).toBe(i + 1);
    });
  });

  test('relative sequence numbers count the payload bytes of each direction', () => {
    const rows = run(['ftp-passive', '--files', '1'])
      .out.slice(0, -1)
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'));
    const control = rows.filter((r) => r[3] === '21' || r[5] === '21');
    const user = control.find((r) => r[10] === 'USER learner') as string[];
    const reply = control.find((r) => r[10]?.startsWith('331')) as string[];
    // USER is the PC's first data: it starts at relative 1 (the SYN took 0) and the server acknowledges its bytes.
    expect(user[7]).toBe('1');
    expect(Number(reply[8])).toBe(1 + Number(user[9]));
  });

  test('json is the whole trace with its format version', () => {
    const trace = JSON.parse(run(['ftp-active', '--format', 'json', '--firewall', 'off']).out);
    expect(trace.format).toBe('tcpip-animation-trace');
    expect(trace.version).toBe(1);
    expect(trace.meta.switches).toMatchObject({ mode: 'active', firewall: 'off', files: 2 });
  });

  test('the same seed prints byte-identical output', () => {
    expect(run(['ftp-active', '--seed', '9']).out).toBe(run(['ftp-active', '--seed', '9']).out);
  });

  test.each([
    [[], /needs a scenario/],
    [['nope'], /unknown scenario "nope"/],
    [['ftp-active', '--mode', 'sideways'], /--mode must be one of active, passive/],
    [['ftp-active', '--files', '0'], /--files must be from 1 to 10000/],
    [['ftp-active', '--files', '2.5'], /--files must be a whole number/],
    [['ftp-active', '--loss', 'much'], /--loss must be a number/],
    [['ftp-active', '--seed', '-1'], /--seed must be a whole number/],
    [['ftp-active', '--format', 'xml'], /--format must be json or tsv/],
    [['ftp-active', '--colour', 'red'], /has no switch --colour/],
    [['ftp-active', '--files'], /--files needs a value/],
    [['ftp-active', 'extra'], /unexpected argument "extra"/],
  ])('bad arguments %j are a usage error', (argv, message) => {
    expect(() => run(argv)).toThrow(UsageError);
    expect(() => run(argv)).toThrow(message);
  });
});
