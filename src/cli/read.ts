/**
 * `tcpip-animation read FILE [--format tsv|json]`: reads a pcap or pcapng capture and prints its packets as
 * the TSV other tools read (the same columns as `trace`), or the whole trace as JSON. A damaged file still
 * prints every packet before the damage, then `error: <message> (byte offset N)` on stderr and exit code 2.
 * The TSV is printed as the file is read, never holding the whole capture: files of gigabytes are fine.
 */
import { open } from 'node:fs/promises';
import { type CaptureError, formatCaptureError } from '../capture/errors.ts';
import { CaptureImporter, captureMeta, importCaptureStream } from '../capture/import.ts';
import { readCaptureStream } from '../capture/reader.ts';
import { CaptureRowStream, TSV_HEADER, TsvWriter } from '../core/rows.ts';
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

/** Bytes read from the file at a time: large enough that reads are few, small enough to stay in cache. */
const CHUNK_BYTES = 256 * 1024;

/**
 * A file's bytes in chunks, read into two buffers in turn so that the next read runs while the current
 * chunk is parsed. A chunk is valid until the one after next is asked for: the capture reader copies what
 * it keeps, so nothing is allocated per chunk.
 */
export async function* readFileChunks(path: string): AsyncIterable<Uint8Array> {
  const handle = await open(path, 'r');
  const buffers = [new Uint8Array(CHUNK_BYTES), new Uint8Array(CHUNK_BYTES)];
  let turn = 0;
  let pending: Promise<{ bytesRead: number }> | undefined = handle.read(
    buffers[0] as Uint8Array,
    0,
    CHUNK_BYTES,
    null,
  );
  try {
    for (;;) {
      const { bytesRead } = await pending;
      pending = undefined;
      if (bytesRead === 0) return;
      const current = buffers[turn] as Uint8Array;
      turn = 1 - turn;
      pending = handle.read(buffers[turn] as Uint8Array, 0, CHUNK_BYTES, null);
      yield current.subarray(0, bytesRead);
    }
  } finally {
    // A read still running when the caller stops early is waited for, so the file closes cleanly.
    await pending?.catch(() => undefined);
    await handle.close();
  }
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
  return args.format === 'json' ? printJson(args.file, io, readFile) : printTsv(args.file, io, readFile);
}

/**
 * The rows are printed while the file is read, so that memory stays small however large the capture is.
 * Nothing is written before the first buffer is full: a file that cannot be opened prints no header.
 */
async function printTsv(
  file: string,
  io: CliIo,
  readFile: (path: string) => AsyncIterable<Uint8Array>,
): Promise<number> {
  const decoder = new TextDecoder();
  // The writer fills bytes; the command's output is text, and the buffer is always cut between characters.
  const out = new TsvWriter((bytes) => io.stdout(decoder.decode(bytes)));
  out.ascii(TSV_HEADER);
  const name = baseName(file);
  const rows = new CaptureRowStream(captureMeta(name));
  const importer = new CaptureImporter(name, {
    keepEvents: false,
    onEvent: (event) => rows.writeTsv(event, out),
  });
  let error: CaptureError | undefined;
  try {
    error = await readCaptureStream(readFile(file), (frame) => importer.add(frame), { lend: true });
  } catch (err) {
    io.stderr(`error: cannot read ${file}: ${describe(err)}\n`);
    return EXIT_USAGE;
  }
  importer.finish(error);
  out.end();
  if (error) {
    io.stderr(`error: ${formatCaptureError(error)}\n`);
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

async function printJson(
  file: string,
  io: CliIo,
  readFile: (path: string) => AsyncIterable<Uint8Array>,
): Promise<number> {
  let result: Awaited<ReturnType<typeof importCaptureStream>>;
  try {
    result = await importCaptureStream(readFile(file), baseName(file));
  } catch (error) {
    io.stderr(`error: cannot read ${file}: ${describe(error)}\n`);
    return EXIT_USAGE;
  }
  const { trace, error } = result;
  io.stdout(`${JSON.stringify(trace)}\n`);
  if (error) {
    io.stderr(`error: ${formatCaptureError(error)}\n`);
    return EXIT_USAGE;
  }
  return EXIT_OK;
}
