/**
 * Turns switch values written as text (a command line, a link) into a scenario's options, with a message
 * that names the switch and the values it accepts when one is wrong.
 */
import type { Scenario, ScenarioOptions, SwitchSpec } from './types.ts';

export class SwitchError extends Error {
  constructor(
    readonly switchName: string,
    message: string,
  ) {
    super(message);
  }
}

export const MAX_SEED = 0xffff_ffff;

export function parseSwitchValue(spec: SwitchSpec, text: string): string | number {
  const name = spec.name;
  if (spec.kind === 'choice') {
    const match = spec.values.find((v) => String(v) === text);
    if (match === undefined) {
      throw new SwitchError(name, `--${name} must be one of ${spec.values.join(', ')} (got "${text}")`);
    }
    return match;
  }
  const value = Number(text);
  const min = spec.min ?? Number.NEGATIVE_INFINITY;
  const max = spec.max ?? Number.POSITIVE_INFINITY;
  if (
    text.trim() === '' ||
    !Number.isFinite(value) ||
    (spec.kind === 'integer' && !Number.isInteger(value))
  ) {
    const what = spec.kind === 'integer' ? 'a whole number' : 'a number';
    throw new SwitchError(name, `--${name} must be ${what} from ${min} to ${max} (got "${text}")`);
  }
  if (value < min || value > max) {
    throw new SwitchError(name, `--${name} must be from ${min} to ${max} (got ${value})`);
  }
  return value;
}

export function parseSeed(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value > MAX_SEED) {
    throw new SwitchError('seed', `--seed must be a whole number from 0 to ${MAX_SEED} (got "${text}")`);
  }
  return value;
}

/** Reads the switches a scenario offers from name/text pairs; names it does not offer are errors. */
export function parseOptions(scenario: Scenario, raw: Record<string, string>): ScenarioOptions {
  const options: Record<string, string | number> = {};
  for (const [name, text] of Object.entries(raw)) {
    if (name === 'seed') {
      options.seed = parseSeed(text);
      continue;
    }
    const spec = scenario.switches.find((s) => s.name === name);
    if (!spec) {
      const offered = scenario.switches.map((s) => `--${s.name}`).join(', ');
      throw new SwitchError(name, `${scenario.id} has no switch --${name} (it offers ${offered}, --seed)`);
    }
    options[name] = parseSwitchValue(spec, text);
  }
  return options as ScenarioOptions;
}
