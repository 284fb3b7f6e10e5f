/**
 * One simulation in a process of its own, so that its peak memory is its own: `node simulate-child.js N`
 * runs FTP in passive mode with N files and prints what it took as JSON. N = 0 only loads the code, to
 * give the memory every run starts from.
 */
import { readFileSync } from 'node:fs';
import { ftpPassive } from '../dist/scenarios/ftp.js';

/**
 * Peak resident memory in KB. On Linux it is read from /proc: `resourceUsage().maxRSS` would also count
 * the memory of the process this one was forked from, which Linux carries over into it.
 */
function peakKb() {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // Not Linux: the portable figure will do.
  }
  return process.resourceUsage().maxRSS;
}

const files = Number(process.argv[2]);
const before = process.memoryUsage().rss;
let ms = 0;
let events = 0;
let packets = 0;
if (files > 0) {
  const started = performance.now();
  const trace = ftpPassive.run({ files });
  ms = performance.now() - started;
  events = trace.events.length;
  packets = trace.events.filter((e) => e.type === 'wire').length;
}
process.stdout.write(
  `${JSON.stringify({ files, ms, events, packets, rssBeforeKb: Math.round(before / 1024), maxRssKb: peakKb() })}\n`,
);
