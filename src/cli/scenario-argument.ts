/** The one positional argument of `trace` and `story`: the scenario to run, or a usage error that says why. */
import { getScenario, scenarios } from '../scenarios/index.ts';
import type { Scenario } from '../scenarios/types.ts';
import { UsageError } from './io.ts';

export function scenarioArgument(positionals: readonly string[], command: string): Scenario {
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? `${command} needs a scenario` : `unexpected argument "${positionals[1]}"`,
    );
  }
  const id = positionals[0] as string;
  const scenario = getScenario(id);
  if (!scenario)
    throw new UsageError(`unknown scenario "${id}" (known: ${scenarios.map((s) => s.id).join(', ')})`);
  return scenario;
}
