/**
 * The page in headless Chromium: how much it loads up front, how soon a scene can be played, how smooth
 * playing and scrubbing are, and how fast the capture reader runs in a browser.
 *
 * The app is built into bench/tmp/app from the same sources and configuration as `npm run build` (only the
 * folder differs, so that a benchmark never pulls dist/app from under a test that is using it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { createServer } from '../scripts/serve.js';
import { summarise } from './profile.js';
import { BUDGETS, FRAME_LIMIT_MS } from './report.js';
import { log, median, quantile, ROOT, round, TMP } from './util.js';

export const APP_DIR = join(TMP, 'app');
const READER_DIR = join(TMP, 'browser-reader');
/** The scene the first-load measurement opens. */
export const FIRST_SCENE = '#/ftp/active';
const FRAME_MS = 1000 / 60;
const PLAY_MS = 6000;
const SCRUB_MS = 5000;
const MAX_SCENES = 30;

/** The app built without minifying, so that a profile of the page names its functions. */
const PROFILE_APP_DIR = join(TMP, 'app-profile');

export async function buildApp(outDir = APP_DIR, minify = true) {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...(minify ? {} : { minify: false }) },
  });
}

/** The renderer's own work, as its performance trace names it, that a JavaScript profile shows only as "(program)". */
const RENDER_EVENTS = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'ParseHTML',
  'HitTest',
  'FunctionCall',
  'FireAnimationFrame',
  'EventDispatch',
  'MajorGC',
  'MinorGC',
]);

/** Total time of the main thread's trace events by name (events inside others count in both). */
function traceTotals(buffer) {
  const events = JSON.parse(buffer.toString('utf8')).traceEvents ?? [];
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const totals = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !RENDER_EVENTS.has(e.name) || !main.has(`${e.pid}:${e.tid}`)) continue;
    const t = totals.get(e.name) ?? { ms: 0, count: 0 };
    t.ms += (e.dur ?? 0) / 1000;
    t.count++;
    totals.set(e.name, t);
  }
  return [...totals.entries()]
    .map(([name, t]) => ({ name, ms: round(t.ms, 0), count: t.count }))
    .sort((a, b) => b.ms - a.ms);
}

/**
 * Runs `action` with Chromium's sampling profiler and its performance trace on, and summarises where the
 * page's time went: its JavaScript functions, and the renderer's work (style, layout, paint ...).
 */
async function profiled(browser, page, action) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await cdp.send('Profiler.start');
  let profile;
  let trace;
  try {
    await action();
  } finally {
    ({ profile } = await cdp.send('Profiler.stop'));
    trace = await browser.stopTracing();
  }
  return { ...summarise(profile, 10), renderer: traceTotals(trace) };
}

/**
 * Where the page spends its time in the measurements that missed their budget, and always scrubbing the
 * capture (the heaviest thing the page does): the same steps again on an unminified build, under the profiler.
 */
async function profilePage(browser, missed, scenes, capture) {
  log('  profiling the page (unminified build) ...');
  await buildApp(PROFILE_APP_DIR, false);
  const server = await serve(PROFILE_APP_DIR);
  const out = {};
  try {
    if (missed.firstScene) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(watchReady);
      out.firstScene = await profiled(browser, page, async () => {
        await page.goto(`${server.url}${FIRST_SCENE}`);
        await waitReady(page);
      });
      await context.close();
    }
    if (missed.playing && scenes.busiest) {
      const { page, context } = await openPage(browser, `${server.url}${scenes.busiest}`);
      await waitReady(page);
      out.playing = await profiled(browser, page, async () => {
        await page.click('#play');
        await page.waitForTimeout(PLAY_MS);
      });
      await context.close();
    }
    if (capture) {
      const { page, context } = await openPage(browser, `${server.url}#/capture`);
      const input = (await page.$('#capture-file')) ?? (await page.$('input[type=file]'));
      if (input) {
        await input.setInputFiles(capture.path);
        await page.waitForFunction(() => Number(document.querySelector('#scrub')?.max ?? 0) > 0, null, {
          timeout: 180_000,
        });
        out.scrubbing = await profiled(browser, page, () => page.evaluate(scrubFor, SCRUB_MS));
      }
      await context.close();
    }
  } catch (e) {
    out.error = e.message.split('\n')[0];
  } finally {
    await server.close();
  }
  return out;
}

/** The page's capture worker, when it has one; otherwise the reader itself is run in a page. */
const WORKER_SOURCE = join(ROOT, 'src', 'capture', 'worker.ts');

async function buildReader(mode) {
  const page = mode === 'worker' ? 'worker.html' : 'index.html';
  await build({
    root: join(ROOT, 'bench', 'browser'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: READER_DIR,
      emptyOutDir: true,
      rollupOptions: { input: join(ROOT, 'bench', 'browser', page) },
    },
  });
  return page;
}

function gzipKb(bytes) {
  return gzipSync(bytes).length / 1024;
}

/** The scripts, module preloads and style sheets index.html loads before anything else. */
export function bundleSizes(appDir = APP_DIR) {
  const html = readFileSync(join(appDir, 'index.html'), 'utf8');
  const refs = [];
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(m[0])?.[1];
    if (src) refs.push({ kind: 'js', href: src });
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\srel="([^"]+)"/.exec(m[0])?.[1];
    const href = /\shref="([^"]+)"/.exec(m[0])?.[1];
    if (!href) continue;
    if (rel === 'stylesheet') refs.push({ kind: 'css', href });
    else if (rel === 'modulepreload') refs.push({ kind: 'js', href });
  }
  const files = refs
    .filter((r) => !/^[a-z]+:/i.test(r.href))
    .map((r) => {
      const bytes = readFileSync(join(appDir, r.href.replace(/^\.?\//, '')));
      return {
        file: r.href.replace(/^\.?\//, ''),
        kind: r.kind,
        kb: round(bytes.length / 1024, 1),
        gzipKb: round(gzipKb(bytes), 1),
      };
    });
  const assets = join(appDir, 'assets');
  const all = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
  const allGzip = all.reduce((s, f) => s + gzipKb(readFileSync(join(assets, f))), 0);
  const sum = (kind) => files.filter((f) => !kind || f.kind === kind).reduce((s, f) => s + f.gzipKb, 0);
  return {
    files,
    jsGzipKb: round(sum('js'), 1),
    cssGzipKb: round(sum('css'), 1),
    initialGzipKb: round(sum(), 1),
    htmlGzipKb: round(gzipKb(Buffer.from(html)), 1),
    allAssetsGzipKb: round(allGzip, 1),
    allAssets: all.length,
    totalKb: round(all.reduce((s, f) => s + statSync(join(assets, f)).size, 0) / 1024, 1),
  };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--enable-precise-memory-info',
    ],
  });
}

async function serve(root) {
  const server = createServer(root);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Installed before the page's own scripts: notes the moment a scene can be played (the play button is
 * there and the stage is drawn) or, on a page without a player, the packet table has rows, and then the
 * moment after that frame is painted. Times are from the start of navigation.
 */
function watchReady() {
  const ready = () => {
    const play = document.querySelector('#play');
    const stage = document.querySelector('.stage-wrap svg') ?? document.querySelector('svg[aria-label]');
    if (play && !play.disabled && stage && stage.childElementCount > 0) return 'player';
    if (document.querySelector('#packets tbody tr')) return 'packet table';
    return null;
  };
  const check = () => {
    if (window.__benchReady) return;
    const what = ready();
    if (!what) return;
    const at = performance.now();
    window.__benchReady = { what, at };
    observer.disconnect();
    // A frame is painted after the next animation frame callback; the task after it runs once it is.
    requestAnimationFrame(() => setTimeout(() => (window.__benchReady.paintedAt = performance.now()), 0));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

async function openPage(browser, url, viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(watchReady);
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, errors };
}

async function waitReady(page, timeoutMs = 15_000) {
  await page.waitForFunction(() => window.__benchReady?.paintedAt !== undefined, null, {
    timeout: timeoutMs,
  });
  return page.evaluate(() => window.__benchReady);
}

/** Time from navigation to a playable first scene, from a cold start (new context) each time. */
async function firstScene(browser, base, runs) {
  const samples = [];
  let what = null;
  let navigation = null;
  for (let i = 0; i < runs; i++) {
    const { page, context } = await openPage(browser, `${base}${FIRST_SCENE}`);
    try {
      const ready = await waitReady(page);
      what = ready.what;
      samples.push(ready.paintedAt);
      navigation = await page.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0];
        return n ? { domContentLoadedMs: n.domContentLoadedEventEnd, loadMs: n.loadEventEnd } : null;
      });
    } finally {
      await context.close();
    }
  }
  return {
    route: FIRST_SCENE,
    what,
    ms: round(median(samples), 0),
    bestMs: round(Math.min(...samples), 0),
    samplesMs: samples.map((x) => round(x, 0)),
    domContentLoadedMs: round(navigation?.domContentLoadedMs, 0),
    loadMs: round(navigation?.loadMs, 0),
  };
}

/** The scenes the topics page links to, by their addresses. */
async function sceneLinks(browser, base) {
  const { page, context } = await openPage(browser, `${base}#/`);
  try {
    await page.waitForSelector('a[data-topic], a[data-scene]', { timeout: 5000 }).catch(() => undefined);
    const topics = await page.$$eval('a[data-topic]', (as) => as.map((a) => a.getAttribute('href')));
    const scenes = new Set(await page.$$eval('a[data-scene]', (as) => as.map((a) => a.getAttribute('href'))));
    for (const topic of topics) {
      await page.goto(`${base}${topic}`);
      await page.waitForSelector('a[data-scene]', { timeout: 5000 }).catch(() => undefined);
      for (const href of await page.$$eval('a[data-scene]', (as) => as.map((a) => a.getAttribute('href')))) {
        scenes.add(href);
      }
    }
    return [...scenes].filter(Boolean).slice(0, MAX_SCENES);
  } finally {
    await context.close();
  }
}

/** The scene with the longest timeline (the range of its scrubber), and the timelines of all looked at. */
async function busiestScene(browser, base) {
  const links = await sceneLinks(browser, base);
  const looked = [];
  for (const href of links.length > 0 ? links : [FIRST_SCENE]) {
    const { page, context } = await openPage(browser, `${base}${href}`);
    try {
      const ready = await waitReady(page);
      if (ready.what !== 'player') continue;
      const timeline = await page.$eval('#scrub', (s) => Number(s.max)).catch(() => 0);
      const packets = await page.$$eval(
        '[data-packet]',
        (els) => new Set(els.map((e) => e.getAttribute('data-packet'))).size,
      );
      looked.push({ href, timeline, packets });
    } catch (e) {
      looked.push({ href, error: e.message.split('\n')[0] });
    } finally {
      await context.close();
    }
  }
  const playable = looked.filter((s) => !s.error);
  const busiest = playable.reduce(
    (a, b) => (!a || b.timeline > a.timeline || (b.timeline === a.timeline && b.packets > a.packets) ? b : a),
    null,
  );
  return { busiest, looked };
}

/** Records the intervals between animation frames (their own timestamps: vsync times) until stopped. */
function startFrames() {
  window.__frames = [];
  window.__recording = true;
  let last;
  const tick = (t) => {
    if (last !== undefined) window.__frames.push(t - last);
    last = t;
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopFrames() {
  window.__recording = false;
  return window.__frames;
}

/** Drags the timeline from start to end and back, one position per frame, as a hand on a slider does. */
function scrubFor(ms) {
  return new Promise((resolve) => {
    const scrub = document.querySelector('#scrub');
    const max = Number(scrub.max);
    const start = performance.now();
    let moves = 0;
    const step = (t) => {
      const phase = ((t - start) % ms) / ms;
      const value = Math.round(max * (phase < 0.5 ? 2 * phase : 2 - 2 * phase));
      if (String(value) !== scrub.value) {
        scrub.value = String(value);
        scrub.dispatchEvent(new Event('input', { bubbles: true }));
        moves++;
      }
      if (t - start < ms) requestAnimationFrame(step);
      else {
        scrub.dispatchEvent(new Event('change', { bubbles: true }));
        resolve({ max, moves });
      }
    };
    requestAnimationFrame(step);
  });
}

export function frameStats(intervals) {
  if (!intervals || intervals.length === 0) return null;
  return {
    frames: intervals.length,
    p50: round(quantile(intervals, 0.5), 1),
    p95: round(quantile(intervals, 0.95), 1),
    p99: round(quantile(intervals, 0.99), 1),
    max: round(Math.max(...intervals), 1),
    // A frame that took longer than one and a half refreshes showed the previous picture twice or more.
    late: intervals.filter((x) => x > 1.5 * FRAME_MS).length,
  };
}

/** Frames of an empty page over the same time: what the machine and the headless browser allow at best. */
async function blankFrames(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    await page.setContent('<!doctype html><title>blank</title><p>nothing to draw</p>');
    await page.evaluate(startFrames);
    await page.waitForTimeout(PLAY_MS);
    return frameStats(await page.evaluate(stopFrames));
  } finally {
    await context.close();
  }
}

async function playFrames(browser, base, href) {
  const { page, context, errors } = await openPage(browser, `${base}${href}`);
  try {
    await waitReady(page);
    await page.evaluate(startFrames);
    await page.click('#play');
    await page.waitForTimeout(PLAY_MS);
    const intervals = await page.evaluate(stopFrames);
    return { href, ...frameStats(intervals), errors };
  } finally {
    await context.close();
  }
}

async function scrubFrames(page) {
  await page.evaluate(startFrames);
  const moved = await page.evaluate(scrubFor, SCRUB_MS);
  const intervals = await page.evaluate(stopFrames);
  return { ...moved, ...frameStats(intervals) };
}

async function scrubScene(browser, base, href) {
  const { page, context, errors } = await openPage(browser, `${base}${href}`);
  try {
    await waitReady(page);
    return { href, ...(await scrubFrames(page)), errors };
  } finally {
    await context.close();
  }
}

/**
 * Opens the 100,000-packet capture in the page (its capture page, `#/capture`, or any page with a file
 * input) and scrubs the timeline of the scene it shows. Says why not when the page cannot open a file.
 */
async function scrubCapture(browser, base, capture) {
  for (const href of ['#/capture', '#/', FIRST_SCENE]) {
    const { page, context, errors } = await openPage(browser, `${base}${href}`);
    try {
      await page
        .waitForSelector('input[type=file]', { timeout: 3000, state: 'attached' })
        .catch(() => undefined);
      const input = (await page.$('#capture-file')) ?? (await page.$('input[type=file]'));
      if (!input) continue;
      const started = Date.now();
      await input.setInputFiles(capture.path);
      await page.waitForFunction(() => Number(document.querySelector('#scrub')?.max ?? 0) > 0, null, {
        timeout: 180_000,
      });
      await waitReady(page, 60_000).catch(() => undefined);
      const openMs = Date.now() - started;
      const steps = await page.$eval('#scrub', (el) => Number(el.max));
      return {
        href,
        capture: capture.name,
        packets: capture.packets,
        openMs,
        timeline: steps,
        ...(await scrubFrames(page)),
        errors,
      };
    } catch (e) {
      return {
        href,
        capture: capture.name,
        error: `the page took the file but showed no timeline to scrub: ${e.message.split('\n')[0]}`,
      };
    } finally {
      await context.close();
    }
  }
  return {
    capture: capture.name,
    error: 'the page cannot open a capture yet (no file input on #/capture, the first page or the player)',
  };
}

/** The app's reader bundled for the browser, importing each capture from a file input. */
async function readInBrowser(browser, captures) {
  const mode = existsSync(WORKER_SOURCE) ? 'worker' : 'page';
  const html = await buildReader(mode);
  log(
    `  reading in the browser (${mode === 'worker' ? "the page's capture worker" : 'the reader run in a page'}) ...`,
  );
  const server = await serve(READER_DIR);
  const results = [];
  try {
    for (const capture of captures) {
      if (capture.scrub) continue;
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}${html}`);
        await page.setInputFiles('#file', capture.path);
        page.setDefaultTimeout(20 * 60_000);
        const r = await page.evaluate(() => window.benchRead());
        results.push({
          name: capture.name,
          mode,
          format: capture.format,
          size: capture.sizeLabel,
          bytes: capture.bytes,
          ms: round(r.ms, 0),
          events: r.events,
          rows: r.rows ?? null,
          mbPerS: round(capture.bytes / 1e6 / (r.ms / 1000), 1),
          packetsPerS: Math.round(r.packets / (r.ms / 1000)),
          packets: r.packets,
          heapMb: round(r.heapMb, 0),
          error: r.error,
        });
        log(
          `    ${capture.name}: ${round(r.ms, 0)} ms (${round(capture.bytes / 1e6 / (r.ms / 1000), 1)} MB/s), page heap ${round(r.heapMb, 0)} MB`,
        );
      } catch (e) {
        results.push({
          name: capture.name,
          mode,
          format: capture.format,
          size: capture.sizeLabel,
          failed: e.message.split('\n')[0],
        });
        log(`    ${capture.name}: failed (${e.message.split('\n')[0]})`);
      } finally {
        await context.close().catch(() => undefined);
      }
    }
  } finally {
    await server.close();
  }
  return results;
}

export async function benchPage(captures, { runs, skipReading, skipPage }) {
  // The sizes need no browser: they are measured even where Chromium cannot start.
  const bundle = skipPage ? null : bundleSizes();
  if (bundle) log(`  initial JS+CSS ${bundle.initialGzipKb} KB gzip (${bundle.files.length} files)`);
  let browser;
  try {
    browser = await launch();
  } catch (e) {
    return { bundle, error: `Chromium did not start: ${e.message.split('\n')[0]}` };
  }
  if (skipPage) {
    try {
      return {
        chromium: browser.version(),
        reading: skipReading ? [] : await readInBrowser(browser, captures),
      };
    } finally {
      await browser.close();
    }
  }
  const server = await serve(APP_DIR);
  try {
    const chromiumVersion = browser.version();
    const first = await firstScene(browser, server.url, runs);
    log(`  first playable scene (${first.what}): ${first.ms} ms`);
    const { busiest, looked } = await busiestScene(browser, server.url);
    let playing = null;
    let scrubbing = null;
    if (busiest) {
      log(`  busiest scene ${busiest.href} (timeline ${busiest.timeline})`);
      playing = await playFrames(browser, server.url, busiest.href);
      log(`  playing: p95 ${playing.p95} ms over ${playing.frames} frames`);
      scrubbing = await scrubScene(browser, server.url, busiest.href);
      log(`  scrubbing the scene: p95 ${scrubbing.p95} ms`);
    }
    const blank = await blankFrames(browser);
    log(`  an empty page, for comparison: p95 ${blank.p95} ms`);
    const scrubCap = captures.find((c) => c.scrub);
    const captureScrub = scrubCap ? await scrubCapture(browser, server.url, scrubCap) : null;
    log(`  scrubbing a 100,000-packet capture: ${captureScrub?.error ?? `p95 ${captureScrub?.p95} ms`}`);
    const late = (f) => f && !f.error && f.p95 > FRAME_LIMIT_MS;
    const missed = {
      firstScene: first.ms > BUDGETS.firstSceneMs,
      playing: late(playing),
      scrubbing: late(captureScrub),
    };
    const profiles =
      missed.firstScene || missed.playing || scrubCap
        ? await profilePage(browser, missed, { busiest: busiest?.href }, scrubCap)
        : null;
    const reading = skipReading ? [] : await readInBrowser(browser, captures);
    return {
      profiles,
      chromium: chromiumVersion,
      bundle,
      firstScene: first,
      scenes: looked,
      busiest,
      blank,
      playing,
      scrubbingScene: scrubbing,
      scrubbingCapture: captureScrub,
      reading,
    };
  } finally {
    await server.close();
    await browser.close();
  }
}
