/**
 * FTPS (FTP over TLS, RFC 4217) as a story. The session is FTP's, told with FTP's parts (the control
 * connection, one data connection per file, the firewall's steps), plus what TLS adds: AUTH TLS and its 234
 * in the clear, the TLS handshake records each side really sends, the login inside TLS (told from what the
 * two ends know, since a capture shows only record types and sizes), a TLS handshake on every data
 * connection, the file in encrypted records, and close_notify before the FIN.
 */
import { inPrefix, parsePrefix } from '../core/address.ts';
import { parseEprt, parseHostPort } from '../core/apps/ftp/protocol.ts';
import type { GenericAppMessage } from '../core/packet.ts';
import type { StoryKey } from '../i18n/index.ts';
import { type ConnInfo, type PacketInfo, payload, rolesOf, type TraceIndex } from './analysis.ts';
import { type Beat, say } from './beats.ts';
import { elementaryKey, mergeBeats } from './elementary.ts';
import {
  ACTION_FILE_RECEIVED,
  beat,
  type Chapter,
  closeBeats,
  commandOf,
  connParts,
  controlFailures,
  controlOpenBeats,
  dataOpenBeats,
  distinct,
  type FtpShape,
  failureChapters,
  fileOf,
  ftpMessageOf,
  ftpShape,
  introChapter,
  type LoginTelling,
  list,
  loginBeats,
  other,
  replyOf,
  resentExtra,
  standardBeats,
} from './standard.ts';
import type { Level, Narration, StoryStep } from './types.ts';

/** What a TLS segment tells, as far as the two ends know it. */
interface TlsView {
  /** The records' names (`ClientHello`, `Finished` ...), decrypted where the ends can decrypt them. */
  names: string[];
  /** The version the records show, when they show one. */
  version?: string;
  handshake: boolean;
  alert: boolean;
}

const TLS_TEXT = /^TLS (?:(\d\.\d) )?(.*)$/;

function tlsMessage(p: PacketInfo): GenericAppMessage | undefined {
  const app = p.view.app;
  return app?.protocol === 'tls' ? app : undefined;
}

function tlsView(p: PacketInfo): TlsView | undefined {
  const outer = tlsMessage(p);
  if (!outer) return undefined;
  const inner = outer.inner;
  // The ends read the decrypted records; an encrypted segment whose content is not TLS's own is data.
  const known = inner?.protocol === 'tls' ? inner : outer.encrypted ? undefined : outer;
  const match = known ? TLS_TEXT.exec(known.text) : null;
  const view: TlsView = {
    names: match ? (match[2] ?? '').split(', ').filter((n) => n !== '') : [],
    handshake: known?.kind === 'handshake' || known?.kind === 'change-cipher-spec',
    alert: known?.kind === 'alert' || outer.kind === 'alert',
  };
  if (match?.[1]) view.version = match[1];
  return view;
}

function isEncrypted(p: PacketInfo): boolean {
  return tlsMessage(p)?.encrypted === true;
}

/** An FTP session is FTPS when its control connection asks for TLS or carries TLS records. */
export function isFtps(ix: TraceIndex): boolean {
  const control = ftpShape(ix)?.control;
  return (
    control?.packets.some((p) => tlsMessage(p) !== undefined || commandOf(p)?.command === 'AUTH') ?? false
  );
}

/** The TLS version the session speaks: the one the server's hello shows, else the one the client was set to. */
export function tlsVersion(ix: TraceIndex, shape: FtpShape): string {
  for (const c of [shape.control, ...shape.data]) {
    for (const p of c.packets) {
      const view = tlsView(p);
      if (view?.version && view.names.includes('ServerHello')) return view.version;
    }
  }
  const asked = shape.start?.event.params?.tls ?? ix.trace.meta.switches?.tls;
  return asked === undefined ? '1.3' : String(asked);
}

/** One side's turn in the TLS handshake: the segments it sends before the other side answers. */
interface Flight {
  origin: string;
  packets: PacketInfo[];
  names: string[];
}

/**
 * The handshake's flights on one connection, up to the last Finished. Session tickets sent after it are a
 * flight of their own on the control connection; on a data connection they share the file's flight, so
 * the file's step tells them (`ticketsAfter` false).
 */
function tlsFlights(c: ConnInfo, ticketsAfter: boolean): { flights: Flight[]; shown: Set<number> } {
  const carrying = c.packets.filter((p) => payload(p) > 0);
  const last = carrying.findLast((p) => tlsView(p)?.handshake && tlsView(p)?.names.includes('Finished'));
  const end = last?.start ?? Number.NEGATIVE_INFINITY;
  const ticketsOnly = (p: PacketInfo) => {
    const names = tlsView(p)?.names ?? [];
    return names.length > 0 && names.every((n) => n === 'NewSessionTicket');
  };
  const isPart = (p: PacketInfo) => {
    const view = tlsView(p);
    const during = p.start <= end;
    // A segment with no message of its own continues the record its sender began in the segment before.
    return view?.handshake ? during || (ticketsAfter && ticketsOnly(p)) : during && p.view.app === undefined;
  };
  // A copy sent again after its sender moved on (to its login, say) belongs to no flight: telling it there
  // would put that sender's packets out of the order it sent them.
  const movedOn = new Map<string, number>();
  const begins = carrying.find((p) => tlsView(p)?.handshake)?.start ?? Number.POSITIVE_INFINITY;
  for (const p of carrying) {
    if (p.start > begins && !isPart(p) && !movedOn.has(p.origin)) movedOn.set(p.origin, p.start);
  }
  const flights: Flight[] = [];
  for (const p of carrying) {
    if (!isPart(p) || p.start > (movedOn.get(p.origin) ?? Number.POSITIVE_INFINITY)) continue;
    const view = tlsView(p);
    const current = flights.at(-1);
    const names = view && p.view.tcp?.retransmission !== true ? view.names : [];
    if (current && current.origin === p.origin) {
      current.packets.push(p);
      current.names.push(...names);
    } else flights.push({ origin: p.origin, packets: [p], names: [...names] });
  }
  return { flights, shown: new Set(flights.flatMap((f) => f.packets.map((p) => p.id))) };
}

function flightKey(f: Flight, tlsClient: string, helloSeen: boolean, version: string): StoryKey {
  const has = (name: string) => f.names.includes(name);
  if (has('ClientHello')) return helloSeen ? 'std.tls.client-hello.again' : 'std.tls.client-hello';
  if (has('HelloRetryRequest')) return 'std.tls.hello-retry';
  if (has('ServerHello')) return version === '1.2' ? 'std.tls12.server-hello' : 'std.tls13.server-hello';
  if (has('ClientKeyExchange')) return 'std.tls12.client-keys';
  if (f.names.length > 0 && f.names.every((n) => n === 'NewSessionTicket')) return 'std.tls.tickets';
  // A Finished alone is the client's last word in TLS 1.3, and the server's in TLS 1.2.
  const client = f.origin === tlsClient;
  if (has('Finished') && client && version !== '1.2') return 'std.tls13.client-finished';
  if (has('Finished') && !client && version === '1.2') return 'std.tls12.server-finished';
  return 'std.tls.other';
}

function flightBeats(
  c: ConnInfo,
  flights: Flight[],
  tag: string,
  common: Record<string, string | number>,
  first?: Narration,
): Beat[] {
  const version = String(common.version);
  const tlsClient = flights[0]?.origin ?? c.opener;
  let helloSeen = false;
  return flights.map((f, i) => {
    const key = flightKey(f, tlsClient, helloSeen, version);
    if (f.names.includes('ClientHello')) helloSeen = true;
    const extra = [...(i === 0 && first ? [first] : []), ...resentExtra(f.packets)];
    const params = { ...common, actor: f.origin, peer: other(c, f.origin), records: list(f.names) };
    return beat(key, f.origin, f.packets, { params, conn: c.conn, tag, extra });
  });
}

const SHOWN_ARGUMENTS = new Set(['PBSZ', 'PROT', 'TYPE']);

/** Inside TLS the login adds PBSZ and PROT; their arguments are what they are about, so they are shown. */
const FTPS_LOGIN: LoginTelling = {
  commands(said, common) {
    const shown = said.map((s) =>
      SHOWN_ARGUMENTS.has(s.command) && s.argument ? `${s.command} ${s.argument}` : s.command,
    );
    const prot = said.some((s) => s.command === 'PROT' && s.argument === 'P');
    return {
      key: prot ? 'std.ftps.login.prot' : 'std.ftps.login',
      params: { ...common, commands: list(shown) },
    };
  },
  replies(names, passivePort, refused) {
    if (passivePort !== undefined) return 'std.ftps.replies.passive';
    if (!refused && (names.includes('PORT') || names.includes('EPRT'))) return 'std.ftps.replies.active';
    return 'std.ftps.replies.other';
  },
};

/** The control connection: its handshake, AUTH TLS and 234 in the clear, the TLS handshake, the login inside. */
function controlChapter(ix: TraceIndex, shape: FtpShape, failures: PacketInfo[], version: string): Chapter {
  const c = shape.control;
  const conn = c.conn;
  const beats = controlOpenBeats(ix, c);
  const auth = c.packets.filter(
    (p) => p.origin === shape.client && !isEncrypted(p) && commandOf(p)?.command === 'AUTH',
  );
  const firstAuth = auth[0];
  if (firstAuth) {
    const params = {
      actor: shape.client,
      peer: shape.server,
      mechanism: commandOf(firstAuth)?.argument ?? 'TLS',
    };
    beats.push(beat('std.ftps.auth', shape.client, auth, { params, conn, tag: 'control-ready' }));
    const agreed = c.packets.filter(
      (p) => p.origin === shape.server && p.t > firstAuth.t && !isEncrypted(p) && replyOf(p)?.code === 234,
    );
    if (agreed.length > 0) {
      const rp = { actor: shape.server, peer: shape.client, code: 234 };
      beats.push(beat('std.ftps.auth-ok', shape.server, agreed, { params: rp, conn, tag: 'control-ready' }));
    }
  }
  const { flights } = tlsFlights(c, true);
  beats.push(...flightBeats(c, flights, 'control-ready', { version }));
  // The login starts once the PC has finished its part of the handshake (its commands follow its Finished).
  const tlsEnd =
    flights.findLast((f) => f.origin === shape.client)?.packets.at(-1)?.t ?? Number.NEGATIVE_INFINITY;
  // Only the commands inside TLS make the login: AUTH TLS has its own step.
  beats.push(...loginBeats(shape, failures, FTPS_LOGIN, tlsEnd));
  return { anchor: c.packets[0]?.t ?? 0, beats };
}

/** The size of the file itself, which the ends know; the records that carry it are larger. */
function fileSize(ix: TraceIndex, c: ConnInfo, packets: PacketInfo[]): number {
  const received = ix.actions.find((a) => a.event.action === ACTION_FILE_RECEIVED && a.event.conn === c.conn);
  const bytes = Number(received?.event.params?.bytes);
  if (Number.isFinite(bytes)) return bytes;
  for (const p of packets) {
    const m = /\((\d+) bytes\)$/.exec(ftpMessageOf(p)?.text ?? '');
    if (m) return Number(m[1]);
  }
  return distinct(packets).reduce((n, p) => n + payload(p), 0);
}

/** One data connection: opened as in FTP, then its own TLS handshake, the file in records, close_notify, close. */
function dataChapter(ix: TraceIndex, shape: FtpShape, c: ConnInfo, n: number, version: string): Chapter {
  const parts = connParts(c);
  const conn = c.conn;
  const file = fileOf(ix, c);
  const beats = dataOpenBeats(ix, shape, c, n, parts);
  const { flights, shown } = tlsFlights(c, false);
  const tlsClient = flights[0]?.origin;
  const first =
    n === 0 && tlsClient !== undefined
      ? say('std.ftps.extra.data-tls', { actor: tlsClient, peer: other(c, tlsClient) })
      : undefined;
  beats.push(...flightBeats(c, flights, 'data-ready', { version, file }, first));

  const alerts = c.packets.filter((p) => payload(p) > 0 && tlsView(p)?.alert);
  const sender =
    c.packets.find((p) => ftpMessageOf(p)?.protocol === 'ftp-data')?.origin ?? parts.sender ?? shape.server;
  const receiver = other(c, sender);
  const carrying = c.packets.filter(
    (p) => p.origin === sender && payload(p) > 0 && !shown.has(p.id) && !alerts.includes(p),
  );
  const firstFile = carrying[0];
  const received = ix.actions
    .filter((a) => a.event.action === ACTION_FILE_RECEIVED && a.event.conn === conn)
    .map((a) => a.index);
  if (firstFile) {
    const size = fileSize(ix, c, carrying);
    const tickets = carrying.some((p) => tlsView(p)?.names.includes('NewSessionTicket'));
    const extra = [
      ...resentExtra(carrying),
      say('std.ftps.extra.encrypted-file'),
      ...(tickets ? [say('std.ftps.extra.tickets-first')] : []),
    ];
    const sp = { actor: sender, peer: receiver, file, count: size };
    beats.push(
      beat('std.data.send', sender, carrying, { params: sp, conn, extra, tag: 'data-send', lead: true }),
    );
    const acks = c.packets.filter(
      (p) =>
        p.origin === receiver &&
        payload(p) === 0 &&
        p.start >= firstFile.start &&
        rolesOf(c, p).has('ack-data') &&
        !rolesOf(c, p).has('fin'),
    );
    const rp = { actor: receiver, peer: sender, file, count: size };
    if (acks.length > 0 || received.length > 0) {
      beats.push(
        beat('std.data.received', receiver, acks, {
          params: rp,
          conn,
          events: received,
          tag: 'data-done',
          lead: true,
        }),
      );
    }
  }
  for (const side of [...new Set(alerts.map((p) => p.origin))]) {
    const mine = alerts.filter((p) => p.origin === side);
    const params = { actor: side, peer: other(c, side) };
    beats.push(beat('std.tls.close-notify', side, mine, { params, conn, tag: 'data-done' }));
  }
  beats.push(...closeBeats(c, parts, file, 'std.close'));
  const done = transferComplete(shape, c, n, file);
  if (done) {
    // The server reports the end once its side of the data connection is closed: the step goes where its
    // reply leaves, among the closing steps, so that each side's packets stay in the order they were sent.
    const at = done.packets[0]?.start ?? 0;
    const after = beats.findLastIndex((b) => b.packets.some((p) => p.start <= at));
    beats.splice(after + 1, 0, done);
  }
  return { anchor: c.packets[0]?.t ?? 0, beats };
}

/** The server's 226 for the n-th file, on the control connection: it says the file is complete. */
function transferComplete(shape: FtpShape, c: ConnInfo, n: number, file: string): Beat | undefined {
  const from = c.packets[0]?.start ?? Number.POSITIVE_INFINITY;
  const until = shape.data[n + 1]?.packets[0]?.start ?? Number.POSITIVE_INFINITY;
  const replies = shape.control.packets.filter(
    (p) => p.origin === shape.server && replyOf(p)?.code === 226 && p.start > from && p.start < until,
  );
  const first = replies[0];
  if (!first) return undefined;
  const same = replies.filter((p) => p.view.tcp?.seq === first.view.tcp?.seq);
  const params = { actor: shape.server, peer: shape.client, file, code: 226 };
  return beat('std.ftps.transfer-complete', shape.server, same, {
    params,
    conn: shape.control.conn,
    tag: 'transfer-complete',
  });
}

export function ftpsChapters(ix: TraceIndex, shape: FtpShape): Chapter[] {
  const failures = controlFailures(shape);
  const version = tlsVersion(ix, shape);
  return [
    ...introChapter(
      shape,
      { active: 'std.ftps.intro.active', passive: 'std.ftps.intro.passive' },
      { version },
    ),
    controlChapter(ix, shape, failures, version),
    ...shape.data.map((c, n) => dataChapter(ix, shape, c, n, version)),
    ...failureChapters(ix, shape, failures),
  ];
}

export function ftpsStandardBeats(ix: TraceIndex): Beat[] {
  return standardBeats(ix, ftpsChapters);
}

const ELEMENTARY_KEYS: Record<string, StoryKey> = {
  'control-ready': 'ele.ftps.control.ready',
  login: 'ele.ftps.login',
  'data-ready': 'ele.ftps.data.ready',
  'data-send': 'ele.ftps.data.send',
};

function ftpsElementaryKey(group: Beat[], lead: Beat): StoryKey {
  // Steps of another connection can come between the data connection's handshake and its TLS handshake.
  if (lead.tag === 'data-ready' && !group.some((b) => b.lead)) return 'ele.ftps.data.keys';
  if (lead.tag === 'intro')
    return lead.key === 'std.ftps.intro.passive' ? 'ele.ftps.intro.passive' : 'ele.ftps.intro.active';
  return ELEMENTARY_KEYS[lead.tag ?? ''] ?? elementaryKey(group, lead);
}

/**
 * The seed's eight elementary steps: start, ask for the control connection, the secure connection is ready,
 * log in, then per file: ask for the data connection, it is ready, the file, received. The steps of the
 * firewall and of a failure come in between when the trace has them.
 */
export function ftpsElementaryBeats(ix: TraceIndex): Beat[] {
  // The seed's elementary story has no step for the 226 reply: its packet plays in the background.
  const told = ftpsStandardBeats(ix).filter((b) => b.tag !== 'transfer-complete');
  return mergeBeats(told, ftpsElementaryKey);
}

export function ftpsTitle(ix: TraceIndex): Narration | undefined {
  const shape = ftpShape(ix);
  if (!shape || !isFtps(ix)) return undefined;
  const count = Number(shape.start?.event.params?.files ?? shape.data.length);
  const key: StoryKey = shape.mode === 'active' ? 'title.ftps.active' : 'title.ftps.passive';
  return say(key, { count, version: tlsVersion(ix, shape) });
}

const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(parsePrefix);

/** The address a PORT or EPRT command names, if it is a private IPv4 address. */
function privateAddress(command: { command: string; argument: string }): string | undefined {
  const hp =
    command.command === 'PORT'
      ? parseHostPort(command.argument)
      : command.command === 'EPRT'
        ? parseEprt(command.argument)
        : null;
  if (!hp || hp.address.includes(':')) return undefined;
  return PRIVATE_RANGES.some((r) => inPrefix(hp.address, r)) ? hp.address : undefined;
}

export function ftpsNotes(ix: TraceIndex, level: Level, beats: Beat[], _steps: StoryStep[]): Narration[] {
  const shape = ftpShape(ix);
  if (!shape || !isFtps(ix)) return [];
  const notes: Narration[] = [say('note.ftps.ssl', { version: tlsVersion(ix, shape) })];
  if (level === 'standard') notes.push(say('note.ftps.encrypted'));
  if (level === 'elementary' && shape.mode === 'passive') {
    const step = beats.findIndex((b) => b.key === 'ele.ftps.data.ready') + 1;
    if (step > 0) notes.push(say('note.ftps.passive-accept', { step }));
  }
  // Behind NAT, an active-mode PORT names the PC's private address, which nothing on the way could rewrite.
  const c = shape.control;
  const translated = ix.nat.some((e) => e.event.conn === c.conn);
  for (const p of c.packets) {
    const command = commandOf(p);
    const address = command && isEncrypted(p) ? privateAddress(command) : undefined;
    if (!translated || address === undefined) continue;
    const answer = c.packets.find((q) => q.origin === shape.server && q.t > p.t && replyOf(q) !== undefined);
    const code = answer ? (replyOf(answer)?.code ?? 0) : 0;
    if (code >= 400) {
      notes.push(say('note.ftps.nat-port', { address, code }));
      break;
    }
  }
  return notes;
}
