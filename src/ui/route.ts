/**
 * The page's state lives in the address: `#/trace/ftp-passive?files=2&seed=1`. A link therefore opens the
 * same run, and a wrong link is reported in words and replaced by defaults rather than breaking the page.
 * No DOM here, so the rules can be tested in Node.
 */
import {
  MAX_SEED,
  parseSeed as parseSeedOrThrow,
  parseSwitchValue,
  SwitchError,
} from '../scenarios/options.ts';
import type { Scenario, ScenarioOptions, SwitchSpec } from '../scenarios/types.ts';
import { text } from './text.ts';

export { MAX_SEED };
export const DEFAULT_SEED = 1;

export interface RunChoice {
  scenario: Scenario;
  /** One value per switch the scenario offers, keyed by switch name. */
  values: Record<string, string | number>;
  seed: number;
}

export interface ParsedRoute {
  /** Null only when there is no scenario at all to fall back to. */
  choice: RunChoice | null;
  /** What was wrong with the link, one sentence each; empty for a good link. */
  problems: string[];
}

export function defaultChoice(scenario: Scenario, seed: number = DEFAULT_SEED): RunChoice {
  const values: Record<string, string | number> = {};
  for (const spec of scenario.switches) values[spec.name] = spec.default;
  return { scenario, values, seed };
}

/** The page accepts exactly what the command line accepts, so it asks the same parser; only the wording differs. */
function orUndefined<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (err) {
    if (err instanceof SwitchError) return undefined;
    throw err;
  }
}

/** The value `text` stands for, with its type (a number stays a number), or undefined if the switch refuses it. */
export function switchValue(spec: SwitchSpec, text: string): string | number | undefined {
  return orUndefined(() => parseSwitchValue(spec, text));
}

export function parseSeed(text: string): number | undefined {
  return orUndefined(() => parseSeedOrThrow(text));
}

/** Why a link's value for a switch was refused, as a whole sentence naming what the switch takes. */
export function badSwitchMessage(spec: SwitchSpec, value: string): string {
  const fallback = String(spec.default);
  if (spec.kind === 'choice') {
    return text('link.badChoice', {
      name: spec.name,
      values: spec.values.map(String).join(', '),
      value,
      fallback,
    });
  }
  const range = {
    name: spec.name,
    min: spec.min ?? Number.NEGATIVE_INFINITY,
    max: spec.max ?? Number.POSITIVE_INFINITY,
    value,
    fallback,
  };
  return spec.kind === 'integer' ? text('link.badInteger', range) : text('link.badNumber', range);
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export interface SwitchReading {
  values: Record<string, string | number>;
  seed: number;
  /** Parameters that are neither a switch nor the seed, left for the caller. */
  rest: Array<[string, string]>;
  problems: string[];
}

/** Reads the switches and the seed of `scenario` from a link's parameters; a bad value keeps its default. */
export function readSwitches(
  scenario: Scenario,
  params: URLSearchParams,
  known: readonly string[] = [],
): SwitchReading {
  const choice = defaultChoice(scenario);
  const problems: string[] = [];
  const rest: Array<[string, string]> = [];
  for (const [name, value] of params) {
    if (name === 'seed') {
      const seed = parseSeed(value);
      if (seed === undefined) {
        problems.push(text('link.badSeed', { max: MAX_SEED, value, seed: DEFAULT_SEED }));
      } else {
        choice.seed = seed;
      }
      continue;
    }
    const spec = scenario.switches.find((s) => s.name === name);
    if (!spec) {
      if (known.includes(name)) rest.push([name, value]);
      else problems.push(text('link.noSwitch', { scenario: scenario.id, name }));
      continue;
    }
    const parsed = switchValue(spec, value);
    if (parsed === undefined) {
      problems.push(badSwitchMessage(spec, value));
      continue;
    }
    choice.values[spec.name] = parsed;
  }
  return { values: choice.values, seed: choice.seed, rest, problems };
}

export function parseHash(hash: string, scenarios: readonly Scenario[]): ParsedRoute {
  const first = scenarios[0];
  const fallback = first ? defaultChoice(first) : null;
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '' || body === '/') return { choice: fallback, problems: [] };

  const match = /^\/trace\/([^?]*)(?:\?(.*))?$/.exec(body);
  if (!match) {
    const link = decode(body);
    return {
      choice: fallback,
      problems: [
        first ? text('link.noTraceLink', { link, fallback: first.id }) : text('link.noPage', { link }),
      ],
    };
  }
  const id = decode(match[1] ?? '');
  const scenario = scenarios.find((s) => s.id === id);
  if (!scenario) {
    let problem: string;
    if (!first) problem = text('link.noScenarioAtAll', { id });
    else if (id === '') problem = text('link.noScenarioName', { fallback: first.id });
    else problem = text('link.noScenario', { id, fallback: first.id });
    return { choice: fallback, problems: [problem] };
  }

  const reading = readSwitches(scenario, new URLSearchParams(match[2] ?? ''));
  return { choice: { scenario, values: reading.values, seed: reading.seed }, problems: reading.problems };
}

/** Builds a hash from raw text, so the page can also link to a value that a later parse will reject. */
export function hashFor(scenarioId: string, params: ReadonlyArray<readonly [string, string]>): string {
  const query = new URLSearchParams(params.map(([k, v]) => [k, v] as [string, string])).toString();
  return `#/trace/${encodeURIComponent(scenarioId)}${query === '' ? '' : `?${query}`}`;
}

/** The canonical link of a choice: every switch in the scenario's order, then the seed. */
export function choiceToHash(choice: RunChoice): string {
  const params: Array<[string, string]> = choice.scenario.switches.map((spec) => [
    spec.name,
    String(choice.values[spec.name] ?? spec.default),
  ]);
  params.push(['seed', String(choice.seed)]);
  return hashFor(choice.scenario.id, params);
}

export function choiceToOptions(choice: RunChoice): ScenarioOptions {
  const options: Record<string, string | number> = { seed: choice.seed };
  for (const spec of choice.scenario.switches) options[spec.name] = choice.values[spec.name] ?? spec.default;
  // The values come from the scenario's own SwitchSpec list, so each has the type its switch expects.
  return options as ScenarioOptions;
}
