/**
 * The stage, the ladder and the inspector name an ICMP message in the page's language, from the catalog,
 * and never show the English description the trace carries for other tools.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { text as payload, twoHosts } from '../../tests/helpers/network.ts';
import type { WireEvent } from '../core/trace.ts';
import { loadLanguage } from '../i18n/index.ts';
import { packetDetails } from '../render/inspect.ts';
import { carriedHint } from '../render/labels.ts';
import { makeScene } from '../render/scene.ts';
import { buildStory } from '../story/build.ts';
import { detailWords } from './stage-text.ts';
import { setUiLanguage, text } from './text.ts';
import { payloadOptions } from './view-toggle.ts';

function closedPortTrace() {
  const { net, pc } = twoHosts();
  pc.udp.send(40000, '192.0.2.20', 53, payload('query'));
  net.run();
  return net.trace({ title: 'udp to a closed port' });
}

beforeAll(async () => {
  await loadLanguage('de');
});

describe('ICMP on the page', () => {
  const trace = closedPortTrace();
  const icmp = trace.events.find((e): e is WireEvent => e.type === 'wire' && e.icmp !== undefined);

  it('labels the envelope in the page language', () => {
    if (!icmp?.icmp) throw new Error('the trace has no ICMP message');
    setUiLanguage('de');
    try {
      expect(carriedHint(icmp, 'standard', payloadOptions('wire'))).toBe(
        'Ziel nicht erreichbar (Port nicht erreichbar)',
      );
    } finally {
      setUiLanguage('en');
    }
    // Without the page's words, the English catalog speaks, not the trace.
    const traced = { ...icmp, icmp: { ...icmp.icmp, description: 'as the trace says it' } };
    expect(carriedHint(traced, 'standard')).toBe('destination unreachable (port unreachable)');
  });

  it('names the message in the inspector in the page language', () => {
    if (!icmp?.icmp) throw new Error('the trace has no ICMP message');
    setUiLanguage('de');
    try {
      const scene = makeScene(trace, buildStory(trace, 'standard', 'de'));
      const details = packetDetails(scene, icmp.packet, 0, text, 'wire', detailWords(trace.nodes));
      const said = details?.layers.map((l) => l.text) ?? [];
      expect(said.some((l) => l.includes('Ziel nicht erreichbar (Port nicht erreichbar)'))).toBe(true);
      expect(said.some((l) => l.includes(icmp.icmp?.description ?? '?'))).toBe(false);
    } finally {
      setUiLanguage('en');
    }
  });
});
