/**
 * `tcpip-animation read FILE [--format tsv|json]`: reads a pcap or pcapng capture and prints its packets as
 * the TSV other tools read (the same columns as `trace`), or the whole trace as JSON. A damaged file still
 * prints every packet before the damage, then `error: <message> (byte offset N)` on stderr and exit code 2.
 */
import { formatCaptureError } from '../capture/errors.ts';
import { importCaptureStream } from '../capture/import.ts';
import { rowsToTsv, traceToRows } from '../core/rows.ts';
import { type CliIo, EXIT_OK, EXIT_USAGE, UsageError } from './io.ts';

export const READ_USAGE = 'usage: tcpip-animation read FILE [--format tsv|json]';

const READ_HELP = `${READ_USAGE}

Reads a pcap or pcapng capture and prints one row per IP packet:
  frame time src sport dst dport flags seq ack len app
Sequence and acknowledgement numbers are relative, as Wireshark shows them.

  --format tsv   the packet list (default)
  --format json  the whole trace: hosts, connections, packets and their layers
`;

type Format = 'tsv' | 'json';

interface ReadArgs {
  file: string;
  format: Format;
}

function parseFormat(value: string | undefined): Format {
  if (value === 'tsv' || value === 'json') return value;
  if (value === undefined || value === '') throw new UsageError('--format needs a value: tsv or json');
  throw new UsageError(`unknown format "${value}": use tsv or json`);
}

function parseArgs(argv: string[]): ReadArgs | 'help' {
  let file: string | undefined;
  let format: Format = 'tsv';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--format') format = parseFormat(argv[++i]);
    else if (arg.startsWith('--format=')) format = parseFormat(arg.slice('--format='.length));
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (file !== undefined) throw new UsageError(`one capture file at a time (got ${file} and ${arg})`);
    else file = arg;
  }
  if (file === undefined) throw new UsageError('which capture file? Give its path');
  return { file, format };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/** A file-system error as a short phrase. */
function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export async function runRead(
  argv: string[],
  io: CliIo,
  readFile: (path: string) => AsyncIterable<Uint8Array>,
): Promise<number> {
  let args: ReadArgs | 'help';
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`error: ${error.message}\n${READ_USAGE}\n`);
    return EXIT_USAGE;
  }
  if (args === 'help') {
    io.stdout(READ_HELP);
    return EXIT_OK;
  }
  let result: Awaited<ReturnType<typeof importCaptureStream>>;
  try {
    result = await importCaptureStream(readFile(args.file), baseName(args.file));
  } catch (error) {
    io.stderr(`error: cannot read ${args.file}: ${describe(error)}\n`);
    return EXIT_USAGE;
  }
  const { trace, error } = result;
  io.stdout(args.format === 'json' ? `${JSON.stringify(trace)}\n` : rowsToTsv(traceToRows(trace)));
  if (error) {
    io.stderr(`error: ${formatCaptureError(error)}\n`);
    return EXIT_USAGE;
  }
  return EXIT_OK;
}
