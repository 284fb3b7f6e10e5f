/**
 * A capture to a trace: every IP packet becomes a wire event on the one `capture` link, every TCP
 * connection and UDP flow a connection event, and the application messages found in their byte streams
 * (FTP, TLS, SSH, HTTP, DNS) are attached to the packets that complete them.
 *
 * Times are integer microseconds since the first frame of the file; `packet` is Wireshark's frame number.
 * Only headers and the bytes of unfinished messages are kept, never whole payloads.
 */
import type { AppMessage, IcmpLayer, TcpLayer, UdpLayer } from '../core/packet.ts';
import { TCP_ACK, TCP_FIN, TCP_SYN } from '../core/packet.ts';
import {
  type ConnectionEvent,
  TRACE_FORMAT,
  TRACE_VERSION,
  type Trace,
  type TraceEvent,
  type TraceMeta,
  type WireEvent,
} from '../core/trace.ts';
import { DNS_PORTS, parseDns } from './apps/dns.ts';
import {
  type DataChannel,
  dataLabel,
  type Endpoint,
  FtpDataSession,
  FtpSession,
  looksLikeFtpGreeting,
} from './apps/ftp.ts';
import { HttpSession, looksLikeHttpRequest, looksLikeHttpResponse } from './apps/http.ts';
import { type AppSession, startsWith } from './apps/session.ts';
import { SshSession } from './apps/ssh.ts';
import { looksLikeTls, TlsSession } from './apps/tls.ts';
import { type DissectedPacket, dissectFrame } from './dissect.ts';
import type { CaptureError } from './errors.ts';
import { FlowTable } from './flow-table.ts';
import type { CaptureFrame } from './frame.ts';
import { CAPTURE_LINK, HostBook } from './hosts.ts';
import { CaptureReader, readCaptureStream } from './reader.ts';
import {
  analyzeSegment,
  deliver,
  newDirection,
  startsNewConversation,
  type TcpDirection,
  type TcpTiming,
} from './tcp-analysis.ts';

export interface ImportResult {
  trace: Trace;
  /** Why reading stopped early; the trace holds every packet before it. */
  error?: CaptureError;
}

interface TcpConversation {
  event: ConnectionEvent;
  client: Endpoint;
  server: Endpoint;
  /** Client to server, then server to client. */
  dirs: [TcpDirection, TcpDirection];
  timing: TcpTiming;
  session?: AppSession;
  /** Whether the protocol was looked for at the start of each direction's stream. */
  tried: [boolean, boolean];
  finished: [boolean, boolean];
}

interface UdpFlow {
  id: string;
  /** Its connection event is recorded (it is not only quoted in an ICMP error). */
  announced: boolean;
}

/** Pending data connections kept at most; older announcements that never led to one are dropped. */
const MAX_CHANNELS = 256;

/** Several messages completed by one packet: the first one, with the texts of all joined by ` | `. */
function combine(messages: AppMessage[]): AppMessage | undefined {
  const first = messages[0];
  if (!first || messages.length === 1) return first;
  return { ...first, text: messages.map((m) => m.text).join(' | ') };
}

/** What the trace of an imported file says about its source: known before the first frame is read. */
export function captureMeta(fileName: string): TraceMeta {
  return { source: 'capture', file: fileName, captureLink: CAPTURE_LINK };
}

export interface ImporterOptions {
  /**
   * Receives each event as soon as it is recorded. A wire event is final by then; a connection event may
   * still get its label later (an FTP data connection is named by the RETR that follows it).
   */
  onEvent?: (event: TraceEvent) => void;
  /**
   * Whether `finish` returns the events (the default). A caller that only streams them through `onEvent`
   * turns this off, so that a large capture is never held in memory.
   */
  keepEvents?: boolean;
}

export class CaptureImporter {
  private readonly events: TraceEvent[] = [];
  private readonly onEvent: ((event: TraceEvent) => void) | undefined;
  private readonly keepEvents: boolean;
  private readonly hosts = new HostBook();
  private readonly tcp = new FlowTable<TcpConversation>();
  private readonly udp = new FlowTable<UdpFlow>();
  private tcpCount = 0;
  private udpCount = 0;
  private firstNs: bigint | undefined;
  private lastNs = 0n;
  private channels: DataChannel[] = [];

  constructor(
    private readonly fileName: string,
    options: ImporterOptions = {},
  ) {
    this.onEvent = options.onEvent;
    this.keepEvents = options.keepEvents ?? true;
  }

  private record(event: TraceEvent): void {
    if (this.keepEvents) this.events.push(event);
    this.onEvent?.(event);
  }

  /** Reads `frame.data` during the call only: whatever the protocol parsers keep, they copy. */
  add(frame: CaptureFrame): void {
    // A simple packet block has no time of its own: it is taken to come with the previous frame.
    if (frame.hasTimestamp) {
      this.firstNs ??= frame.timestampNs;
      this.lastNs = frame.timestampNs;
    }
    const packet = dissectFrame(frame);
    if (!packet) return;
    const time = Number(this.lastNs - (this.firstNs ?? this.lastNs));
    const t = Math.round(time / 1000);
    const { ip, tcp, udp, icmp } = packet;
    const conv = tcp ? this.conversation(packet, tcp, t) : undefined;
    let conn: string | undefined;
    if (conv) conn = conv.event.conn;
    else if (udp) conn = this.flow(packet, udp, t);
    else if (icmp) conn = this.quotedConn(icmp);
    const from = this.hosts.id(ip.src);
    const to = this.hosts.id(ip.dst);
    const packetNo = frame.index + 1;
    // Two literals rather than a spread: the same keys in the same order, without a temporary object.
    const event: WireEvent = conn
      ? { type: 'wire', t, arrive: t, packet: packetNo, link: CAPTURE_LINK, from, to, conn, ip }
      : { type: 'wire', t, arrive: t, packet: packetNo, link: CAPTURE_LINK, from, to, ip };
    const messages: AppMessage[] = packet.app ? [packet.app] : [];
    if (tcp && conv) this.segment(conv, packet, tcp, event, time, messages);
    if (udp) {
      event.udp = udp;
      if (!packet.fragmented && (DNS_PORTS.has(udp.srcPort) || DNS_PORTS.has(udp.dstPort))) {
        const dns = parseDns(packet.payload);
        if (dns) messages.push(dns);
      }
    }
    if (icmp) event.icmp = icmp;
    const app = combine(messages);
    if (app) event.app = app;
    this.record(event);
  }

  finish(error?: CaptureError): ImportResult {
    const trace: Trace = {
      format: TRACE_FORMAT,
      version: TRACE_VERSION,
      meta: captureMeta(this.fileName),
      nodes: this.hosts.nodes(),
      links: this.hosts.links(),
      events: this.events,
    };
    this.tcp.clear();
    this.udp.clear();
    this.channels = [];
    return error ? { trace, error } : { trace };
  }

  /** The conversation a segment belongs to, opening one (and recording its connection event) if needed. */
  private conversation(packet: DissectedPacket, tcp: TcpLayer, t: number): TcpConversation {
    const { src, dst } = packet.ip;
    const conv = this.tcp.get(src, tcp.srcPort, dst, tcp.dstPort);
    if (conv && !startsNewConversation(conv.dirs[this.side(conv, src, tcp.srcPort)], tcp)) return conv;
    const opened = this.openTcp(packet, tcp, t);
    this.tcp.set(src, tcp.srcPort, dst, tcp.dstPort, opened);
    return opened;
  }

  private side(conv: TcpConversation, address: string, port: number): 0 | 1 {
    return conv.client.address === address && conv.client.port === port ? 0 : 1;
  }

  private segment(
    conv: TcpConversation,
    packet: DissectedPacket,
    tcp: TcpLayer,
    event: WireEvent,
    time: number,
    messages: AppMessage[],
  ): void {
    const side = this.side(conv, packet.ip.src, tcp.srcPort);
    const fromClient = side === 0;
    const fwd = conv.dirs[side];
    const retransmission = analyzeSegment(fwd, conv.dirs[1 - side] as TcpDirection, conv.timing, tcp, time);
    event.tcp = retransmission ? { ...tcp, retransmission: true } : tcp;

    const delivery = deliver(fwd, tcp, packet.payload);
    if (delivery) {
      if (delivery.gapBefore) conv.session?.gap(fromClient);
      if (!conv.session && !conv.tried[side] && delivery.bytes.length > 0) {
        conv.tried[side] = true;
        conv.session = this.detect(conv, fromClient, delivery.bytes);
      }
      let found: AppMessage[] = [];
      if (conv.session && delivery.bytes.length > 0 && !packet.fragmented) {
        found = conv.session.data(fromClient, delivery.bytes);
      }
      if (delivery.gapAfter || packet.fragmented) conv.session?.gap(fromClient);
      // Wireshark does not hand a segment that starts inside bytes already seen to the application
      // dissector, even when it brings new ones: the messages it completes are not shown there either.
      if (!delivery.overlap) messages.push(...found);
    }
    // A message that ends with the stream (an HTTP body without a length) is complete with the FIN, and
    // Wireshark shows it there.
    if ((tcp.flags & TCP_FIN) !== 0 && !conv.finished[side]) {
      conv.finished[side] = true;
      messages.push(...(conv.session?.end(fromClient) ?? []));
    }
  }

  private openTcp(packet: DissectedPacket, tcp: TcpLayer, t: number): TcpConversation {
    const src: Endpoint = { address: packet.ip.src, port: tcp.srcPort };
    const dst: Endpoint = { address: packet.ip.dst, port: tcp.dstPort };
    const syn = (tcp.flags & TCP_SYN) !== 0;
    const ack = (tcp.flags & TCP_ACK) !== 0;
    // Without a SYN to say who opened it, the lower port is taken for the server's.
    const srcIsClient = syn ? !ack : tcp.srcPort >= tcp.dstPort;
    const client = srcIsClient ? src : dst;
    const server = srcIsClient ? dst : src;
    const event: ConnectionEvent = {
      type: 'connection',
      t,
      conn: `c${++this.tcpCount}`,
      protocol: 'tcp',
      client: { node: this.hosts.id(client.address), ...client },
      server: { node: this.hosts.id(server.address), ...server },
    };
    const conv: TcpConversation = {
      event,
      client,
      server,
      dirs: [newDirection(), newDirection()],
      timing: {},
      tried: [false, false],
      finished: [false, false],
    };
    const channel = this.takeChannel(client, server);
    if (channel) {
      event.purpose = 'ftp-data';
      event.parent = channel.control;
      const label = dataLabel(channel);
      if (label) event.label = label;
      channel.connection = event;
      conv.session = new FtpDataSession(channel);
    } else if (server.port === 21) {
      conv.session = this.ftpControl(event);
    }
    this.hosts.connection('tcp', client.address, server.address);
    this.record(event);
    return conv;
  }

  private ftpControl(event: ConnectionEvent): FtpSession {
    event.purpose = 'ftp-control';
    event.label = 'control';
    return new FtpSession({
      control: event,
      expect: (channel) => {
        this.channels.push(channel);
        if (this.channels.length > MAX_CHANNELS) this.channels.shift();
      },
    });
  }

  /** The announced data connection this new connection is, if any (and it is then no longer pending). */
  private takeChannel(client: Endpoint, server: Endpoint): DataChannel | undefined {
    let i = this.channels.findIndex(
      (c) => c.listener.address === server.address && c.listener.port === server.port,
    );
    if (i < 0) {
      // A NAT may have rewritten the address in the announcement: the port between the same hosts will do.
      i = this.channels.findIndex(
        (c) =>
          c.listener.port === server.port &&
          c.hosts.includes(client.address) &&
          c.hosts.includes(server.address),
      );
    }
    if (i < 0) return undefined;
    return this.channels.splice(i, 1)[0];
  }

  private detect(conv: TcpConversation, fromClient: boolean, bytes: Uint8Array): AppSession | undefined {
    if (!fromClient && looksLikeFtpGreeting(bytes, conv.server.port)) return this.ftpControl(conv.event);
    if (looksLikeTls(bytes)) return new TlsSession();
    if (startsWith(bytes, 'SSH-')) return new SshSession();
    if (fromClient ? looksLikeHttpRequest(bytes) : looksLikeHttpResponse(bytes)) return new HttpSession();
    return undefined;
  }

  /** The UDP flow a datagram belongs to, recording a connection event for a new one. */
  private flow(packet: DissectedPacket, udp: UdpLayer, t: number): string {
    const { src, dst } = packet.ip;
    const flow = this.udpFlow(src, udp.srcPort, dst, udp.dstPort);
    if (flow.announced) return flow.id;
    flow.announced = true;
    // The sender of the first datagram is the client, unless it sends from a service port to another.
    const swap = udp.srcPort < 1024 && udp.dstPort >= 1024;
    const client: Endpoint = swap ? { address: dst, port: udp.dstPort } : { address: src, port: udp.srcPort };
    const server: Endpoint = swap ? { address: src, port: udp.srcPort } : { address: dst, port: udp.dstPort };
    this.hosts.connection('udp', client.address, server.address);
    this.record({
      type: 'connection',
      t,
      conn: flow.id,
      protocol: 'udp',
      client: { node: this.hosts.id(client.address), ...client },
      server: { node: this.hosts.id(server.address), ...server },
    });
    return flow.id;
  }

  private udpFlow(src: string, srcPort: number, dst: string, dstPort: number): UdpFlow {
    let flow = this.udp.get(src, srcPort, dst, dstPort);
    if (!flow) {
      flow = { id: `u${++this.udpCount}`, announced: false };
      this.udp.set(src, srcPort, dst, dstPort, flow);
    }
    return flow;
  }

  /**
   * An ICMP error belongs to the connection of the packet it quotes. A UDP flow seen first inside an error
   * takes its number then, as Wireshark counts it (a quoted TCP segment does not start a TCP stream).
   */
  private quotedConn(icmp: IcmpLayer): string | undefined {
    const q = icmp.quoted;
    if (q?.srcPort === undefined || q.dstPort === undefined) return undefined;
    if (q.protocol === 'tcp') return this.tcp.get(q.src, q.srcPort, q.dst, q.dstPort)?.event.conn;
    if (q.protocol !== 'udp') return undefined;
    const flow = this.udpFlow(q.src, q.srcPort, q.dst, q.dstPort);
    return flow.announced ? flow.id : undefined;
  }
}

/** Imports a whole capture held in memory, or frames already read. */
export function importCapture(input: Uint8Array | Iterable<CaptureFrame>, fileName: string): ImportResult {
  const importer = new CaptureImporter(fileName);
  if (input instanceof Uint8Array) {
    const reader = new CaptureReader({ lend: true });
    reader.push(input, (frame) => importer.add(frame));
    return importer.finish(reader.end());
  }
  for (const frame of input) importer.add(frame);
  return importer.finish();
}

/** Imports a capture read chunk by chunk (a file stream): only the unfinished record is held. */
export async function importCaptureStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  fileName: string,
  options: ImporterOptions = {},
): Promise<ImportResult> {
  const importer = new CaptureImporter(fileName, options);
  const error = await readCaptureStream(chunks, (frame) => importer.add(frame), { lend: true });
  return importer.finish(error);
}
