/**
 * `tcpip-animation story <scenario> [--level L] [--lang xx] [switches] [--seed N] [--format tsv|json]`:
 * runs a scenario and prints it told as numbered steps (TSV: step, actor, flags, text) or the whole story (JSON).
 */
import { isLanguage, languages, loadLanguage } from '../i18n/index.ts';
import { scenarios } from '../scenarios/index.ts';
import { parseOptions, SwitchError } from '../scenarios/options.ts';
import { buildStory } from '../story/build.ts';
import { storyToTsv } from '../story/tsv.ts';
import { LEVELS, type Level } from '../story/types.ts';
import { parseArgv } from './argv.ts';
import { type CliIo, EXIT_FAILURE, EXIT_OK, UsageError } from './io.ts';
import { scenarioArgument } from './scenario-argument.ts';
import { switchOptions, usageLines } from './switch-usage.ts';

export const STORY_USAGE = `usage: tcpip-animation story <scenario> [--level ${LEVELS.join('|')}] [--lang ${languages().join('|')}]
${usageLines([...switchOptions(scenarios), '[--seed N]', '[--format tsv|json]'])}
scenarios: ${scenarios.map((s) => s.id).join(', ')}`;

function isLevel(text: string): text is Level {
  return (LEVELS as readonly string[]).includes(text);
}

/**
 * Checks the arguments at once (a usage error is thrown before anything else happens), then loads the
 * language's catalogs and tells the story. English is always loaded, so an English story is printed
 * before this returns.
 */
export function runStory(argv: string[], io: CliIo): number | Promise<number> {
  const { positionals, options } = parseArgv(argv);
  const scenario = scenarioArgument(positionals, 'story');
  const { format = 'tsv', level = 'standard', lang = 'en', ...switches } = options;
  if (format !== 'tsv' && format !== 'json')
    throw new UsageError(`--format must be json or tsv (got "${format}")`);
  if (!isLevel(level)) throw new UsageError(`--level must be one of ${LEVELS.join(', ')} (got "${level}")`);
  if (!isLanguage(lang)) {
    throw new UsageError(`--lang must be one of ${languages().join(', ')} (got "${lang}")`);
  }
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(scenario, switches);
  } catch (e) {
    if (e instanceof SwitchError) throw new UsageError(e.message);
    throw e;
  }
  const tell = (): number => {
    const story = buildStory(scenario.run(parsed), level, lang);
    io.stdout(format === 'json' ? `${JSON.stringify(story)}\n` : storyToTsv(story));
    return EXIT_OK;
  };
  if (lang === 'en') return tell();
  return loadLanguage(lang).then(tell, (err: unknown) => {
    io.stderr(
      `error: the "${lang}" catalogs could not be loaded: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return EXIT_FAILURE;
  });
}
