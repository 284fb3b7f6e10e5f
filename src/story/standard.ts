/**
 * The standard level: the story as the seed tells it, one step per move of TCP (SYN, SYN+ACK, ACK, the
 * data, its acknowledgement, each FIN and its ACK), the login as one exchange, and the firewall's block
 * and the setting's change as steps of their own. Nothing here is a fixed list: the steps come from the
 * connections the trace holds, so more files, losses or a firewall that never gives way tell their own story.
 */
import { parseEpsvReply, parseHostPort } from '../core/apps/ftp/protocol.ts';
import { type AppMessage, TCP_FIN, TCP_RST } from '../core/packet.ts';
import type { ActionEvent, ConnectionEvent } from '../core/trace.ts';
import type { StoryKey } from '../i18n/index.ts';
import {
  type ConnInfo,
  has,
  type Indexed,
  isRetransmission,
  type PacketInfo,
  payload,
  type Role,
  rolesOf,
  type TraceIndex,
} from './analysis.ts';
import { type Beat, say } from './beats.ts';
import { icmpParam } from './icmp-words.ts';
import type { Narration } from './types.ts';

export const ACTION_DOWNLOAD_START = 'ftp-download-start';
export const ACTION_FILE_RECEIVED = 'ftp-file-received';
export const ACTION_TRANSFER_FAILED = 'ftp-transfer-failed';
const FTP_CONTROL_PORT = 21;

export interface FtpShape {
  control: ConnInfo;
  data: ConnInfo[];
  client: string;
  server: string;
  mode: 'active' | 'passive';
  start?: Indexed<ActionEvent>;
}

function purpose(c: ConnInfo): string | undefined {
  return c.event?.event.purpose;
}

export function serverPort(c: ConnInfo): number | undefined {
  const e: ConnectionEvent | undefined = c.event?.event;
  if (e) return e.server.port;
  const first = c.packets[0]?.view.tcp;
  return first?.dstPort;
}

/** Finds the FTP session in a trace: its control connection and the data connections it opened. */
export function ftpShape(ix: TraceIndex): FtpShape | undefined {
  const conns = ix.connOrder.map((id) => ix.conns.get(id) as ConnInfo);
  const control =
    conns.find((c) => purpose(c) === 'ftp-control') ??
    conns.find((c) => purpose(c) === undefined && serverPort(c) === FTP_CONTROL_PORT);
  if (!control) return undefined;
  const client = control.opener;
  const server = control.acceptor;
  const data = conns.filter(
    (c) =>
      c !== control &&
      (c.event?.event.parent === control.conn ||
        purpose(c) === 'ftp-data' ||
        (purpose(c) === undefined && new Set([c.opener, c.acceptor, client, server]).size === 2)),
  );
  const start = ix.actions.find((a) => a.event.action === ACTION_DOWNLOAD_START);
  const declared = start?.event.params?.mode ?? ix.trace.meta.switches?.mode;
  const mode =
    declared === 'active' || declared === 'passive'
      ? declared
      : data[0] && data[0].opener === server
        ? 'active'
        : 'passive';
  const shape: FtpShape = { control, data, client, server, mode };
  if (start) shape.start = start;
  return shape;
}

function byRole(c: ConnInfo, role: Role, side?: string): PacketInfo[] {
  return c.packets.filter((p) => rolesOf(c, p).has(role) && (side === undefined || p.origin === side));
}

function pure(p: PacketInfo): boolean {
  return payload(p) === 0 && !has(p, TCP_FIN);
}

export function other(c: ConnInfo, side: string): string {
  return side === c.opener ? c.acceptor : c.opener;
}

/** The packets of one connection, by the part each plays, in the order TCP plays them. */
export interface ConnParts {
  syns: PacketInfo[];
  synacks: PacketInfo[];
  hsacks: PacketInfo[];
  sender?: string;
  data: PacketInfo[];
  dataAcks: PacketInfo[];
  firstCloser?: string;
  fin1: PacketInfo[];
  fin1Acks: PacketInfo[];
  fin2: PacketInfo[];
  fin2Acks: PacketInfo[];
  rsts: PacketInfo[];
}

export function connParts(c: ConnInfo): ConnParts {
  const parts: ConnParts = {
    syns: byRole(c, 'syn', c.opener),
    synacks: byRole(c, 'synack', c.acceptor),
    hsacks: byRole(c, 'hsack', c.opener),
    data: [],
    dataAcks: [],
    fin1: [],
    fin1Acks: [],
    fin2: [],
    fin2Acks: [],
    rsts: c.packets.filter((p) => has(p, TCP_RST)),
  };
  const openerBytes = c.bytes.get(c.opener) ?? 0;
  const acceptorBytes = c.bytes.get(c.acceptor) ?? 0;
  if (openerBytes > 0 || acceptorBytes > 0) {
    const sender = acceptorBytes > openerBytes ? c.acceptor : c.opener;
    const receiver = other(c, sender);
    parts.sender = sender;
    parts.data = c.packets.filter((p) => p.origin === sender && payload(p) > 0);
    parts.dataAcks = c.packets.filter(
      (p) => p.origin === receiver && pure(p) && rolesOf(c, p).has('ack-data'),
    );
    if (parts.dataAcks.length === 0) {
      // The receiver acknowledged the bytes and the FIN at once: that packet does both jobs.
      const end = c.dataEnd.get(sender) ?? 1;
      const both = c.packets.find((p) => p.origin === receiver && (c.acks.get(p.id) ?? 0) >= end);
      if (both) parts.dataAcks = [both];
    }
  }
  const fins = c.packets.filter((p) => has(p, TCP_FIN));
  const firstCloser = fins[0]?.origin;
  if (firstCloser !== undefined) {
    const second = other(c, firstCloser);
    parts.firstCloser = firstCloser;
    parts.fin1 = fins.filter((p) => p.origin === firstCloser);
    parts.fin2 = fins.filter((p) => p.origin === second);
    parts.fin1Acks = c.packets.filter((p) => p.origin === second && pure(p) && rolesOf(c, p).has('ack-fin'));
    if (parts.fin1Acks.length === 0) {
      const both = c.packets.find((p) => p.origin === second && rolesOf(c, p).has('ack-fin'));
      if (both) parts.fin1Acks = [both];
    }
    parts.fin2Acks = c.packets.filter(
      (p) => p.origin === firstCloser && pure(p) && rolesOf(c, p).has('ack-fin'),
    );
  }
  return parts;
}

function resent(packets: PacketInfo[]): number {
  return packets.filter(isRetransmission).length;
}

/** The extra sentence for packets sent again, if any were. */
export function resentExtra(packets: PacketInfo[]): Narration[] {
  const n = resent(packets);
  return n > 0 ? [say('std.extra.resent', { count: n })] : [];
}

export function beat(
  key: StoryKey,
  actor: string,
  packets: PacketInfo[],
  more: Partial<Omit<Beat, 'key' | 'actor' | 'packets'>> = {},
): Beat {
  return {
    key,
    actor,
    packets,
    params: more.params ?? {},
    extra: more.extra ?? resentExtra(packets),
    events: more.events ?? [],
    ...(more.conn !== undefined ? { conn: more.conn } : {}),
    ...(more.tag !== undefined ? { tag: more.tag } : {}),
    ...(more.lead ? { lead: true } : {}),
  };
}

/**
 * The FTP message a packet carries, as the two ends know it: the packet's own message, or what a TLS
 * record holds once decrypted (FTPS), since the ends act on the command, not on the record.
 */
export function ftpMessageOf(p: PacketInfo): AppMessage | undefined {
  const app = p.view.app;
  if (app?.protocol === 'ftp' || app?.protocol === 'ftp-data') return app;
  const inner = app && 'inner' in app ? app.inner : undefined;
  return inner?.protocol === 'ftp' || inner?.protocol === 'ftp-data' ? inner : undefined;
}

export function commandOf(p: PacketInfo): { command: string; argument: string } | undefined {
  const app = ftpMessageOf(p);
  if (app?.protocol === 'ftp' && app.kind === 'command') {
    return app as { command: string; argument: string };
  }
  return undefined;
}

export function replyOf(p: PacketInfo): { code: number; text: string } | undefined {
  const app = ftpMessageOf(p);
  if (app?.protocol === 'ftp' && app.kind === 'reply') return app as { code: number; text: string };
  return undefined;
}

/** A retransmission repeats a command or a reply: count each once. */
export function distinct(packets: PacketInfo[]): PacketInfo[] {
  const seen = new Set<string>();
  return packets.filter((p) => {
    const k = `${p.origin}|${p.view.tcp?.seq}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function fileOf(ix: TraceIndex, c: ConnInfo): string {
  for (const p of c.packets) {
    const app = ftpMessageOf(p);
    if (app?.protocol === 'ftp-data' && 'file' in app && typeof app.file === 'string') return app.file;
  }
  const received = ix.actions.find((a) => a.event.action === ACTION_FILE_RECEIVED && a.event.conn === c.conn);
  const file = received?.event.params?.file;
  if (typeof file === 'string') return file;
  const label = c.event?.event.label;
  return label?.replace(/^data /, '') ?? '?';
}

export interface Chapter {
  anchor: number;
  beats: Beat[];
}

/** A connection asked for and never answered: its opener gives up after its last try. */
export function unanswered(ix: TraceIndex, c: ConnInfo, parts: ConnParts): Beat[] {
  if (parts.syns.length === 0 || parts.synacks.length > 0 || parts.rsts.length > 0) return [];
  const closed = ix.trace.events.findIndex(
    (e) => e.type === 'tcp-state' && e.conn === c.conn && e.node === c.opener && e.to === 'CLOSED',
  );
  const events = closed >= 0 ? [closed] : [];
  const params = { actor: c.opener, peer: c.acceptor, count: parts.syns.length };
  return [
    beat('std.no-answer', c.opener, [], { params, conn: c.conn, events, tag: 'no-answer', lead: true }),
  ];
}

export function handshakeBeats(
  c: ConnInfo,
  parts: ConnParts,
  keys: { syn: StoryKey; synack: StoryKey; ack: StoryKey },
  params: Record<string, string | number>,
  tags: { syn: string; synack: string; ack: string },
  connEvent = true,
): Beat[] {
  const conn = c.conn;
  const p = { ...params, actor: c.opener, peer: c.acceptor };
  const q = { ...params, actor: c.acceptor, peer: c.opener };
  const out: Beat[] = [];
  if (parts.syns.length > 0) {
    const events = connEvent && c.event ? [c.event.index] : [];
    out.push(beat(keys.syn, c.opener, parts.syns, { params: p, conn, events, tag: tags.syn, lead: true }));
  }
  if (parts.synacks.length > 0)
    out.push(beat(keys.synack, c.acceptor, parts.synacks, { params: q, conn, tag: tags.synack, lead: true }));
  if (parts.hsacks.length > 0)
    out.push(beat(keys.ack, c.opener, parts.hsacks, { params: p, conn, tag: tags.ack }));
  return out;
}

/**
 * How the data connection of the n-th file opens: the request, the firewall's part when it blocked it,
 * and the rest of the three-way handshake. FTP and FTPS open their data connections alike.
 */
export function dataOpenBeats(
  ix: TraceIndex,
  shape: FtpShape,
  c: ConnInfo,
  n: number,
  parts: ConnParts,
): Beat[] {
  const file = fileOf(ix, c);
  const conn = c.conn;
  const beats: Beat[] = [];
  const opensToSend = parts.sender === undefined ? c.opener === shape.server : parts.sender === c.opener;
  const params = {
    actor: c.opener,
    peer: c.acceptor,
    file,
    port: c.event?.event.server.port ?? serverPort(c) ?? 0,
  };
  const synKey: StoryKey =
    n === 0
      ? opensToSend
        ? 'std.data.syn.to-send'
        : 'std.data.syn.to-fetch'
      : opensToSend
        ? 'std.data.syn.to-send.next'
        : 'std.data.syn.to-fetch.next';

  const ids = new Set(c.packets.map((p) => p.id));
  const drops = ix.firewall.filter(
    (f) => f.event.verdict !== 'allow' && (f.event.conn === conn || ids.has(f.event.packet)),
  );
  const connEvents = c.event ? [c.event.index] : [];
  if (drops.length === 0) {
    const extra = [...resentExtra(parts.syns)];
    // The seed points out that the PC's firewall lets its own request out; say it at the first file.
    if (n === 0 && c.opener === shape.client) {
      const guarded = ix.nodes.get(shape.client)?.firewall === true;
      extra.push(
        say(guarded ? 'std.extra.outgoing-passes' : 'std.extra.outgoing-would-pass', { owner: shape.client }),
      );
    }
    if (parts.syns.length > 0) {
      beats.push(
        beat(synKey, c.opener, parts.syns, {
          params,
          conn,
          events: connEvents,
          extra,
          tag: 'data-ask',
          lead: true,
        }),
      );
    }
    beats.push(...unanswered(ix, c, parts));
  } else {
    const dropped = new Set(drops.map((d) => d.event.packet));
    const blocked = parts.syns.filter((p) => dropped.has(p.id));
    const passing = parts.syns.filter((p) => !dropped.has(p.id));
    const firstDrop = drops[0] as (typeof drops)[number];
    const guard = firstDrop.event.node;
    const firstPass = passing[0];
    const changes = ix.firewallChanges.filter(
      (ch) =>
        ch.event.node === guard &&
        ch.event.t >= firstDrop.event.t &&
        (!firstPass || ch.event.t <= firstPass.t),
    );
    const lastChange = changes.at(-1)?.event.t;
    // What the person does in between (whoever the trace says did it), apart from the FTP client's own reports.
    const doings = ix.actions.filter(
      (a) =>
        !a.event.action.startsWith('ftp-') &&
        a.event.t >= firstDrop.event.t &&
        a.event.t <= (lastChange ?? firstPass?.t ?? Number.POSITIVE_INFINITY),
    );
    const passIds = new Set(passing.map((p) => p.id));
    const allows = ix.firewall.filter((f) => f.event.verdict === 'allow' && passIds.has(f.event.packet));
    const tries = blocked.length;
    const extra = tries > 1 ? [say('std.extra.tries', { count: tries })] : [];
    beats.push(
      beat(synKey, c.opener, blocked.length > 0 ? blocked : parts.syns, {
        params,
        conn,
        events: connEvents,
        extra,
        tag: 'data-ask',
        lead: true,
      }),
    );
    const fwParams = { owner: guard, actor: guard, peer: c.opener };
    beats.push(
      beat('std.fw.blocks', guard, [], {
        params: fwParams,
        conn,
        events: drops.map((d) => d.index),
        tag: 'fw-blocks',
      }),
    );
    if (changes.length > 0 || doings.length > 0) {
      beats.push(beat('std.fw.must-change', guard, [], { params: fwParams, conn, tag: 'fw-change' }));
      const events = [...doings, ...changes, ...allows].map((e) => e.index);
      beats.push(
        beat('std.fw.changed', guard, [], { params: fwParams, conn, events, tag: 'fw-change', lead: true }),
      );
    } else {
      beats.push(beat('std.fw.never-changed', guard, [], { params: fwParams, conn, tag: 'fw-never' }));
    }
    if (passing.length > 0) {
      beats.push(
        beat('std.data.syn.again', c.opener, passing, { params, conn, extra: [], tag: 'data-ready' }),
      );
    }
  }

  const q = { ...params, actor: c.acceptor, peer: c.opener };
  if (parts.synacks.length > 0) {
    beats.push(
      beat('std.data.synack', c.acceptor, parts.synacks, { params: q, conn, tag: 'data-ready', lead: true }),
    );
  }
  if (parts.hsacks.length > 0) {
    beats.push(beat('std.data.ack', c.opener, parts.hsacks, { params, conn, tag: 'data-ready' }));
  }
  return beats;
}

/** The data connection of one file, with the firewall's part when it blocked the connection. */
function dataChapter(ix: TraceIndex, shape: FtpShape, c: ConnInfo, n: number): Chapter {
  const parts = connParts(c);
  const file = fileOf(ix, c);
  const conn = c.conn;
  const beats = dataOpenBeats(ix, shape, c, n, parts);
  const sender = parts.sender;
  if (sender !== undefined && parts.data.length > 0) {
    const receiver = other(c, sender);
    const bytes = c.bytes.get(sender) ?? 0;
    const sp = { actor: sender, peer: receiver, file, count: bytes };
    beats.push(beat('std.data.send', sender, parts.data, { params: sp, conn, tag: 'data-send', lead: true }));
    const received = ix.actions
      .filter((a) => a.event.action === ACTION_FILE_RECEIVED && a.event.conn === conn)
      .map((a) => a.index);
    const rp = { actor: receiver, peer: sender, file, count: bytes };
    if (parts.dataAcks.length > 0) {
      beats.push(
        beat('std.data.received', receiver, parts.dataAcks, {
          params: rp,
          conn,
          events: received,
          tag: 'data-done',
          lead: true,
        }),
      );
    } else if (received.length > 0) {
      beats.push(
        beat('std.data.received', receiver, [], {
          params: rp,
          conn,
          events: received,
          tag: 'data-done',
          lead: true,
        }),
      );
    }
  }
  beats.push(...closeBeats(c, parts, file, 'std.close'));
  return { anchor: c.packets[0]?.t ?? 0, beats };
}

export function closeBeats(
  c: ConnInfo,
  parts: ConnParts,
  file: string,
  prefix: 'std.close' | 'std.tcp.close',
): Beat[] {
  const conn = c.conn;
  const tag = prefix === 'std.close' ? 'data-done' : 'tcp-done';
  const out: Beat[] = [];
  const first = parts.firstCloser;
  if (first !== undefined) {
    const second = other(c, first);
    const a = { actor: first, peer: second, file };
    const b = { actor: second, peer: first, file };
    const key = (k: string) => `${prefix}.${k}` as StoryKey;
    if (parts.fin1.length > 0) out.push(beat(key('fin'), first, parts.fin1, { params: a, conn, tag }));
    if (parts.fin1Acks.length > 0)
      out.push(beat(key('fin-ack'), second, parts.fin1Acks, { params: b, conn, tag }));
    if (parts.fin2.length > 0) out.push(beat(key('fin2'), second, parts.fin2, { params: b, conn, tag }));
    if (parts.fin2Acks.length > 0)
      out.push(beat(key('fin2-ack'), first, parts.fin2Acks, { params: a, conn, tag }));
  }
  const rsts = parts.rsts;
  for (const side of [...new Set(rsts.map((p) => p.origin))]) {
    const mine = rsts.filter((p) => p.origin === side);
    out.push(
      beat('std.rst', side, mine, {
        params: { actor: side, peer: other(c, side) },
        conn,
        tag: 'rst',
        lead: true,
      }),
    );
  }
  return out;
}

export function list(values: Array<string | number>): string {
  return values.join(', ');
}

/** What the login's commands and the server's answers are called: plain FTP and FTPS say them differently. */
export interface LoginTelling {
  commands(
    said: Array<{ command: string; argument: string }>,
    common: Record<string, string | number>,
  ): { key: StoryKey; params: Record<string, string | number> };
  /** `refused`: the server refused a command of the login, so the step ends before its answer. */
  replies(names: string[], passivePort: number | undefined, refused: boolean): StoryKey;
}

const FTP_LOGIN: LoginTelling = {
  commands(said, common) {
    const names = said.map((s) => s.command);
    const user = said.find((s) => s.command === 'USER')?.argument;
    const retr = said.find((s) => s.command === 'RETR')?.argument;
    if (user !== undefined && (names.includes('PORT') || names.includes('EPRT')) && retr !== undefined)
      return { key: 'std.login.active', params: { ...common, user, file: retr } };
    if (user !== undefined && (names.includes('PASV') || names.includes('EPSV')))
      return { key: 'std.login.passive', params: { ...common, user } };
    if (user !== undefined) return { key: 'std.login.user', params: { ...common, user } };
    return { key: 'std.login.other', params: common };
  },
  replies(names, passivePort, refused) {
    if (passivePort !== undefined) return 'std.replies.passive';
    // A refused PORT (a NAT without its FTP helper) means no second connection is coming.
    if (!refused && (names.includes('PORT') || names.includes('EPRT'))) return 'std.replies.active';
    return 'std.replies.other';
  },
};

/** The control connection's failures: replies that refuse something (4xx and 5xx). */
export function controlFailures(shape: FtpShape): PacketInfo[] {
  return shape.control.packets.filter((p) => p.origin === shape.server && (replyOf(p)?.code ?? 0) >= 400);
}

/**
 * The login: the commands the PC sends after `after` and before the first data connection (or the first
 * failure, or QUIT), as one step, and the server's answers as another.
 */
export function loginBeats(
  shape: FtpShape,
  failures: PacketInfo[],
  telling: LoginTelling,
  after = Number.NEGATIVE_INFINITY,
): Beat[] {
  const c = shape.control;
  const beats: Beat[] = [];
  const quit = c.packets.find((p) => commandOf(p)?.command === 'QUIT');
  const dataStart = Math.min(...shape.data.map((d) => d.packets[0]?.t ?? Number.POSITIVE_INFINITY));
  const windowEnd = Math.min(
    dataStart,
    failures[0]?.t ?? Number.POSITIVE_INFINITY,
    quit?.t ?? Number.POSITIVE_INFINITY,
  );
  // A reply and what it makes the PC do can happen at the same instant at the capture point: the window is closed.
  const commands = c.packets.filter(
    (p) =>
      p.origin === shape.client &&
      p.t > after &&
      commandOf(p) &&
      commandOf(p)?.command !== 'QUIT' &&
      p.t <= windowEnd,
  );
  const firstCommand = commands[0];
  if (!firstCommand) return beats;
  const said = distinct(commands).map((p) => commandOf(p) as { command: string; argument: string });
  const names = said.map((s) => s.command);
  const conn = c.conn;
  const common = { actor: shape.client, peer: shape.server, commands: list(names), count: names.length };
  const { key, params } = telling.commands(said, common);
  beats.push(beat(key, shape.client, commands, { params, conn, tag: 'login', lead: true }));

  const replies = c.packets.filter(
    (p) =>
      p.origin === shape.server &&
      replyOf(p) !== undefined &&
      (replyOf(p)?.code ?? 0) < 400 &&
      p.t > firstCommand.t &&
      p.t <= windowEnd,
  );
  if (replies.length > 0) {
    const answers = distinct(replies).map((p) => replyOf(p) as { code: number; text: string });
    const rp: Record<string, string | number> = {
      actor: shape.server,
      peer: shape.client,
      codes: list(answers.map((a) => a.code)),
      count: answers.length,
    };
    const pasv = answers.find((a) => a.code === 227 || a.code === 229);
    const port = pasv
      ? pasv.code === 227
        ? parseHostPort(pasv.text.slice(4))?.port
        : parseEpsvReply(pasv.text)
      : null;
    if (port !== null && port !== undefined) rp.port = port;
    const refused = failures[0] !== undefined && failures[0].t <= windowEnd;
    const rkey = telling.replies(names, port ?? undefined, refused);
    beats.push(beat(rkey, shape.server, replies, { params: rp, conn, tag: 'login' }));
  }
  return beats;
}

/** The control connection: its handshake, then the login. */
function controlChapter(ix: TraceIndex, shape: FtpShape, failures: PacketInfo[]): Chapter {
  const c = shape.control;
  const beats = controlOpenBeats(ix, c);
  beats.push(...loginBeats(shape, failures, FTP_LOGIN));
  return { anchor: c.packets[0]?.t ?? 0, beats };
}

/** The control connection's three-way handshake (or the opener giving up on it). */
export function controlOpenBeats(ix: TraceIndex, c: ConnInfo): Beat[] {
  const parts = connParts(c);
  const beats = handshakeBeats(
    c,
    parts,
    { syn: 'std.control.syn', synack: 'std.control.synack', ack: 'std.control.ack' },
    { port: serverPort(c) ?? FTP_CONTROL_PORT },
    { syn: 'control-ask', synack: 'control-ready', ack: 'control-ready' },
  );
  beats.push(...unanswered(ix, c, parts));
  return beats;
}

export function failureChapters(ix: TraceIndex, shape: FtpShape, failures: PacketInfo[]): Chapter[] {
  const chapters: Chapter[] = [];
  const bySeq = new Map<string, PacketInfo[]>();
  for (const p of failures) {
    const k = String(p.view.tcp?.seq);
    const group = bySeq.get(k);
    if (group) group.push(p);
    else bySeq.set(k, [p]);
  }
  for (const group of bySeq.values()) {
    const first = group[0] as PacketInfo;
    const reply = replyOf(first) as { code: number; text: string };
    const key: StoryKey = reply.code === 425 ? 'std.reply.425' : 'std.reply.error';
    const params = { actor: shape.server, peer: shape.client, code: reply.code, reply: reply.text };
    chapters.push({
      anchor: first.t,
      beats: [
        beat(key, shape.server, group, { params, conn: shape.control.conn, tag: 'failed', lead: true }),
      ],
    });
  }
  // A client may report the same failed file more than once (the reply, then the closed socket): one step.
  const failed = new Map<string, Indexed<ActionEvent>[]>();
  for (const a of ix.actions.filter((x) => x.event.action === ACTION_TRANSFER_FAILED)) {
    const file = String(a.event.params?.file ?? '?');
    const list = failed.get(file);
    if (list) list.push(a);
    else failed.set(file, [a]);
  }
  const quitsTold = new Set<number>();
  for (const [file, actions] of failed) {
    const a = actions[0] as Indexed<ActionEvent>;
    const quits = shape.control.packets.filter(
      (p) => commandOf(p)?.command === 'QUIT' && p.t >= a.event.t && !quitsTold.has(p.id),
    );
    for (const q of quits) quitsTold.add(q.id);
    const params = { actor: a.event.node, peer: shape.server, file };
    chapters.push({
      anchor: a.event.t,
      beats: [
        beat('std.failed', a.event.node, quits, {
          params,
          conn: shape.control.conn,
          events: actions.map((x) => x.index),
          tag: 'gave-up',
          lead: true,
        }),
      ],
    });
  }
  return chapters;
}

/** Any other TCP connection, told the same way without the FTP words. */
function genericChapter(ix: TraceIndex, c: ConnInfo): Chapter {
  const parts = connParts(c);
  const beats = handshakeBeats(
    c,
    parts,
    { syn: 'std.tcp.syn', synack: 'std.tcp.synack', ack: 'std.tcp.ack' },
    { port: serverPort(c) ?? 0 },
    { syn: 'tcp-ask', synack: 'tcp-ready', ack: 'tcp-ready' },
  );
  beats.push(...unanswered(ix, c, parts));
  // Bytes are told as runs: each time the sending side changes, a new step.
  let run: PacketInfo[] = [];
  const flush = () => {
    const first = run[0];
    if (!first) return;
    const sender = first.origin;
    const bytes = distinct(run).reduce((n, p) => n + payload(p), 0);
    const params = { actor: sender, peer: other(c, sender), count: bytes };
    beats.push(beat('std.tcp.send', sender, run, { params, conn: c.conn, tag: 'tcp-send', lead: true }));
    run = [];
  };
  for (const p of c.packets.filter((x) => payload(x) > 0)) {
    if (run.length > 0 && run[0]?.origin !== p.origin) flush();
    run.push(p);
  }
  flush();
  beats.push(...closeBeats(c, parts, '', 'std.tcp.close'));
  return { anchor: c.packets[0]?.t ?? 0, beats };
}

/** ICMP error types: destination unreachable, time exceeded, parameter problem (and ICMPv6's packet too big). */
function isIcmpError(p: PacketInfo): boolean {
  const icmp = p.view.icmp;
  if (!icmp) return false;
  return icmp.version === 6
    ? icmp.type >= 1 && icmp.type <= 4
    : icmp.type === 3 || icmp.type === 11 || icmp.type === 12;
}

function icmpChapters(ix: TraceIndex): Chapter[] {
  return ix.told
    .flatMap((p) => (p.view.icmp ? [{ p, icmp: p.view.icmp }] : []))
    .map(({ p, icmp }) => {
      const last = ix.trace.events[p.hops[p.hops.length - 1] as number];
      const peer = last?.type === 'wire' ? last.to : p.view.to;
      const error = isIcmpError(p);
      return {
        anchor: p.t,
        beats: [
          beat(error ? 'std.icmp.error' : 'std.icmp', p.origin, [p], {
            params: { actor: p.origin, peer, icmp: icmpParam(icmp) },
            tag: error ? 'icmp-error' : 'icmp',
            lead: true,
          }),
        ],
      };
    });
}

/** The chapters of one FTP session: a dialect (FTPS) tells its session its own way, with the same parts. */
export type SessionChapters = (ix: TraceIndex, shape: FtpShape) => Chapter[];

/** The first step: the PC is about to download, in the mode the client was started with. */
export function introChapter(
  shape: FtpShape,
  keys: { active: StoryKey; passive: StoryKey },
  params = {},
): Chapter[] {
  const a = shape.start;
  if (!a) return [];
  const count = Number(a.event.params?.files ?? shape.data.length);
  return [
    {
      anchor: a.event.t,
      beats: [
        beat(shape.mode === 'active' ? keys.active : keys.passive, a.event.node, [], {
          params: { actor: a.event.node, peer: shape.server, count, ...params },
          events: [a.index],
          tag: 'intro',
        }),
      ],
    },
  ];
}

export function ftpChapters(ix: TraceIndex, shape: FtpShape): Chapter[] {
  const failures = controlFailures(shape);
  return [
    ...introChapter(shape, { active: 'std.intro.active', passive: 'std.intro.passive' }),
    controlChapter(ix, shape, failures),
    ...shape.data.map((c, n) => dataChapter(ix, shape, c, n)),
    ...failureChapters(ix, shape, failures),
  ];
}

export function standardBeats(ix: TraceIndex, session: SessionChapters = ftpChapters): Beat[] {
  const shape = ftpShape(ix);
  const chapters: Chapter[] = [];
  const ftpConns = new Set<string>();
  if (shape) {
    chapters.push(...session(ix, shape));
    for (const c of [shape.control, ...shape.data]) ftpConns.add(c.conn);
  }
  for (const id of ix.connOrder) {
    const c = ix.conns.get(id) as ConnInfo;
    if (!ftpConns.has(id)) chapters.push(genericChapter(ix, c));
  }
  chapters.push(...icmpChapters(ix));
  return interleave(ix, chapters);
}

/** When a beat's own packets and events begin, as the capture point sees them. */
function beatTime(ix: TraceIndex, b: Beat): number | undefined {
  const times = [
    ...b.packets.map((p) => p.t),
    ...b.events.map((i) => (ix.trace.events[i] as { t: number }).t),
  ];
  return times.length === 0 ? undefined : Math.min(...times);
}

/**
 * Merges the chapters into one story by time, keeping each chapter's own order: the steps of one connection
 * follow TCP's cause and effect, while a failure on the control connection still comes when it happens.
 */
function interleave(ix: TraceIndex, chapters: Chapter[]): Beat[] {
  const queues = chapters.map((ch) => {
    let last = ch.anchor;
    return ch.beats.map((beat) => {
      const t = beatTime(ix, beat) ?? last;
      last = t;
      return { beat, t };
    });
  });
  const out: Beat[] = [];
  const heads = queues.map(() => 0);
  for (;;) {
    let best = -1;
    queues.forEach((q, i) => {
      const head = q[heads[i] as number];
      if (!head) return;
      const current = best >= 0 ? queues[best]?.[heads[best] as number] : undefined;
      if (!current || head.t < current.t) best = i;
    });
    if (best < 0) return out;
    const q = queues[best] as { beat: Beat; t: number }[];
    out.push((q[heads[best] as number] as { beat: Beat }).beat);
    heads[best] = (heads[best] as number) + 1;
  }
}
