/**
 * Writes large captures of passive-mode FTP downloads for the benchmark: many clients fetching files from a
 * few servers at once, each download a control connection (login, PASV or EPSV, RETR, QUIT) and a data
 * connection carrying the file in 1448-byte segments with an ACK for every second one, as Linux sends them
 * with TCP timestamps on. About one session in eight runs over IPv6. Every checksum is right, so tshark
 * reads the files as it would a real capture.
 *
 * The files are written straight to disk in large blocks: a gigabyte never sits in memory. The same seed
 * and size give the same bytes, so runs on different days read the same file.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

const MSS = 1448;
const FIN = 0x01;
const SYN = 0x02;
const PSH = 0x08;
const ACK = 0x10;
const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
const LINKTYPE_ETHERNET = 1;
/** Sessions in flight at once: their packets are interleaved as on a busy server's link. */
const CONCURRENT = 24;
const CLIENTS = 200;
const SERVERS = 4;
const START_SECONDS = 1_700_000_000;

/** A small deterministic generator (mulberry32): the files must not change between runs. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The ones'-complement sum of 16-bit words (RFC 1071), unfolded. `start` must be even relative to the data. */
function sum16(buf, start, end) {
  let sum = 0;
  let i = start;
  for (; i + 1 < end; i += 2) sum += (buf[i] << 8) | buf[i + 1];
  if (i < end) sum += buf[i] << 8;
  return sum;
}

function fold(sum) {
  let s = sum;
  while (s > 0xffff) s = (s & 0xffff) + Math.floor(s / 0x10000);
  return s;
}

const ascii = (text) => new TextEncoder().encode(text);

function ipv4Bytes(text) {
  return Uint8Array.from(text.split('.').map(Number));
}

/** Only the `2001:db8:N::M` shapes this generator makes. */
function ipv6Bytes(text) {
  const [head, tail] = text.split('::');
  const words = [...head.split(':'), ...new Array(8 - head.split(':').length - 1).fill('0'), tail];
  const out = new Uint8Array(16);
  words.forEach((w, i) => {
    const n = Number.parseInt(w, 16);
    out[2 * i] = n >> 8;
    out[2 * i + 1] = n & 0xff;
  });
  return out;
}

/** The file content every transfer sends, one segment's worth, with its checksum contribution computed once. */
const BLOCK = (() => {
  const next = rng(7);
  const b = new Uint8Array(MSS);
  for (let i = 0; i < MSS; i++) b[i] = Math.floor(next() * 256);
  return b;
})();
const BLOCK_SUM = sum16(BLOCK, 0, MSS);

const SYN_OPTIONS = (tsval, tsecr) =>
  Uint8Array.from([
    2,
    4,
    0x05,
    0xb4, // MSS 1460
    4,
    2, // SACK permitted
    8,
    10,
    ...u32(tsval),
    ...u32(tsecr),
    1, // NOP
    3,
    3,
    7, // window scale 7
  ]);
const TS_OPTIONS = (tsval, tsecr) => Uint8Array.from([1, 1, 8, 10, ...u32(tsval), ...u32(tsecr)]);

function u32(n) {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

/** Buffers records and writes them in large blocks. */
class Sink {
  constructor(path, size = 8 << 20) {
    this.fd = openSync(path, 'w');
    this.buf = new Uint8Array(size);
    this.view = new DataView(this.buf.buffer);
    this.pos = 0;
    this.written = 0;
  }

  reserve(n) {
    if (this.pos + n > this.buf.length) this.flush();
    return this.pos;
  }

  flush() {
    let off = 0;
    while (off < this.pos) off += writeSync(this.fd, this.buf, off, this.pos - off);
    this.written += this.pos;
    this.pos = 0;
  }

  close() {
    this.flush();
    closeSync(this.fd);
  }

  get size() {
    return this.written + this.pos;
  }
}

/**
 * A TCP connection between two endpoints: keeps each side's next sequence number and the last one it
 * acknowledged, and turns `send` calls into packets for the writer.
 */
class Conn {
  constructor(gen, client, server, cport, sport, isn) {
    this.gen = gen;
    this.ends = [
      { addr: client, port: cport, seq: isn[0], id: isn[0] & 0xffff, mac: client.mac },
      { addr: server, port: sport, seq: isn[1], id: isn[1] & 0xffff, mac: server.mac },
    ];
    this.acked = [0, 0];
  }

  /** One segment from the client (side 0) or the server (side 1). */
  seg(side, flags, payload, payloadSum, options) {
    const from = this.ends[side];
    const to = this.ends[1 - side];
    const seq = from.seq;
    const len = payload ? payload.length : 0;
    from.seq = (from.seq + len + (flags & (SYN | FIN) ? 1 : 0)) >>> 0;
    const ack = flags & ACK ? to.seq : 0;
    this.gen.packet(from, to, seq, ack, flags, options, payload, payloadSum);
  }

  handshake() {
    const ts = this.gen.tsval();
    this.seg(0, SYN, null, 0, SYN_OPTIONS(ts, 0));
    this.seg(1, SYN | ACK, null, 0, SYN_OPTIONS(ts + 1, ts));
    this.seg(0, ACK, null, 0, this.ts());
  }

  ts() {
    const t = this.gen.tsval();
    return TS_OPTIONS(t, t - 1);
  }

  line(side, text) {
    const bytes = ascii(`${text}\r\n`);
    this.seg(side, PSH | ACK, bytes, sum16(bytes, 0, bytes.length), this.ts());
  }

  ack(side) {
    this.seg(side, ACK, null, 0, this.ts());
  }

  /** The closer sends FIN first; the other side answers with its own FIN, and the closer acknowledges it. */
  close(closer) {
    this.seg(closer, FIN | ACK, null, 0, this.ts());
    this.seg(1 - closer, FIN | ACK, null, 0, this.ts());
    this.seg(closer, ACK, null, 0, this.ts());
  }
}

class Generator {
  constructor(seed) {
    this.random = rng(seed);
    this.micros = 0;
    this.packets = 0;
    this.sink = null;
    this.target = 0;
    this.maxPackets = Number.POSITIVE_INFINITY;
    this.format = 'pcapng';
    this.clientPorts = new Map();
    this.passivePort = 40000;
    this.clients = Array.from({ length: CLIENTS }, (_, i) => {
      const v6 = i % 8 === 7;
      const address = v6 ? `2001:db8:1::${(i + 1).toString(16)}` : `10.1.${i >> 8}.${(i & 0xff) + 1}`;
      return { address, v6, bytes: v6 ? ipv6Bytes(address) : ipv4Bytes(address), mac: this.mac(i + 1) };
    });
    this.servers = Array.from({ length: SERVERS }, (_, i) => ({
      v4: { address: `192.0.2.${10 + i}`, bytes: ipv4Bytes(`192.0.2.${10 + i}`), mac: this.mac(0x100 + i) },
      v6: {
        address: `2001:db8:2::${(0x10 + i).toString(16)}`,
        bytes: ipv6Bytes(`2001:db8:2::${(0x10 + i).toString(16)}`),
        mac: this.mac(0x100 + i),
      },
    }));
  }

  mac(n) {
    return Uint8Array.from([0x02, 0, 0, 0, (n >> 8) & 0xff, n & 0xff]);
  }

  tsval() {
    return Math.floor(this.micros / 1000) + 1_000_000;
  }

  isn() {
    return Math.floor(this.random() * 0x100000000) >>> 0;
  }

  clientPort(client) {
    const next = (this.clientPorts.get(client.address) ?? 32768 + Math.floor(this.random() * 20000)) + 1;
    this.clientPorts.set(client.address, next > 60999 ? 32768 : next);
    return next;
  }

  /** One Ethernet frame with an IPv4 or IPv6 packet holding a TCP segment, written as a capture record. */
  packet(from, to, seq, ack, flags, options, payload, payloadSum) {
    // A capture cut at a packet count stops mid-transfer, as a capture with a count limit does.
    if (this.packets >= this.maxPackets) return;
    this.micros += 4 + Math.floor(this.random() * 30);
    const v6 = from.addr.bytes.length === 16;
    const optLen = options ? options.length : 0;
    const payLen = payload ? payload.length : 0;
    const tcpLen = 20 + optLen + payLen;
    const ipHeader = v6 ? 40 : 20;
    const frameLen = 14 + ipHeader + tcpLen;
    const pcapng = this.format === 'pcapng';
    const padded = (frameLen + 3) & ~3;
    const recordLen = pcapng ? 32 + padded : 16 + frameLen;
    const sink = this.sink;
    const at = sink.reserve(recordLen);
    const b = sink.buf;
    const v = sink.view;
    const seconds = START_SECONDS + Math.floor(this.micros / 1e6);
    const fraction = this.micros % 1e6;
    let p = at;
    if (pcapng) {
      const ticks = BigInt(START_SECONDS) * 1_000_000n + BigInt(this.micros);
      v.setUint32(p, 6, true);
      v.setUint32(p + 4, recordLen, true);
      v.setUint32(p + 8, 0, true);
      v.setUint32(p + 12, Number(ticks >> 32n), true);
      v.setUint32(p + 16, Number(ticks & 0xffffffffn), true);
      v.setUint32(p + 20, frameLen, true);
      v.setUint32(p + 24, frameLen, true);
      p += 28;
    } else {
      v.setUint32(p, seconds, true);
      v.setUint32(p + 4, fraction, true);
      v.setUint32(p + 8, frameLen, true);
      v.setUint32(p + 12, frameLen, true);
      p += 16;
    }
    b.set(to.mac, p);
    b.set(from.mac, p + 6);
    v.setUint16(p + 12, v6 ? ETHERTYPE_IPV6 : ETHERTYPE_IPV4);
    p += 14;
    const ip = p;
    let pseudo;
    if (v6) {
      v.setUint32(p, 0x60000000);
      v.setUint16(p + 4, tcpLen);
      b[p + 6] = 6;
      b[p + 7] = 64;
      b.set(from.addr.bytes, p + 8);
      b.set(to.addr.bytes, p + 24);
      pseudo = sum16(b, p + 8, p + 40) + tcpLen + 6;
    } else {
      b[p] = 0x45;
      b[p + 1] = 0;
      v.setUint16(p + 2, 20 + tcpLen);
      from.id = (from.id + 1) & 0xffff;
      v.setUint16(p + 4, from.id);
      v.setUint16(p + 6, 0x4000);
      b[p + 8] = 64;
      b[p + 9] = 6;
      v.setUint16(p + 10, 0);
      b.set(from.addr.bytes, p + 12);
      b.set(to.addr.bytes, p + 16);
      v.setUint16(p + 10, ~fold(sum16(b, ip, ip + 20)) & 0xffff);
      pseudo = sum16(b, p + 12, p + 20) + tcpLen + 6;
    }
    p += ipHeader;
    const tcp = p;
    v.setUint16(p, from.port);
    v.setUint16(p + 2, to.port);
    v.setUint32(p + 4, seq);
    v.setUint32(p + 8, ack);
    b[p + 12] = ((20 + optLen) / 4) << 4;
    b[p + 13] = flags;
    v.setUint16(p + 14, flags & SYN ? 64240 : 501);
    v.setUint16(p + 16, 0);
    v.setUint16(p + 18, 0);
    if (options) b.set(options, p + 20);
    p += 20 + optLen;
    if (payload) b.set(payload, p);
    const headerSum = sum16(b, tcp, tcp + 20 + optLen);
    v.setUint16(tcp + 16, ~fold(pseudo + headerSum + payloadSum) & 0xffff);
    p += payLen;
    if (pcapng) {
      while (p < at + 28 + padded) b[p++] = 0;
      v.setUint32(p, recordLen, true);
      p += 4;
    }
    sink.pos = p;
    this.packets++;
  }

  /** The steps of one download session, run one packet-producing step at a time. */
  *session() {
    const client = this.clients[Math.floor(this.random() * CLIENTS)];
    const pair = this.servers[Math.floor(this.random() * SERVERS)];
    const server = client.v6 ? pair.v6 : pair.v4;
    const ctrl = new Conn(this, client, server, this.clientPort(client), 21, [this.isn(), this.isn()]);
    ctrl.handshake();
    yield;
    ctrl.line(1, '220 (vsFTPd 3.0.3)');
    ctrl.ack(0);
    yield;
    ctrl.line(0, 'USER learner');
    ctrl.line(1, '331 Please specify the password.');
    yield;
    ctrl.line(0, 'PASS secret');
    ctrl.line(1, '230 Login successful.');
    yield;
    ctrl.line(0, 'TYPE I');
    ctrl.line(1, '200 Switching to Binary mode.');
    yield;
    const files = 1 + Math.floor(this.random() * 3);
    for (let f = 0; f < files; f++) {
      // File sizes spread from 16 KB to 2 MB, most of them small, as on a real file server.
      // Near the end of the file the sessions in flight fetch smaller files, so the size lands close to the target.
      const room = Math.max(4 * MSS, (this.target - this.sink.size) / CONCURRENT);
      const size = Math.min(Math.floor(16_384 * 128 ** (this.random() ** 2)), Math.floor(room));
      const name = `file-${Math.floor(this.random() * 100000)}.bin`;
      const port = this.passivePort;
      this.passivePort = port >= 60000 ? 40000 : port + 1;
      if (client.v6) {
        ctrl.line(0, 'EPSV');
        ctrl.line(1, `229 Entering Extended Passive Mode (|||${port}|)`);
      } else {
        ctrl.line(0, 'PASV');
        const h = server.address.split('.').join(',');
        ctrl.line(1, `227 Entering Passive Mode (${h},${port >> 8},${port & 0xff}).`);
      }
      yield;
      const data = new Conn(this, client, server, this.clientPort(client), port, [this.isn(), this.isn()]);
      data.handshake();
      yield;
      ctrl.line(0, `RETR ${name}`);
      ctrl.line(1, `150 Opening BINARY mode data connection for ${name} (${size} bytes).`);
      yield;
      let left = size;
      let unacked = 0;
      while (left > 0) {
        const n = Math.min(MSS, left);
        left -= n;
        const payload = n === MSS ? BLOCK : BLOCK.subarray(0, n);
        const flags = left === 0 ? PSH | ACK : ACK;
        data.seg(1, flags, payload, n === MSS ? BLOCK_SUM : sum16(payload, 0, n), data.ts());
        if (++unacked === 2 || left === 0) {
          data.ack(0);
          unacked = 0;
        }
        yield;
      }
      data.close(1);
      yield;
      ctrl.line(1, '226 Transfer complete.');
      ctrl.ack(0);
      yield;
    }
    ctrl.line(0, 'QUIT');
    ctrl.line(1, '221 Goodbye.');
    ctrl.close(1);
  }

  /** Runs sessions, several at once, until the file reaches `bytes`; the sessions in flight then finish. */
  run(bytes) {
    this.target = bytes;
    const live = [];
    let started = 0;
    const start = () => {
      started++;
      live.push(this.session());
    };
    for (let i = 0; i < CONCURRENT; i++) start();
    while (live.length > 0 && this.packets < this.maxPackets) {
      const i = Math.floor(this.random() * live.length);
      const s = live[i];
      if (s.next().done) {
        live.splice(i, 1);
        if (this.sink.size < bytes) start();
      }
    }
    return started;
  }
}

function writeHeader(sink, format) {
  const v = sink.view;
  let p = sink.reserve(64);
  if (format === 'pcap') {
    v.setUint32(p, 0xa1b2c3d4, true);
    v.setUint16(p + 4, 2, true);
    v.setUint16(p + 6, 4, true);
    v.setUint32(p + 8, 0, true);
    v.setUint32(p + 12, 0, true);
    v.setUint32(p + 16, 262144, true);
    v.setUint32(p + 20, LINKTYPE_ETHERNET, true);
    sink.pos = p + 24;
    return;
  }
  // Section header block: byte-order magic, version 1.0, section length unknown.
  v.setUint32(p, 0x0a0d0d0a, true);
  v.setUint32(p + 4, 28, true);
  v.setUint32(p + 8, 0x1a2b3c4d, true);
  v.setUint16(p + 12, 1, true);
  v.setUint16(p + 14, 0, true);
  v.setInt32(p + 16, -1, true);
  v.setInt32(p + 20, -1, true);
  v.setUint32(p + 24, 28, true);
  p += 28;
  // Interface description block: Ethernet, with its name as an option, timestamps in microseconds.
  v.setUint32(p, 1, true);
  v.setUint32(p + 4, 32, true);
  v.setUint16(p + 8, LINKTYPE_ETHERNET, true);
  v.setUint16(p + 10, 0, true);
  v.setUint32(p + 12, 262144, true);
  v.setUint16(p + 16, 2, true);
  v.setUint16(p + 18, 4, true);
  sink.buf.set(ascii('eth0'), p + 20);
  v.setUint32(p + 24, 0, true);
  v.setUint32(p + 28, 32, true);
  sink.pos = p + 32;
}

/**
 * Writes a capture of about `bytes` bytes (a little more: sessions in flight are finished), or of exactly
 * `packets` packets, and returns what it holds.
 */
export function generateCapture(
  path,
  { bytes = Number.POSITIVE_INFINITY, packets, format = 'pcapng', seed = 1 },
) {
  const gen = new Generator(seed);
  gen.format = format;
  if (packets !== undefined) gen.maxPackets = packets;
  gen.sink = new Sink(path);
  writeHeader(gen.sink, format);
  const sessions = gen.run(bytes);
  const size = gen.sink.size;
  gen.sink.close();
  return { path, format, bytes: size, packets: gen.packets, sessions };
}
