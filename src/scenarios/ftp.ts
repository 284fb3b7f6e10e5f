/**
 * FTP downloads, active and passive: the seed's first chapter. The PC fetches files from the server; in
 * active mode the server opens each data connection back to the PC, which the PC's firewall may block.
 */

import { FtpClient } from '../core/apps/ftp/client.ts';
import { FtpServer } from '../core/apps/ftp/server.ts';
import { SECOND } from '../core/clock.ts';
import { installNat } from '../core/nat/index.ts';
import type { Trace } from '../core/trace.ts';
import { type FtpNetwork, ftpNetwork, sampleFiles } from './ftp-network.ts';
import { installPcFirewall } from './pc-firewall.ts';
import type { Scenario, ScenarioOptions, SwitchSpec } from './types.ts';

export const FTP_USER = 'learner';
export const FTP_PASSWORD = 'secret';

/** When a person notices the blocked transfer and changes the setting, after the first blocked attempt. */
export const USER_REACTION = 2.5 * SECOND;

export const MAX_FILES = 10_000;

export interface FtpRunOptions {
  mode: 'active' | 'passive';
  firewall: 'off' | 'blocks' | 'blocks-then-allows';
  nat: 'off' | 'on' | 'on-with-helper';
  files: number;
  loss: number;
  ip: 4 | 6;
  seed: number;
  distance?: 'internet' | 'lab';
}

export function runFtp(o: FtpRunOptions, scenario: string): Trace {
  const natOn = o.nat !== 'off';
  const n = ftpNetwork({
    seed: o.seed,
    nat: natOn,
    ip: o.ip,
    loss: o.loss,
    distance: o.distance ?? 'internet',
  });
  const files = sampleFiles(o.files);
  if (natOn) installHomeNat(n, o.nat === 'on-with-helper');
  if (o.firewall !== 'off')
    installPcFirewall(n.net, n.pc, o.firewall === 'blocks-then-allows' ? USER_REACTION : null);

  const server = new FtpServer(n.server, { files, users: { [FTP_USER]: FTP_PASSWORD } });
  server.start();
  const client = new FtpClient(n.pc, {
    server: n.serverAddress,
    user: FTP_USER,
    password: FTP_PASSWORD,
    mode: o.mode,
    files: [...files.keys()],
  });
  n.net.at(0, () => client.start());
  n.net.run();

  const switches: Record<string, string | number> = {
    mode: o.mode,
    firewall: o.firewall,
    nat: o.nat,
    files: o.files,
    loss: o.loss,
    ip: o.ip,
  };
  return n.net.trace({
    scenario,
    title: `FTP ${o.mode} mode`,
    switches,
    captureLink: n.lan.id,
    captureNode: n.pc.id,
  });
}

/** The home router hides the PC's private address behind its public one (and may read FTP to help). */
function installHomeNat(n: FtpNetwork, helper: boolean): void {
  const outside = n.router.interfaces.find((i) => i.name === 'wan');
  if (!outside) throw new Error('the router has no wan interface');
  installNat(n.router, { outside, ftpHelper: helper });
}

const FTP_SWITCHES = (mode: 'active' | 'passive'): SwitchSpec[] => [
  { name: 'mode', kind: 'choice', values: ['active', 'passive'], default: mode },
  {
    name: 'firewall',
    kind: 'choice',
    values: ['off', 'blocks', 'blocks-then-allows'],
    default: mode === 'active' ? 'blocks-then-allows' : 'off',
  },
  { name: 'nat', kind: 'choice', values: ['off', 'on', 'on-with-helper'], default: 'off' },
  { name: 'files', kind: 'integer', values: [1, 2, 3, 5, 10], default: 2, min: 1, max: MAX_FILES },
  { name: 'loss', kind: 'number', values: [0, 0.01, 0.05, 0.1, 0.2], default: 0, min: 0, max: 0.9 },
  { name: 'ip', kind: 'choice', values: [4, 6], default: 4 },
];

function ftpScenario(id: string, mode: 'active' | 'passive', title: string): Scenario {
  const switches = FTP_SWITCHES(mode);
  const defaults = Object.fromEntries(switches.map((s) => [s.name, s.default]));
  return {
    id,
    title,
    switches,
    run(options: ScenarioOptions): Trace {
      const merged = { ...defaults, ...stripUndefined(options) } as Record<string, unknown>;
      return runFtp(
        {
          mode: merged.mode as FtpRunOptions['mode'],
          firewall: merged.firewall as FtpRunOptions['firewall'],
          nat: merged.nat as FtpRunOptions['nat'],
          files: merged.files as number,
          loss: merged.loss as number,
          ip: merged.ip as 4 | 6,
          seed: (merged.seed as number | undefined) ?? 1,
        },
        id,
      );
    },
  };
}

function stripUndefined(o: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

export const ftpActive = ftpScenario('ftp-active', 'active', 'FTP in active mode');
export const ftpPassive = ftpScenario('ftp-passive', 'passive', 'FTP in passive mode');
