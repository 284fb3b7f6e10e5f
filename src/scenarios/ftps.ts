/**
 * FTPS downloads (explicit, RFC 4217), active and passive: the FTP chapter again, with `AUTH TLS` on the
 * control connection and a TLS handshake on every data connection. The PC's firewall behaves as in plain
 * FTP; NAT does not: its FTP helper cannot read the encrypted PORT command any more, so in active mode the
 * server is told the PC's private address and refuses it.
 */
import { formatEndpoint, inPrefix, parsePrefix } from '../core/address.ts';
import { FtpsClient, type FtpsClientResult } from '../core/apps/ftps/client.ts';
import { FtpsServer } from '../core/apps/ftps/server.ts';
import type { TlsVersion } from '../core/apps/tls/endpoint.ts';
import type { AddressTranslator } from '../core/net/hooks.ts';
import type { Interface } from '../core/net/node.ts';
import type { SimPacket } from '../core/net/packet.ts';
import type { Trace } from '../core/trace.ts';
import { FTP_PASSWORD, FTP_USER, MAX_FILES, USER_REACTION } from './ftp.ts';
import { type FtpNetwork, ftpNetwork, sampleFiles } from './ftp-network.ts';
import { installPcFirewall } from './pc-firewall.ts';
import type { Scenario, ScenarioOptions, SwitchSpec } from './types.ts';

export interface FtpsRunOptions {
  mode: 'active' | 'passive';
  firewall: 'off' | 'blocks' | 'blocks-then-allows';
  nat: 'off' | 'on' | 'on-with-helper';
  files: number;
  loss: number;
  ip: 4 | 6;
  tls: TlsVersion;
  seed: number;
  distance?: 'internet' | 'lab';
  /** Runs on the network before anything happens: tests put a tap on a link here. */
  prepare?: (n: FtpNetwork) => void;
}

export interface FtpsRun {
  trace: Trace;
  /** What the server offered, by name. */
  files: Map<string, Uint8Array>;
  client: FtpsClientResult;
}

export function simulateFtps(o: FtpsRunOptions, scenario = `ftps-${o.mode}`): FtpsRun {
  const natOn = o.nat !== 'off';
  const n = ftpNetwork({
    seed: o.seed,
    nat: natOn,
    ip: o.ip,
    loss: o.loss,
    distance: o.distance ?? 'internet',
  });
  const files = sampleFiles(o.files);
  o.prepare?.(n);
  if (natOn) installNat(n, o.nat === 'on-with-helper');
  if (o.firewall !== 'off')
    installPcFirewall(n.net, n.pc, o.firewall === 'blocks-then-allows' ? USER_REACTION : null);

  const server = new FtpsServer(n.server, { files, users: { [FTP_USER]: FTP_PASSWORD }, tls: '1.3' });
  server.start();
  const client = new FtpsClient(n.pc, {
    server: n.serverAddress,
    user: FTP_USER,
    password: FTP_PASSWORD,
    mode: o.mode,
    files: [...files.keys()],
    tls: o.tls,
  });
  n.net.at(0, () => client.start());
  n.net.run();

  const switches: Record<string, string | number> = {
    firewall: o.firewall,
    nat: o.nat,
    files: o.files,
    loss: o.loss,
    ip: o.ip,
    tls: o.tls,
  };
  const trace = n.net.trace({
    scenario,
    title: `FTPS ${o.mode} mode (TLS ${o.tls})`,
    switches,
    captureLink: n.lan.id,
    captureNode: n.pc.id,
  });
  return { trace, files, client: client.result };
}

export function runFtps(o: FtpsRunOptions, scenario?: string): Trace {
  return simulateFtps(o, scenario).trace;
}

/**
 * The home router's address translation (IPv4 masquerading, as Linux does it): connections from the LAN
 * leave with the router's public address, keeping their source port when it is free, and the replies
 * are translated back. Nothing from outside reaches the LAN without a mapping.
 *
 * The FTP helper (nf_conntrack_ftp) works by reading PORT commands and 227 replies on port 21; with FTPS
 * every line after `AUTH TLS` is a TLS record it cannot read, so switching it on changes nothing here.
 */
export function installNat(n: FtpNetwork, helper: boolean): void {
  void helper;
  const router = n.router;
  const lan = router.interfaces.find((i) => i.name === 'lan') as Interface;
  const wan = router.interfaces.find((i) => i.name === 'wan') as Interface;
  const publicAddress = wan.addresses.find((a) => !a.includes(':')) as string;
  const lanPrefixes = lan.prefixes.filter((p) => !p.address.includes(':'));
  const privateRanges = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(parsePrefix);
  interface Mapping {
    inside: { address: string; port: number };
    outside: number;
    remote: { address: string; port: number };
    protocol: string;
  }
  const mappings: Mapping[] = [];
  const record = (packet: SimPacket, what: 'src' | 'dst', before: string, after: string) => {
    const event = {
      type: 'nat' as const,
      t: router.sim.clock.now,
      node: router.id,
      packet: packet.id,
      what,
      before,
      after,
      ...(packet.conn ? { conn: packet.conn } : {}),
    };
    router.sim.recorder.record(event);
  };
  const ports = (p: SimPacket) => p.tcp ?? p.udp;
  const withPorts = (p: SimPacket, src: number, dst: number): SimPacket => {
    if (p.tcp) return { ...p, tcp: { ...p.tcp, srcPort: src, dstPort: dst } };
    if (p.udp) return { ...p, udp: { ...p.udp, srcPort: src, dstPort: dst } };
    return p;
  };
  const translator: AddressTranslator = {
    prerouting(packet: SimPacket, inIface: Interface): SimPacket | null {
      const pp = ports(packet);
      if (inIface !== wan || packet.ip.dst !== publicAddress || !pp) return packet;
      const m = mappings.find(
        (x) =>
          x.protocol === packet.ip.protocol &&
          x.outside === pp.dstPort &&
          x.remote.address === packet.ip.src &&
          x.remote.port === pp.srcPort,
      );
      if (!m) return packet;
      const out = withPorts(
        { ...packet, ip: { ...packet.ip, dst: m.inside.address } },
        pp.srcPort,
        m.inside.port,
      );
      record(
        packet,
        'dst',
        formatEndpoint(publicAddress, pp.dstPort),
        formatEndpoint(m.inside.address, m.inside.port),
      );
      return out;
    },
    postrouting(packet: SimPacket, inIface: Interface, outIface: Interface): SimPacket | null {
      const pp = ports(packet);
      if (inIface !== lan || outIface !== wan || !pp) return packet;
      const src = packet.ip.src;
      if (!lanPrefixes.some((p) => inPrefix(src, p)) || !privateRanges.some((p) => inPrefix(src, p)))
        return packet;
      let m = mappings.find(
        (x) =>
          x.protocol === packet.ip.protocol &&
          x.inside.address === src &&
          x.inside.port === pp.srcPort &&
          x.remote.address === packet.ip.dst &&
          x.remote.port === pp.dstPort,
      );
      if (!m) {
        // Linux keeps the source port unless another mapping to the same remote endpoint already uses it.
        let outside = pp.srcPort;
        const taken = (port: number) =>
          mappings.some(
            (x) =>
              x.protocol === packet.ip.protocol &&
              x.outside === port &&
              x.remote.address === packet.ip.dst &&
              x.remote.port === pp.dstPort,
          );
        while (taken(outside)) outside = outside >= 65535 ? 1024 : outside + 1;
        m = {
          inside: { address: src, port: pp.srcPort },
          outside,
          remote: { address: packet.ip.dst, port: pp.dstPort },
          protocol: packet.ip.protocol,
        };
        mappings.push(m);
      }
      record(packet, 'src', formatEndpoint(src, pp.srcPort), formatEndpoint(publicAddress, m.outside));
      return withPorts({ ...packet, ip: { ...packet.ip, src: publicAddress } }, m.outside, pp.dstPort);
    },
  };
  router.nat = translator;
}

const FTPS_SWITCHES = (mode: 'active' | 'passive'): SwitchSpec[] => [
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
  { name: 'tls', kind: 'choice', values: ['1.3', '1.2'], default: '1.3' },
];

function ftpsScenario(id: string, mode: 'active' | 'passive', title: string): Scenario {
  const switches = FTPS_SWITCHES(mode);
  const defaults = Object.fromEntries(switches.map((s) => [s.name, s.default]));
  return {
    id,
    title,
    switches,
    run(options: ScenarioOptions): Trace {
      const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
      const merged = { ...defaults, ...given } as Record<string, unknown>;
      return runFtps(
        {
          mode,
          firewall: merged.firewall as FtpsRunOptions['firewall'],
          nat: merged.nat as FtpsRunOptions['nat'],
          files: merged.files as number,
          loss: merged.loss as number,
          ip: merged.ip as 4 | 6,
          tls: merged.tls as TlsVersion,
          seed: (merged.seed as number | undefined) ?? 1,
        },
        id,
      );
    },
  };
}

export const ftpsActive = ftpsScenario('ftps-active', 'active', 'FTPS (FTP over TLS) in active mode');
export const ftpsPassive = ftpsScenario('ftps-passive', 'passive', 'FTPS (FTP over TLS) in passive mode');
