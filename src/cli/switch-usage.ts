/**
 * The switches part of a command's usage, gathered from the scenarios themselves so that a switch added to
 * a scenario is never missing from `--help`.
 */
import type { Scenario } from '../scenarios/types.ts';

const INDENT = ' '.repeat(28);
const WIDTH = 110;

/** `[--name a|b]` for every switch any scenario offers, its values merged in first-seen order. */
export function switchOptions(scenarios: readonly Scenario[]): string[] {
  const seen = new Map<string, { kind: string; values: string[] }>();
  for (const s of scenarios) {
    for (const sw of s.switches) {
      const entry = seen.get(sw.name) ?? { kind: sw.kind, values: [] };
      for (const v of sw.values) if (!entry.values.includes(String(v))) entry.values.push(String(v));
      seen.set(sw.name, entry);
    }
  }
  return [...seen].map(([name, { kind, values }]) => {
    if (kind === 'choice') return `[--${name} ${values.join('|')}]`;
    return `[--${name} ${kind === 'integer' ? 'N' : 'P'}]`;
  });
}

/** Options laid out on lines under the command's first line. */
export function usageLines(options: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const option of options) {
    if (line !== '' && INDENT.length + line.length + 1 + option.length > WIDTH) {
      lines.push(INDENT + line);
      line = option;
    } else line = line === '' ? option : `${line} ${option}`;
  }
  if (line !== '') lines.push(INDENT + line);
  return lines.join('\n');
}
