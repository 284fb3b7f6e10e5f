import { describe, expect, test } from 'vitest';
import { scenarios } from '../scenarios/index.ts';
import { STORY_USAGE } from './story-command.ts';
import { switchOptions, usageLines } from './switch-usage.ts';
import { TRACE_USAGE } from './trace-command.ts';

describe('the usage lines of trace and story', () => {
  test('name every switch every scenario offers, with every value', () => {
    for (const usage of [TRACE_USAGE, STORY_USAGE]) {
      for (const s of scenarios) {
        for (const sw of s.switches) {
          expect(usage, `${s.id} --${sw.name}`).toContain(`--${sw.name} `);
          if (sw.kind === 'choice') {
            const shown = usage.match(new RegExp(`--${sw.name} ([^\\]]+)\\]`))?.[1]?.split('|') ?? [];
            for (const v of sw.values) expect(shown, `${s.id} --${sw.name}`).toContain(String(v));
          }
        }
      }
    }
    expect(TRACE_USAGE).toContain('--tls 1.3|1.2');
    expect(STORY_USAGE).toContain('--direction upload|download');
  });

  test('a switch offered by two scenarios is listed once, its values merged', () => {
    const options = switchOptions(scenarios);
    expect(options.filter((o) => o.startsWith('[--nat ')).length).toBe(1);
    expect(options).toContain('[--nat off|on|on-with-helper]');
    expect(options).toContain('[--files N]');
    expect(options).toContain('[--loss P]');
  });

  test('lines stay within 110 columns', () => {
    const text = usageLines(['[--alpha a|b|c]'.repeat(3), '[--beta N]'.repeat(5), '[--gamma P]'.repeat(6)]);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(110);
    expect(text.split('\n').length).toBeGreaterThan(1);
  });
});
