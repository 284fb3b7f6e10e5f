/**
 * What a packet says about itself on the stage and in the ladder, per level: its flags always (as words,
 * never only as a colour), a hint of what it carries, and at the expert level its ports and relative
 * sequence numbers. Protocol words (SYN, seq, USER) are the same in every language, as in a capture tool.
 */
import { flagNames } from '../core/packet.ts';
import type { WireEvent } from '../core/trace.ts';
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

/** What the packet carries, in as few words as the level wants. Empty when it carries nothing. */
export function carriedHint(e: Pick<WireEvent, 'app' | 'icmp' | 'tcp' | 'udp'>, level: Level): string {
  const said = appHint(e, level);
  if (said !== '') return said;
  // Bytes nobody can read (encrypted, or not decoded) still show that something is carried.
  const bytes = e.tcp?.payloadLength ?? e.udp?.payloadLength ?? 0;
  return bytes > 0 ? `${bytes} B` : '';
}

function appHint(e: Pick<WireEvent, 'app' | 'icmp'>, level: Level): string {
  const app = e.app;
  if (!app) return e.icmp ? e.icmp.description : '';
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

/** The lines written on a packet's envelope, each at most `maxChars` long. */
export function packetLines(
  e: WireEvent,
  level: Level,
  rel: PacketNumbers | undefined,
  maxChars: number,
): string[] {
  const flags = flagsLabel(e);
  const hint = carriedHint(e, level);
  if (level !== 'expert') return [flags, hint].map((l) => clip(l, maxChars));
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
  lines.push(hint);
  return lines.map((l) => clip(l, maxChars));
}
