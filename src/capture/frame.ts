/** One packet record as the file stores it, before any protocol is decoded. */
export interface CaptureFrame {
  /** Position in the file, from 0; Wireshark's frame number is `index + 1`. */
  index: number;
  /** The pcapng interface within its section (always 0 in a pcap file). */
  interfaceId: number;
  /** The LINKTYPE_ value of the interface. */
  linkType: number;
  /** Seconds since 1970 (a float: fine for display, not for exact arithmetic). */
  timestamp: number;
  /** Exact nanoseconds since 1970. */
  timestampNs: bigint;
  /** False for pcapng simple packet blocks and other records that carry no time; the timestamp is then 0. */
  hasTimestamp: boolean;
  capturedLength: number;
  /** Length of the packet on the wire; more than `capturedLength` when the capture cut it short. */
  originalLength: number;
  /** The packet's bytes; from a reader that lends frames, valid only while the frame callback runs. */
  data: Uint8Array;
  /** Offset in the file of the record (pcap) or block (pcapng) that holds the frame. */
  offset: number;
}

/** A record that is no packet (a pcapng custom block ...): it only keeps its place in the frame numbering. */
export const LINKTYPE_NONE = -1;
/** Link-layer header types (tcpdump.org LINKTYPE_ values) the dissector understands. */
export const LINKTYPE_NULL = 0;
export const LINKTYPE_ETHERNET = 1;
export const LINKTYPE_RAW = 101;
export const LINKTYPE_LOOP = 108;
export const LINKTYPE_LINUX_SLL = 113;
export const LINKTYPE_IPV4 = 228;
export const LINKTYPE_IPV6 = 229;
export const LINKTYPE_LINUX_SLL2 = 276;

/** The largest packet either format may hold; bigger claims mean a corrupt file. */
export const MAX_PACKET_BYTES = 262144;
