/** Running commands with their time and memory measured, and the small statistics the reports need. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TMP = join(ROOT, 'bench', 'tmp');

const GNU_TIME = '/usr/bin/time';

/** The path of a program on PATH, or undefined. */
export function which(program) {
  const r = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' });
  const path = r.stdout.trim();
  return r.status === 0 && path ? path : undefined;
}

/** The first line a program prints for `args` (its version), or undefined when it cannot run. */
export function firstLine(program, args = ['--version']) {
  const r = spawnSync(program, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  return `${r.stdout}${r.stderr}`.split('\n').find((l) => l.trim() !== '' && !/running as user/i.test(l));
}

/** Peak resident memory of a running process from /proc, for systems without GNU time. */
function pollPeak(pid, onPeak) {
  const read = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) onPeak(Number(m[1]));
    } catch {
      // The process has just ended: the last reading stands.
    }
  };
  read();
  return setInterval(read, 20);
}

/**
 * Runs a program with its output thrown away (or sent to `stdout`, a file descriptor) and measures it:
 * wall time in ms from our clock, CPU time and peak resident memory (KB) from GNU time when it is there.
 */
export function timed(program, args, { stdout = 'ignore', env, timeoutMs = 30 * 60_000 } = {}) {
  const useTime = existsSync(GNU_TIME);
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const report = join(dir, 'time');
  const [cmd, argv] = useTime
    ? [GNU_TIME, ['-o', report, '-f', '%U %S %M %x', program, ...args]]
    : [program, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { stdio: ['ignore', stdout, 'pipe'], env: env ?? process.env });
    let peakKb = null;
    const poller = useTime ? undefined : pollPeak(child.pid, (kb) => (peakKb = kb));
    let stderr = '';
    child.stderr.on('data', (d) => {
      if (stderr.length < 4000) stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      if (poller) clearInterval(poller);
      let cpuMs = null;
      let exit = code;
      if (useTime && existsSync(report)) {
        const last = readFileSync(report, 'utf8').trim().split('\n').pop() ?? '';
        const [user, sys, rss, status] = last.split(/\s+/).map(Number);
        if (Number.isFinite(user)) cpuMs = (user + sys) * 1000;
        if (Number.isFinite(rss)) peakKb = rss;
        if (Number.isFinite(status)) exit = status;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ wallMs, cpuMs, peakKb, exit: signal ? signal : exit, stderr: stderr.trim() });
    });
  });
}

export function median(values) {
  const v = values.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function minimum(values) {
  const v = values.filter((x) => x !== null && x !== undefined);
  return v.length ? Math.min(...v) : null;
}

/** The value at quantile `q` (0..1) of a sample, by the nearest-rank method. */
export function quantile(values, q) {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil(q * v.length) - 1))];
}

export function round(x, digits = 1) {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** `7 min 27 s`, `12.3 s`, `1.25 s`, `850 ms`. */
export function duration(ms) {
  if (ms === null || ms === undefined) return 'n/a';
  if (ms >= 60_000) {
    const s = Math.round(ms / 1000);
    return `${Math.floor(s / 60)} min ${s % 60} s`;
  }
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

export function log(message) {
  process.stderr.write(`${message}\n`);
}
