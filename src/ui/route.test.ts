import { describe, expect, it } from 'vitest';
import type { Trace } from '../core/trace.ts';
import type { Scenario } from '../scenarios/types.ts';
import { choiceToHash, choiceToOptions, DEFAULT_SEED, MAX_SEED, parseHash, parseSeed } from './route.ts';

function fakeScenario(id: string, switches: Scenario['switches']): Scenario {
  return {
    id,
    title: id,
    switches,
    run(): Trace {
      throw new Error('not run in these tests');
    },
  };
}

const passive = fakeScenario('ftp-passive', [
  { name: 'files', kind: 'integer', values: [1, 2, 3], default: 1, min: 1, max: 100 },
  { name: 'firewall', kind: 'choice', values: ['off', 'blocks'], default: 'off' },
  { name: 'loss', kind: 'number', values: [0, 0.1], default: 0, min: 0, max: 0.9 },
]);
const plain = fakeScenario('plain', []);
const list = [passive, plain];

describe('parseHash', () => {
  it('opens the first scenario with its defaults when the address has no hash', () => {
    for (const hash of ['', '#', '#/']) {
      const { choice, problems } = parseHash(hash, list);
      expect(problems).toEqual([]);
      expect(choice?.scenario).toBe(passive);
      expect(choice?.values).toEqual({ files: 1, firewall: 'off', loss: 0 });
      expect(choice?.seed).toBe(DEFAULT_SEED);
    }
  });

  it('reads the scenario, its switches with their types, and the seed', () => {
    const { choice, problems } = parseHash(
      '#/trace/ftp-passive?files=2&firewall=blocks&loss=0.1&seed=42',
      list,
    );
    expect(problems).toEqual([]);
    expect(choice?.scenario).toBe(passive);
    expect(choice?.values).toEqual({ files: 2, firewall: 'blocks', loss: 0.1 });
    expect(choice?.seed).toBe(42);
  });

  it('keeps switches not named in the link at their defaults', () => {
    const { choice } = parseHash('#/trace/ftp-passive?firewall=blocks', list);
    expect(choice?.values).toEqual({ files: 1, firewall: 'blocks', loss: 0 });
  });

  it('accepts counts and probabilities in range that the menu does not suggest', () => {
    const { choice, problems } = parseHash('#/trace/ftp-passive?files=42&loss=0.25', list);
    expect(problems).toEqual([]);
    expect(choice?.values).toEqual({ files: 42, firewall: 'off', loss: 0.25 });
  });

  it('refuses counts that are not whole or out of range, saying what is accepted', () => {
    for (const bad of ['0', '101', '2.5', 'two', '']) {
      const { choice, problems } = parseHash(`#/trace/ftp-passive?files=${bad}`, list);
      expect(choice?.values.files, bad).toBe(1);
      expect(problems, bad).toHaveLength(1);
      expect(problems[0], bad).toContain('a whole number from 1 to 100');
    }
    const { problems } = parseHash('#/trace/ftp-passive?loss=0.95', list);
    expect(problems[0]).toContain('a number from 0 to 0.9');
  });

  it('reports an unknown scenario by name and falls back to the first one', () => {
    const { choice, problems } = parseHash('#/trace/no-such-thing?files=2', list);
    expect(choice?.scenario).toBe(passive);
    expect(choice?.values.files).toBe(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('no-such-thing');
  });

  it('reports a value a choice does not offer, naming the ones it does, and uses the default', () => {
    const { choice, problems } = parseHash('#/trace/ftp-passive?firewall=sometimes&seed=3', list);
    expect(choice?.values.firewall).toBe('off');
    expect(choice?.seed).toBe(3);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('“firewall”');
    expect(problems[0]).toContain('off, blocks');
    expect(problems[0]).toContain('sometimes');
  });

  it('reports a switch the scenario does not have', () => {
    const { choice, problems } = parseHash('#/trace/plain?mode=active', list);
    expect(choice?.scenario).toBe(plain);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('mode');
  });

  it('rejects seeds that are not whole numbers in the 32-bit range', () => {
    for (const bad of ['abc', '-1', '1.5', '', '4294967296', '1e3']) {
      const { choice, problems } = parseHash(`#/trace/plain?seed=${encodeURIComponent(bad)}`, list);
      expect(choice?.seed, bad).toBe(DEFAULT_SEED);
      expect(problems, bad).toHaveLength(1);
    }
    expect(parseSeed('0')).toBe(0);
    expect(parseSeed(String(MAX_SEED))).toBe(MAX_SEED);
  });

  it('reports a link that is not a trace link', () => {
    const { choice, problems } = parseHash('#/somewhere/else', list);
    expect(choice?.scenario).toBe(passive);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('/somewhere/else');
  });

  it('has no choice when there are no scenarios, but still explains a wrong link', () => {
    expect(parseHash('', [])).toEqual({ choice: null, problems: [] });
    const { choice, problems } = parseHash('#/trace/ftp-active', []);
    expect(choice).toBeNull();
    expect(problems[0]).toContain('ftp-active');
  });

  it('survives a malformed percent escape', () => {
    const { problems } = parseHash('#/trace/%E0%A4%A', list);
    expect(problems).toHaveLength(1);
  });
});

describe('choiceToHash', () => {
  it('writes every switch in order, then the seed, and reads back to the same choice', () => {
    const { choice } = parseHash('#/trace/ftp-passive?seed=9&firewall=blocks&files=3', list);
    if (!choice) throw new Error('expected a choice');
    const hash = choiceToHash(choice);
    expect(hash).toBe('#/trace/ftp-passive?files=3&firewall=blocks&loss=0&seed=9');
    const again = parseHash(hash, list);
    expect(again.problems).toEqual([]);
    expect(again.choice).toEqual(choice);
  });

  it('escapes scenario ids that are not URL-safe', () => {
    const odd = fakeScenario('a b/c', []);
    const { choice } = parseHash('', [odd]);
    if (!choice) throw new Error('expected a choice');
    const hash = choiceToHash(choice);
    expect(hash).toBe('#/trace/a%20b%2Fc?seed=1');
    expect(parseHash(hash, [odd]).choice?.scenario).toBe(odd);
  });
});

describe('choiceToOptions', () => {
  it('passes every switch and the seed to the scenario', () => {
    const { choice } = parseHash('#/trace/ftp-passive?files=2&seed=5', list);
    if (!choice) throw new Error('expected a choice');
    expect(choiceToOptions(choice)).toEqual({ files: 2, firewall: 'off', loss: 0, seed: 5 });
  });
});
