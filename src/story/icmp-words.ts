/**
 * ICMP and ICMPv6 messages named in the learner's language. The trace keeps the dissector's English
 * description for tools that read it; learners see the catalog's words, chosen here from the version, type
 * and code alone, so the simulator and a capture name the same message the same way.
 */
import type { IcmpLayer } from '../core/packet.ts';
import { type StoryKey, translate } from '../i18n/index.ts';

type IcmpNumbers = Pick<IcmpLayer, 'version' | 'type' | 'code'>;

interface Named {
  key: StoryKey;
  /** For a type whose codes are told apart: the key of each code RFC 792 / RFC 4443 names. */
  codes?: Readonly<Record<number, StoryKey>>;
}

const UNREACHABLE_V4: Readonly<Record<number, StoryKey>> = {
  0: 'icmp.unreachable.net',
  1: 'icmp.unreachable.host',
  2: 'icmp.unreachable.protocol',
  3: 'icmp.unreachable.port',
  4: 'icmp.unreachable.fragmentation',
  5: 'icmp.unreachable.source-route',
  6: 'icmp.unreachable.net-unknown',
  7: 'icmp.unreachable.host-unknown',
  9: 'icmp.unreachable.net-prohibited',
  10: 'icmp.unreachable.host-prohibited',
  13: 'icmp.unreachable.admin',
};

const UNREACHABLE_V6: Readonly<Record<number, StoryKey>> = {
  0: 'icmp.unreachable.no-route',
  1: 'icmp.unreachable.admin',
  2: 'icmp.unreachable.beyond-scope',
  3: 'icmp.unreachable.host',
  4: 'icmp.unreachable.port',
  5: 'icmp.unreachable.source-policy',
  6: 'icmp.unreachable.reject-route',
};

const V4: Readonly<Record<number, Named>> = {
  0: { key: 'icmp.echo-reply' },
  3: { key: 'icmp.unreachable', codes: UNREACHABLE_V4 },
  4: { key: 'icmp.source-quench' },
  5: { key: 'icmp.redirect' },
  8: { key: 'icmp.echo-request' },
  9: { key: 'icmp.router-advertisement' },
  10: { key: 'icmp.router-solicitation' },
  11: {
    key: 'icmp.time-exceeded',
    codes: { 0: 'icmp.time-exceeded.ttl', 1: 'icmp.time-exceeded.reassembly' },
  },
  12: { key: 'icmp.parameter-problem' },
  13: { key: 'icmp.timestamp-request' },
  14: { key: 'icmp.timestamp-reply' },
};

const V6: Readonly<Record<number, Named>> = {
  1: { key: 'icmp.unreachable', codes: UNREACHABLE_V6 },
  2: { key: 'icmp.packet-too-big' },
  3: {
    key: 'icmp.time-exceeded',
    codes: { 0: 'icmp.time-exceeded.hop-limit', 1: 'icmp.time-exceeded.reassembly' },
  },
  4: { key: 'icmp.parameter-problem' },
  128: { key: 'icmp.echo-request' },
  129: { key: 'icmp.echo-reply' },
  130: { key: 'icmp.mld-query' },
  131: { key: 'icmp.mld-report' },
  132: { key: 'icmp.mld-done' },
  133: { key: 'icmp.router-solicitation' },
  134: { key: 'icmp.router-advertisement' },
  135: { key: 'icmp.neighbor-solicitation' },
  136: { key: 'icmp.neighbor-advertisement' },
  137: { key: 'icmp.redirect' },
  143: { key: 'icmp.mld-report-v2' },
};

/** The catalog sentence that names the message, with the numbers it needs when the catalog has no name for it. */
export function icmpMessage(icmp: IcmpNumbers): { key: StoryKey; params: Record<string, number> } {
  const named = (icmp.version === 6 ? V6 : V4)[icmp.type];
  if (!named) {
    return {
      key: icmp.version === 6 ? 'icmp.unknown.v6' : 'icmp.unknown.v4',
      params: { type: icmp.type, code: icmp.code },
    };
  }
  if (!named.codes) return { key: named.key, params: {} };
  const detail = named.codes[icmp.code];
  // A type known by name with a code the RFCs name otherwise (or not at all) still says its code.
  return detail ? { key: detail, params: {} } : { key: named.key, params: { code: icmp.code } };
}

/** The message in `lang`, for a sentence or a label. */
export function icmpDescription(lang: string, icmp: IcmpNumbers): string {
  const { key, params } = icmpMessage(icmp);
  return translate(lang, key, params);
}

/**
 * A story parameter that names an ICMP message by its numbers (`4:3:3`), so that a narration stays the
 * same in every language; `narrate` turns it into words.
 */
export const ICMP_PARAM = 'icmp';

export function icmpParam(icmp: IcmpNumbers): string {
  return `${icmp.version}:${icmp.type}:${icmp.code}`;
}

/** The numbers back from `icmpParam`; undefined for anything else. */
export function parseIcmpParam(value: string): IcmpNumbers | undefined {
  const m = /^([46]):(\d+):(\d+)$/.exec(value);
  if (!m) return undefined;
  return { version: m[1] === '6' ? 6 : 4, type: Number(m[2]), code: Number(m[3]) };
}
