/**
 * What a packet says about itself on the stage and in the ladder, per level: its flags always (as words,
 * never only as a colour), a hint of what it carries, and at the expert level its ports and relative
 * sequence numbers. Protocol words (SYN, seq, USER) are the same in every language, as in a capture tool.
 */
import { type AppMessage, flagNames, type IcmpLayer } from '../core/packet.ts';
import type { WireEvent } from '../core/trace.ts';
import { icmpDescription } from '../story/icmp-words.ts';
import type { Level } from '../story/types.ts';
import { clipColumns } from './text-width.ts';

/** `SYN+ACK`, `PSH+ACK`, `FIN+ACK`; a packet without TCP names its protocol. */
export function flagsLabel(e: Pick<WireEvent, 'tcp' | 'udp' | 'icmp' | 'ip'>): string {
  if (e.tcp) {
    const names = flagNames(e.tcp.flags);
    return names.length > 0 ? names.join('+') : 'TCP';
  }
  if (e.udp) return 'UDP';
  if (e.icmp) return 'ICMP';
  return e.ip.protocol.toUpperCase();
}

/** At most `max` columns of the envelopes' monospace font, where a Chinese or Japanese character takes two. */
export function clip(text: string, max: number): string {
  return clipColumns(text, max);
}

/**
 * Whose eyes a payload is shown through: `wire`, an eavesdropper's on the path (ciphertext stays sealed),
 * or `ends`, the two programs that hold the keys and read what was sealed.
 */
export type PayloadView = 'wire' | 'ends';
export const PAYLOAD_VIEWS: readonly PayloadView[] = ['wire', 'ends'];

/** The words for a sealed payload on the wire, in the page's language. */
export interface PayloadWords {
  sealed(bytes: number): string;
  /** An ICMP message's name; English from the catalog when absent, never the trace's own description. */
  icmp?(icmp: IcmpLayer): string;
}

/** How labels show encrypted payloads; without it, the wire as it is, with a sealed payload's size in bytes. */
export interface PayloadOptions {
  view: PayloadView;
  words?: PayloadWords;
}

/** True when the packet's payload is ciphertext: TLS records after the keys are set, SSH after NEWKEYS. */
export function isLocked(app: AppMessage | undefined): boolean {
  return app !== undefined && 'encrypted' in app && app.encrypted === true;
}

/** The message a view reads: at the ends, what was decrypted; on the wire, what crosses it. */
export function viewedApp(app: AppMessage | undefined, view: PayloadView): AppMessage | undefined {
  if (view === 'ends' && app && isLocked(app) && 'inner' in app && app.inner) return app.inner;
  return app;
}

function sealedWords(bytes: number, payload: PayloadOptions | undefined): string {
  return payload?.words ? payload.words.sealed(bytes) : `${bytes} B`;
}

/**
 * What the packet carries, in as few words as the level wants. Empty when it carries nothing. On the wire a
 * sealed payload says only its record type; `sealedLine` adds its size.
 */
export function carriedHint(
  e: Pick<WireEvent, 'app' | 'icmp' | 'tcp' | 'udp'>,
  level: Level,
  payload?: PayloadOptions,
): string {
  const app = viewedApp(e.app, payload?.view ?? 'wire');
  const said = appHint(app === e.app ? e : { ...e, app }, level, payload?.words);
  if (said !== '') return said;
  // Bytes nobody can read (encrypted, or not decoded) still show that something is carried.
  const bytes = e.tcp?.payloadLength ?? e.udp?.payloadLength ?? 0;
  return bytes > 0 ? `${bytes} B` : '';
}

function icmpWords(icmp: IcmpLayer, words: PayloadWords | undefined): string {
  return words?.icmp ? words.icmp(icmp) : icmpDescription('en', icmp);
}

function appHint(e: Pick<WireEvent, 'app' | 'icmp'>, level: Level, words: PayloadWords | undefined): string {
  const app = e.app;
  if (!app) return e.icmp ? icmpWords(e.icmp, words) : '';
  if (app.protocol === 'ftp' && app.kind === 'command' && 'command' in app) {
    if (level === 'elementary') {
      return app.command === 'RETR' || app.command === 'STOR' ? app.text : app.command;
    }
    return app.text;
  }
  if (app.protocol === 'ftp' && app.kind === 'reply' && 'code' in app) {
    if (level === 'elementary') return app.text.replace(/^\d{3}[ -]?/, '');
    return app.text;
  }
  // The file's name, in every language; its size is the segment's length, which the expert line shows.
  if (app.protocol === 'ftp-data' && 'file' in app && app.file) return app.file;
  return app.text;
}

export interface PacketNumbers {
  seq: number;
  ack: number;
}

/**
 * The extra line a sealed payload gets on the wire (`encrypted, 35 bytes`); empty anywhere else. Where the
 * words do not fit in `maxChars`, the size alone (`35 B`): the padlock already says it is encrypted.
 */
export function sealedLine(
  e: Pick<WireEvent, 'app' | 'tcp' | 'udp'>,
  payload?: PayloadOptions,
  maxChars = Number.POSITIVE_INFINITY,
): string {
  if (!isLocked(e.app) || (payload?.view ?? 'wire') !== 'wire') return '';
  const bytes = e.tcp?.payloadLength ?? e.udp?.payloadLength ?? 0;
  const said = sealedWords(bytes, payload);
  return said.length <= maxChars ? said : `${bytes} B`;
}

/**
 * The lines written on a packet's envelope, each at most `maxChars` long. A sealed packet seen from the
 * wire has one line more: its size, which is all an eavesdropper learns besides the record type.
 */
export function packetLines(
  e: WireEvent,
  level: Level,
  rel: PacketNumbers | undefined,
  maxChars: number,
  payload?: PayloadOptions,
): string[] {
  const flags = flagsLabel(e);
  const hint = carriedHint(e, level, payload);
  const sealed = sealedLine(e, payload, maxChars);
  const tail = sealed === '' ? [hint] : [hint, sealed];
  if (level !== 'expert') return [flags, ...tail].map((l) => clip(l, maxChars));
  const ports = e.tcp ?? e.udp;
  const lines = [flags, ports ? `${ports.srcPort} → ${ports.dstPort}` : `${e.ip.src} → ${e.ip.dst}`];
  if (e.tcp) {
    const seq = rel?.seq ?? e.tcp.seq;
    const hasAck = (e.tcp.flags & 0x10) !== 0;
    const ack = hasAck ? ` ack=${rel?.ack ?? e.tcp.ack}` : '';
    lines.push(`seq=${seq}${ack}${e.tcp.payloadLength > 0 ? ` len=${e.tcp.payloadLength}` : ''}`);
  } else if (e.udp) {
    lines.push(`len=${e.udp.payloadLength}`);
  } else {
    lines.push(`ttl=${e.ip.ttl}`);
  }
  lines.push(...tail);
  return lines.map((l) => clip(l, maxChars));
}
