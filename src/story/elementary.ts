/**
 * The elementary level: the standard story in plain words and few steps. Steps that make one idea for a
 * beginner (the three packets that open a connection, the acknowledgement and the FINs that end a file)
 * become one step; no flag is named.
 */
import type { StoryKey } from '../i18n/index.ts';
import type { TraceIndex } from './analysis.ts';
import type { Beat } from './beats.ts';
import { connParts, ftpShape, standardBeats } from './standard.ts';

const KEYS: Record<string, StoryKey> = {
  'control-ask': 'ele.control.ask',
  'control-ready': 'ele.control.ready',
  login: 'ele.login',
  'fw-blocks': 'ele.fw.blocks',
  'fw-change': 'ele.fw.changed',
  'fw-never': 'ele.fw.never',
  'data-ready': 'ele.data.ready',
  'data-send': 'ele.data.send',
  'data-done': 'ele.data.done',
  failed: 'ele.failed.server',
  'gave-up': 'ele.failed.pc',
  'tcp-ask': 'ele.tcp.ask',
  'tcp-ready': 'ele.tcp.ready',
  'tcp-send': 'ele.tcp.send',
  'tcp-done': 'ele.tcp.done',
  rst: 'ele.rst',
  'no-answer': 'ele.no-answer',
  icmp: 'ele.icmp',
  'icmp-error': 'ele.icmp.error',
};

export function elementaryKey(group: Beat[], lead: Beat): StoryKey {
  const tag = lead.tag ?? '';
  if (tag === 'intro') return lead.key === 'std.intro.passive' ? 'ele.intro.passive' : 'ele.intro.active';
  if (tag === 'data-ask') {
    const toSend = lead.key === 'std.data.syn.to-send' || lead.key === 'std.data.syn.to-send.next';
    return toSend ? 'ele.data.ask.to-send' : 'ele.data.ask.to-fetch';
  }
  if (tag === 'data-done' && !group.some((b) => b.key === 'std.data.received')) return 'ele.data.closed';
  return KEYS[tag] ?? 'ele.other';
}

/** Standard beats that make one idea for a beginner (same tag, same connection) become one beat. */
export function mergeBeats(standard: Beat[], keyOf: (group: Beat[], lead: Beat) => StoryKey): Beat[] {
  const groups: Beat[][] = [];
  for (const b of standard) {
    const last = groups.at(-1);
    const prev = last?.[0];
    // Beats of no connection (ICMP) merge only when the same node acts.
    const same = prev?.conn === b.conn && (b.conn !== undefined || prev?.actor === b.actor);
    if (last && prev && prev.tag !== undefined && prev.tag === b.tag && same) last.push(b);
    else groups.push([b]);
  }
  return groups.map((group) => {
    const lead = group.find((b) => b.lead) ?? (group[0] as Beat);
    const params: Record<string, string | number> = {};
    for (const b of group) Object.assign(params, b.params);
    Object.assign(params, lead.params);
    const merged: Beat = {
      key: keyOf(group, lead),
      params,
      actor: lead.actor,
      packets: [...new Set(group.flatMap((b) => b.packets))],
      events: group.flatMap((b) => b.events),
    };
    if (lead.conn !== undefined) merged.conn = lead.conn;
    return merged;
  });
}

export function elementaryBeats(ix: TraceIndex): Beat[] {
  const standard = standardBeats(ix);
  const out = mergeBeats(standard, elementaryKey);

  // A beginner should see the session end: the goodbye on the control connection, when the download worked.
  const shape = ftpShape(ix);
  if (shape && !standard.some((b) => b.tag === 'gave-up')) {
    const c = shape.control;
    const parts = connParts(c);
    const quit = c.packets.filter((p) => {
      const app = p.view.app;
      return (
        app?.protocol === 'ftp' && (app.kind === 'command' ? app.text === 'QUIT' : app.text.startsWith('221'))
      );
    });
    const packets = [
      ...new Set([...quit, ...parts.fin1, ...parts.fin1Acks, ...parts.fin2, ...parts.fin2Acks]),
    ];
    if (packets.length > 0) {
      // Files that arrived: a capture has no client to say so, but its story still shows each file received.
      const received = standard.filter((b) => b.key === 'std.data.received').length;
      out.push({
        key: 'ele.done',
        params: { actor: shape.client, peer: shape.server, count: received },
        actor: shape.client,
        packets,
        events: [],
        conn: c.conn,
      });
    }
  }
  return out;
}
