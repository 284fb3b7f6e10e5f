/**
 * A stateful packet filter for a host or a router, modelled on netfilter: connection tracking decides
 * whether a packet is new, part of an established connection, related to one, or invalid; rules and
 * policies decide what happens to it. Every decision goes into the trace with a reason a learner can read.
 */
import { canonicalIp } from '../address.ts';
import type { FilterDirection, PacketFilter } from '../net/hooks.ts';
import { unreachable } from '../net/icmp.ts';
import type { Interface, NetNode } from '../net/node.ts';
import { ipLayer, type SimPacket, tcpHeaderLength } from '../net/packet.ts';
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN, type TcpLayer } from '../packet.ts';
import type { Sim } from '../recorder.ts';
import { seqAdd } from '../tcp/seq.ts';
import type { ConnTrackState, FirewallEvent, FirewallVerdict } from '../trace.ts';
import {
  ConnTrack,
  type ConnTrackEntry,
  type ConnTrackMatch,
  canStartFlow,
  type Expectation,
  Expectations,
  type FlowTuple,
  isIcmpError,
  quotedTuple,
  tupleOf,
} from './conntrack.ts';
import { announcesSender, FTP_HELPER_PORTS, findFtpAddresses } from './ftp.ts';
import {
  type CompiledRule,
  compileRule,
  type FirewallConfig,
  type FirewallPolicy,
  type FirewallRule,
  policyReason,
  type RejectKind,
  ruleMatches,
} from './rules.ts';

/** What the firewall needs from the node it belongs to: its name in the trace and the simulation. */
export interface FirewallOwner {
  readonly id: string;
  readonly sim: Sim;
}

/** What the firewall remembers about a tracked flow. */
export interface FirewallFlow {
  /** An FTP control connection the helper reads. */
  ftp: boolean;
}

/** A tracked flow as a view or a test reads it. */
export interface FlowSummary {
  protocol: string;
  original: string;
  reply: string;
  state: ConnTrackState;
  /** How far a TCP connection has gone: `syn-sent`, `established`, `fin-wait`, `time-wait`, `close`. */
  phase?: string;
  expires: number;
}

interface Classified {
  state: ConnTrackState;
  tuple: FlowTuple | null;
  match?: ConnTrackMatch<FirewallFlow>;
  expectation?: Expectation<number>;
}

interface Decision {
  verdict: FirewallVerdict;
  rule: string;
  reason: string;
  reject?: RejectKind;
}

const DIRECTION_WORDS: Record<FilterDirection, string> = {
  in: 'Incoming packets',
  out: 'Outgoing packets',
  forward: 'Packets passing through',
};

const VERDICT_WORDS: Record<FirewallVerdict, string> = {
  allow: 'let through',
  drop: 'dropped without an answer',
  reject: 'refused with an answer',
};

export class Firewall implements PacketFilter {
  readonly conntrack: ConnTrack<FirewallFlow>;
  /** Connections announced on FTP control connections, each naming the entry id of its control connection. */
  readonly expectations: Expectations<number>;
  readonly ftpHelper: boolean;
  private readonly ftpPorts: readonly number[];
  private compiled: CompiledRule[] = [];
  private readonly policies: FirewallPolicy;
  /** Set while the firewall sends its own refusal, which its own chains must not judge again. */
  private sending = false;

  constructor(
    private readonly owner: FirewallOwner,
    config: FirewallConfig = {},
  ) {
    const now = () => owner.sim.clock.now;
    this.conntrack = new ConnTrack(now, config.timeouts);
    this.expectations = new Expectations(now);
    this.ftpHelper = config.ftpHelper ?? false;
    this.ftpPorts = config.ftpPorts ?? FTP_HELPER_PORTS;
    this.policies = { in: 'allow', out: 'allow', forward: 'allow', ...config.policy };
    for (const rule of config.rules ?? []) this.insert(rule);
  }

  get rules(): readonly FirewallRule[] {
    return this.compiled.map((c) => c.rule);
  }

  policy(direction: FilterDirection): FirewallVerdict {
    return this.policies[direction];
  }

  // ── Changes during a scenario ─────────────────────────────────────────────

  /** Adds a rule at the end of the rules, or before the rule with the id `before`. */
  addRule(rule: FirewallRule, options: { before?: string } = {}): void {
    this.insert(rule, options.before);
    this.change(rule.id, `Added: ${rule.description}`);
  }

  removeRule(id: string): void {
    const i = this.compiled.findIndex((c) => c.rule.id === id);
    if (i < 0) throw new Error(`no firewall rule ${id} on ${this.owner.id}`);
    const [removed] = this.compiled.splice(i, 1);
    this.change(id, `Removed: ${removed?.rule.description ?? id}`);
  }

  setPolicy(direction: FilterDirection, verdict: FirewallVerdict): void {
    this.policies[direction] = verdict;
    this.change(
      'default',
      `${DIRECTION_WORDS[direction]} that no rule matches are now ${VERDICT_WORDS[verdict]}.`,
    );
  }

  private insert(rule: FirewallRule, before?: string): void {
    if (this.compiled.some((c) => c.rule.id === rule.id))
      throw new Error(`duplicate firewall rule id ${rule.id}`);
    const c = compileRule(rule);
    if (before === undefined) {
      this.compiled.push(c);
      return;
    }
    const i = this.compiled.findIndex((x) => x.rule.id === before);
    if (i < 0) throw new Error(`no firewall rule ${before} on ${this.owner.id}`);
    this.compiled.splice(i, 0, c);
  }

  private change(rule: string, description: string): void {
    const { sim, id } = this.owner;
    sim.recorder.record({ type: 'firewall-change', t: sim.clock.now, node: id, rule, description });
  }

  // ── Packets ───────────────────────────────────────────────────────────────

  check(packet: SimPacket, direction: FilterDirection, node: NetNode, iface: Interface): boolean {
    if (this.sending) return true;
    const c = this.classify(packet);
    const d = this.decide(packet, direction, c.state);
    const { sim } = this.owner;
    const event: FirewallEvent = {
      type: 'firewall',
      t: sim.clock.now,
      node: node.id,
      packet: packet.id,
      ...(packet.conn !== undefined ? { conn: packet.conn } : {}),
      direction,
      state: c.state,
      verdict: d.verdict,
      rule: d.rule,
      reason: d.reason,
    };
    sim.recorder.record(event);
    if (d.verdict === 'allow') {
      this.commit(packet, c);
      return true;
    }
    if (d.verdict === 'reject') this.refuse(packet, node, iface, d.reject);
    return false;
  }

  private classify(packet: SimPacket): Classified {
    if (isIcmpError(packet)) {
      const q = quotedTuple(packet);
      const known = q !== null && this.conntrack.find(q) !== undefined;
      return { state: known ? 'related' : 'invalid', tuple: null };
    }
    const tuple = tupleOf(packet) as FlowTuple;
    const match = this.conntrack.findFor(packet, tuple);
    if (match) {
      const e = match.entry;
      // Linux calls the first answer established already; before it, a flow is new or, if announced, related.
      const state: ConnTrackState =
        e.replySeen || match.direction === 'reply' ? 'established' : e.related ? 'related' : 'new';
      return { state, tuple, match };
    }
    if (!canStartFlow(packet)) return { state: 'invalid', tuple };
    const expectation = this.expectations.match(tuple);
    if (expectation) return { state: 'related', tuple, expectation };
    return { state: 'new', tuple };
  }

  private decide(packet: SimPacket, direction: FilterDirection, state: ConnTrackState): Decision {
    for (const c of this.compiled) {
      if (!ruleMatches(c, packet, direction, state)) continue;
      const d: Decision = { verdict: c.rule.action, rule: c.rule.id, reason: c.rule.description };
      if (c.rule.reject) d.reject = c.rule.reject;
      return d;
    }
    const verdict = this.policies[direction];
    return { verdict, rule: 'default', reason: policyReason(direction, verdict, state) };
  }

  /** The packet passes: the table learns from it (netfilter confirms an entry only for a packet that passes). */
  private commit(packet: SimPacket, c: Classified): void {
    if (c.match) {
      this.conntrack.seen(c.match.entry, c.match.direction, packet);
      this.readFtp(packet, c.match);
      return;
    }
    if (!c.tuple || c.state === 'invalid') return;
    const ftp = c.tuple.protocol === 'tcp' && this.ftpPorts.includes(c.tuple.dstPort);
    const entry = this.conntrack.add(c.tuple, { ftp }, { related: c.state === 'related' });
    if (c.expectation) this.expectations.remove(c.expectation);
    this.conntrack.seen(entry, 'original', packet);
  }

  /** The FTP helper: an address announced on a control connection makes the next connection to it related. */
  private readFtp(packet: SimPacket, match: ConnTrackMatch<FirewallFlow>): void {
    const entry: ConnTrackEntry<FirewallFlow> = match.entry;
    if (!this.ftpHelper || !entry.data.ftp || !packet.tcp || packet.payload.length === 0) return;
    const from = match.direction === 'original' ? 'client' : 'server';
    for (const found of findFtpAddresses(packet.payload, from)) {
      if (!announcesSender(found, packet.ip.src)) continue;
      const dst = found.address === undefined ? packet.ip.src : canonicalIp(found.address);
      this.expectations.add(
        { protocol: 'tcp', src: packet.ip.dst, dst, dstPort: found.port },
        entry.id,
        this.conntrack.timeouts.expectation,
      );
    }
  }

  // ── Refusals ──────────────────────────────────────────────────────────────

  private refuse(packet: SimPacket, node: NetNode, iface: Interface, kind: RejectKind | undefined): void {
    const how = kind ?? (packet.tcp ? 'tcp-reset' : 'icmp-port-unreachable');
    let reply: SimPacket | null = null;
    const recorder = this.owner.sim.recorder;
    if (how === 'tcp-reset' && packet.tcp) {
      reply = resetFor(packet, recorder.nextPacketId());
    } else if (!isIcmpError(packet)) {
      // From the destination when it is this node (as the host itself would answer), else from this router.
      const from = node.ownsAddress(packet.ip.dst) ? packet.ip.dst : node.sourceAddressFor(packet.ip.src);
      if (from) {
        const why = how === 'icmp-admin-prohibited' ? 'admin' : 'port';
        reply = unreachable(packet, from, why, recorder.nextPacketId());
      }
    }
    if (!reply) return;
    const answer = reply;
    if (node.ownsAddress(answer.ip.dst)) {
      // A refused outgoing packet: the refusal goes to this node's own stack, a moment later as a kernel would.
      this.owner.sim.clock.after(0, () => this.quietly(() => node.receive(answer, iface)));
      return;
    }
    this.quietly(() => node.output(answer));
  }

  private quietly(run: () => void): void {
    this.sending = true;
    try {
      run();
    } finally {
      this.sending = false;
    }
  }

  // ── For views and tests ───────────────────────────────────────────────────

  flows(): FlowSummary[] {
    const side = (t: FlowTuple) => `${t.src}:${t.srcPort} > ${t.dst}:${t.dstPort}`;
    return this.conntrack.entries().map((e) => {
      const s: FlowSummary = {
        protocol: e.original.protocol,
        original: side(e.original),
        reply: side(e.reply),
        state: e.replySeen ? 'established' : e.related ? 'related' : 'new',
        expires: e.expires,
      };
      if (e.tcp) s.phase = e.tcp.phase;
      return s;
    });
  }
}

/**
 * The reset that answers a segment (RFC 9293 §3.10.7.1), sent as if from its destination: with the
 * segment's ACK as sequence number if it had one, else acknowledging everything it carried.
 */
export function resetFor(packet: SimPacket, id: number): SimPacket | null {
  const tcp = packet.tcp as TcpLayer;
  if (tcp.flags & TCP_RST) return null;
  const hasAck = (tcp.flags & TCP_ACK) !== 0;
  const segLen = tcp.payloadLength + (tcp.flags & TCP_SYN ? 1 : 0) + (tcp.flags & TCP_FIN ? 1 : 0);
  const rst: TcpLayer = {
    srcPort: tcp.dstPort,
    dstPort: tcp.srcPort,
    seq: hasAck ? tcp.ack : 0,
    ack: hasAck ? 0 : seqAdd(tcp.seq, segLen),
    flags: hasAck ? TCP_RST : TCP_RST | TCP_ACK,
    window: 0,
    payloadLength: 0,
  };
  const reply: SimPacket = {
    id,
    ip: ipLayer(packet.ip.dst, packet.ip.src, 'tcp', tcpHeaderLength(rst), 64, 0),
    tcp: rst,
    payload: new Uint8Array(0),
  };
  if (packet.conn !== undefined) reply.conn = packet.conn;
  return reply;
}

/** The nodes a firewall can guard: hosts and routers both have one slot for it. */
export interface FirewallSlot extends FirewallOwner {
  firewall: PacketFilter | undefined;
}

/** Gives a host or router a firewall with these settings, and returns it for later changes. */
export function installFirewall(node: FirewallSlot, config: FirewallConfig = {}): Firewall {
  const fw = new Firewall(node, config);
  node.firewall = fw;
  return fw;
}
