/**
 * SFTP and scp uploads (the seed's chapter) and downloads: the seed's last file-transfer chapter. Everything, the login included, travels in
 * one TCP connection to port 22, encrypted by SSH from the key exchange on. Because the PC opens that one
 * connection itself, its firewall (which only stops connections coming in) and the router's NAT change
 * nothing: the firewall switch offers only `off`, and NAT works without any helper.
 */
import { SshClient, type SshClientResult, type SshDirection, type SshMode } from '../core/apps/ssh/client.ts';
import { SshServer } from '../core/apps/ssh/server.ts';
import type { Trace } from '../core/trace.ts';
import { FTP_PASSWORD, FTP_USER, MAX_FILES } from './ftp.ts';
import { type FtpNetwork, ftpNetwork, sampleFiles } from './ftp-network.ts';
import { installNat } from './ftps.ts';
import type { Scenario, ScenarioOptions, SwitchSpec } from './types.ts';

export interface SshRunOptions {
  mode: SshMode;
  /** Upload when absent: the PC sends its files to the server, as in the seed. */
  direction?: SshDirection;
  nat: 'off' | 'on';
  files: number;
  loss: number;
  ip: 4 | 6;
  seed: number;
  distance?: 'internet' | 'lab';
  /**
   * Another OpenSSH build and home directory than the scenario's (Debian 12, /home/learner), to run the
   * simulation as the reference captures were made.
   */
  software?: { version: string; kexAlgorithms: readonly string[]; home: string };
  /** Runs on the network before anything happens: tests put a tap on a link here. */
  prepare?: (n: FtpNetwork) => void;
}

export interface SshRun {
  trace: Trace;
  files: Map<string, Uint8Array>;
  client: SshClientResult;
  /** What the server holds afterwards of what it was sent. */
  stored: Map<string, Uint8Array>;
}

export function simulateSsh(o: SshRunOptions, scenario: string = o.mode): SshRun {
  const natOn = o.nat !== 'off';
  const n = ftpNetwork({
    seed: o.seed,
    nat: natOn,
    ip: o.ip,
    loss: o.loss,
    distance: o.distance ?? 'internet',
  });
  const files = sampleFiles(o.files);
  const direction = o.direction ?? 'upload';
  const upload = direction === 'upload';
  o.prepare?.(n);
  if (natOn) installNat(n, false);
  const sw = o.software;
  const server = new SshServer(n.server, {
    files: upload ? new Map() : files,
    users: { [FTP_USER]: FTP_PASSWORD },
    ...(sw ? { version: sw.version, kexAlgorithms: sw.kexAlgorithms, home: () => sw.home } : {}),
  });
  server.start();
  const client = new SshClient(n.pc, {
    server: n.serverAddress,
    user: FTP_USER,
    password: FTP_PASSWORD,
    mode: o.mode,
    direction,
    files: [...files.keys()],
    ...(upload ? { local: files } : {}),
    ...(sw ? { version: sw.version, kexAlgorithms: sw.kexAlgorithms } : {}),
  });
  n.net.at(0, () => client.start());
  n.net.run();
  const switches: Record<string, string | number> = {
    firewall: 'off',
    direction,
    nat: o.nat,
    files: o.files,
    loss: o.loss,
    ip: o.ip,
  };
  const trace = n.net.trace({
    scenario,
    title: `${o.mode === 'sftp' ? 'SFTP' : 'scp'} ${direction} over SSH`,
    switches,
    captureLink: n.lan.id,
    captureNode: n.pc.id,
  });
  return { trace, files, client: client.result, stored: server.stored };
}

const SSH_SWITCHES: SwitchSpec[] = [
  { name: 'direction', kind: 'choice', values: ['upload', 'download'], default: 'upload' },
  // Only connections coming in are what a PC's firewall stops; SSH has none, so there is nothing to show.
  { name: 'firewall', kind: 'choice', values: ['off'], default: 'off' },
  { name: 'nat', kind: 'choice', values: ['off', 'on'], default: 'off' },
  { name: 'files', kind: 'integer', values: [1, 2, 3, 5, 10], default: 1, min: 1, max: MAX_FILES },
  { name: 'loss', kind: 'number', values: [0, 0.01, 0.05, 0.1, 0.2], default: 0, min: 0, max: 0.9 },
  { name: 'ip', kind: 'choice', values: [4, 6], default: 4 },
];

function sshScenario(id: SshMode, title: string): Scenario {
  const defaults = Object.fromEntries(SSH_SWITCHES.map((s) => [s.name, s.default]));
  return {
    id,
    title,
    switches: SSH_SWITCHES,
    run(options: ScenarioOptions): Trace {
      const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
      const merged = { ...defaults, ...given } as Record<string, unknown>;
      return simulateSsh(
        {
          mode: id,
          direction: merged.direction === 'download' ? 'download' : 'upload',
          nat: merged.nat === 'off' ? 'off' : 'on',
          files: merged.files as number,
          loss: merged.loss as number,
          ip: merged.ip as 4 | 6,
          seed: (merged.seed as number | undefined) ?? 1,
        },
        id,
      ).trace;
    },
  };
}

export const sftpScenario = sshScenario('sftp', 'SFTP: files over one SSH connection');
export const scpScenario = sshScenario('scp', 'scp: files over one SSH connection');
