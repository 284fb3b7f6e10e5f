#!/usr/bin/env node
/** The command line: `trace` runs a scenario, `story` narrates it, `read` opens a capture. */
import { type CliIo, EXIT_FAILURE, EXIT_USAGE, UsageError } from './io.ts';

// Each command's code is loaded when it is asked for: `read` on a large capture is timed from the start of
// the process, and the simulator, the story and their languages are no part of it.
const traceCommand = () => import('./trace-command.ts');
const storyCommand = () => import('./story-command.ts');

const USAGE = `usage: tcpip-animation <command> [options]
commands:
  trace <scenario> [switches]   simulate a scenario and print its packets
  read FILE [--format tsv|json] print the packets of a pcap or pcapng capture
  story <scenario> [options]    tell a scenario as numbered steps (--level, --lang)
Run "tcpip-animation <command> --help" for a command's options.`;

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const wantsHelp = rest.includes('--help') || rest.includes('-h');
  try {
    switch (command) {
      case 'trace':
        return await traceCommand().then(({ runTrace, TRACE_USAGE }) => {
          if (!wantsHelp) return runTrace(rest, io);
          io.stdout(`${TRACE_USAGE}\n`);
          return 0;
        });
      case 'read': {
        const { readFileChunks, runRead } = await import('./read.ts');
        return await runRead(rest, io, readFileChunks);
      }
      case 'story':
        return await storyCommand().then(({ runStory, STORY_USAGE }) => {
          if (!wantsHelp) return runStory(rest, io);
          io.stdout(`${STORY_USAGE}\n`);
          return 0;
        });
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? EXIT_USAGE : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      const usage =
        command === 'trace'
          ? (await traceCommand()).TRACE_USAGE
          : command === 'story'
            ? (await storyCommand()).STORY_USAGE
            : USAGE;
      io.stderr(`error: ${e.message}\n${usage}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_FAILURE;
  }
}

process.exitCode = await main(process.argv.slice(2));
