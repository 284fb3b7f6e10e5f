/**
 * Runs `read` on a capture under V8's sampling profiler and summarises where the time went: the functions
 * with the most self time, and the same grouped by source file.
 *
 *   node bench/profile.js FILE [--top N]
 *
 * The raw profile is kept in bench/tmp/profiles/ (open it in Chrome DevTools for the full call tree).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROFILE_DIR = join(ROOT, 'bench', 'tmp', 'profiles');

/** A script's address as a short name: a path in the repository, or the path part of a web address. */
function fileName(url) {
  if (!url) return '(native)';
  if (/^https?:/.test(url)) return new URL(url).pathname.replace(/^\//, '');
  return relative(ROOT, url.replace(/^file:\/\//, ''));
}

/** Self time per function and per file from a `.cpuprofile` (Node's or Chromium's), in ms, largest first. */
export function summarise(profile, top = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0));
  });
  const functions = new Map();
  const files = new Map();
  let total = 0;
  for (const [id, micros] of self) {
    const node = byId.get(id);
    if (!node) continue;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = fileName(url);
    const name = `${functionName || '(anonymous)'} ${file}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
    files.set(file, (files.get(file) ?? 0) + micros);
  }
  const rank = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), share: micros / total }));
  return { totalMs: Math.round(total / 1000), functions: rank(functions), files: rank(files) };
}

export function formatSummary(summary) {
  const line = (r) => `${String(r.ms).padStart(7)} ms ${(100 * r.share).toFixed(1).padStart(5)}%  ${r.name}`;
  return [
    `sampled ${summary.totalMs} ms`,
    'hottest functions (self time):',
    ...summary.functions.map(line),
    'by file:',
    ...summary.files.map(line),
  ].join('\n');
}

/** Profiles `node dist/cli/main.js read FILE`, output thrown away. */
export function profileRead(file, top = 15) {
  mkdirSync(PROFILE_DIR, { recursive: true });
  const before = new Set(readdirSync(PROFILE_DIR));
  const run = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR, join(ROOT, 'dist', 'cli', 'main.js'), 'read', file],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`read exited with ${run.status}`);
  const made = readdirSync(PROFILE_DIR)
    .filter((f) => f.endsWith('.cpuprofile') && !before.has(f))
    .map((f) => join(PROFILE_DIR, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!made[0]) throw new Error('no profile was written');
  return { path: made[0], summary: summarise(JSON.parse(readFileSync(made[0], 'utf8')), top) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const topAt = args.indexOf('--top');
  if (!file) {
    console.error('usage: node bench/profile.js FILE [--top N]');
    process.exit(2);
  }
  const { path, summary } = profileRead(file, topAt >= 0 ? Number(args[topAt + 1]) : 15);
  console.log(formatSummary(summary));
  console.log(`profile: ${relative(process.cwd(), path)}`);
}
