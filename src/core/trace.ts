/**
 * The trace: the one data structure every part of the product meets at. An ordered list of timestamped
 * events about a small network. Plain data (JSON-serialisable), versioned, never mutated after it is made.
 */
import type { Micros } from './clock.ts';
import type { PacketLayers } from './packet.ts';

export const TRACE_FORMAT = 'tcpip-animation-trace';
export const TRACE_VERSION = 1;

export type NodeKind = 'pc' | 'server' | 'router' | 'firewall' | 'network';

export interface TraceInterface {
  name: string;
  addresses: string[];
  link?: string;
}

export interface TraceNode {
  id: string;
  /** What a learner calls it: `PC`, `Server`, `Router`. */
  name: string;
  kind: NodeKind;
  interfaces: TraceInterface[];
  /** True when the node filters packets with its own firewall. */
  firewall?: boolean;
  /** True when the node translates addresses. */
  nat?: boolean;
}

export interface TraceLink {
  id: string;
  a: string;
  b: string;
  latency: Micros;
}

export type TcpState =
  | 'CLOSED'
  | 'LISTEN'
  | 'SYN-SENT'
  | 'SYN-RECEIVED'
  | 'ESTABLISHED'
  | 'FIN-WAIT-1'
  | 'FIN-WAIT-2'
  | 'CLOSE-WAIT'
  | 'CLOSING'
  | 'LAST-ACK'
  | 'TIME-WAIT';

/** A transmission of one packet over one link. A packet crossing a router appears once per link. */
export interface WireEvent extends PacketLayers {
  type: 'wire';
  t: Micros;
  /** When the packet reaches the far end of the link. */
  arrive: Micros;
  /** Identity of the packet across hops (a NAT rewrites it, but it is the same packet). */
  packet: number;
  link: string;
  from: string;
  to: string;
  /** The TCP connection (or UDP flow) it belongs to, as the trace names connections. */
  conn?: string;
  /** Lost on this link (the packet-loss switch, a fault). */
  lost?: boolean;
}

export type FirewallVerdict = 'allow' | 'drop' | 'reject';
export type ConnTrackState = 'new' | 'established' | 'related' | 'invalid';

export interface FirewallEvent {
  type: 'firewall';
  t: Micros;
  node: string;
  packet: number;
  conn?: string;
  direction: 'in' | 'out' | 'forward';
  state: ConnTrackState;
  verdict: FirewallVerdict;
  /** The rule that decided, or `default` for the chain's policy. */
  rule: string;
  reason: string;
}

export interface FirewallChangeEvent {
  type: 'firewall-change';
  t: Micros;
  node: string;
  /** The rule added, removed or replaced. */
  rule: string;
  description: string;
}

export interface NatEvent {
  type: 'nat';
  t: Micros;
  node: string;
  packet: number;
  conn?: string;
  /** `src` or `dst` translation, or `payload` when a helper rewrote an application message. */
  what: 'src' | 'dst' | 'payload';
  before: string;
  after: string;
}

export interface ConnectionEvent {
  type: 'connection';
  t: Micros;
  conn: string;
  protocol: 'tcp' | 'udp';
  /** The endpoint that opened it (client side) and the one it reached, as the opener addressed them. */
  client: { node: string; address: string; port: number };
  server: { node: string; address: string; port: number };
  /** What the connection is for: `ftp-control`, `ftp-data` ... */
  purpose?: string;
  /** The connection this one serves (an FTP data connection names its control connection). */
  parent?: string;
  /** A short label a learner can read: `control`, `data a.txt`. */
  label?: string;
}

export interface TcpStateEvent {
  type: 'tcp-state';
  t: Micros;
  node: string;
  conn: string;
  from: TcpState;
  to: TcpState;
}

/** Something an application or a person did: `download-start`, `firewall-changed`, `file-saved` ... */
export interface ActionEvent {
  type: 'action';
  t: Micros;
  node: string;
  conn?: string;
  /** A stable name the story turns into a sentence. */
  action: string;
  params?: Record<string, string | number | boolean>;
}

export type TraceEvent =
  | WireEvent
  | FirewallEvent
  | FirewallChangeEvent
  | NatEvent
  | ConnectionEvent
  | TcpStateEvent
  | ActionEvent;

export interface TraceMeta {
  source: 'simulator' | 'capture';
  scenario?: string;
  title?: string;
  seed?: number;
  switches?: Record<string, string | number | boolean>;
  /** The link where a capture would be taken: the TSV lists the packets seen there. */
  captureLink?: string;
  /** The node on that link whose interface is captured (times are as that node sees them). */
  captureNode?: string;
  /** For an imported capture: its file name. */
  file?: string;
}

export interface Trace {
  format: typeof TRACE_FORMAT;
  version: typeof TRACE_VERSION;
  meta: TraceMeta;
  nodes: TraceNode[];
  links: TraceLink[];
  events: TraceEvent[];
}
