/**
 * The player in a real Chromium: links to a moment, the keyboard, the firewall scene, the inspector, the
 * switches and the sizes of a phone and a laptop. What the page should show is worked out here, in Node,
 * from the same scenario and story, so the page is checked against the trace rather than against itself.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FirewallEvent } from '../../src/core/trace.ts';
import { frameAt } from '../../src/render/frame.ts';
import { layoutStage } from '../../src/render/layout.ts';
import { makeScene } from '../../src/render/scene.ts';
import { stepStart } from '../../src/render/timing.ts';
import { ftpActive } from '../../src/scenarios/ftp.ts';
import { buildStory } from '../../src/story/build.ts';
import { LAPTOP, launchChromium, openPage, PHONE, type ServedApp, screenshot, serveApp } from './harness.ts';

let browser: Browser;
let app: ServedApp;

beforeAll(async () => {
  app = await serveApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The story the page should tell for FTP in active mode with its usual settings. */
function activeStory(level: 'elementary' | 'standard' | 'expert' = 'standard') {
  const trace = ftpActive.run({});
  const story = buildStory(trace, level, 'en');
  const drops = trace.events.filter(
    (e): e is FirewallEvent => e.type === 'firewall' && e.verdict !== 'allow',
  );
  const firstDrop = drops[0];
  // The step that tells the firewall's decision about the first packet it stopped.
  const firewallStep = firstDrop
    ? story.steps.findIndex((s) => s.events.some((i) => trace.events[i] === firstDrop))
    : -1;
  return { trace, story, drop: firstDrop, firewallStep };
}

async function narration(page: Page): Promise<{ step: string; actor: string; text: string }> {
  return {
    step: (await page.locator('#narration .step-no').textContent()) ?? '',
    actor: (await page.locator('#narration .actor').textContent()) ?? '',
    text: (await page.locator('#narration .step-text').textContent()) ?? '',
  };
}

/** Waits until a step played by the keyboard has come to rest. */
async function settled(page: Page): Promise<void> {
  // A step plays for about three seconds at normal speed; the tests play faster, but leave room.
  await expect
    .poll(() => page.locator('#play').getAttribute('aria-pressed'), { timeout: 8000 })
    .toBe('false');
}

async function stageMarkup(page: Page): Promise<string> {
  return page.locator('#stage').evaluate((svg) => svg.outerHTML);
}

function param(page: Page, name: string): string | null {
  const hash = new URL(page.url()).hash;
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get(name);
}

async function noSideScroll(page: Page, width: number): Promise<void> {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll).toBeLessThanOrEqual(width);
}

describe('the player', () => {
  it('opens a scene at the step a link names, with its level and switches', async () => {
    const { story } = activeStory();
    const { page, errors } = await openPage(
      browser,
      `${app.url}#/ftp/active?step=3&level=standard&lang=en&files=2&seed=1`,
    );
    await expect
      .poll(() => narration(page))
      .toEqual({
        step: `Step 3 of ${story.steps.length}`,
        actor: story.steps[2]?.actorName,
        text: story.steps[2]?.text,
      });
    expect(await page.locator('h1').textContent()).toBe('FTP, active mode');
    expect(await page.locator('#level-standard').isChecked()).toBe(true);
    expect(await page.locator('#switch-files').inputValue()).toBe('2');
    expect(await page.locator('#narration').getAttribute('aria-live')).toBe('polite');
    // The address is completed with every setting, so it can be shared as it is.
    expect(param(page, 'step')).toBe('3');
    expect(param(page, 'firewall')).toBe('blocks-then-allows');
    // Every host of the trace is drawn, client on the left and server on the right.
    const xs = await page
      .locator('#stage .node')
      .evaluateAll((nodes) =>
        nodes.map((n) => [n.getAttribute('data-node'), (n as SVGGElement).getBBox().x] as const),
      );
    expect(xs.map(([id]) => id)).toEqual(['pc', 'router', 'internet', 'server']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays to the firewall step with the keyboard and shows the dropped SYN stopped at the firewall', async () => {
    const { story, drop, firewallStep } = activeStory();
    expect(drop, 'the ftp-active trace has a packet dropped by the PC firewall').toBeDefined();
    expect(firewallStep, 'a story step tells the firewall decision').toBeGreaterThan(0);
    const { page, errors } = await openPage(browser, `${app.url}#/ftp/active?step=1`);
    await expect.poll(() => narration(page).then((n) => n.step)).toBe(`Step 1 of ${story.steps.length}`);
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    expect(await page.locator('#speed').textContent()).toBe('4×');
    for (let k = 1; k <= firewallStep; k++) {
      await page.keyboard.press('ArrowRight');
      await settled(page);
    }
    const step = story.steps[firewallStep];
    expect(await narration(page)).toEqual({
      step: `Step ${firewallStep + 1} of ${story.steps.length}`,
      actor: step?.actorName,
      text: step?.text,
    });
    expect(param(page, 'step')).toBe(String(firewallStep + 1));

    const dropped = page.locator(`#stage .pkt.dropped[data-packet="${drop?.packet}"]`);
    expect(await dropped.count()).toBe(1);
    expect(await dropped.locator('.pkt-flags').textContent()).toBe('SYN');
    expect(await dropped.locator('.mark-drop').count()).toBe(1);
    // Stopped at the wall: between the PC and the router, never at the PC itself.
    const box = async (selector: string) =>
      (await page.locator(selector).boundingBox()) ?? { x: 0, width: 0 };
    const wall = await box('#stage [data-wall="pc"] .wall-body');
    const pkt = await box(`#stage .pkt.dropped[data-packet="${drop?.packet}"] .env`);
    const router = await box('#stage [data-node="router"] .icon');
    expect(pkt.x).toBeGreaterThanOrEqual(wall.x + wall.width - 1);
    expect(pkt.x).toBeLessThan(router.x);
    const note = (await page.locator('#stage .note.drop').textContent()) ?? '';
    const reasonStart = (drop?.reason ?? '').split(' ').slice(0, 3).join(' ');
    expect(note).toContain(reasonStart);
    expect(await page.locator('#scrub ~ .markers .marker.drop').count()).toBeGreaterThan(0);

    await screenshot(page, 'player-firewall-laptop');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows exactly the same frame after a step back and a step forward, and when scrubbed there', async () => {
    const { story } = activeStory();
    const k = Math.min(8, story.steps.length - 1);
    const { page, errors } = await openPage(browser, `${app.url}#/ftp/active?step=${k}`);
    await expect.poll(() => narration(page).then((n) => n.step)).toBe(`Step ${k} of ${story.steps.length}`);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const here = await stageMarkup(page);
    const t = Number(await page.locator('#scrub').inputValue());

    await page.keyboard.press('ArrowLeft');
    await settled(page);
    expect((await narration(page)).step).toBe(`Step ${k - 1} of ${story.steps.length}`);
    const before = await stageMarkup(page);
    expect(before).not.toBe(here);

    await page.keyboard.press('ArrowRight');
    // Stepping forward plays the step: something moves before it comes to rest.
    await settled(page);
    expect((await narration(page)).step).toBe(`Step ${k} of ${story.steps.length}`);
    expect(await stageMarkup(page)).toBe(here);

    await page.keyboard.press('Home');
    expect(await stageMarkup(page)).not.toBe(here);
    await page.locator('#scrub').evaluate((input, value) => {
      (input as HTMLInputElement).value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, t);
    // The timeline's inputs are painted at the next animation frame.
    await expect.poll(() => stageMarkup(page)).toBe(here);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves the same envelope elements while the timeline is dragged, and writes the link when it is let go', async () => {
    const { story } = activeStory();
    const k = Math.min(5, story.steps.length - 1);
    const { page, errors } = await openPage(browser, `${app.url}#/ftp/active?step=2`);
    await expect.poll(() => narration(page).then((n) => n.step)).toBe(`Step 2 of ${story.steps.length}`);
    const drag = (value: number, type: 'input' | 'change') =>
      page.locator('#scrub').evaluate(
        (input, [v, kind]) => {
          (input as HTMLInputElement).value = String(v);
          input.dispatchEvent(new Event(kind as string, { bubbles: true }));
        },
        [value, type] as const,
      );
    const flying = async () =>
      page.evaluate(() => {
        const env = document.querySelector<SVGGElement>('#stage .packets .pkt.flying:not(.background)');
        return env ? { id: env.dataset.packet ?? '', transform: env.getAttribute('transform') ?? '' } : null;
      });
    // A moment of step k when an envelope flies and is still flying a little later, found in Node.
    const { trace } = activeStory();
    const scene = makeScene(trace, story);
    const layout = layoutStage(scene, { width: 800 });
    const flyingAt = (t: number) =>
      frameAt(scene, layout, t).packets.filter((p) => p.state === 'flying' && !p.background);
    let start = stepStart(k - 1);
    while (!flyingAt(start).some((p) => flyingAt(start + 40).some((q) => q.id === p.id))) start += 5;
    await drag(start, 'input');
    await expect.poll(flying).not.toBeNull();
    const first = (await flying()) as { id: string; transform: string };
    await page.evaluate((id) => {
      const w = window as unknown as { kept: Element[] };
      w.kept = [
        document.querySelector(`#stage [data-packet="${id}"]`) as Element,
        ...document.querySelectorAll('#stage .lanes > g, #stage .nodes > g'),
      ];
    }, first.id);
    for (let i = 1; i <= 4; i++) await drag(start + i * 10, 'input');
    await expect
      .poll(() => page.locator(`#stage [data-packet="${first.id}"]`).getAttribute('transform'))
      .not.toBe(first.transform);
    const same = await page.evaluate((id) => {
      const w = window as unknown as { kept: Element[] };
      const now = [
        document.querySelector(`#stage [data-packet="${id}"]`),
        ...document.querySelectorAll('#stage .lanes > g, #stage .nodes > g'),
      ];
      return now.length === w.kept.length && now.every((node, i) => node === w.kept[i]);
    }, first.id);
    expect(same).toBe(true);
    // The link still names the step the page opened at until the bar is let go.
    expect(param(page, 'step')).toBe('2');
    await drag(start + 50, 'change');
    await expect.poll(() => param(page, 'step')).toBe(String(k));
    expect((await narration(page)).step).toBe(`Step ${k} of ${story.steps.length}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the inspector on a packet with the mouse and with the keyboard', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/ftp/active?step=2`);
    const first = page.locator('#stage .pkt').first();
    await first.waitFor();
    const id = await first.getAttribute('data-packet');
    await first.click();
    const dialog = page.locator('#inspector');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.locator('#inspector-title').textContent()).toBe(`Packet ${id}`);
    const tree = (await dialog.locator('.tree').textContent()) ?? '';
    expect(tree).toContain('Internet Protocol version 4');
    expect(tree).toContain('Transmission Control Protocol');
    expect(tree).toContain('Sequence number: 0 (relative)');
    expect(tree).toContain('Flags: 0x0');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);

    // Keyboard only: Tab reaches the packet, Enter opens it.
    await page.locator(`#stage .pkt[data-packet="${id}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-packet') ?? null))
      .toBe(id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records the level and a switch in the link, and the link opens the same run', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/ftp/active?step=4`);
    await page.locator('#stage .node').first().waitFor();
    await page.locator('label[for="level-expert"]').click();
    await expect.poll(() => param(page, 'level')).toBe('expert');
    expect(await page.locator('#ladder').isVisible()).toBe(true);
    // Expert shows ports and sequence numbers on the packets.
    expect(await page.locator('#stage .pkt .pkt-line').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^seq=\d+/)]),
    );
    await page.selectOption('#switch-files', '3');
    await expect.poll(() => param(page, 'files')).toBe('3');
    expect(param(page, 'step')).toBe('1');
    const link = page.url();
    const ladderRows = await page.locator('#ladder .lrow').count();
    expect(ladderRows).toBeGreaterThan(0);

    const again = await openPage(browser, link);
    await again.page.locator('#stage .node').first().waitFor();
    expect(await again.page.locator('#switch-files').inputValue()).toBe('3');
    expect(await again.page.locator('#level-expert').isChecked()).toBe(true);
    expect(await stageMarkup(again.page)).toBe(await stageMarkup(page));
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('draws only the ladder rows near the view, even for a long session', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/ftp/passive?level=expert&files=60`);
    await page.locator('#ladder .lrow').first().waitFor();
    const total = await page
      .locator('#ladder .ladder-body')
      .evaluate((b) => (b as HTMLElement).offsetHeight / 30);
    const drawn = await page.locator('#ladder .lrow').count();
    expect(total).toBeGreaterThan(500);
    expect(drawn).toBeLessThan(80);
    await page.keyboard.press('End');
    await expect
      .poll(() => page.locator('#ladder .ladder-scroll').evaluate((s) => s.scrollTop))
      .toBeGreaterThan(1000);
    expect(await page.locator('#ladder .lrow').count()).toBeLessThan(80);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers the keyboard shortcuts', async () => {
    const { story } = activeStory();
    const n = story.steps.length;
    const { page, errors } = await openPage(browser, `${app.url}#/ftp/active?step=5`);
    await expect.poll(() => narration(page).then((x) => x.step)).toBe(`Step 5 of ${n}`);
    await page.keyboard.press(' ');
    expect(await page.locator('#play').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#play').getAttribute('aria-label')).toBe('Pause');
    await page.keyboard.press(' ');
    expect(await page.locator('#play').getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('End');
    expect((await narration(page)).step).toBe(`Step ${n} of ${n}`);
    await page.keyboard.press('Home');
    expect((await narration(page)).step).toBe(`Step 1 of ${n}`);
    await page.keyboard.press('+');
    expect(await page.locator('#speed').textContent()).toBe('1.5×');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect(await page.locator('#speed').textContent()).toBe('0.75×');
    for (let i = 0; i < 6; i++) await page.keyboard.press('-');
    expect(await page.locator('#speed').textContent()).toBe('0.25×');
    // Every control has a name, and focus is visible.
    const unnamed = await page
      .locator('.transport button, .transport input')
      .evaluateAll(
        (els) => els.filter((e) => !(e.getAttribute('aria-label') ?? e.textContent ?? '').trim()).length,
      );
    expect(unnamed).toBe(0);
    await page.locator('#next').focus();
    const outline = await page.locator('#next').evaluate((b) => getComputedStyle(b).outlineStyle);
    expect(outline).not.toBe('none');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with reduced motion, a step forward jumps to where the step ends', async () => {
    const context = await browser.newContext({ viewport: LAPTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${app.url}#/ftp/active?step=2`);
    await page.locator('#stage .node').first().waitFor();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#play').getAttribute('aria-pressed')).toBe('false');
    expect(param(page, 'step')).toBe('3');
    const jumped = await stageMarkup(page);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    expect(await stageMarkup(page)).toBe(jumped);
    await context.close();
  });

  it('explains a wrong link and still shows a working page', async () => {
    const { page, errors } = await openPage(
      browser,
      `${app.url}#/ftp/active?step=999&level=wizard&files=lots`,
    );
    const problems = page.locator('#link-problems');
    await expect.poll(() => problems.isVisible()).toBe(true);
    const said = (await problems.textContent()) ?? '';
    for (const word of ['999', 'wizard', 'lots']) expect(said).toContain(word);
    expect(await page.locator('#stage .node').count()).toBeGreaterThan(0);
    expect(param(page, 'level')).toBe('standard');
    expect(param(page, 'files')).toBe('2');

    const lost = await openPage(browser, `${app.url}#/ftp/nowhere`);
    await expect.poll(() => lost.page.locator('#link-problems').isVisible()).toBe(true);
    expect(await lost.page.locator('.cards.scenes a[data-scene="active"]').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(lost.errors).toEqual([]);
    await lost.page.close();
    await page.close();
  });
});

describe('the menus', () => {
  it('lists every topic, links the built ones and marks the others as coming', async () => {
    const { page, errors } = await openPage(browser, app.url);
    await page.locator('.cards.topics').waitFor();
    const cards = page.locator('.cards.topics li');
    expect(await cards.count()).toBe(13);
    expect(await page.locator('.cards.topics a[data-topic="ftp"]').count()).toBe(1);
    const coming = await page.locator('.cards.topics .card-coming').count();
    expect(coming).toBe(12);
    expect(await page.locator('.cards.topics .card-coming a').count()).toBe(0);
    expect(await page.locator('a[data-topic="capture"]').getAttribute('href')).toBe('#/capture');
    await screenshot(page, 'top-laptop');
    await page.click('a[data-topic="ftp"]');
    await page.locator('.cards.scenes').waitFor();
    expect(await page.locator('.cards.scenes a[data-scene="active"]').count()).toBe(1);
    expect(await page.locator('.cards.scenes a[data-scene="passive"]').count()).toBe(1);
    await page.click('a[data-scene="passive"]');
    await page.locator('#stage .node').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe('FTP, passive mode');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('sizes', () => {
  it('fits a phone in portrait with no sideways scrolling, and a laptop side by side', async () => {
    const { firewallStep } = activeStory();
    const step = firewallStep > 0 ? firewallStep + 1 : 8;
    for (const level of ['standard', 'expert'] as const) {
      const { page, errors } = await openPage(
        browser,
        `${app.url}#/ftp/active?step=${step}&level=${level}`,
        PHONE,
      );
      await page.locator('#stage .node').first().waitFor();
      await noSideScroll(page, PHONE.width);
      const stage = await page.locator('#stage').boundingBox();
      const narr = await page.locator('#narration').boundingBox();
      const controls = await page.locator('.transport').boundingBox();
      // Stage on top, then the narration, then the controls.
      expect((stage?.y ?? 0) + (stage?.height ?? 0)).toBeLessThanOrEqual((narr?.y ?? 0) + 1);
      expect((narr?.y ?? 0) + (narr?.height ?? 0)).toBeLessThanOrEqual((controls?.y ?? 0) + 1);
      expect(stage?.width).toBeLessThanOrEqual(PHONE.width);
      if (level === 'expert') {
        expect(await page.locator('#ladder').isVisible()).toBe(false);
        await page.click('#ladder-toggle');
        expect(await page.locator('#ladder').isVisible()).toBe(true);
        await noSideScroll(page, PHONE.width);
      }
      await screenshot(page, `player-${level}-phone`);
      expect(errors).toEqual([]);
      await page.close();
    }

    const { page, errors } = await openPage(
      browser,
      `${app.url}#/ftp/active?step=${step}&level=expert`,
      LAPTOP,
    );
    await page.locator('#stage .node').first().waitFor();
    const stage = await page.locator('#stage').boundingBox();
    const ladder = await page.locator('#ladder').boundingBox();
    expect(ladder?.x).toBeGreaterThan((stage?.x ?? 0) + (stage?.width ?? 0) - 1);
    expect(Math.abs((ladder?.y ?? 0) - (stage?.y ?? 0))).toBeLessThan(4);
    await noSideScroll(page, LAPTOP.width);
    await screenshot(page, 'player-expert-laptop');
    expect(errors).toEqual([]);
    await page.close();

    // The narrowest phone the app supports.
    const narrow = { width: 360, height: 740 };
    const small = await openPage(browser, `${app.url}#/ftp/active?step=${step}`, narrow);
    await small.page.locator('#stage .node').first().waitFor();
    await noSideScroll(small.page, narrow.width);
    const play = await small.page.locator('#faster').boundingBox();
    expect((play?.x ?? 0) + (play?.width ?? 0)).toBeLessThanOrEqual(narrow.width);
    expect(small.errors).toEqual([]);
    await small.page.close();

    const phoneTop = await openPage(browser, app.url, PHONE);
    await phoneTop.page.locator('.cards.topics').waitFor();
    await noSideScroll(phoneTop.page, PHONE.width);
    await screenshot(phoneTop.page, 'top-phone');
    await phoneTop.page.close();
  });
});
