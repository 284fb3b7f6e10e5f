/** What the numbers were measured on: they mean little without it. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { firstLine, which } from './util.js';

function osName() {
  try {
    const m = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (m?.[1]) return `${m[1]} (${os.type()} ${os.release()})`;
  } catch {
    // Not Linux, or a minimal system: the kernel's own name will do.
  }
  return `${os.type()} ${os.release()}`;
}

function cpuModel() {
  const cpus = os.cpus();
  const model = cpus[0]?.model?.trim() || 'unknown CPU';
  const mhz = cpus[0]?.speed ? ` @ ${(cpus[0].speed / 1000).toFixed(2)} GHz` : '';
  return `${model}${mhz}`;
}

/** Strips the program's name and build details: `TShark (Wireshark) 4.0.17 (Git ...)` becomes `4.0.17`. */
function versionOf(line) {
  if (!line) return null;
  const m = /(\d+\.\d+(?:\.\d+)*)/.exec(line);
  return m ? m[1] : line.trim();
}

export function describeMachine() {
  const tshark = which('tshark');
  const capinfos = which('capinfos');
  return {
    date: new Date().toISOString(),
    cpu: cpuModel(),
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    tshark: tshark ? versionOf(firstLine(tshark)) : null,
    capinfos: capinfos ? versionOf(firstLine(capinfos)) : null,
    /** Filled in once the browser is started. */
    chromium: null,
    loadBefore: os.loadavg().map((x) => Math.round(x * 100) / 100),
    loadAfter: null,
  };
}
