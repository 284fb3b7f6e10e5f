/**
 * The SCP and SFTP chapter told at three levels. One TCP connection carries everything: the version lines
 * and the key exchange in the clear, then, from each side's NEWKEYS on, encrypted packets holding the
 * login, the session and the file. The standard level follows the seed's seventeen steps; what the seed
 * leaves out (the key exchange, the server's SSH answers) plays inside them and is said in the notes.
 */
import { type GenericAppMessage, TCP_FIN } from '../core/packet.ts';
import type { ActionEvent } from '../core/trace.ts';
import { type StoryKey, translate } from '../i18n/index.ts';
import {
  type ConnInfo,
  has,
  type Indexed,
  type PacketInfo,
  payload,
  rolesOf,
  type TraceIndex,
} from './analysis.ts';
import { type Beat, say } from './beats.ts';
import { expertBeats } from './expert.ts';
import { connParts } from './standard.ts';
import type { Level, Narration } from './types.ts';

export const ACTION_SSH_START = 'ssh-session-start';

export interface SshShape {
  conn: ConnInfo;
  pc: string;
  server: string;
  mode: 'sftp' | 'scp';
  direction: 'upload' | 'download';
  start: Indexed<ActionEvent>;
  /** Files the user named. */
  count: number;
}

export function sshShape(ix: TraceIndex): SshShape | undefined {
  const start = ix.actions.find((a) => a.event.action === ACTION_SSH_START);
  if (!start) return undefined;
  const conn = ix.connOrder
    .map((id) => ix.conns.get(id) as ConnInfo)
    .find((c) => c.event?.event.purpose === 'ssh');
  if (!conn) return undefined;
  const params = start.event.params ?? {};
  return {
    conn,
    pc: conn.opener,
    server: conn.acceptor,
    mode: params.mode === 'scp' ? 'scp' : 'sftp',
    direction: params.direction === 'download' ? 'download' : 'upload',
    start,
    count: Number(params.files ?? 0),
  };
}

/** What the two ends see in a packet: the message inside an encrypted one, the clear message otherwise. */
function innerText(p: PacketInfo): string {
  const app = p.view.app as GenericAppMessage | undefined;
  return app?.inner?.text ?? app?.text ?? '';
}

function mk(key: StoryKey, actor: string, packets: PacketInfo[], more: Partial<Beat> = {}): Beat {
  const resent = packets.filter((p) => p.view.tcp && isResent(packets, p)).length;
  const b: Beat = {
    key,
    actor,
    packets,
    params: more.params ?? {},
    extra: more.extra ?? (resent > 0 ? [say('std.extra.resent', { count: resent })] : []),
    events: more.events ?? [],
  };
  if (more.conn !== undefined) b.conn = more.conn;
  if (more.tag !== undefined) b.tag = more.tag;
  if (more.lead) b.lead = true;
  return b;
}

function isResent(packets: PacketInfo[], p: PacketInfo): boolean {
  return packets.some((q) => q !== p && q.origin === p.origin && q.start < p.start && sameSegment(p, q));
}

function sameSegment(a: PacketInfo, b: PacketInfo): boolean {
  return a.view.tcp?.seq === b.view.tcp?.seq && payload(a) > 0 && payload(b) > 0;
}

/**
 * When each segment was first sent, which is where a file or the session begins. A copy sent again later
 * is told where it leaves, so that each side's packets stay in the order it sent them.
 */
function firstSentTimes(c: ConnInfo): Map<PacketInfo, number> {
  const first = new Map<string, number>();
  const out = new Map<PacketInfo, number>();
  for (const p of c.packets) {
    const key = `${p.origin}|${p.view.tcp?.seq}`;
    const t = first.get(key) ?? p.start;
    if (!first.has(key)) first.set(key, p.start);
    out.set(p, t);
  }
  return out;
}

const FILE_START: Record<string, RegExp> = {
  'sftp upload': /^SFTP OPEN (\S+) WRITE\|CREAT\|TRUNC$/,
  'sftp download': /^SFTP LSTAT (\S+)$/,
  'scp upload': /^SCP C\d{4} \d+ (\S+)$/,
  'scp download': /^SCP C\d{4} \d+ (\S+)$/,
};
const SESSION_END = /^SSH (CHANNEL_EOF|CHANNEL_CLOSE|CHANNEL_REQUEST exit-status)/;

interface FileRun {
  name: string;
  from: number;
  to: number;
}

/** Where each file's requests begin, in the order they begin, and where the session's ending begins. */
function fileRuns(shape: SshShape, data: PacketInfo[], sent: Map<PacketInfo, number>): FileRun[] {
  const pattern = FILE_START[`${shape.mode} ${shape.direction}`] as RegExp;
  const starts: Array<{ name: string; t: number }> = [];
  let end = Number.POSITIVE_INFINITY;
  for (const p of data) {
    const text = innerText(p);
    const t = sent.get(p) ?? p.start;
    const m = pattern.exec(text);
    if (m && !starts.some((s) => s.name === m[1])) starts.push({ name: m[1] as string, t });
    if (SESSION_END.test(text)) end = Math.min(end, t);
  }
  starts.sort((a, b) => a.t - b.t);
  return starts.map((s, i) => ({ name: s.name, from: s.t, to: starts[i + 1]?.t ?? end }));
}

function fileSize(ix: TraceIndex, shape: SshShape, file: string): number {
  const action = shape.direction === 'upload' ? 'ssh-file-stored' : 'ssh-file-received';
  const a = ix.actions.find((x) => x.event.action === action && x.event.params?.file === file);
  return Number(a?.event.params?.bytes ?? 0);
}

function program(shape: SshShape): string {
  return shape.mode === 'sftp' ? 'SFTP' : 'scp';
}

export function sshStandardBeats(ix: TraceIndex): Beat[] | undefined {
  const shape = sshShape(ix);
  if (!shape) return undefined;
  const { conn: c, pc, server } = shape;
  const conn = c.conn;
  const parts = connParts(c);
  const sent = firstSentTimes(c);
  const at = (p: PacketInfo) => p.start;
  const data = c.packets.filter((p) => payload(p) > 0);
  const password = data.find(
    (p) => p.origin === pc && innerText(p).startsWith('SSH USERAUTH_REQUEST password'),
  );
  const success = data.find((p) => p.origin === server && innerText(p) === 'SSH USERAUTH_SUCCESS');
  if (!password || !success) return undefined;
  const runs = fileRuns(shape, data, sent);
  const firstFile = runs[0]?.from ?? Number.POSITIVE_INFINITY;
  const up = shape.direction === 'upload';
  const base = { actor: pc, peer: server, program: program(shape), count: shape.count };
  const port = c.event?.event.server.port ?? 22;

  const beats: Beat[] = [
    mk(up ? 'ssh.std.intro.upload' : 'ssh.std.intro.download', pc, [], {
      params: base,
      events: [shape.start.index],
      tag: 'intro',
      lead: true,
      conn,
    }),
    mk('ssh.std.encrypted', pc, [], { params: { actor: pc, peer: server }, tag: 'intro', conn }),
  ];
  if (parts.syns.length > 0) {
    const events = c.event ? [c.event.index] : [];
    beats.push(
      mk('std.tcp.syn', pc, parts.syns, {
        params: { actor: pc, peer: server, port },
        events,
        tag: 'connect',
        lead: true,
        conn,
      }),
    );
  }
  // sshd's part begins when the request reaches it: the step is pinned there, also when SYNs are lost.
  const reached = ix.trace.events.findIndex(
    (e) => e.type === 'tcp-state' && e.conn === conn && e.node === server && e.to === 'SYN-RECEIVED',
  );
  beats.push(
    mk('ssh.std.decrypts', server, [], {
      params: { actor: server, peer: pc },
      events: reached >= 0 ? [reached] : [],
      tag: 'connect',
      conn,
    }),
  );
  beats.push(mk('ssh.std.left-out', server, [], { params: { actor: server }, tag: 'connect', conn }));
  if (parts.synacks.length > 0)
    beats.push(
      mk('std.tcp.synack', server, parts.synacks, {
        params: { actor: server, peer: pc },
        tag: 'connect',
        conn,
      }),
    );
  if (parts.hsacks.length > 0)
    beats.push(
      mk('std.tcp.ack', pc, parts.hsacks, { params: { actor: pc, peer: server }, tag: 'connect', conn }),
    );

  // The PC's side of the version exchange, the key exchange and the login, up to its password.
  // By sequence number, so that a copy of a login packet sent again late still belongs to the login.
  const upTo = password.rel?.seq;
  const inLogin = (p: PacketInfo) =>
    upTo !== undefined && p.rel !== undefined ? p.rel.seq <= upTo : at(p) <= at(password);
  const login = data.filter((p) => p.origin === pc && inLogin(p));
  beats.push(
    mk('ssh.std.login', pc, login, { params: { actor: pc, peer: server }, tag: 'login', lead: true, conn }),
  );
  const welcome = data.filter((p) => p.origin === server && sameSegment(p, success));
  beats.push(
    mk('ssh.std.login-ok', server, welcome, {
      params: { actor: server, peer: pc },
      tag: 'login-ok',
      lead: true,
      conn,
    }),
  );

  const commands = data.filter((p) => p.origin === pc && !inLogin(p) && at(p) < firstFile);
  const answers = data.filter(
    (p) => p.origin === server && at(p) > at(success) && at(p) < firstFile && !sameSegment(p, success),
  );
  const exec = commands.map(innerText).find((t) => t.startsWith('SSH CHANNEL_REQUEST exec '));
  const command = exec?.replace('SSH CHANNEL_REQUEST exec ', '') ?? '';
  if (commands.length > 0) {
    const key: StoryKey = shape.mode === 'sftp' ? 'ssh.std.session.sftp' : 'ssh.std.session.scp';
    beats.push(
      mk(key, pc, commands, {
        params: { actor: pc, peer: server, command },
        tag: 'session',
        lead: true,
        conn,
      }),
    );
  }
  if (answers.length > 0) {
    const key: StoryKey =
      shape.mode === 'sftp'
        ? 'ssh.std.answers.sftp'
        : up
          ? 'ssh.std.answers.scp-sink'
          : 'ssh.std.answers.scp-source';
    beats.push(
      mk(key, server, answers, { params: { actor: server, peer: pc, command }, tag: 'session', conn }),
    );
  }

  const receiver = up ? server : pc;
  runs.forEach((run, i) => {
    const inRun = (p: PacketInfo) => at(p) >= run.from && at(p) < run.to;
    // The receiver's bare acknowledgements of the file's bytes belong to its "received" step.
    const acks = c.packets.filter(
      (p) =>
        p.origin === receiver &&
        payload(p) === 0 &&
        !has(p, TCP_FIN) &&
        rolesOf(c, p).has('ack-data') &&
        inRun(p),
    );
    const mine = (side: string) =>
      [...data.filter((p) => p.origin === side && inRun(p)), ...(side === receiver ? acks : [])].sort(
        (a, b) => a.start - b.start || a.id - b.id,
      );
    const params = { file: run.name, count: fileSize(ix, shape, run.name) };
    const tag = `file:${i}`;
    const senderKey: StoryKey = up
      ? shape.mode === 'sftp'
        ? 'ssh.std.put.sftp'
        : 'ssh.std.put.scp'
      : shape.mode === 'sftp'
        ? 'ssh.std.get.sftp'
        : 'ssh.std.get.scp';
    const receiverKey: StoryKey = up
      ? shape.mode === 'sftp'
        ? 'ssh.std.stored.sftp'
        : 'ssh.std.stored.scp'
      : shape.mode === 'sftp'
        ? 'ssh.std.fetch.sftp'
        : 'ssh.std.fetch.scp';
    const sender = up ? pc : server;
    const pair = [
      mk(senderKey, sender, mine(sender), {
        params: { ...params, actor: sender, peer: receiver },
        tag,
        lead: true,
        conn,
      }),
      mk(receiverKey, receiver, mine(receiver), {
        params: { ...params, actor: receiver, peer: sender },
        tag,
        conn,
      }),
    ].filter((b) => b.packets.length > 0);
    // Downloading with SFTP the PC asks first; otherwise the sender's bytes come first.
    pair.sort((a, b) => (a.packets[0]?.start ?? 0) - (b.packets[0]?.start ?? 0));
    beats.push(...pair);
  });

  const first = parts.firstCloser;
  if (first !== undefined) {
    const second = first === pc ? server : pc;
    const a = { actor: first, peer: second };
    const b = { actor: second, peer: first };
    if (parts.fin1.length > 0)
      beats.push(mk('std.tcp.close.fin', first, parts.fin1, { params: a, tag: 'done', lead: true, conn }));
    // An ACK the second side sends again after its own FIN (the first FIN came again) is told with that FIN,
    // so that its packets keep the order it sent them in.
    const fin2At = parts.fin2[0]?.start ?? Number.POSITIVE_INFINITY;
    const fin1Acks = parts.fin1Acks.filter((p) => p.start <= fin2At || parts.fin2.includes(p));
    const lateAcks = parts.fin1Acks.filter((p) => !fin1Acks.includes(p));
    if (fin1Acks.length > 0)
      beats.push(mk('std.tcp.close.fin-ack', second, fin1Acks, { params: b, tag: 'done', conn }));
    const fin2 = [...parts.fin2, ...lateAcks].sort((x, y) => x.start - y.start);
    if (fin2.length > 0) beats.push(mk('std.tcp.close.fin2', second, fin2, { params: b, tag: 'done', conn }));
    if (parts.fin2Acks.length > 0)
      beats.push(mk('std.tcp.close.fin2-ack', first, parts.fin2Acks, { params: a, tag: 'done', conn }));
  }
  return beats;
}

// ── Elementary ─────────────────────────────────────────────────────────────

/** The standard steps that make one idea for a beginner become one step, told without TCP's words. */
export function sshElementaryBeats(ix: TraceIndex): Beat[] | undefined {
  const shape = sshShape(ix);
  const standard = sshStandardBeats(ix);
  if (!shape || !standard) return undefined;
  const up = shape.direction === 'upload';
  const groups: Beat[][] = [];
  for (const b of standard) {
    const last = groups.at(-1);
    if (last && last[0]?.tag === b.tag) last.push(b);
    else groups.push([b]);
  }
  return groups.map((group) => {
    const lead = group.find((b) => b.lead) ?? (group[0] as Beat);
    const tag = lead.tag ?? '';
    const params: Record<string, string | number> = {};
    for (const b of group) Object.assign(params, b.params);
    Object.assign(params, lead.params);
    let key: StoryKey;
    if (tag === 'intro') key = up ? 'ssh.ele.intro.upload' : 'ssh.ele.intro.download';
    else if (tag === 'connect') key = 'ssh.ele.connect';
    else if (tag === 'login') key = 'ssh.ele.login';
    else if (tag === 'login-ok') key = 'ssh.ele.login-ok';
    else if (tag === 'session') key = 'ssh.ele.session';
    else if (tag.startsWith('file:')) key = 'ssh.ele.file';
    else key = 'ssh.ele.done';
    const merged: Beat = {
      key,
      params,
      actor: lead.actor,
      packets: [...new Set(group.flatMap((b) => b.packets))],
      events: group.flatMap((b) => b.events),
    };
    if (lead.conn !== undefined) merged.conn = lead.conn;
    return merged;
  });
}

// ── Expert ─────────────────────────────────────────────────────────────────

/**
 * Every packet as the expert level tells it, with the SSH message named: clear ones by name, encrypted
 * ones as what an eavesdropper sees plus what the two ends know is inside.
 */
export function sshExpertBeats(ix: TraceIndex): Beat[] | undefined {
  const shape = sshShape(ix);
  if (!shape) return undefined;
  return expertBeats(ix).map((b) => {
    const p = b.packets[0];
    if (p && b.packets.length === 1 && p.conn === shape.conn.conn && payload(p) > 0)
      return sshPacketBeat(b, p);
    if (b.packets.length === 0 && b.key === 'exp.action.other') return sshActionBeat(ix, shape, b);
    return b;
  });
}

function sshPacketBeat(b: Beat, p: PacketInfo): Beat {
  const app = p.view.app as GenericAppMessage | undefined;
  if (!app) return { ...b, key: 'ssh.exp.more' };
  if (app.kind === 'version')
    return { ...b, key: 'ssh.exp.version', params: { ...b.params, text: app.text } };
  const outer = app.text
    .replace(/^SSH /, '')
    .split(', ')
    .filter((n) => n !== 'Encrypted packet');
  if (!app.encrypted) return { ...b, key: 'ssh.exp.clear', params: { ...b.params, text: outer.join(', ') } };
  // What the ends see besides what travels in the clear: the encrypted part of the write.
  const clear = [...outer];
  const inner = innerText(p)
    .replace(/^SSH /, '')
    .split(', ')
    .filter((n) => {
      const i = clear.indexOf(n);
      if (i < 0) return true;
      clear.splice(i, 1);
      return false;
    })
    .join(', ');
  if (outer.length > 0)
    return {
      ...b,
      key: 'ssh.exp.clear-then-sealed',
      params: { ...b.params, text: outer.join(', '), inner },
    };
  return { ...b, key: 'ssh.exp.sealed', params: { ...b.params, inner } };
}

const ACTION_KEYS: Record<string, StoryKey> = {
  'ssh-logged-in': 'ssh.exp.action.logged-in',
  'ssh-file-sent': 'ssh.exp.action.sent',
  'ssh-file-stored': 'ssh.exp.action.stored',
  'ssh-file-received': 'ssh.exp.action.received',
  'ssh-transfer-failed': 'ssh.exp.action.failed',
};

function sshActionBeat(ix: TraceIndex, shape: SshShape, b: Beat): Beat {
  const e = ix.trace.events[b.events[0] ?? -1];
  if (e?.type !== 'action') return b;
  const params: Record<string, string | number> = {
    actor: e.node,
    program: program(shape),
    file: String(e.params?.file ?? '?'),
    count: Number(e.params?.bytes ?? e.params?.files ?? 0),
    user: String(e.params?.user ?? '?'),
  };
  if (e.action === ACTION_SSH_START) {
    const key: StoryKey =
      shape.direction === 'upload' ? 'ssh.exp.action.start.upload' : 'ssh.exp.action.start.download';
    return { ...b, key, params };
  }
  const key = ACTION_KEYS[e.action];
  return key ? { ...b, key, params } : b;
}

// ── Title and notes ────────────────────────────────────────────────────────

export function sshTitle(ix: TraceIndex, lang: string): string | undefined {
  const shape = sshShape(ix);
  if (!shape) return undefined;
  const key: StoryKey =
    shape.mode === 'sftp'
      ? shape.direction === 'upload'
        ? 'title.sftp.upload'
        : 'title.sftp.download'
      : shape.direction === 'upload'
        ? 'title.scp.upload'
        : 'title.scp.download';
  return translate(lang, key, { count: shape.count });
}

/** What the seed leaves out of this chapter, said where the trace shows it. */
export function sshNotes(ix: TraceIndex, level: Level, beats: Beat[]): Narration[] {
  const shape = sshShape(ix);
  if (!shape) return [];
  const notes: Narration[] = [];
  const loginStep = beats.findIndex((b) => b.key === 'ssh.std.login' || b.key === 'ssh.ele.login') + 1;
  if (level !== 'expert' && loginStep > 0) notes.push(say('ssh.note.key-exchange', { step: loginStep }));
  notes.push(say('ssh.note.clear-part'));
  const probe = shape.conn.packets.some((p) => innerText(p) === 'SSH USERAUTH_REQUEST none');
  if (probe) notes.push(say('ssh.note.none-probe'));
  if (level === 'standard') {
    const stored =
      beats.findIndex((b) => b.key.startsWith('ssh.std.stored') || b.key.startsWith('ssh.std.fetch')) + 1;
    if (stored > 0) notes.push(say('ssh.note.answer-flags', { step: stored }));
    const fin = beats.findIndex((b) => b.key === 'std.tcp.close.fin') + 1;
    if (fin > 0) notes.push(say('ssh.note.session-end', { step: fin }));
  }
  if (shape.mode === 'scp') notes.push(say('ssh.note.scp-legacy'));
  return notes;
}
