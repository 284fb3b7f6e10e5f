/**
 * Reading captures: `tcpip-animation read FILE` against `tshark -T fields` with the same columns and
 * against `capinfos`, on generated files of about 10 MB, 100 MB and 1 GB in both formats. The tools run
 * in turn, file by file, so that a busy moment of the machine hurts them alike; the best run of each
 * counts, and the median is kept beside it.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCapture } from './generate.js';
import { log, median, minimum, ROOT, round, TMP, timed, which } from './util.js';

export const SIZES = [
  { label: '10 MB', bytes: 10e6 },
  { label: '100 MB', bytes: 100e6 },
  { label: '1 GB', bytes: 1e9, large: true },
];
export const FORMATS = ['pcapng', 'pcap'];

/** The columns `read` prints, as tshark names them. */
export const TSHARK_FIELDS = [
  'frame.number',
  'frame.time_relative',
  'ip.src',
  'ipv6.src',
  'tcp.srcport',
  'ip.dst',
  'ipv6.dst',
  'tcp.dstport',
  'tcp.flags',
  'tcp.seq',
  'tcp.ack',
  'tcp.len',
  'ftp.request.command',
  'ftp.response.code',
];

const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const MANIFEST = join(TMP, 'captures.json');

function generatorVersion() {
  return createHash('sha1')
    .update(readFileSync(new URL('./generate.js', import.meta.url)))
    .digest('hex')
    .slice(0, 12);
}

/**
 * Makes the captures the run needs, reusing files left by an earlier run when the generator has not
 * changed since (they are the same bytes).
 */
export function prepareCaptures({ quick }) {
  mkdirSync(TMP, { recursive: true });
  const version = generatorVersion();
  const manifest = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : {};
  const wanted = [];
  for (const size of SIZES) {
    if (quick && size.large) continue;
    for (const format of FORMATS) {
      wanted.push({ name: `ftp-${size.label.replace(' ', '').toLowerCase()}.${format}`, size, format });
    }
  }
  // The page is scrubbed through a capture of exactly 100,000 packets.
  wanted.push({ name: 'scrub-100k.pcapng', packets: 100_000, format: 'pcapng', scrub: true });
  const captures = [];
  for (const w of wanted) {
    const path = join(TMP, w.name);
    const known = manifest[w.name];
    let info;
    if (known && known.version === version && existsSync(path) && statSync(path).size === known.bytes) {
      info = known;
    } else {
      const started = Date.now();
      log(`  generating ${w.name} ...`);
      const made = generateCapture(path, {
        format: w.format,
        ...(w.size ? { bytes: w.size.bytes } : { packets: w.packets }),
      });
      info = { version, bytes: made.bytes, packets: made.packets, sessions: made.sessions };
      manifest[w.name] = info;
      writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
      log(
        `  ${w.name}: ${(made.bytes / 1e6).toFixed(1)} MB, ${made.packets} packets in ${Date.now() - started} ms`,
      );
    }
    captures.push({
      name: w.name,
      path,
      format: w.format,
      sizeLabel: w.size?.label ?? '100k packets',
      large: Boolean(w.size?.large),
      scrub: Boolean(w.scrub),
      bytes: info.bytes,
      packets: info.packets,
      sessions: info.sessions,
    });
  }
  return captures;
}

/** Reads a file once, so that every tool finds it in the page cache rather than the first paying for the disk. */
async function warm(path) {
  for await (const _ of createReadStream(path, { highWaterMark: 1 << 20 })) {
    // Only the reading matters.
  }
}

function summarise(runs, capture) {
  const ok = runs.filter((r) => r.exit === 0);
  const best = minimum(ok.map((r) => r.wallMs));
  if (best === null) return { failed: true, exit: runs[0]?.exit ?? null, stderr: runs[0]?.stderr ?? '' };
  return {
    wallMs: round(best, 1),
    medianMs: round(median(ok.map((r) => r.wallMs)), 1),
    cpuMs: round(minimum(ok.map((r) => r.cpuMs)), 1),
    peakMb: round(Math.max(...ok.map((r) => r.peakKb ?? 0)) / 1024, 1),
    mbPerS: round(capture.bytes / 1e6 / (best / 1000), 1),
    packetsPerS: Math.round(capture.packets / (best / 1000)),
    runs: ok.length,
  };
}

export function tools() {
  return { tshark: which('tshark'), capinfos: which('capinfos') };
}

/**
 * Files smaller than this are timed and reported but not held to the budgets: their time is mostly the
 * start of a Node.js process and the compiling of its code, not reading.
 */
export const JUDGED_FROM_BYTES = 50e6;

/** What starting the command line costs before it reads anything: `main.js --help`. */
export async function benchStartup(runs) {
  const samples = [];
  for (let i = 0; i < Math.max(runs, 5); i++) samples.push(await timed(process.execPath, [CLI, '--help']));
  const ok = samples.filter((r) => r.exit === 0);
  return {
    wallMs: round(minimum(ok.map((r) => r.wallMs)), 1),
    medianMs: round(median(ok.map((r) => r.wallMs)), 1),
  };
}

/** Times `read`, tshark and capinfos on each capture. */
export async function benchRead(captures, { runs, runsLarge }) {
  const { tshark, capinfos } = tools();
  const results = [];
  for (const capture of captures) {
    if (capture.scrub) continue;
    const n = capture.large ? runsLarge : runs;
    log(`  ${capture.name} (${n} run${n > 1 ? 's' : ''} each) ...`);
    await warm(capture.path);
    const samples = { read: [], tshark: [], capinfos: [] };
    for (let i = 0; i < n; i++) {
      samples.read.push(await timed(process.execPath, [CLI, 'read', capture.path]));
      if (tshark) {
        const fields = TSHARK_FIELDS.flatMap((f) => ['-e', f]);
        samples.tshark.push(await timed(tshark, ['-r', capture.path, '-T', 'fields', ...fields]));
      }
      if (capinfos) samples.capinfos.push(await timed(capinfos, [capture.path]));
    }
    const result = {
      name: capture.name,
      format: capture.format,
      judged: capture.bytes >= JUDGED_FROM_BYTES,
      size: capture.sizeLabel,
      bytes: capture.bytes,
      packets: capture.packets,
      read: summarise(samples.read, capture),
      tshark: tshark ? summarise(samples.tshark, capture) : null,
      capinfos: capinfos ? summarise(samples.capinfos, capture) : null,
    };
    if (result.tshark?.wallMs && result.read.wallMs) {
      result.speedupVsTshark = round(result.tshark.wallMs / result.read.wallMs, 2);
    }
    if (result.capinfos?.wallMs && result.read.wallMs) {
      result.timesCapinfos = round(result.read.wallMs / result.capinfos.wallMs, 2);
    }
    log(
      `    read ${result.read.wallMs} ms (${result.read.mbPerS} MB/s, ${result.read.peakMb} MB)` +
        (result.tshark ? `, tshark ${result.tshark.wallMs} ms` : '') +
        (result.capinfos ? `, capinfos ${result.capinfos.wallMs} ms` : ''),
    );
    results.push(result);
  }
  return results;
}

const FLAG_NAMES = [
  [0x02, 'SYN'],
  [0x01, 'FIN'],
  [0x04, 'RST'],
  [0x08, 'PSH'],
  [0x10, 'ACK'],
  [0x20, 'URG'],
  [0x40, 'ECE'],
  [0x80, 'CWR'],
];

function flagText(hex) {
  const f = Number.parseInt(hex, 16);
  return FLAG_NAMES.filter(([bit]) => f & bit)
    .map(([, name]) => name)
    .join(',');
}

async function runToFile(program, args, path) {
  const handle = await open(path, 'w');
  try {
    const r = await timed(program, args, { stdout: handle.fd });
    if (r.exit !== 0) throw new Error(`${program} exited with ${r.exit}: ${r.stderr}`);
  } finally {
    await handle.close();
  }
  return readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
}

/**
 * Checks that `read` and tshark see the same packets in a capture, column by column, so that the race
 * is between tools doing the same work. Returns the number of rows and of cells that differ.
 */
export async function crossCheck(capture) {
  const { tshark } = tools();
  if (!tshark) return null;
  const ours = (await runToFile(process.execPath, [CLI, 'read', capture.path], join(TMP, 'check-read.tsv')))
    .slice(1)
    .map((l) => l.split('\t'));
  const fields = TSHARK_FIELDS.flatMap((f) => ['-e', f]);
  const theirs = (
    await runToFile(tshark, ['-r', capture.path, '-T', 'fields', ...fields], join(TMP, 'check-tshark.tsv'))
  ).map((l) => l.split('\t'));
  let cells = 0;
  const examples = [];
  const n = Math.min(ours.length, theirs.length);
  for (let i = 0; i < n; i++) {
    const [frame, time, src, sport, dst, dport, flags, seq, ack, len, app] = ours[i];
    const t = theirs[i];
    const appWord = (app ?? '').split(' ')[0] ?? '';
    const expected = [
      ['frame', frame, t[0]],
      ['time', Number(time).toFixed(6), Number(t[1]).toFixed(6)],
      ['src', src, t[2] || t[3]],
      ['sport', sport, t[4]],
      ['dst', dst, t[5] || t[6]],
      ['dport', dport, t[7]],
      ['flags', flags, flagText(t[8])],
      ['seq', seq, t[9]],
      ['ack', ack, t[10]],
      ['len', len, t[11]],
      ['app', appWord, t[12] || t[13] || ''],
    ];
    for (const [column, a, b] of expected) {
      if (a !== b) {
        cells++;
        if (examples.length < 5) examples.push(`frame ${frame} ${column}: read "${a}", tshark "${b}"`);
      }
    }
  }
  return { rows: ours.length, tsharkRows: theirs.length, differingCells: cells, examples };
}
