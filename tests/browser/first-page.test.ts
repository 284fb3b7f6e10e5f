import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROW_COLUMNS } from '../../src/core/rows.ts';
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

async function scenarioIds(page: Page): Promise<string[]> {
  return page
    .locator('#scenario option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
}

/**
 * Waits for the list of packets (its code arrives as a chunk of its own) to fill its menu, then fails with
 * the list of what exists rather than after a selector timeout.
 */
async function requireScenario(page: Page, id: string): Promise<void> {
  await page.locator('#scenario option').first().waitFor({ state: 'attached' });
  expect(await scenarioIds(page), `scenario ${id} in the menu`).toContain(id);
}

async function tableText(page: Page): Promise<string[][]> {
  return page
    .locator('#packets tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent ?? '')),
    );
}

const PACKETS = '#/trace/ftp-active';

describe('the list of packets', () => {
  it('has a title, a main landmark, and labelled controls', async () => {
    const { page, errors } = await openPage(browser, `${app.url}${PACKETS}`);
    await expect.poll(() => page.title()).toContain('TCP/IP Animation');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('h1').textContent()).toContain('FTP in active mode');
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.getByLabel('Scenario', { exact: true }).evaluate((e) => e.tagName)).toBe('SELECT');
    expect(await page.getByLabel('Seed', { exact: true }).evaluate((e) => e.tagName)).toBe('INPUT');
    const headers = await page.locator('#packets thead th').allTextContents();
    expect(headers).toEqual([...ROW_COLUMNS]);
    expect(await page.locator('#packets thead th[scope="col"]').count()).toBe(ROW_COLUMNS.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs ftp-passive in the page: the first packet is a SYN to port 21', async () => {
    const { page, errors } = await openPage(browser, `${app.url}${PACKETS}`);
    await requireScenario(page, 'ftp-passive');
    await page.selectOption('#scenario', 'ftp-passive');
    await page.waitForFunction(() => window.location.hash.startsWith('#/trace/ftp-passive'));
    const rows = await tableText(page);
    expect(rows.length).toBeGreaterThan(0);
    const first = rows[0] ?? [];
    const column = (name: (typeof ROW_COLUMNS)[number]) => first[ROW_COLUMNS.indexOf(name)];
    expect(column('flags')).toBe('SYN');
    expect(column('dport')).toBe('21');
    expect(column('frame')).toBe('1');
    const summary = (await page.locator('#summary').textContent()) ?? '';
    expect(summary).toMatch(
      new RegExp(`^A capture would record ${rows.length} packets?\\. They belong to \\d+ connections?\\.`),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a switch in the link, and the link opens the same run', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/trace/ftp-passive`);
    await requireScenario(page, 'ftp-passive');
    const selects = page.locator('select[id^="switch-"]');
    expect(await selects.count()).toBeGreaterThan(0);
    // The file count is the switch a teacher most often changes; any switch will do if it is missing.
    const select =
      (await page.locator('#switch-files').count()) > 0 ? page.locator('#switch-files') : selects.first();
    const name = (await select.getAttribute('name')) ?? '';
    const values = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values.length).toBeGreaterThan(1);
    const current = await select.inputValue();
    const other = values.find((v) => v !== current) as string;
    await select.selectOption(other);
    await page.waitForFunction(
      (part) => window.location.hash.includes(part),
      `${name}=${encodeURIComponent(other)}`,
    );
    const link = page.url();
    const rows = await tableText(page);

    const reopened = await openPage(browser, link);
    expect(await reopened.page.locator(`#switch-${name}`).inputValue()).toBe(other);
    expect(await reopened.page.locator('#link-problems').isVisible()).toBe(false);
    expect(await tableText(reopened.page)).toEqual(rows);
    expect(reopened.page.url()).toBe(link);
    expect(errors).toEqual([]);
    expect(reopened.errors).toEqual([]);
    await reopened.page.close();
    await page.close();
  });

  it('opens a count from a link even when the menu does not suggest it', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/trace/ftp-passive?files=4&seed=2`);
    await requireScenario(page, 'ftp-passive');
    expect(await page.locator('#switch-files').inputValue()).toBe('4');
    expect(await page.locator('#link-problems').isVisible()).toBe(false);
    expect(page.url()).toContain('files=4');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the seed in the link', async () => {
    const { page } = await openPage(browser, `${app.url}${PACKETS}`);
    // Whatever scenario opens first, the seed is always part of its link.
    await page.fill('#seed', '7');
    await page.press('#seed', 'Enter');
    await page.waitForFunction(() => window.location.hash.endsWith('seed=7'));
    const reopened = await openPage(browser, page.url());
    expect(await reopened.page.locator('#seed').inputValue()).toBe('7');
    await reopened.page.close();
    await page.close();
  });

  it('explains a link to an unknown scenario and still shows the page', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/trace/no-such-scenario?files=2`);
    const problems = page.locator('#link-problems');
    await expect.poll(() => problems.isVisible()).toBe(true);
    expect(await problems.textContent()).toContain('no-such-scenario');
    expect(await page.getByLabel('Scenario', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await screenshot(page, 'packets-wrong-link-laptop');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links to the same run in the player', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/trace/ftp-passive?files=3&seed=4`);
    const watch = page.locator('#watch-link');
    await expect.poll(() => watch.getAttribute('href')).toContain('#/ftp/passive?');
    const href = (await watch.getAttribute('href')) ?? '';
    expect(href).toContain('files=3');
    expect(href).toContain('seed=4');
    await watch.click();
    await page.locator('#stage .node').first().waitFor();
    expect(await page.locator('#switch-files').inputValue()).toBe('3');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains a bad seed, runs with the default one, and corrects the address', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/trace/ftp-passive?seed=banana`);
    await requireScenario(page, 'ftp-passive');
    const problems = page.locator('#link-problems');
    await expect.poll(() => problems.isVisible()).toBe(true);
    expect(await problems.textContent()).toContain('banana');
    expect(await page.locator('#seed').inputValue()).toBe('1');
    expect(page.url()).toContain('#/trace/ftp-passive?');
    expect(page.url()).toMatch(/seed=1$/);
    expect((await tableText(page)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone and a laptop, with the table scrolling inside its box', async () => {
    for (const [label, viewport] of [
      ['phone', PHONE],
      ['laptop', LAPTOP],
    ] as const) {
      const { page, errors } = await openPage(browser, `${app.url}#/trace/ftp-passive`, viewport);
      await page.locator('#scenario').waitFor();
      await page.locator('#packets tbody tr').first().waitFor();
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth, label).toBeLessThanOrEqual(viewport.width);
      if (label === 'phone') {
        // Eleven columns cannot fit 390 pixels: the table's own box must scroll, not the page.
        const box = await page.locator('.table-wrap').evaluate((e) => ({
          scroll: e.scrollWidth,
          client: e.clientWidth,
          overflow: getComputedStyle(e).overflowX,
        }));
        expect(box.scroll).toBeGreaterThan(box.client);
        expect(box.overflow).toBe('auto');
      }
      await screenshot(page, `packets-${label}`);
      expect(errors, label).toEqual([]);
      await page.close();
    }
  });
});
