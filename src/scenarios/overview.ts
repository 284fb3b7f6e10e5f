/**
 * "Ways to move a file", told from the simulations themselves: each way is run once, and the table says
 * what its trace shows — how many TCP connections, to which server ports, whether the content is
 * encrypted on the wire, and who opens the connection that carries the file.
 */
import type { AppMessage } from '../core/packet.ts';
import type { ConnectionEvent, Trace, WireEvent } from '../core/trace.ts';
import { getScenario } from './index.ts';

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
  };
}

/** One row per way the product can simulate, each from a run with one file and no firewall in the way. */
export function transferOverview(seed = 1): TransferWay[] {
  return WAYS.flatMap(([id, name]) => {
    const scenario = getScenario(id);
    if (!scenario) return [];
    const offered = new Set(scenario.switches.map((s) => s.name));
    const options: Record<string, string | number> = { seed, files: 1 };
    if (offered.has('firewall')) options.firewall = 'off';
    return [describeTransfer(scenario.run(options), name)];
  });
}
