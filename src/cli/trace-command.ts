/**
 * `tcpip-animation trace <scenario> [switches] [--seed N] [--format json|tsv]`: runs a scenario and prints
 * the packets a capture on the PC would show (TSV) or the whole trace (JSON).
 */
import { rowsToTsv, traceToRows } from '../core/rows.ts';
import { scenarios } from '../scenarios/index.ts';
import { parseOptions, SwitchError } from '../scenarios/options.ts';
import { parseArgv } from './argv.ts';
import { type CliIo, EXIT_OK, UsageError } from './io.ts';
import { scenarioArgument } from './scenario-argument.ts';
import { switchOptions, usageLines } from './switch-usage.ts';

export const TRACE_USAGE = `usage: tcpip-animation trace <scenario>
${usageLines([...switchOptions(scenarios), '[--seed N]', '[--format json|tsv]'])}
scenarios: ${scenarios.map((s) => s.id).join(', ')}`;

export function runTrace(argv: string[], io: CliIo): number {
  const { positionals, options } = parseArgv(argv);
  const scenario = scenarioArgument(positionals, 'trace');
  const format = options.format ?? 'tsv';
  if (format !== 'tsv' && format !== 'json')
    throw new UsageError(`--format must be json or tsv (got "${format}")`);
  const { format: _format, ...switches } = options;
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(scenario, switches);
  } catch (e) {
    if (e instanceof SwitchError) throw new UsageError(e.message);
    throw e;
  }
  const trace = scenario.run(parsed);
  io.stdout(format === 'json' ? `${JSON.stringify(trace)}\n` : rowsToTsv(traceToRows(trace)));
  return EXIT_OK;
}
