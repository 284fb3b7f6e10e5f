import { ftpActive, ftpPassive } from './ftp.ts';
import { ftpsActive, ftpsPassive } from './ftps.ts';
import { httpDownload } from './http.ts';
import { scpScenario, sftpScenario } from './ssh.ts';
import type { Scenario } from './types.ts';

/** Every scenario the product ships, in the order a menu lists them. */
export const scenarios: Scenario[] = [
  ftpActive,
  ftpPassive,
  ftpsActive,
  ftpsPassive,
  sftpScenario,
  scpScenario,
  httpDownload,
];

export function getScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}
