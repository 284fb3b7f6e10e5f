/**
 * Simulating: time and memory to run FTP in passive mode with 1, 100, 1,000 and 10,000 files, each in a
 * fresh process, and whether the time grows in proportion to the number of files.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { log, median, minimum, round } from './util.js';

const CHILD = fileURLToPath(new URL('./simulate-child.js', import.meta.url));
/** 1,000 is not asked for, but shows where the cost per file settles once the code is compiled. */
export const FILE_COUNTS = [1, 100, 1000, 10_000];

function runChild(files) {
  const r = spawnSync(process.execPath, [CHILD, String(files)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`simulating ${files} files failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** Least squares fit of `ms = fixed + perFile * files`. */
function linearFit(points) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.files, 0) / n;
  const my = points.reduce((s, p) => s + p.ms, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.files - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.files - mx) * (p.ms - my), 0);
  const slope = sxy / sxx;
  return { fixedMs: my - slope * mx, perFileMs: slope };
}

export function benchSimulate({ runs, quick }) {
  const baseline = runChild(0);
  const rows = [];
  for (const files of FILE_COUNTS) {
    // The largest run takes most of a minute: once is enough to see its cost.
    const n = files >= 10_000 ? 1 : runs;
    const samples = [];
    for (let i = 0; i < n; i++) samples.push(runChild(files));
    const best = samples.reduce((a, b) => (b.ms < a.ms ? b : a));
    rows.push({
      files,
      ms: round(best.ms, 1),
      medianMs: round(median(samples.map((s) => s.ms)), 1),
      events: best.events,
      packets: best.packets,
      peakMb: round(Math.max(...samples.map((s) => s.maxRssKb)) / 1024, 1),
      addedMb: round((minimum(samples.map((s) => s.maxRssKb)) - baseline.maxRssKb) / 1024, 1),
      runs: n,
    });
    log(
      `  ${files} file${files > 1 ? 's' : ''}: ${round(best.ms, 0)} ms, ${best.packets} packets, ${rows.at(-1).peakMb} MB peak`,
    );
    if (quick && files >= 1000) break;
  }
  const one = rows.find((r) => r.files === 1);
  // Cost of each file beyond the first: the login and the first file are paid once.
  const perFile = (r) => (r.ms - one.ms) / (r.files - 1);
  const at100 = rows.find((r) => r.files === 100);
  const at1k = rows.find((r) => r.files === 1000);
  const at10k = rows.find((r) => r.files === 10_000);
  const growth = at100 && at10k ? perFile(at10k) / perFile(at100) : null;
  return {
    baselineMb: round(baseline.maxRssKb / 1024, 1),
    rows,
    fit: rows.length >= 2 ? linearFit(rows.map((r) => ({ files: r.files, ms: r.ms }))) : null,
    perFileMs100: at100 ? round(perFile(at100), 3) : null,
    perFileMs1k: at1k ? round(perFile(at1k), 3) : null,
    perFileMs10k: at10k ? round(perFile(at10k), 3) : null,
    growthRatio: growth === null ? null : round(growth, 2),
    linear: growth === null ? null : growth <= 1.5,
  };
}
