/**
 * The page in all eleven languages, in a real Chromium: the link's language, `<html lang dir>`, the
 * narration the story tells in that language (worked out here, in Node, from the same scenario and
 * catalogs), nothing spilling out of its box on a phone or a laptop, the picker, the saved choice and the
 * browser's languages. Arabic mirrors the page but not the network drawn on the stage.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languages, loadLanguage, locale, uiCatalog } from '../../src/i18n/index.ts';
import { ftpActive } from '../../src/scenarios/ftp.ts';
import { buildStory } from '../../src/story/build.ts';
import { LAPTOP, launchChromium, PHONE, type ServedApp, screenshot, serveApp } from './harness.ts';

let browser: Browser;
let app: ServedApp;
const contexts: BrowserContext[] = [];

const STEP = 8;
const trace = ftpActive.run({});

beforeAll(async () => {
  app = await serveApp();
  browser = await launchChromium();
  await Promise.all(languages().map((lang) => loadLanguage(lang)));
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await app?.close();
});

/** The sentence step 8 of the usual FTP active scene tells, in `lang`. */
function narrationIn(lang: string): string {
  const story = buildStory(trace, 'standard', lang);
  return story.steps[STEP - 1]?.text ?? '';
}

function sceneLink(lang?: string): string {
  const params = new URLSearchParams({ step: String(STEP), level: 'standard' });
  if (lang) params.set('lang', lang);
  return `${app.url}#/ftp/active?${params}`;
}

async function open(
  url: string,
  options: { viewport?: { width: number; height: number }; locale?: string; saved?: string } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? LAPTOP,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  contexts.push(context);
  if (options.saved) {
    const saved = options.saved;
    await context.addInitScript((lang) => window.localStorage.setItem('tcpip-animation.lang', lang), saved);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('#stage g.node').first().waitFor();
  return { page, errors };
}

async function shown(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    step: document.querySelector('#narration .step-no')?.textContent ?? '',
    text: document.querySelector('#narration .step-text')?.textContent ?? '',
    picker: (document.getElementById('lang-picker') as HTMLSelectElement | null)?.value ?? '',
  }));
}

function param(page: Page, name: string): string | null {
  const hash = new URL(page.url()).hash;
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get(name);
}

/** Every visible box of words that is cut off or reaches past the edge of the viewport. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selectors = [
      '#narration',
      '#narration .step-text',
      '#narration .step-meta',
      'button',
      'label',
      '.levels label',
      '#lang-picker',
      '.switches label',
      '.switches select',
      '.crumbs li',
      '#scene-title',
      '.page-links a',
    ];
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    for (const node of document.querySelectorAll<HTMLElement>(selectors.join(','))) {
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // Words kept for screen readers only are clipped on purpose.
      if (getComputedStyle(node).clipPath.startsWith('inset(50%')) continue;
      const name = `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${node.className} “${(node.textContent ?? '').trim().slice(0, 30)}”`;
      if (rect.left < -1 || rect.right > width + 1) {
        problems.push(`${name} reaches ${Math.round(rect.left)}..${Math.round(rect.right)} of ${width}`);
      }
      const inline = getComputedStyle(node).display === 'inline';
      if (!inline && node.scrollWidth > node.clientWidth + 1) {
        problems.push(`${name} holds ${node.scrollWidth}px in ${node.clientWidth}px`);
      }
    }
    return problems;
  });
}

/** Where the PC and the server sit on the stage, in page pixels. */
async function nodePlaces(page: Page): Promise<{ pc: number; server: number }> {
  const pc = trace.nodes.find((n) => n.kind === 'pc')?.id ?? '';
  const server = trace.nodes.find((n) => n.kind === 'server')?.id ?? '';
  const x = (id: string) =>
    page.locator(`#stage g.node[data-node="${id}"]`).evaluate((g) => g.getBoundingClientRect().x);
  return { pc: await x(pc), server: await x(server) };
}

describe('every language', () => {
  const english = narrationIn('en');

  for (const lang of languages()) {
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['laptop', LAPTOP],
    ] as const) {
      it(`${lang} on a ${size}: lang, direction, narration and boxes`, async () => {
        const { page, errors } = await open(sceneLink(lang), { viewport });
        const expected = narrationIn(lang);
        await expect.poll(() => shown(page).then((s) => s.text)).toBe(expected);
        const s = await shown(page);
        expect(s.lang).toBe(lang);
        expect(s.dir).toBe(locale(lang).dir);
        expect(s.picker).toBe(lang);
        if (lang !== 'en') expect(s.text).not.toBe(english);
        // The step number is written with the language's own digits.
        expect(s.step).toContain(new Intl.NumberFormat(lang).format(STEP));
        expect(await overflowing(page)).toEqual([]);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scroll).toBeLessThanOrEqual(viewport.width);
        // The network keeps its geometry: the PC on the left, the server on the right.
        const places = await nodePlaces(page);
        expect(places.pc).toBeLessThan(places.server);
        if (['ar', 'ja', 'de'].includes(lang)) await screenshot(page, `i18n-${lang}-${size}`);
        expect(errors).toEqual([]);
      });
    }
  }
});

/** A laptop of the common size, smaller than the harness's usual one. */
const SMALL_LAPTOP = { width: 1366, height: 800 } as const;

/**
 * Every word drawn on the stage, measured by the browser with the fonts it has: names and the firewall's
 * label inside the stage and clear of each other, lane labels inside their lane, the note inside its box,
 * an envelope's lines inside the envelope.
 */
async function stageOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const svg = document.getElementById('stage') as unknown as SVGSVGElement;
    const stage = svg.getBoundingClientRect();
    const problems: string[] = [];
    const say = (el: Element) => `${el.getAttribute('class')} “${(el.textContent ?? '').slice(0, 40)}”`;
    const inside = (r: DOMRect, box: DOMRect, slack = 1) =>
      r.left >= box.left - slack &&
      r.right <= box.right + slack &&
      r.top >= box.top - slack &&
      r.bottom <= box.bottom + slack;
    const rows: Array<{ el: Element; r: DOMRect }> = [];
    for (const el of svg.querySelectorAll('.node-name, .wall-label tspan')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      rows.push({ el, r });
      if (!inside(r, stage)) problems.push(`${say(el)} leaves the stage`);
    }
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) {
        const a = (rows[i] as { r: DOMRect }).r;
        const b = (rows[j] as { r: DOMRect }).r;
        const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        // Text boxes include the font's ascent and descent: lines set 1.1 em apart may touch, not cross.
        const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (dx > 1 && dy > Math.min(a.height, b.height) * 0.4) {
          problems.push(
            `${say((rows[i] as { el: Element }).el)} overlaps ${say((rows[j] as { el: Element }).el)}`,
          );
        }
      }
    }
    for (const lane of svg.querySelectorAll('g.lane')) {
      const band = lane.querySelector('.lane-band')?.getBoundingClientRect();
      const label = lane.querySelector('.lane-label');
      if (band && label && !inside(label.getBoundingClientRect(), band))
        problems.push(`${say(label)} leaves its lane`);
    }
    for (const note of svg.querySelectorAll('g.note')) {
      const box = note.querySelector('.note-box')?.getBoundingClientRect();
      for (const line of note.querySelectorAll('.note-text tspan')) {
        if (box && !inside(line.getBoundingClientRect(), box)) problems.push(`${say(line)} leaves its note`);
      }
    }
    for (const pkt of svg.querySelectorAll('g.pkt')) {
      const env = pkt.querySelector('.env') as SVGRectElement | null;
      for (const line of pkt.querySelectorAll<SVGTextElement>('.pkt-flags, .pkt-line')) {
        const room = (env?.width.baseVal.value ?? 0) - 2;
        if (line.getComputedTextLength() > room) problems.push(`${say(line)} is wider than its envelope`);
      }
    }
    if (svg.querySelectorAll('.node-name').length === 0) problems.push('no node names on the stage');
    return problems;
  });
}

describe('the stage at the firewall step: every word inside its box', () => {
  for (const lang of languages()) {
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['laptop', SMALL_LAPTOP],
    ] as const) {
      it(`${lang} on a ${size}, standard and expert`, async () => {
        const { page, errors } = await open(sceneLink(lang), { viewport });
        await expect.poll(() => shown(page).then((s) => s.text)).toBe(narrationIn(lang));
        // The step shows the stopped packet and the firewall's reason.
        await page.locator('#stage g.note.drop').waitFor();
        expect(await stageOverflow(page)).toEqual([]);
        await page.locator('label[for="level-expert"]').click();
        await expect.poll(() => page.locator('#stage .lane-label').first().textContent()).toContain('⇄');
        await page.locator('#stage g.note.drop').waitFor();
        expect(await stageOverflow(page)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }

  it('the German stage names its lanes and the reason in German', async () => {
    const { page } = await open(sceneLink('de'), { viewport: PHONE });
    await page.locator('#stage g.note.drop').waitFor();
    const lanes = await page.locator('#stage .lane-label').allTextContents();
    expect(lanes.some((l) => l.startsWith('Steuerung'))).toBe(true);
    expect(lanes.some((l) => l.startsWith('Daten '))).toBe(true);
    expect(lanes.join(' ')).not.toMatch(/\bcontrol\b|\bdata\b/);
    const note = (await page.locator('#stage g.note.drop').textContent()) ?? '';
    expect(note).toContain('Verbindungsversuch');
    expect(note).not.toContain('Nothing allows');
  });
});

describe('choosing the language', () => {
  it('Arabic mirrors the header and keeps the stage and the timeline left to right', async () => {
    const { page } = await open(sceneLink('ar'));
    const brand = await page.locator('.brand').boundingBox();
    const picker = await page.locator('#lang-picker').boundingBox();
    expect(brand && picker).toBeTruthy();
    // Right to left: the brand starts the header on the right, the picker ends it on the left.
    expect((brand?.x ?? 0) > (picker?.x ?? 0)).toBe(true);
    const directions = await page.evaluate(() => ({
      stage: getComputedStyle(document.getElementById('stage') as Element).direction,
      narration: getComputedStyle(document.getElementById('narration') as Element).direction,
      transport: getComputedStyle(document.querySelector('.transport') as Element).direction,
    }));
    expect(directions).toEqual({ stage: 'ltr', narration: 'rtl', transport: 'ltr' });
    const restart = await page.locator('#restart').boundingBox();
    const next = await page.locator('#next').boundingBox();
    expect((restart?.x ?? 0) < (next?.x ?? 0)).toBe(true);
  });

  it('the picker names each language in itself, and switching changes the page, the link and the saved choice', async () => {
    const { page, errors } = await open(sceneLink('en'));
    const options = await page
      .locator('#lang-picker option')
      .evaluateAll((list) => list.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options.map((o) => o[0])).toEqual(languages());
    expect(Object.fromEntries(options)).toMatchObject({ de: 'Deutsch', ja: '日本語', ar: 'العربية' });
    await page.selectOption('#lang-picker', 'de');
    await expect.poll(() => shown(page).then((s) => s.text)).toBe(narrationIn('de'));
    expect((await shown(page)).lang).toBe('de');
    expect(param(page, 'lang')).toBe('de');
    expect(param(page, 'step')).toBe(String(STEP));
    expect(await page.evaluate(() => window.localStorage.getItem('tcpip-animation.lang'))).toBe('de');

    // A link without a language, in the same browser, now opens in German.
    const again = await page.context().newPage();
    await again.goto(sceneLink(), { waitUntil: 'load' });
    await again.locator('#stage g.node').first().waitFor();
    await expect.poll(() => shown(again).then((s) => s.text)).toBe(narrationIn('de'));
    expect(param(again, 'lang')).toBe('de');
    expect(errors).toEqual([]);
  });

  it('a saved choice is used when the link has none, and the link wins over it', async () => {
    const saved = await open(sceneLink(), { saved: 'ko', locale: 'fr-FR' });
    await expect.poll(() => shown(saved.page).then((s) => s.lang)).toBe('ko');
    expect((await shown(saved.page)).text).toBe(narrationIn('ko'));
    const linked = await open(sceneLink('it'), { saved: 'ko', locale: 'fr-FR' });
    await expect.poll(() => shown(linked.page).then((s) => s.lang)).toBe('it');
    expect((await shown(linked.page)).text).toBe(narrationIn('it'));
  });

  it("the browser's languages decide when nothing else does, matched on the primary subtag", async () => {
    for (const [tag, lang] of [
      ['pt-BR', 'pt'],
      ['zh-CN', 'zh'],
      ['ru-RU', 'ru'],
      ['nl-NL', 'en'],
    ] as const) {
      const { page } = await open(sceneLink(), { locale: tag });
      await expect.poll(() => shown(page).then((s) => s.lang)).toBe(lang);
      expect((await shown(page)).text).toBe(narrationIn(lang));
      expect(param(page, 'lang')).toBe(lang);
    }
  });

  it('the title, the description and the name in the header follow the language', async () => {
    const head = (page: Page) =>
      page.evaluate(() => ({
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        brand: document.getElementById('brand-name')?.textContent ?? '',
      }));
    const { page } = await open(sceneLink('ja'), { viewport: PHONE });
    const ja = uiCatalog('ja');
    await expect.poll(() => head(page).then((h) => h.description)).toBe(ja['app.tagline']);
    const h = await head(page);
    expect(h.brand).toBe(ja['app.name']);
    expect(h.title).toBe(`${ja['scene.ftp-active.title']} · ${ja['app.name']}`);
    await page.selectOption('#lang-picker', 'de');
    const de = uiCatalog('de');
    await expect.poll(() => head(page).then((x) => x.description)).toBe(de['app.tagline']);
    expect(await head(page)).toEqual({
      title: `${de['scene.ftp-active.title']} · ${de['app.name']}`,
      description: de['app.tagline'],
      brand: de['app.name'],
    });
  });

  it('the topic pages follow the chosen language too', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}#/`, { waitUntil: 'load' });
    await page.locator('.cards').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await page.selectOption('#lang-picker', 'ar');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(param(page, 'lang')).toBe('ar');
    expect(await overflowing(page)).toEqual([]);
  });
});
