/** DNS messages over UDP (RFC 1035): the question, and for responses the answers' data or the error code. */

import { formatIpv4 } from '../../core/address.ts';
import type { AppMessage } from '../../core/packet.ts';
import { u16 } from '../bytes.ts';
import { ipv6Text } from '../ip.ts';

export const DNS_PORTS = new Set([53, 5353, 5355]);

const TYPES: Record<number, string> = {
  1: 'A',
  2: 'NS',
  5: 'CNAME',
  6: 'SOA',
  12: 'PTR',
  15: 'MX',
  16: 'TXT',
  28: 'AAAA',
  33: 'SRV',
  41: 'OPT',
  64: 'SVCB',
  65: 'HTTPS',
  255: 'ANY',
};

const RCODES: Record<number, string> = {
  1: 'FORMERR',
  2: 'SERVFAIL',
  3: 'NXDOMAIN',
  4: 'NOTIMP',
  5: 'REFUSED',
};

const MAX_JUMPS = 32;
const MAX_ANSWERS_SHOWN = 4;

function typeName(t: number): string {
  return TYPES[t] ?? `TYPE${t}`;
}

/** A domain name with compression pointers; `end` is where the name ends in the message (after a pointer). */
function readName(msg: Uint8Array, start: number): { name: string; end: number } | undefined {
  const labels: string[] = [];
  let at = start;
  let end = -1;
  for (let jumps = 0; jumps <= MAX_JUMPS; ) {
    if (at >= msg.length) return undefined;
    const len = msg[at] as number;
    if (len === 0) {
      if (end < 0) end = at + 1;
      const name = labels.join('.');
      return { name: name === '' ? '<Root>' : name, end };
    }
    if ((len & 0xc0) === 0xc0) {
      if (at + 1 >= msg.length) return undefined;
      if (end < 0) end = at + 2;
      at = ((len & 0x3f) << 8) | (msg[at + 1] as number);
      jumps++;
      continue;
    }
    if ((len & 0xc0) !== 0 || at + 1 + len > msg.length) return undefined;
    let label = '';
    for (let i = 0; i < len; i++) {
      const c = msg[at + 1 + i] as number;
      label += c > 0x20 && c < 0x7f ? String.fromCharCode(c) : '.';
    }
    labels.push(label);
    if (labels.length > 127) return undefined;
    at += 1 + len;
  }
  return undefined;
}

function answerData(msg: Uint8Array, type: number, at: number, len: number): string | undefined {
  if (type === 1 && len === 4) return formatIpv4(msg, at);
  if (type === 28 && len === 16) return ipv6Text(msg, at);
  if (type === 5 || type === 2 || type === 12) return readName(msg, at)?.name;
  if (type === 15 && len > 2) return readName(msg, at + 2)?.name;
  return undefined;
}

export function parseDns(msg: Uint8Array): AppMessage | undefined {
  if (msg.length < 12) return undefined;
  const id = u16(msg, 0);
  const flags = u16(msg, 2);
  const response = (flags & 0x8000) !== 0;
  const opcode = (flags >> 11) & 0x0f;
  const rcode = flags & 0x0f;
  const questions = u16(msg, 4);
  const answers = u16(msg, 6);
  let at = 12;
  let qname = '';
  let qtype = 0;
  for (let i = 0; i < questions; i++) {
    const n = readName(msg, at);
    if (!n || n.end + 4 > msg.length) return undefined;
    if (i === 0) {
      qname = n.name;
      qtype = u16(msg, n.end);
    }
    at = n.end + 4;
  }
  const data: string[] = [];
  for (let i = 0; i < answers && data.length < MAX_ANSWERS_SHOWN; i++) {
    const n = readName(msg, at);
    if (!n || n.end + 10 > msg.length) break;
    const type = u16(msg, n.end);
    const len = u16(msg, n.end + 8);
    const start = n.end + 10;
    if (start + len > msg.length) break;
    const value = answerData(msg, type, start, len);
    if (value !== undefined) data.push(type === qtype ? value : `${typeName(type)} ${value}`);
    at = start + len;
  }
  const question = questions > 0 ? `${typeName(qtype)} ${qname}` : '';
  let text: string;
  if (!response) text = `DNS query ${question}`.trim();
  else {
    const status = rcode === 0 ? '' : ` ${RCODES[rcode] ?? `RCODE${rcode}`}`;
    const list = data.length > 0 ? `: ${data.join(', ')}${answers > data.length ? ', …' : ''}` : '';
    text = `DNS response${status} ${question}${list}`.trim();
  }
  const fields: Record<string, string | number> = { id, questions, answers };
  if (opcode !== 0) fields.opcode = opcode;
  if (questions > 0) {
    fields.name = qname;
    fields.type = typeName(qtype);
  }
  if (response) fields.rcode = rcode;
  return { protocol: 'dns', kind: response ? 'response' : 'query', text, fields };
}
