/** Finding the capture files that have a tshark listing beside them. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Fixture {
  name: string;
  capture: string;
  tsv: string;
}

const CAPTURE = /\.(pcap|pcapng)$/;

/** Every capture under `dir` (recursively) with `NAME.pcapng.tshark.tsv` or `NAME.tshark.tsv` beside it. */
export function findFixtures(dir: string): Fixture[] {
  if (!existsSync(dir)) return [];
  const out: Fixture[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...findFixtures(path));
    else if (CAPTURE.test(entry)) {
      const tsv = [`${path}.tshark.tsv`, `${path.replace(CAPTURE, '')}.tshark.tsv`].find((p) =>
        existsSync(p),
      );
      if (tsv) out.push({ name: path, capture: path, tsv });
    }
  }
  return out;
}
