/**
 * A packet's layers as a tree, the way a capture tool's packet details pane lists them: the IP header,
 * then TCP (or UDP, ICMP) with its flags, numbers and options, then the application message. The words
 * come from the page's catalog; the values come from the trace.
 */
import { flagNames, type IcmpLayer, TCP_ACK, type TcpLayer } from '../core/packet.ts';
import type { FirewallEvent, WireEvent } from '../core/trace.ts';
import type { UiTranslate } from '../i18n/en/ui.ts';
import { icmpDescription } from '../story/icmp-words.ts';
import { flagsLabel, isLocked, type PayloadView } from './labels.ts';
import type { Scene } from './scene.ts';

export interface TreeItem {
  text: string;
  children?: TreeItem[];
}

export interface PacketDetails {
  id: number;
  title: string;
  summary: string;
  /** Which crossing of which link the values are read from. */
  hop: string;
  /** What stopped it, if something did. */
  notes: string[];
  layers: TreeItem[];
  /** For an encrypted payload: whose eyes the layers are read through, in a sentence. */
  sealed?: string;
}

const FLAG_BITS: Array<[number, string]> = [
  [0x80, 'CWR'],
  [0x40, 'ECE'],
  [0x20, 'URG'],
  [0x10, 'ACK'],
  [0x08, 'PSH'],
  [0x04, 'RST'],
  [0x02, 'SYN'],
  [0x01, 'FIN'],
];

function tcpItem(tcp: TcpLayer, rel: { seq: number; ack: number } | undefined, t: UiTranslate): TreeItem {
  const children: TreeItem[] = [
    { text: t('inspector.tcp.srcPort', { value: tcp.srcPort }) },
    { text: t('inspector.tcp.dstPort', { value: tcp.dstPort }) },
    { text: t('inspector.tcp.seq', { rel: rel?.seq ?? tcp.seq, raw: tcp.seq }) },
    {
      text:
        (tcp.flags & TCP_ACK) !== 0
          ? t('inspector.tcp.ack', { rel: rel?.ack ?? tcp.ack, raw: tcp.ack })
          : t('inspector.tcp.noAck'),
    },
    {
      text: t('inspector.tcp.flags', {
        hex: `0x${tcp.flags.toString(16).padStart(3, '0')}`,
        names: flagNames(tcp.flags).join(', ') || '-',
      }),
      children: FLAG_BITS.map(([bit, name]) => ({
        text:
          (tcp.flags & bit) !== 0
            ? t('inspector.tcp.flagOn', { name })
            : t('inspector.tcp.flagOff', { name }),
      })),
    },
    { text: t('inspector.tcp.window', { value: tcp.window }) },
  ];
  const o = tcp.options;
  const options: TreeItem[] = [];
  if (o?.mss !== undefined) options.push({ text: t('inspector.tcp.mss', { value: o.mss }) });
  if (o?.windowScale !== undefined) {
    options.push({
      text: t('inspector.tcp.windowScale', { value: o.windowScale, factor: 2 ** o.windowScale }),
    });
  }
  if (o?.sackPermitted) options.push({ text: t('inspector.tcp.sack') });
  if (o?.timestamp) {
    options.push({
      text: t('inspector.tcp.timestamp', { value: o.timestamp.value, echo: o.timestamp.echo }),
    });
  }
  children.push(
    options.length > 0
      ? { text: t('inspector.tcp.options'), children: options }
      : { text: t('inspector.tcp.noOptions') },
  );
  children.push({ text: t('inspector.tcp.payload', { value: tcp.payloadLength }) });
  if (tcp.retransmission) children.push({ text: t('inspector.tcp.retransmission') });
  return { text: t('inspector.tcp', { src: tcp.srcPort, dst: tcp.dstPort }), children };
}

/**
 * The application layers as a view reads them. On the wire a sealed payload shows what a capture tool
 * shows: the record type and a length (the trace keeps no ciphertext). At the ends it shows the record
 * and, under it, the message the two ends decrypted.
 */
function appItems(e: WireEvent, t: UiTranslate, view: PayloadView): TreeItem[] {
  const app = e.app;
  if (!app || !isLocked(app)) {
    const item = appItem(app, t);
    return item ? [item] : [];
  }
  const bytes = e.tcp?.payloadLength ?? e.udp?.payloadLength ?? 0;
  const record: TreeItem = {
    text: t('inspector.sealed.layer', { protocol: app.protocol.toUpperCase() }),
    children: [
      { text: t('inspector.sealed.record', { value: app.text }) },
      { text: t('inspector.sealed.bytes', { bytes }) },
    ],
  };
  if (view === 'wire') {
    record.children?.push({ text: t('inspector.sealed.noCopy') });
    return [record];
  }
  const inner = 'inner' in app ? appItem(app.inner, t) : null;
  return inner ? [record, inner] : [record];
}

function appItem(app: WireEvent['app'], t: UiTranslate): TreeItem | null {
  if (!app) return null;
  if (app.protocol === 'ftp') {
    const children: TreeItem[] = [];
    if ('command' in app) {
      children.push({ text: t('inspector.ftp.command', { value: app.command }) });
      if (app.argument !== '') children.push({ text: t('inspector.ftp.argument', { value: app.argument }) });
    } else if ('code' in app) {
      children.push({ text: t('inspector.ftp.code', { value: app.code }) });
    }
    children.push({ text: t('inspector.app.line', { value: app.text }) });
    return { text: t('inspector.app.ftp'), children };
  }
  if (app.protocol === 'ftp-data') {
    const children: TreeItem[] = [];
    if ('file' in app && app.file) children.push({ text: t('inspector.app.file', { value: app.file }) });
    children.push({ text: t('inspector.app.content', { value: app.text }) });
    return { text: t('inspector.app.ftpData'), children };
  }
  const children: TreeItem[] = [{ text: t('inspector.app.content', { value: app.text }) }];
  if ('fields' in app && app.fields) {
    for (const [name, value] of Object.entries(app.fields)) {
      children.push({ text: t('inspector.app.field', { name, value: String(value) }) });
    }
  }
  return { text: t('inspector.app.other', { protocol: app.protocol.toUpperCase() }), children };
}

/** The words the details take from the trace, which the page puts into its own language. */
export interface DetailWords {
  node(id: string): string;
  reason(e: FirewallEvent): string;
  /** An ICMP message's name; the trace's description is for tools, not for learners. */
  icmp(icmp: IcmpLayer): string;
}

function traceWords(scene: Scene): DetailWords {
  return {
    node: (id) => scene.trace.nodes.find((x) => x.id === id)?.name ?? id,
    reason: (e) => e.reason,
    icmp: (icmp) => icmpDescription('en', icmp),
  };
}

/**
 * The details of packet `id` as it crosses hop `hop` (its first link when out of range), its payload read
 * through `view`; null if unknown.
 */
export function packetDetails(
  scene: Scene,
  id: number,
  hop: number,
  t: UiTranslate,
  view: PayloadView = 'wire',
  words: DetailWords = traceWords(scene),
): PacketDetails | null {
  const p = scene.packets.get(id);
  if (!p) return null;
  const e = p.hops[hop] ?? p.hops[0];
  if (!e) return null;
  const name = words.node;
  const first = p.hops[0] as WireEvent;
  const last = p.hops[p.hops.length - 1] as WireEvent;
  const start = scene.order.length > 0 ? (scene.packets.get(scene.order[0] as number)?.sent ?? 0) : 0;

  const ip = e.ip;
  const ipChildren: TreeItem[] = [
    { text: t('inspector.ip.src', { value: ip.src }) },
    { text: t('inspector.ip.dst', { value: ip.dst }) },
    {
      text:
        ip.version === 6
          ? t('inspector.ip.hopLimit', { value: ip.ttl })
          : t('inspector.ip.ttl', { value: ip.ttl }),
    },
    { text: t('inspector.ip.protocol', { value: ip.protocol.toUpperCase() }) },
  ];
  if (ip.id !== undefined) ipChildren.push({ text: t('inspector.ip.id', { value: ip.id }) });
  ipChildren.push({ text: t('inspector.ip.length', { value: ip.totalLength }) });
  const layers: TreeItem[] = [
    { text: t('inspector.ip', { version: ip.version, src: ip.src, dst: ip.dst }), children: ipChildren },
  ];
  if (e.tcp) layers.push(tcpItem(e.tcp, p.rel, t));
  if (e.udp) {
    layers.push({
      text: t('inspector.udp', { src: e.udp.srcPort, dst: e.udp.dstPort }),
      children: [{ text: t('inspector.udp.payload', { value: e.udp.payloadLength }) }],
    });
  }
  if (e.icmp) {
    layers.push({
      text: t('inspector.icmp', { description: words.icmp(e.icmp) }),
      children: [{ text: t('inspector.icmp.type', { type: e.icmp.type, code: e.icmp.code }) }],
    });
  }
  layers.push(...appItems(e, t, view));

  const notes: string[] = [];
  if (p.drop) {
    notes.push(
      t('inspector.dropped', { node: name(p.drop.node), rule: p.drop.rule, reason: words.reason(p.drop) }),
    );
  }
  const lost = p.hops.find((h) => h.lost);
  if (lost) notes.push(t('inspector.lost', { from: name(lost.from), to: name(lost.to) }));

  return {
    id,
    title: t('inspector.title', { id }),
    summary: t('inspector.summary', {
      flags: flagsLabel(e),
      from: name(first.from),
      to: name(p.drop ? p.drop.node : last.to),
    }),
    hop: t('inspector.hop', {
      from: name(e.from),
      to: name(e.to),
      time: ((e.t - start) / 1000).toFixed(3),
    }),
    notes,
    layers,
    ...(isLocked(e.app)
      ? { sealed: view === 'wire' ? t('inspector.sealed.wire') : t('inspector.sealed.ends') }
      : {}),
  };
}
