/**
 * The stage speaks the page's language: node names, lane labels, the firewall's reasons and rule changes
 * come from the catalogs, not from the English the trace is written in. Checked on the FTP active scene
 * with the firewall that blocks and then allows, at every step, in every language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Trace } from '../core/trace.ts';
import { languages, loadLanguage, storyCatalog, uiCatalog } from '../i18n/index.ts';
import { frameAt } from '../render/frame.ts';
import { packetDetails } from '../render/inspect.ts';
import { layoutStage } from '../render/layout.ts';
import { makeScene } from '../render/scene.ts';
import { stageMarkup } from '../render/svg.ts';
import { ftpActive } from '../scenarios/ftp.ts';
import { buildStory } from '../story/build.ts';
import { detailWords, nodeName, stageText } from './stage-text.ts';
import { setUiLanguage, text } from './text.ts';
import { stepMoment } from './transport.ts';

const trace = ftpActive.run({ firewall: 'blocks-then-allows' });

/** The English phrases the trace itself carries, which a page in another language must not show as such. */
function traceEnglish(t: Trace): string[] {
  const phrases = new Set<string>();
  for (const node of t.nodes) phrases.add(node.name);
  for (const e of t.events) {
    if (e.type === 'connection' && e.label) phrases.add(e.label);
    if (e.type === 'firewall') phrases.add(e.reason);
    if (e.type === 'firewall-change') phrases.add(e.description);
  }
  return [...phrases];
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The words written on the stage (not the envelopes, which show what the wire carries). */
function stageWords(markup: string): string[] {
  const out: string[] = [];
  for (const m of markup.matchAll(/<text class="(?:node-name|wall-label|lane-label)[^"]*"[^>]*>([^<]*)/g))
    out.push(unescapeXml(m[1] as string));
  for (const m of markup.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)) out.push(unescapeXml(m[1] as string));
  for (const m of markup.matchAll(/<title>([^<]*)<\/title>/g)) out.push(unescapeXml(m[1] as string));
  return out;
}

/** Every sentence a language's catalogs hold: a word they share with English is theirs too. */
function catalogText(lang: string): string {
  return [...Object.values(uiCatalog(lang)), ...Object.values(storyCatalog(lang))]
    .map((m) => (typeof m === 'string' ? m : Object.values(m).join('\n')))
    .join('\n');
}

beforeAll(async () => {
  await Promise.all(languages().map((l) => loadLanguage(l)));
});

describe('the stage in every language', () => {
  const english = traceEnglish(trace);

  it('the trace really carries English the stage must translate', () => {
    expect(english).toEqual(expect.arrayContaining(['control', 'PC', 'Server']));
    expect(english.some((p) => p.startsWith('data '))).toBe(true);
    expect(english.some((p) => p.endsWith('.') && p.split(' ').length > 5)).toBe(true);
  });

  for (const lang of languages().filter((l) => l !== 'en')) {
    it(`${lang}: no English from the trace on the stage or in the inspector's notes`, () => {
      setUiLanguage(lang);
      const own = catalogText(lang);
      const scene = makeScene(trace, buildStory(trace, 'standard', lang));
      const words = stageText();
      const leaks = new Set<string>();
      let notes = 0;
      for (const width of [390, 1366]) {
        const layout = layoutStage(scene, { width }, nodeName);
        scene.steps.forEach((_, k) => {
          const frame = frameAt(scene, layout, stepMoment(k), { reducedMotion: true });
          notes += frame.notes.length;
          const shown = [
            ...stageWords(stageMarkup(frame, layout, words)),
            ...frame.notes.map((n) => words.note(n)),
            ...frame.lanes.map((l) => words.lane(l, false)),
          ];
          for (const said of shown) {
            for (const phrase of english) {
              if (said.includes(phrase) && !own.includes(phrase)) leaks.add(`${phrase} in “${said}”`);
            }
          }
        });
      }
      for (const id of scene.order) {
        const details = packetDetails(scene, id, 0, text, 'wire', detailWords(trace.nodes));
        for (const said of [details?.summary ?? '', details?.hop ?? '', ...(details?.notes ?? [])]) {
          for (const phrase of english) {
            if (said.includes(phrase) && !own.includes(phrase)) leaks.add(`${phrase} in “${said}”`);
          }
        }
      }
      // The scene has a stopped packet and a rule change: their notes were among what was checked.
      expect(notes).toBeGreaterThan(1);
      expect([...leaks]).toEqual([]);
    });
  }

  it('German: the firewall step says why in German, and the lanes are named in German', () => {
    setUiLanguage('de');
    const scene = makeScene(trace, buildStory(trace, 'standard', 'de'));
    const layout = layoutStage(scene, { width: 1366 }, nodeName);
    const k = scene.steps.findIndex((s) => s.firewall.some((f) => f.verdict !== 'allow'));
    expect(k).toBeGreaterThanOrEqual(0);
    const frame = frameAt(scene, layout, stepMoment(k), { reducedMotion: true });
    const words = stageText();
    const note = frame.notes.find((n) => n.kind === 'drop');
    expect(note && words.note(note)).toContain(uiCatalog('de')['stage.reason.inNew']);
    const lanes = frame.lanes.map((l) => words.lane(l, false));
    expect(lanes.some((l) => l.startsWith(`${uiCatalog('de')['stage.lane.control']} `))).toBe(true);
    expect(lanes.some((l) => l.startsWith('Daten '))).toBe(true);
  });

  it('a host a capture names by its address keeps that name in every language', () => {
    setUiLanguage('ja');
    expect(nodeName({ id: 'h1', name: '192.0.2.10', kind: 'pc', interfaces: [] })).toBe('192.0.2.10');
    expect(nodeName({ id: 'pc', name: 'PC', kind: 'server', interfaces: [] })).toBe('PC');
    expect(nodeName({ id: 'srv', name: 'Server', kind: 'server', interfaces: [] })).toBe(
      storyCatalog('ja')['actor.server'],
    );
    setUiLanguage('en');
  });
});
