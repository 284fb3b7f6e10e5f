/** IPv4 and IPv6 addresses as learners read them, with the parsing and prefix matching routing needs. */

export type IpFamily = 4 | 6;

export function familyOf(address: string): IpFamily {
  return address.includes(':') ? 6 : 4;
}

export function parseIpv4(text: string): Uint8Array {
  const parts = text.split('.');
  if (parts.length !== 4) throw new SyntaxError(`not an IPv4 address: ${text}`);
  const out = new Uint8Array(4);
  parts.forEach((part, i) => {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) throw new SyntaxError(`not an IPv4 address: ${text}`);
    out[i] = Number(part);
  });
  return out;
}

export function parseIpv6(text: string): Uint8Array {
  const out = new Uint8Array(16);
  let head = text;
  let tail = '';
  const dbl = text.indexOf('::');
  if (dbl >= 0) {
    head = text.slice(0, dbl);
    tail = text.slice(dbl + 2);
    if (tail.includes('::')) throw new SyntaxError(`not an IPv6 address: ${text}`);
  }
  const groups = (s: string): number[] => {
    if (s === '') return [];
    const result: number[] = [];
    const pieces = s.split(':');
    pieces.forEach((piece, i) => {
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece);
        result.push(
          ((v4[0] as number) << 8) | (v4[1] as number),
          ((v4[2] as number) << 8) | (v4[3] as number),
        );
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) throw new SyntaxError(`not an IPv6 address: ${text}`);
        result.push(Number.parseInt(piece, 16));
      }
    });
    return result;
  };
  const h = groups(head);
  const t = groups(tail);
  if (dbl < 0 ? h.length !== 8 : h.length + t.length > 7)
    throw new SyntaxError(`not an IPv6 address: ${text}`);
  const all = [...h, ...new Array(8 - h.length - t.length).fill(0), ...t];
  all.forEach((g, i) => {
    out[2 * i] = g >> 8;
    out[2 * i + 1] = g & 0xff;
  });
  return out;
}

export function parseIp(text: string): Uint8Array {
  return familyOf(text) === 6 ? parseIpv6(text) : parseIpv4(text);
}

export function formatIpv4(bytes: Uint8Array, offset = 0): string {
  return `${bytes[offset]}.${bytes[offset + 1]}.${bytes[offset + 2]}.${bytes[offset + 3]}`;
}

/** RFC 5952 text: lower case, leading zeros dropped, the longest run of two or more zero groups as `::`. */
export function formatIpv6(bytes: Uint8Array, offset = 0): string {
  const g: number[] = [];
  for (let i = 0; i < 8; i++)
    g.push(((bytes[offset + 2 * i] as number) << 8) | (bytes[offset + 2 * i + 1] as number));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (x: number) => x.toString(16);
  if (bestStart < 0) return g.map(hex).join(':');
  return `${g.slice(0, bestStart).map(hex).join(':')}::${g
    .slice(bestStart + bestLen)
    .map(hex)
    .join(':')}`;
}

/** The canonical text of an address, so that two spellings of one address compare equal. */
export function canonicalIp(text: string): string {
  return familyOf(text) === 6 ? formatIpv6(parseIpv6(text)) : formatIpv4(parseIpv4(text));
}

export interface Prefix {
  address: string;
  length: number;
}

export function parsePrefix(text: string): Prefix {
  const [address = '', len] = text.split('/');
  const family = familyOf(address);
  const length = len === undefined ? (family === 4 ? 32 : 128) : Number(len);
  if (!Number.isInteger(length) || length < 0 || length > (family === 4 ? 32 : 128)) {
    throw new SyntaxError(`not a prefix: ${text}`);
  }
  return { address: canonicalIp(address), length };
}

/** Routing asks about the same few addresses for every packet: parse each once. */
const parsed = new Map<string, Uint8Array>();

function parsedIp(text: string): Uint8Array {
  let bytes = parsed.get(text);
  if (!bytes) {
    if (parsed.size > 4096) parsed.clear();
    bytes = parseIp(text);
    parsed.set(text, bytes);
  }
  return bytes;
}

export function inPrefix(address: string, prefix: Prefix): boolean {
  if (familyOf(address) !== familyOf(prefix.address)) return false;
  const a = parsedIp(address);
  const p = parsedIp(prefix.address);
  let bits = prefix.length;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((a[i] as number) & mask) !== ((p[i] as number) & mask)) return false;
  }
  return true;
}

/** An endpoint as FTP and learners write it: `192.0.2.1:21` or `[2001:db8::1]:21`. */
export function formatEndpoint(address: string, port: number): string {
  return familyOf(address) === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}
