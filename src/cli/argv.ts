import { UsageError } from './io.ts';

export interface ParsedArgv {
  positionals: string[];
  /** `--name value` and `--name=value`, last one wins. */
  options: Record<string, string>;
}

/** Every option of these commands takes a value, so a small strict parser says more than a generic one. */
export function parseArgv(argv: string[]): ParsedArgv {
  const positionals: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`unknown option "${arg}"`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new UsageError(`bad option "${arg}"`);
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : argv[i + 1];
    if (eq < 0) {
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      i++;
    }
    options[name] = value as string;
    value = undefined;
  }
  return { positionals, options };
}
