import { createReadStream, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCapture } from '../../src/capture/import.ts';
import { EXIT_OK, EXIT_USAGE } from '../../src/cli/io.ts';
import { READ_USAGE, runRead } from '../../src/cli/read.ts';
import { ROW_COLUMNS, rowsToTsv, traceToRows } from '../../src/core/rows.ts';

const FIXTURE = 'tests/fixtures/captures/loopback/http.pcapng';

function collect() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: (t: string) => {
        out.stdout += t;
      },
      stderr: (t: string) => {
        out.stderr += t;
      },
    },
  };
}

async function* fromDisk(path: string): AsyncIterable<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 })) yield chunk as Uint8Array;
}

function fromMemory(bytes: Uint8Array) {
  return async function* (_path: string): AsyncIterable<Uint8Array> {
    for (let i = 0; i < bytes.length; i += 100) yield bytes.subarray(i, i + 100);
  };
}

describe('tcpip-animation read', () => {
  const bytes = new Uint8Array(readFileSync(FIXTURE));
  const expected = importCapture(bytes, 'http.pcapng');

  it('prints the packets as TSV by default', async () => {
    const { out, io } = collect();
    expect(await runRead([FIXTURE], io, fromDisk)).toBe(EXIT_OK);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(rowsToTsv(traceToRows(expected.trace)));
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(ROW_COLUMNS.join('\t'));
    expect(lines[1]?.split('\t').slice(0, 7)).toEqual([
      '1',
      '0.000000',
      '127.0.0.1',
      expect.any(String),
      '127.0.0.2',
      '80',
      'SYN',
    ]);
  });

  it('prints the whole trace as JSON', async () => {
    for (const argv of [
      [FIXTURE, '--format', 'json'],
      ['--format=json', FIXTURE],
    ]) {
      const { out, io } = collect();
      expect(await runRead(argv, io, fromDisk)).toBe(EXIT_OK);
      const trace = JSON.parse(out.stdout);
      expect(trace).toEqual(JSON.parse(JSON.stringify(expected.trace)));
      expect(trace.meta).toEqual({ source: 'capture', file: 'http.pcapng', captureLink: 'capture' });
    }
  });

  it('prints what it could read of a damaged file, then the error with its offset, and exits with 2', async () => {
    const cut = bytes.subarray(0, 5000);
    const { out, io } = collect();
    expect(await runRead(['cut.pcapng'], io, fromMemory(cut))).toBe(EXIT_USAGE);
    const partial = importCapture(cut, 'cut.pcapng');
    expect(partial.error).toBeDefined();
    expect(out.stdout).toBe(rowsToTsv(traceToRows(partial.trace)));
    expect(out.stdout.split('\n').length).toBeGreaterThan(3);
    expect(out.stderr).toBe(`error: ${partial.error?.message} (byte offset ${partial.error?.offset})\n`);
    expect(out.stderr).toMatch(
      /^error: file ends in the middle of a pcapng enhanced packet block at byte \d+: .* \(byte offset \d+\)\n$/,
    );
  });

  it('says so when the file is not a capture', async () => {
    const { out, io } = collect();
    expect(await runRead(['notes.txt'], io, fromMemory(new TextEncoder().encode('just some text')))).toBe(
      EXIT_USAGE,
    );
    expect(out.stdout).toBe(`${ROW_COLUMNS.join('\t')}\n`);
    expect(out.stderr).toBe(
      'error: not a pcap or pcapng file: unknown magic 0x6a757374 at byte 0 (byte offset 0)\n',
    );
  });

  it('says so when the file cannot be read', async () => {
    const { out, io } = collect();
    expect(await runRead(['tests/fixtures/captures/no-such-file.pcap'], io, fromDisk)).toBe(EXIT_USAGE);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe('error: cannot read tests/fixtures/captures/no-such-file.pcap: no such file\n');
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['no file', [], /which capture file/],
    ['two files', ['a.pcap', 'b.pcap'], /one capture file at a time/],
    ['an unknown option', ['a.pcap', '--colour'], /unknown option --colour/],
    ['an unknown format', ['a.pcap', '--format', 'xml'], /unknown format "xml"/],
    ['a format without a value', ['a.pcap', '--format'], /--format needs a value/],
  ];
  for (const [name, argv, message] of bad) {
    it(`refuses ${name} with the usage and exit code 2`, async () => {
      const { out, io } = collect();
      expect(await runRead(argv, io, fromDisk)).toBe(EXIT_USAGE);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(message);
      expect(out.stderr.endsWith(`${READ_USAGE}\n`)).toBe(true);
    });
  }

  it('prints its help', async () => {
    const { out, io } = collect();
    expect(await runRead(['--help'], io, fromDisk)).toBe(EXIT_OK);
    expect(out.stdout).toContain(READ_USAGE);
    expect(out.stdout).toContain('frame time src sport dst dport flags seq ack len app');
  });
});
