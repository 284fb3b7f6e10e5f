/**
 * Firewall rules as iptables and nftables have them: each names a direction (chain) and what packets it is
 * about; the first rule that matches decides, and a packet no rule matches gets the chain's policy.
 */
import { inPrefix, type Prefix, parsePrefix } from '../address.ts';
import type { FilterDirection } from '../net/hooks.ts';
import type { SimPacket } from '../net/packet.ts';
import type { ConnTrackState, FirewallVerdict } from '../trace.ts';
import type { ConnTrackTimeouts } from './conntrack.ts';

export type RejectKind = 'tcp-reset' | 'icmp-port-unreachable' | 'icmp-admin-prohibited';

export type PortMatch = number | [number, number];

export interface FirewallRule {
  id: string;
  direction: FilterDirection;
  /** `icmp` covers ICMPv6 too. Absent or `any`: every protocol. */
  protocol?: 'tcp' | 'udp' | 'icmp' | 'any';
  /** An address or a prefix: `203.0.113.7`, `203.0.113.0/24`, `2001:db8::/32`. */
  src?: string;
  dst?: string;
  srcPort?: PortMatch;
  dstPort?: PortMatch;
  /** The connection-tracking states the rule applies to; absent: all. */
  state?: ConnTrackState[];
  action: FirewallVerdict;
  /** How a reject answers; absent: a TCP reset for TCP, ICMP port unreachable otherwise (as iptables' REJECT). */
  reject?: RejectKind;
  /** A sentence a learner can read: why this rule exists. It becomes the reason of the decisions it makes. */
  description: string;
}

export type FirewallPolicy = Record<FilterDirection, FirewallVerdict>;

/** A rule checked once, with its prefixes parsed. */
export interface CompiledRule {
  rule: FirewallRule;
  src?: Prefix;
  dst?: Prefix;
}

function checkPorts(id: string, what: string, m: PortMatch | undefined): void {
  if (m === undefined) return;
  const [lo, hi] = typeof m === 'number' ? [m, m] : m;
  const ok = (p: number) => Number.isInteger(p) && p >= 0 && p <= 65535;
  if (!ok(lo) || !ok(hi) || lo > hi) throw new RangeError(`rule ${id}: bad ${what} ${JSON.stringify(m)}`);
}

export function compileRule(rule: FirewallRule): CompiledRule {
  checkPorts(rule.id, 'srcPort', rule.srcPort);
  checkPorts(rule.id, 'dstPort', rule.dstPort);
  const hasPorts = rule.srcPort !== undefined || rule.dstPort !== undefined;
  if (hasPorts && rule.protocol !== 'tcp' && rule.protocol !== 'udp') {
    // iptables refuses --dport without -p tcp or -p udp: a port means nothing to other protocols.
    throw new Error(`rule ${rule.id}: ports need protocol 'tcp' or 'udp'`);
  }
  if (rule.reject === 'tcp-reset' && rule.protocol !== 'tcp') {
    throw new Error(`rule ${rule.id}: a TCP reset answers only TCP; add protocol 'tcp'`);
  }
  const out: CompiledRule = { rule };
  if (rule.src !== undefined) out.src = parsePrefix(rule.src);
  if (rule.dst !== undefined) out.dst = parsePrefix(rule.dst);
  return out;
}

function portMatches(m: PortMatch | undefined, port: number | undefined): boolean {
  if (m === undefined) return true;
  if (port === undefined) return false;
  return typeof m === 'number' ? port === m : port >= m[0] && port <= m[1];
}

export function ruleMatches(
  c: CompiledRule,
  packet: SimPacket,
  direction: FilterDirection,
  state: ConnTrackState,
): boolean {
  const r = c.rule;
  if (r.direction !== direction) return false;
  const proto = packet.ip.protocol;
  if (r.protocol && r.protocol !== 'any') {
    if (r.protocol === 'icmp' ? proto !== 'icmp' && proto !== 'icmpv6' : proto !== r.protocol) return false;
  }
  if (c.src && !inPrefix(packet.ip.src, c.src)) return false;
  if (c.dst && !inPrefix(packet.ip.dst, c.dst)) return false;
  const ports = packet.tcp ?? packet.udp;
  if (!portMatches(r.srcPort, ports?.srcPort)) return false;
  if (!portMatches(r.dstPort, ports?.dstPort)) return false;
  if (r.state && !r.state.includes(state)) return false;
  return true;
}

/** The reason of a decision made by a chain's policy, in words a learner can follow. */
export function policyReason(
  direction: FilterDirection,
  verdict: FirewallVerdict,
  state: ConnTrackState,
): string {
  if (verdict === 'allow') {
    if (direction === 'in')
      return 'No rule is about this incoming packet, and incoming packets are let in by default.';
    if (direction === 'out')
      return 'No rule is about this outgoing packet, and outgoing packets are let out by default.';
    return 'No rule is about this packet, and packets passing through are forwarded by default.';
  }
  const answer = verdict === 'reject' ? ' and answers with a refusal' : '';
  if (state === 'invalid') {
    return `This packet belongs to no connection the firewall knows about, so it stops it${answer}.`;
  }
  if (direction === 'in') {
    return state === 'new'
      ? `Nothing allows this attempt to connect from outside, so the firewall stops it${answer}.`
      : `No rule lets this incoming packet in, so the firewall stops it${answer}.`;
  }
  if (direction === 'out') return `No rule lets this outgoing packet out, so the firewall stops it${answer}.`;
  return `No rule lets this packet pass through, so the firewall stops it${answer}.`;
}

/** The firewall's settings: chain policies, rules in order, and whether it reads FTP control connections. */
export interface FirewallConfig {
  /** Missing directions allow (a firewall without settings filters nothing, like an empty iptables). */
  policy?: Partial<FirewallPolicy>;
  rules?: FirewallRule[];
  /** Recognise FTP data connections announced on a control connection as `related` (nf_conntrack_ftp). */
  ftpHelper?: boolean;
  /** The control ports the FTP helper watches; 21 by default. */
  ftpPorts?: number[];
  /** How long idle flows are remembered; Linux's values by default. */
  timeouts?: Partial<ConnTrackTimeouts>;
}

export const REPLIES_RULE_ID = 'allow-replies';

/**
 * A computer's own firewall as operating systems ship it (Windows Defender Firewall's inbound default, a
 * desktop nftables set): everything going out is allowed, and coming in only what answers the computer's own
 * connections; other incoming packets vanish without an answer.
 */
export function personalFirewall(options: { ftpHelper?: boolean } = {}): FirewallConfig {
  return {
    policy: { in: 'drop', out: 'allow', forward: 'drop' },
    rules: [
      {
        id: REPLIES_RULE_ID,
        direction: 'in',
        state: ['established', 'related'],
        action: 'allow',
        description:
          'Answers to connections this computer opened, and connections they announced, may come in.',
      },
    ],
    ftpHelper: options.ftpHelper ?? false,
  };
}

/**
 * A router's firewall between a home network and the Internet: the home network's computers may open
 * connections out, answers come back, and nothing from outside may open a connection in.
 */
export function homeRouterFirewall(
  inside: string | string[],
  options: { ftpHelper?: boolean } = {},
): FirewallConfig {
  const prefixes = typeof inside === 'string' ? [inside] : inside;
  return {
    policy: { in: 'drop', out: 'allow', forward: 'drop' },
    rules: [
      {
        id: REPLIES_RULE_ID,
        direction: 'forward',
        state: ['established', 'related'],
        action: 'allow',
        description:
          'Answers to connections opened from the home network, and connections they announced, may pass.',
      },
      ...prefixes.map(
        (src, i): FirewallRule => ({
          id: prefixes.length === 1 ? 'allow-home-out' : `allow-home-out-${i + 1}`,
          direction: 'forward',
          src,
          state: ['new'],
          action: 'allow',
          description: 'Computers of the home network may open connections to the Internet.',
        }),
      ),
    ],
    ftpHelper: options.ftpHelper ?? false,
  };
}

/** The setting a person changes to let others connect to a program: new TCP connections to these ports may come in. */
export function allowInboundTcp(port: PortMatch, description: string, id?: string): FirewallRule {
  const name = typeof port === 'number' ? `${port}` : `${port[0]}-${port[1]}`;
  return {
    id: id ?? `allow-in-tcp-${name}`,
    direction: 'in',
    protocol: 'tcp',
    dstPort: port,
    state: ['new'],
    action: 'allow',
    description,
  };
}
