/**
 * ICMP messages reach learners in their own language: every type and code the capture dissector names has
 * a catalog sentence in every locale, and a story quotes that sentence, never the trace's English.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { text, twoHosts } from '../../tests/helpers/network.ts';
import { parseIcmp } from '../capture/icmp.ts';
import { languages, loadLanguage } from '../i18n/index.ts';
import { buildStory } from './build.ts';
import { icmpDescription, icmpMessage } from './icmp-words.ts';
import { LEVELS } from './types.ts';

const others = languages().filter((l) => l !== 'en');

beforeAll(async () => {
  await Promise.all(others.map((l) => loadLanguage(l)));
});

/** What the dissector says of each (version, type, code) it names; codes past 15 name nothing new. */
function described(): Array<{ version: 4 | 6; type: number; code: number; english: string }> {
  const found: Array<{ version: 4 | 6; type: number; code: number; english: string }> = [];
  for (const version of [4, 6] as const) {
    for (let type = 0; type < 256; type++) {
      for (let code = 0; code < 16; code++) {
        const layer = parseIcmp(new Uint8Array([type, code, 0, 0, 0, 0, 0, 0]), 0, 8, version);
        const english = layer?.description ?? '';
        if (!/^ICMP(v6)? type \d+$/.test(english)) found.push({ version, type, code, english });
      }
    }
  }
  return found;
}

describe('ICMP words', () => {
  const known = described();

  it('names by catalog every type the dissector names, and every code it tells apart', () => {
    // Both families: echo, unreachable with its codes, time exceeded, the neighbour discovery messages ...
    expect(known.length).toBeGreaterThan(100);
    for (const icmp of known) {
      const { key } = icmpMessage(icmp);
      expect(key, `${icmp.version}/${icmp.type}/${icmp.code}`).not.toMatch(/^icmp\.unknown/);
      const generic = /\(code \d+\)$/.test(icmp.english);
      if (!generic) expect(key, icmp.english).not.toMatch(/^icmp\.(unreachable|time-exceeded)$/);
    }
  });

  it('says each of them in every language, in words of its own', () => {
    // No exceptions so far: even where terms of art (TTL, multicast, host) stay, the sentence around them
    // is the language's own.
    for (const icmp of known) {
      const english = icmpDescription('en', icmp);
      for (const lang of others) {
        const said = icmpDescription(lang, icmp);
        expect(said.trim(), `${lang} ${icmp.english}`).not.toBe('');
        expect(said, `${lang} ${icmp.english}`).not.toBe(english);
        expect(said).not.toMatch(/\{[a-z]+\}/);
      }
    }
  });

  it('keeps the numbers of a code or a type no catalog names', () => {
    for (const lang of languages()) {
      expect(icmpDescription(lang, { version: 4, type: 3, code: 12 })).toContain('12');
      const unknown = icmpDescription(lang, { version: 6, type: 200, code: 7 });
      expect(unknown).toContain('200');
      expect(unknown).toContain('7');
    }
    expect(icmpDescription('de', { version: 4, type: 42, code: 1 })).toBe('ICMP-Typ 42, Code 1');
  });

  it('tells a port unreachable in German, without the trace’s English', () => {
    const { net, pc } = twoHosts();
    pc.udp.send(40000, '192.0.2.20', 53, text('query'));
    pc.udp.send(40001, '2001:db8::20', 53, text('query'));
    net.run();
    const trace = net.trace({ title: 'udp to a closed port' });
    const descriptions = trace.events.flatMap((e) =>
      e.type === 'wire' && e.icmp ? [e.icmp.description] : [],
    );
    expect(descriptions).toHaveLength(2);
    for (const level of LEVELS.filter((l) => l !== 'elementary')) {
      const german = buildStory(trace, level, 'de')
        .steps.map((s) => s.text)
        .join('\n');
      expect(german.match(/Ziel nicht erreichbar \(Port nicht erreichbar\)/g), level).toHaveLength(2);
      for (const english of descriptions) expect(german).not.toContain(english);
      expect(german).not.toContain('unreachable');
      const inEnglish = buildStory(trace, level, 'en')
        .steps.map((s) => s.text)
        .join('\n');
      expect(inEnglish).toContain('destination unreachable (port unreachable)');
    }
  });
});
