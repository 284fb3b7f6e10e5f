/**
 * `npm run bench`: builds what it measures, generates the captures, runs every measurement, writes the
 * reports and checks the budgets. Exit code 1 when a budget is missed, 2 for bad arguments.
 *
 *   --quick        leave out the 1 GB captures (and the 10,000-file simulation)
 *   --runs N       runs of each timed command (default 3); the best counts
 *   --runs-large N runs on the 1 GB captures (default 2)
 *   --no-build     measure what is already built (dist/cli and bench/tmp/app)
 *   --only PARTS   a comma-separated subset of read,browser,simulate,page
 *
 * A full run writes bench/RESULTS.md, bench/results.json and README's Performance section; a quick or
 * partial run writes bench/tmp/RESULTS.md and bench/tmp/results.json only, so it never replaces a full report.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { describeMachine } from './machine.js';
import { benchPage, buildApp } from './page.js';
import { profileRead } from './profile.js';
import { benchRead, benchStartup, crossCheck, prepareCaptures } from './read.js';
import { checkBudgets, writeReports } from './report.js';
import { benchSimulate } from './simulate.js';
import { duration, log, ROOT, TMP } from './util.js';

const PARTS = ['read', 'browser', 'simulate', 'page'];

function parseArgs(argv) {
  const o = { quick: false, runs: 3, runsLarge: 2, build: true, only: new Set(PARTS) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const count = () => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} takes a whole number of at least 1`);
      return n;
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--runs') o.runs = count();
    else if (a === '--runs-large') o.runsLarge = count();
    else if (a === '--no-build') o.build = false;
    else if (a === '--only') {
      const parts = value().split(',');
      const unknown = parts.filter((p) => !PARTS.includes(p));
      if (unknown.length) throw new Error(`unknown part ${unknown.join(', ')}: use ${PARTS.join(', ')}`);
      o.only = new Set(parts);
    } else if (a === '-h' || a === '--help') o.help = true;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

function buildCli() {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  // The compiler writes its output even when some file elsewhere has a type error; the type check is
  // npm test's business, so only a missing output stops the benchmark.
  if (r.status !== 0)
    log(
      `  tsc reported problems (the output is used anyway):\n${r.stdout.trim().split('\n').slice(0, 5).join('\n')}`,
    );
}

export async function main(argv) {
  let o;
  try {
    o = parseArgs(argv);
  } catch (e) {
    log(`error: ${e.message}`);
    return 2;
  }
  if (o.help) {
    log(
      'usage: npm run bench [-- --quick] [--runs N] [--runs-large N] [--no-build] [--only read,browser,simulate,page]',
    );
    return 0;
  }
  const started = Date.now();
  const machine = describeMachine();
  log(
    `benchmark on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}`,
  );
  log(`load average ${machine.loadBefore.join(' ')}`);
  mkdirSync(TMP, { recursive: true });
  if (o.build) {
    log('building the command line and the app ...');
    buildCli();
    if (o.only.has('page')) await buildApp();
  }
  const results = {
    machine,
    options: { quick: o.quick, runs: o.runs, runsLarge: o.runsLarge, parts: [...o.only] },
  };

  const needsCaptures = o.only.has('read') || o.only.has('browser') || o.only.has('page');
  if (needsCaptures) log('captures ...');
  const captures = needsCaptures ? prepareCaptures({ quick: o.quick }) : [];

  if (o.only.has('read')) {
    log('reading captures ...');
    const small = captures.find((c) => c.format === 'pcapng' && c.sizeLabel === '10 MB');
    if (small) {
      const check = await crossCheck(small);
      if (check) {
        results.crossCheck = { file: small.name, ...check };
        log(
          `  cross-check with tshark on ${small.name}: ${check.rows} rows, ${check.differingCells} cells differ`,
        );
      }
    }
    results.startup = await benchStartup(o.runs);
    log(`  starting the command line: ${results.startup.wallMs} ms`);
    results.read = await benchRead(captures, o);
    const missed = checkBudgets(results).filter((c) => c.status === 'miss' && c.name.startsWith('`read`'));
    const target = captures.find((c) => c.format === 'pcapng' && c.sizeLabel === '100 MB');
    // Profiled every time, so that a report shows where the time goes whether or not a budget was met.
    if (target) {
      log(`  profiling read on ${target.name} ...`);
      const { path, summary } = profileRead(target.path, 12);
      results.profile = { file: target.name, path: relative(ROOT, path), summary, missed: missed.length > 0 };
    }
  }
  if (o.only.has('simulate')) {
    log('simulating ...');
    results.simulate = benchSimulate({ runs: o.runs, quick: o.quick });
  }
  if (o.only.has('page') || o.only.has('browser')) {
    log('the page in Chromium ...');
    try {
      results.page = await benchPage(captures, {
        runs: Math.max(o.runs, 5),
        skipReading: !o.only.has('browser'),
        skipPage: !o.only.has('page'),
      });
      machine.chromium = results.page.chromium;
    } catch (e) {
      // Without a browser the other measurements still stand; the page's budgets are then not measured.
      log(`  the page could not be measured: ${e.message.split('\n')[0]}`);
      results.page = { error: e.message.split('\n')[0] };
    }
  }
  machine.loadAfter = os.loadavg().map((x) => Math.round(x * 100) / 100);
  results.durationMs = Date.now() - started;

  const checks = checkBudgets(results);
  const full = !o.quick && o.only.size === PARTS.length;
  const dir = full ? join(ROOT, 'bench') : TMP;
  writeReports(results, checks, { dir, readme: full });
  log(
    `\nwrote ${join(dir, 'RESULTS.md')}${full ? ', bench/results.json and README.md' : ''} in ${duration(results.durationMs)}`,
  );
  for (const c of checks)
    log(
      `  ${c.status === 'pass' ? 'met   ' : c.status === 'miss' ? 'MISSED' : 'n/a   '} ${c.name}: ${c.shown}${c.note ? ` (${c.note})` : ''}`,
    );
  const missed = checks.filter((c) => c.status === 'miss');
  if (missed.length) {
    log(
      `\n${missed.length} budget${missed.length > 1 ? 's' : ''} missed: ${missed.map((c) => c.name).join('; ')}`,
    );
    return 1;
  }
  return 0;
}
