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

/** What a switch accepts, as the end of a sentence: `takes 1, 2, 3` or `takes a whole number from 1 to 10`. */
export function accepted(spec: SwitchSpec): string {
  if (spec.kind === 'choice') return `takes ${spec.values.map(String).join(', ')}`;
  const what = spec.kind === 'integer' ? 'a whole number' : 'a number';
  if (spec.min !== undefined && spec.max !== undefined)
    return `takes ${what} from ${spec.min} to ${spec.max}`;
  if (spec.min !== undefined) return `takes ${what} of at least ${spec.min}`;
  if (spec.max !== undefined) return `takes ${what} of at most ${spec.max}`;
  return `takes ${what}`;
}

function quote(text: string): string {
  return `“${text}”`;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function parseHash(hash: string, scenarios: readonly Scenario[]): ParsedRoute {
  const first = scenarios[0];
  const fallback = first ? defaultChoice(first) : null;
  const fallbackName = first ? `Showing ${quote(first.id)} with its usual settings instead.` : '';
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '' || text === '/') return { choice: fallback, problems: [] };

  const match = /^\/trace\/([^?]*)(?:\?(.*))?$/.exec(text);
  if (!match) {
    return {
      choice: fallback,
      problems: [
        `The link ${quote(decode(text))} does not point to a page of this app. ${fallbackName}`.trim(),
      ],
    };
  }
  const id = decode(match[1] ?? '');
  const scenario = scenarios.find((s) => s.id === id);
  if (!scenario) {
    const what =
      id === '' ? 'The link does not name a scenario.' : `There is no scenario called ${quote(id)}.`;
    return { choice: fallback, problems: [`${what} ${fallbackName}`.trim()] };
  }

  const choice = defaultChoice(scenario);
  const problems: string[] = [];
  for (const [name, value] of new URLSearchParams(match[2] ?? '')) {
    if (name === 'seed') {
      const seed = parseSeed(value);
      if (seed === undefined) {
        problems.push(
          `The seed must be a whole number from 0 to ${MAX_SEED}, not ${quote(value)}. Using seed ${DEFAULT_SEED}.`,
        );
      } else {
        choice.seed = seed;
      }
      continue;
    }
    const spec = scenario.switches.find((s) => s.name === name);
    if (!spec) {
      problems.push(
        `The scenario ${quote(scenario.id)} has no switch called ${quote(name)}, so it was ignored.`,
      );
      continue;
    }
    const parsed = switchValue(spec, value);
    if (parsed === undefined) {
      problems.push(
        `The switch ${quote(name)} ${accepted(spec)}, not ${quote(value)}. Using ${String(spec.default)}.`,
      );
      continue;
    }
    choice.values[spec.name] = parsed;
  }
  return { choice, problems };
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
