/**
 * The expert level: every packet the capture point sees is a step of its own, in the order it sees them,
 * with its ports, relative sequence and acknowledgement numbers, length and application message; packets
 * lost before they get there, the firewall's decisions and what people and programs do are steps too.
 */
import { formatFlags, TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN } from '../core/packet.ts';
import type { FirewallEvent } from '../core/trace.ts';
import type { StoryKey } from '../i18n/index.ts';
import {
  type ConnInfo,
  has,
  type Indexed,
  isRetransmission,
  type PacketInfo,
  payload,
  rolesOf,
  type TraceIndex,
} from './analysis.ts';
import { type Beat, say } from './beats.ts';
import { icmpParam } from './icmp-words.ts';
import { FIREWALL_ACTOR } from './narrate.ts';
import { ACTION_DOWNLOAD_START, ACTION_FILE_RECEIVED, ACTION_TRANSFER_FAILED } from './standard.ts';

/** The person at the PC lets FTP data connections through its firewall (the scenario's firewall switch). */
const ACTION_ALLOW_FTP_DATA = 'user-allows-ftp-data';

import type { Narration } from './types.ts';

interface Timed {
  t: number;
  index: number;
  /** Position in the capture, for packets it saw. */
  rank?: number | undefined;
  beat: Beat;
}

function peerOf(ix: TraceIndex, p: PacketInfo): string {
  const c = p.conn !== undefined ? ix.conns.get(p.conn) : undefined;
  if (c) return p.origin === c.opener ? c.acceptor : c.opener;
  const last = ix.trace.events[p.hops[p.hops.length - 1] as number];
  return last?.type === 'wire' ? last.to : p.view.to;
}

/** Seconds as a short number: `1`, `0.2`, `1.5`. */
function seconds(micros: number): number {
  return Number((micros / 1_000_000).toFixed(3));
}

/** The transmission a retransmission repeats: the latest earlier segment from the same side with the same start. */
function previousCopy(c: ConnInfo | undefined, p: PacketInfo): PacketInfo | undefined {
  if (!c || !p.view.tcp) return undefined;
  const seq = p.view.tcp.seq;
  return c.packets.findLast(
    (q) =>
      q !== p &&
      q.origin === p.origin &&
      q.start < p.start &&
      q.view.tcp?.seq === seq &&
      (payload(q) > 0 || (q.view.tcp.flags & (TCP_SYN | TCP_FIN)) !== 0),
  );
}

function packetKey(c: ConnInfo | undefined, p: PacketInfo): StoryKey {
  const app = p.view.app;
  if (p.view.tcp) {
    const roles = c ? rolesOf(c, p) : new Set<string>();
    if (has(p, TCP_RST)) return 'exp.rst';
    if (has(p, TCP_SYN)) return has(p, TCP_ACK) ? 'exp.synack' : 'exp.syn';
    if (payload(p) > 0) {
      let key: StoryKey = 'exp.payload';
      if (app?.protocol === 'ftp' && app.kind === 'command') key = 'exp.command';
      else if (app?.protocol === 'ftp' && app.kind === 'reply') key = 'exp.reply';
      else if (app?.protocol === 'ftp-data') key = 'exp.data';
      return key;
    }
    if (has(p, TCP_FIN)) return 'exp.fin';
    if (roles.has('hsack')) return 'exp.ack.handshake';
    if (roles.has('ack-fin')) return 'exp.ack.fin';
    if (roles.has('ack-data')) return 'exp.ack.data';
    return 'exp.ack.other';
  }
  if (p.view.udp) return 'exp.udp';
  if (p.view.icmp) return 'exp.icmp';
  return 'exp.ip';
}

/** What a TLS segment is on the wire and, for encrypted records, what the two ends find inside. */
function tlsExtra(p: PacketInfo): Narration[] {
  const app = p.view.app;
  if (app?.protocol !== 'tls' || payload(p) === 0) return [];
  const inner = app.inner;
  if (!app.encrypted || !inner) return [say('exp.extra.tls', { text: app.text })];
  if (inner.protocol === 'ftp' && inner.kind === 'command')
    return [say('exp.extra.tls.command', { text: app.text, inner: inner.text })];
  if (inner.protocol === 'ftp' && inner.kind === 'reply')
    return [say('exp.extra.tls.reply', { text: app.text, inner: inner.text })];
  if (inner.protocol === 'ftp-data') {
    const file = 'file' in inner && typeof inner.file === 'string' ? inner.file : '?';
    return [say('exp.extra.tls.data', { text: app.text, file })];
  }
  return [say('exp.extra.tls.inner', { text: app.text, inner: inner.text })];
}

function packetBeat(ix: TraceIndex, p: PacketInfo): Beat {
  const c = p.conn !== undefined ? ix.conns.get(p.conn) : undefined;
  const ports = p.view.tcp ?? p.view.udp;
  const params: Record<string, string | number> = {
    actor: p.origin,
    peer: peerOf(ix, p),
    sport: ports?.srcPort ?? 0,
    dport: ports?.dstPort ?? 0,
    count: payload(p),
    flags: p.view.tcp ? formatFlags(p.view.tcp.flags) : '',
    seq: p.rel?.seq ?? 0,
    ack: p.rel?.ack ?? 0,
    last: Math.max(0, (p.rel?.ack ?? 1) - 1),
  };
  const app = p.view.app;
  if (app) params.text = app.text;
  if (app?.protocol === 'ftp-data')
    params.file = 'file' in app && typeof app.file === 'string' ? app.file : '?';
  if (p.view.icmp) params.icmp = icmpParam(p.view.icmp);
  params.protocol = p.view.ip.protocol;

  const extra: Narration[] = tlsExtra(p);
  if (p.view.tcp && payload(p) > 0 && has(p, TCP_FIN)) extra.push(say('exp.extra.fin', { actor: p.origin }));
  if (c && has(p, TCP_FIN) && rolesOf(c, p).has('ack-fin'))
    extra.push(say('exp.extra.ack-fin', { peer: peerOf(ix, p) }));
  if (isRetransmission(p)) {
    const before = previousCopy(c, p);
    extra.push(
      before
        ? say('exp.extra.retransmission', { actor: p.origin, seconds: seconds(p.start - before.start) })
        : say('exp.extra.retransmission.unseen', { actor: p.origin }),
    );
  }
  for (const i of p.nat) {
    const e = ix.trace.events[i];
    if (e?.type !== 'nat') continue;
    const what =
      e.what === 'src'
        ? 'exp.extra.nat.src'
        : e.what === 'dst'
          ? 'exp.extra.nat.dst'
          : 'exp.extra.nat.payload';
    extra.push(say(what, { actor: e.node, before: e.before, after: e.after }));
  }

  const key: StoryKey =
    p.captureIndex === undefined ? (p.view.tcp ? 'exp.lost.tcp' : 'exp.lost.other') : packetKey(c, p);
  if (p.lost) {
    const lostParams = { from: p.lost.from, to: p.lost.to };
    if (p.captureIndex === undefined) Object.assign(params, lostParams);
    else extra.push(say('exp.extra.lost', lostParams));
  }
  const b: Beat = { key, params, actor: p.origin, packets: [p], events: [...p.nat], extra };
  if (p.conn !== undefined) b.conn = p.conn;
  return b;
}

/** Which firewall decisions are worth a step: every refusal, and the first passes once a setting changed. */
function notableDecisions(ix: TraceIndex): Indexed<FirewallEvent>[] {
  const droppedConns = new Set<string>();
  const out: Indexed<FirewallEvent>[] = [];
  for (const f of ix.firewall) {
    const e = f.event;
    const conn = e.conn ?? ix.packets.get(e.packet)?.conn;
    if (e.verdict !== 'allow') {
      if (conn !== undefined) droppedConns.add(conn);
      out.push(f);
      continue;
    }
    const changed = ix.firewallChanges.some((ch) => ch.event.node === e.node && ch.event.t <= e.t);
    const once = conn !== undefined && droppedConns.has(conn);
    if (once || (changed && e.state === 'new' && e.direction === 'in')) {
      out.push(f);
      if (conn !== undefined) droppedConns.delete(conn);
    }
  }
  return out;
}

function decisionBeat(ix: TraceIndex, f: Indexed<FirewallEvent>): Beat {
  const e = f.event;
  const p = ix.packets.get(e.packet);
  const ports = p?.view.tcp ?? p?.view.udp;
  const standalone = ix.nodes.get(e.node)?.kind === 'firewall';
  const key: StoryKey =
    e.verdict === 'drop' ? 'exp.fw.drop' : e.verdict === 'reject' ? 'exp.fw.reject' : 'exp.fw.allow';
  const params = {
    owner: e.node,
    peer: p?.origin ?? e.node,
    flags: p?.view.tcp ? formatFlags(p.view.tcp.flags) : (p?.view.ip.protocol ?? ''),
    sport: ports?.srcPort ?? 0,
    dport: ports?.dstPort ?? 0,
    rule: e.rule,
  };
  const b: Beat = {
    key,
    params,
    actor: standalone ? e.node : FIREWALL_ACTOR,
    packets: [],
    events: [f.index],
  };
  const conn = e.conn ?? p?.conn;
  if (conn !== undefined) b.conn = conn;
  return b;
}

function actionBeat(ix: TraceIndex, index: number): Beat {
  const e = ix.trace.events[index];
  if (e?.type !== 'action') throw new Error('not an action');
  const params: Record<string, string | number> = { actor: e.node };
  const extra: Narration[] = [];
  let key: StoryKey;
  switch (e.action) {
    case ACTION_DOWNLOAD_START:
      key = e.params?.mode === 'passive' ? 'exp.action.start.passive' : 'exp.action.start.active';
      params.count = Number(e.params?.files ?? 0);
      // An FTPS client says which TLS it asks for.
      if (e.params?.tls !== undefined)
        extra.push(say('exp.extra.ftps-start', { version: String(e.params.tls) }));
      break;
    case ACTION_FILE_RECEIVED:
      key = 'exp.action.file-received';
      params.file = String(e.params?.file ?? '?');
      params.count = Number(e.params?.bytes ?? 0);
      break;
    case ACTION_TRANSFER_FAILED:
      key = 'exp.action.transfer-failed';
      params.file = String(e.params?.file ?? '?');
      break;
    case ACTION_ALLOW_FTP_DATA:
      key = 'exp.action.allow-ftp-data';
      params.port = Number(e.params?.port ?? 20);
      break;
    default:
      if (e.action.includes('firewall')) key = 'exp.action.firewall';
      else {
        key = 'exp.action.other';
        params.action = e.action;
      }
  }
  const b: Beat = { key, params, actor: e.node, packets: [], events: [index] };
  if (extra.length > 0) b.extra = extra;
  if (e.conn !== undefined) b.conn = e.conn;
  return b;
}

export function expertBeats(ix: TraceIndex): Beat[] {
  const timed: Timed[] = [];
  // Packets keep the capture's order; a packet the capture never saw sits where it was lost.
  const rank = new Map(ix.captured.map((p, i) => [p.id, i]));
  for (const p of ix.told) {
    timed.push({
      t: p.t,
      index: p.captureIndex ?? (p.hops[0] as number),
      rank: rank.get(p.id),
      beat: packetBeat(ix, p),
    });
  }
  for (const f of notableDecisions(ix))
    timed.push({ t: f.event.t, index: f.index, beat: decisionBeat(ix, f) });
  for (const ch of ix.firewallChanges) {
    const e = ch.event;
    const standalone = ix.nodes.get(e.node)?.kind === 'firewall';
    timed.push({
      t: e.t,
      index: ch.index,
      beat: {
        key: 'exp.fw.change',
        params: { owner: e.node, rule: e.rule },
        actor: standalone ? e.node : FIREWALL_ACTOR,
        packets: [],
        events: [ch.index],
      },
    });
  }
  for (const a of ix.actions) timed.push({ t: a.event.t, index: a.index, beat: actionBeat(ix, a.index) });
  timed.sort(
    (a, b) =>
      a.t - b.t || (a.rank !== undefined && b.rank !== undefined ? a.rank - b.rank : a.index - b.index),
  );
  return timed.map((x) => x.beat);
}
