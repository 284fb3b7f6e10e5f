/**
 * "Ways to move a file", told from the simulations themselves: each way is run once, and the table says
 * what its trace shows — how many TCP connections, to which server ports, whether the content is
 * encrypted on the wire, and who opens the connection that carries the file.
 */
import type { AppMessage } from '../core/packet.ts';
import type { ConnectionEvent, Trace, WireEvent } from '../core/trace.ts';
import { getScenario } from './index.ts';
import type { Scenario } from './types.ts';

export interface TransferWay {
  scenario: string;
  /** HTTP, FTP (active) ... */
  name: string;
  connections: number;
  /** Server ports in the order connections opened, without repeats. */
  serverPorts: number[];
  /** True when the file's bytes cross the wire encrypted. */
  encrypted: boolean;
  /** Which side opens the connection that carries the file: `PC` or `Server`. */
  dataOpenedBy: string;
  /** Every TCP connection's listening end, in the order they opened: `21 on Server`, `52177 on PC`. */
  listeners: Array<{ port: number; node: string }>;
  /** Who opens the connections, without repeats. */
  openers: string[];
  /** How the password crosses the wire: `none` when the way has no login. */
  login: 'readable' | 'encrypted' | 'none';
  /**
   * Whether the file still arrives when the PC's firewall blocks what it did not ask for, or when the PC
   * sits behind NAT: `true` when it does not; `null` when the scenario does not model that switch.
   */
  stoppedBy: { firewall: boolean | null; nat: boolean | null };
}

const WAYS: Array<[string, string]> = [
  ['http-download', 'HTTP'],
  ['ftp-active', 'FTP (active)'],
  ['ftp-passive', 'FTP (passive)'],
  ['ftps-active', 'FTPS (active)'],
  ['ftps-passive', 'FTPS (passive)'],
  ['scp', 'SCP'],
  ['sftp', 'SFTP'],
];

function isEncrypted(app: AppMessage | undefined): boolean {
  if (!app) return false;
  if (app.protocol === 'ssh' || app.protocol === 'tls') return true;
  return 'encrypted' in app && app.encrypted === true;
}

/** The password's message, whether it travels in clear (FTP `PASS`) or sealed (`PASS` in TLS, SSH userauth). */
function isLogin(app: AppMessage): boolean {
  if (app.protocol === 'ftp' && 'command' in app) return app.command === 'PASS';
  return app.protocol === 'ssh' && /\bUSERAUTH_REQUEST password\b/.test(app.text);
}

function loginOf(wire: WireEvent[]): TransferWay['login'] {
  for (const e of wire) {
    const app = e.app;
    if (!app) continue;
    if (isLogin(app)) return 'readable';
    if ('inner' in app && app.inner && isLogin(app.inner)) return 'encrypted';
  }
  return 'none';
}

/** The file arrived: some segment carried its bytes (in clear or sealed). */
function delivered(trace: Trace): boolean {
  return trace.events.some(
    (e) =>
      e.type === 'wire' &&
      e.app !== undefined &&
      (e.app.kind === 'data' ||
        e.app.kind === 'response' ||
        ('inner' in e.app && e.app.inner?.kind === 'data')),
  );
}

export function describeTransfer(trace: Trace, name: string): TransferWay {
  const conns = trace.events.filter(
    (e): e is ConnectionEvent => e.type === 'connection' && e.protocol === 'tcp',
  );
  const wire = trace.events.filter((e): e is WireEvent => e.type === 'wire');
  const names = new Map(trace.nodes.map((n) => [n.id, n.name]));
  const carrier = conns.find((c) => c.purpose === 'ftp-data') ?? conns[0];
  const fileBytes = wire.filter((e) => e.conn === carrier?.conn && (e.tcp?.payloadLength ?? 0) > 0);
  return {
    scenario: trace.meta.scenario ?? '',
    name,
    connections: conns.length,
    serverPorts: [...new Set(conns.map((c) => c.server.port))],
    // A segment with no message of its own continues the one before it, so only labelled segments count.
    encrypted:
      fileBytes.some((e) => isEncrypted(e.app)) && !fileBytes.some((e) => e.app && !isEncrypted(e.app)),
    dataOpenedBy: carrier ? (names.get(carrier.client.node) ?? carrier.client.node) : '',
    listeners: conns.map((c) => ({ port: c.server.port, node: names.get(c.server.node) ?? c.server.node })),
    openers: [...new Set(conns.map((c) => names.get(c.client.node) ?? c.client.node))],
    login: loginOf(wire),
    stoppedBy: { firewall: null, nat: null },
  };
}

/** Runs the way again with one switch turned against it, if the scenario offers that value. */
function stoppedWith(
  scenario: Scenario,
  base: Record<string, string | number>,
  name: 'firewall' | 'nat',
  value: string,
): boolean | null {
  const spec = scenario.switches.find((s) => s.name === name);
  if (!spec?.values.includes(value)) return null;
  return !delivered(scenario.run({ ...base, [name]: value }));
}

/** One row per way the product can simulate, each from a run with one file and no firewall in the way. */
export function transferOverview(seed = 1): TransferWay[] {
  return WAYS.flatMap(([id, name]) => {
    const scenario = getScenario(id);
    if (!scenario) return [];
    const offered = new Set(scenario.switches.map((s) => s.name));
    const options: Record<string, string | number> = { seed, files: 1 };
    if (offered.has('firewall')) options.firewall = 'off';
    const way = describeTransfer(scenario.run(options), name);
    way.stoppedBy = {
      firewall: stoppedWith(scenario, options, 'firewall', 'blocks'),
      nat: stoppedWith(scenario, options, 'nat', 'on'),
    };
    return [way];
  });
}
