/**
 * Encrypted payloads and the overview of the ways to move a file, in a real Chromium. What the page should
 * show is worked out here from the same scenarios and stories, so the page is checked against the trace.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireEvent } from '../../src/core/trace.ts';
import { ui as de } from '../../src/i18n/de/ui.ts';
import { ui as en } from '../../src/i18n/en/ui.ts';
import { ftpPassive } from '../../src/scenarios/ftp.ts';
import { ftpsPassive } from '../../src/scenarios/ftps.ts';
import { transferOverview } from '../../src/scenarios/overview.ts';
import type { Scenario } from '../../src/scenarios/types.ts';
import { buildStory } from '../../src/story/build.ts';
import { LAPTOP, launchChromium, openPage, PHONE, type ServedApp, serveApp } from './harness.ts';

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

/** The expert step (1-based) that shows the password packet, and that packet, sealed or not. */
function passStep(scenario: Scenario): { step: number; packet: WireEvent } {
  const trace = scenario.run({});
  const packet = trace.events.find(
    (e): e is WireEvent =>
      e.type === 'wire' &&
      e.app !== undefined &&
      (e.app.text.startsWith('PASS ') ||
        ('inner' in e.app && e.app.inner?.text.startsWith('PASS ') === true)),
  );
  if (!packet) throw new Error(`no PASS in ${scenario.id}`);
  const story = buildStory(trace, 'expert', 'en');
  const index = story.steps.findIndex((s) => s.packets.includes(packet.packet));
  if (index < 0) throw new Error(`no expert step shows the PASS packet of ${scenario.id}`);
  return { step: index + 1, packet };
}

function param(page: Page, name: string): string | null {
  const hash = new URL(page.url()).hash;
  const q = hash.indexOf('?');
  return new URLSearchParams(q === -1 ? '' : hash.slice(q + 1)).get(name);
}

async function envelope(page: Page, id: number): Promise<{ text: string; locked: boolean; padlock: number }> {
  const g = page.locator(`#stage [data-packet="${id}"]`);
  await g.waitFor();
  return {
    text: ((await g.locator('text').allTextContents()) ?? []).join(' | '),
    locked: ((await g.getAttribute('class')) ?? '').split(' ').includes('locked'),
    padlock: await g.locator('.lock .lock-shackle').count(),
  };
}

async function inspect(page: Page, id: number): Promise<{ sealed: string | null; body: string }> {
  await page.locator(`#stage [data-packet="${id}"]`).click();
  await page.locator('#inspector[open]').waitFor();
  const sealedBox = page.locator('#inspector-sealed');
  const sealed = (await sealedBox.isVisible()) ? await sealedBox.textContent() : null;
  const body = (await page.locator('#inspector .inspector-body').textContent()) ?? '';
  await page.keyboard.press('Escape');
  await page.locator('#inspector[open]').waitFor({ state: 'detached' });
  return { sealed, body };
}

describe('encrypted payloads, seen on the wire and at the two ends', () => {
  it('FTPS: the PASS step shows a sealed record on the wire and the command at the ends, and the link keeps the view', async () => {
    const { step, packet } = passStep(ftpsPassive);
    const bytes = packet.tcp?.payloadLength ?? 0;
    const { page, errors } = await openPage(
      browser,
      `${app.url}#/ftp/ftps-passive?step=${step}&level=expert&lang=en`,
      LAPTOP,
    );
    await page.locator('#view-toggle').waitFor();
    expect(await page.locator('#view-wire').isChecked()).toBe(true);
    expect(param(page, 'view')).toBe('wire');

    const wire = await envelope(page, packet.packet);
    expect(wire.locked).toBe(true);
    expect(wire.padlock).toBe(1);
    expect(wire.text).toContain('TLS Application Data');
    expect(wire.text).toContain(`encrypted, ${bytes} bytes`);
    expect(wire.text).not.toContain('PASS');
    const wireDetails = await inspect(page, packet.packet);
    expect(wireDetails.sealed).toBe(en['inspector.sealed.wire']);
    expect(wireDetails.body).toContain(`Encrypted bytes: ${bytes}`);
    expect(wireDetails.body).not.toContain('secret');

    // The keyboard moves the choice, as with any radio group; the step stays where it was.
    await page.locator('#view-wire').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => param(page, 'view')).toBe('ends');
    expect(await page.locator('#view-ends').isChecked()).toBe(true);
    expect(param(page, 'step')).toBe(String(step));
    const ends = await envelope(page, packet.packet);
    expect(ends.locked).toBe(true);
    expect(ends.padlock).toBe(1);
    expect(ends.text).toContain('PASS secret');
    expect(ends.text).not.toContain('encrypted,');
    const endsDetails = await inspect(page, packet.packet);
    expect(endsDetails.sealed).toBe(en['inspector.sealed.ends']);
    expect(endsDetails.body).toContain('Argument: secret');

    // Another level keeps the view, and the link reproduces it in a fresh page.
    await page.locator('label[for="level-standard"]').click();
    await expect.poll(() => param(page, 'level')).toBe('standard');
    expect(param(page, 'view')).toBe('ends');
    const again = await openPage(browser, page.url(), LAPTOP);
    await again.page.locator('#view-toggle').waitFor();
    expect(await again.page.locator('#view-ends').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });

  it('plain FTP has no toggle: the password is readable on the wire', async () => {
    const { step, packet } = passStep(ftpPassive);
    const { page, errors } = await openPage(
      browser,
      `${app.url}#/ftp/passive?step=${step}&level=expert&lang=en`,
      PHONE,
    );
    const plain = await envelope(page, packet.packet);
    expect(plain.text).toContain('PASS secret');
    expect(plain.locked).toBe(false);
    expect(plain.padlock).toBe(0);
    expect(await page.locator('#view-toggle').isHidden()).toBe(true);
    expect(param(page, 'view')).toBeNull();
    expect((await inspect(page, packet.packet)).sealed).toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('the overview of the ways to move a file', () => {
  const ways = transferOverview();

  it('is linked from its topic, shows one column per way with the measured facts, and links to each scene', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/ftp?lang=en`, LAPTOP);
    await page.locator('[data-page="overview"]').click();
    await page.locator('.ov-table').waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/ftp\/overview/);
    expect(await page.locator('h1').textContent()).toBe(en['overview.title']);
    expect(await page.locator('.ov-cards').isHidden()).toBe(true);
    const heads = await page.locator('.ov-table thead .ov-way').allTextContents();
    expect(heads).toHaveLength(ways.length);
    const connections = await page.locator('.ov-table tr[data-row="connections"] td').allTextContents();
    expect(connections).toEqual(ways.map((w) => String(w.connections)));
    const login = await page.locator('.ov-table tr[data-row="login"] td').allTextContents();
    expect(login[ways.findIndex((w) => w.scenario === 'ftp-passive')]).toBe(en['overview.readable']);
    expect(login[ways.findIndex((w) => w.scenario === 'sftp')]).toBe(en['overview.encrypted']);

    await page.locator('.ov-table a[data-way="ftps-passive"]').click();
    await page.locator('#stage g.node').first().waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/ftp\/ftps-passive\?/);
    expect(await page.locator('#scene-title').textContent()).toBe(en['scene.ftps-passive.title']);
    expect(errors).toEqual([]);
  });

  it('reads as cards on a phone and follows a change of language', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/ftp/overview?lang=en`, PHONE);
    await page.locator('.ov-cards').waitFor();
    expect(await page.locator('.ov-table').isHidden()).toBe(true);
    expect(await page.locator('.ov-card').count()).toBe(ways.length);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(wide).toBe(false);
    await page.selectOption('#lang-picker', 'de');
    await expect.poll(() => page.locator('h1').textContent()).toBe(de['overview.title']);
    expect(param(page, 'lang')).toBe('de');
    const labels = await page.locator('.ov-card').first().locator('dt').allTextContents();
    expect(labels).toContain(de['overview.row.login']);
    await page.locator('.ov-card[data-way="sftp"] .ov-watch').click();
    await page.locator('#stage g.node').first().waitFor();
    expect(await page.locator('#scene-title').textContent()).toBe(de['scene.sftp.title']);
    expect(errors).toEqual([]);
  });
});
