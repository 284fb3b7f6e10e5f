/**
 * Opening a capture in a real Chromium: dropping a file on the page, playing it as a scene, its list of
 * packets, a truncated copy, a file that is no capture, and cancelling a large one. What the page should
 * show is worked out here in Node, from tshark's own reading of the file and from the story of its trace,
 * so the page is checked against independent answers rather than against itself.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINKTYPE_RAW } from '../../src/capture/frame.ts';
import { importCapture } from '../../src/capture/import.ts';
import { DEFAULT_LIMITS } from '../../src/capture/stream-import.ts';
import { captureCatalog, loadLanguage } from '../../src/i18n/index.ts';
import { buildStory } from '../../src/story/build.ts';
import { ROW_PX } from '../../src/ui/capture/packet-table.ts';
import { TcpConversation } from '../helpers/packets.ts';
import { writePcap } from '../helpers/pcap-writer.ts';
import { readTsharkTsv } from '../helpers/tshark-tsv.ts';
import { LAPTOP, launchChromium, openPage, PHONE, type ServedApp, screenshot, serveApp } from './harness.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/captures/ftp-active-firewall.pcapng', import.meta.url));
const FIXTURE_NAME = 'ftp-active-firewall.pcapng';
const TSHARK = readTsharkTsv(`${FIXTURE}.tshark.tsv`);
const IP_ROWS = TSHARK.filter((r) => r.src !== '');
const BYTES = new Uint8Array(readFileSync(FIXTURE));
/** Where the truncated copy is cut: inside the file's 30-somethingth packet block. */
const CUT = 5000;

let browser: Browser;
let app: ServedApp;
let scratch: string;
let large: { path: string; bytes: number };

/** The pcapng blocks of a little-endian file, walked by their length fields. */
function blocks(bytes: Uint8Array): Array<{ offset: number; type: number; end: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Array<{ offset: number; type: number; end: number }> = [];
  for (let at = 0; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at + 4, true);
    out.push({ offset: at, type: view.getUint32(at, true), end: at + length });
    at += length;
  }
  return out;
}

/**
 * About `target` bytes of small TCP segments in a pcap file, written batch by batch (a batch is one
 * conversation's packets, written again with later timestamps), so that the file never sits in memory.
 */
function writeLargeCapture(path: string, target: number): number {
  const conv = new TcpConversation({ address: '10.1.0.1', port: 40000 }, { address: '10.1.0.2', port: 5001 });
  const packets = [...conv.handshake()];
  for (let i = 0; i < 2000; i++) {
    packets.push(conv.send(true, `line ${i}\r\n`));
    packets.push(conv.ack(false));
  }
  const fd = openSync(path, 'w');
  let written = 0;
  try {
    for (let batch = 0; written < target; batch++) {
      const file = writePcap({
        linkType: LINKTYPE_RAW,
        records: packets.map((data, i) => ({ seconds: 1_700_000_000 + batch, fraction: i * 100, data })),
      });
      // Only the first batch keeps the 24-byte file header.
      const part = batch === 0 ? file : file.subarray(24);
      writeSync(fd, part);
      written += part.length;
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'tcpip-capture-'));
  const path = join(scratch, 'large.pcap');
  large = { path, bytes: writeLargeCapture(path, 50_000_000) };
  app = await serveApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Drops a file on the page the way a browser does when one is dragged in from the desktop. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const binary = atob(base64);
      const data = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name));
      return transfer;
    },
    { name, base64: Buffer.from(bytes).toString('base64') },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await dataTransfer.dispose();
}

async function narration(page: Page): Promise<{ step: string; text: string }> {
  return {
    step: (await page.locator('#narration .step-no').textContent()) ?? '',
    text: (await page.locator('#narration .step-text').textContent()) ?? '',
  };
}

async function stagePackets(page: Page): Promise<number[]> {
  return page
    .locator('#stage [data-packet]')
    .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-packet'))));
}

async function settled(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('#play').getAttribute('aria-pressed'), { timeout: 10_000 })
    .toBe('false');
}

function storyOf(bytes: Uint8Array) {
  const { trace } = importCapture(bytes, FIXTURE_NAME);
  return buildStory(trace, 'standard', 'en');
}

describe('opening a capture', () => {
  it('says the file stays on the computer, and offers a picker', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/capture`, LAPTOP);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Open a capture');
    expect(await page.locator('#capture-private').textContent()).toMatch(/never sends it anywhere/);
    expect(await page.locator('input[type=file]#capture-file').count()).toBe(1);
    expect(await page.getByText('Choose a capture file').isVisible()).toBe(true);
    expect(await page.locator('#crumbs [aria-current="page"]').textContent()).toBe('Your capture');
    const zone = page.locator('.capture-dropzone');
    expect(await zone.isVisible()).toBe(false);
    await screenshot(page, 'capture-open-laptop');
    // Dragging a file over the page says where it can go; leaving takes the hint away again.
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(4)], 'x.pcap'));
      return transfer;
    });
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    expect(await zone.isVisible()).toBe(true);
    expect(await zone.textContent()).toBe('Drop the capture to open it');
    await screenshot(page, 'capture-drag-laptop');
    await page.dispatchEvent('main', 'dragleave', { dataTransfer });
    expect(await zone.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays a dropped capture as a scene, told by its story, without sending it anywhere', async () => {
    const story = storyOf(BYTES);
    const { page, errors } = await openPage(browser, `${app.url}#/capture`, LAPTOP);
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET' || !r.url().startsWith(app.url)) sent.push(`${r.method()} ${r.url()}`);
    });
    await dropFile(page, FIXTURE_NAME, BYTES);

    await expect.poll(() => page.locator('#capture-summary').isVisible()).toBe(true);
    const summary = (await page.locator('#capture-summary').textContent()) ?? '';
    expect(summary).toContain(`A pcapng file of ${(BYTES.length / 1000).toFixed(1)} KB.`);
    expect(summary).toContain(`It holds ${TSHARK.length} frames.`);
    expect(summary).toContain(`${IP_ROWS.length} of them are IP packets.`);
    expect(await page.locator('#capture-error').isVisible()).toBe(false);
    expect(await page.locator('.capture-dropzone').isVisible()).toBe(false);
    expect(await page.locator('#scene-title').textContent()).toBe(FIXTURE_NAME);

    const first = story.steps[0];
    const second = story.steps[1];
    if (!first || !second) throw new Error('the story of the capture has fewer than two steps');
    await expect
      .poll(() => narration(page))
      .toEqual({ step: `Step 1 of ${story.steps.length}`, text: first.text });
    expect(await stagePackets(page)).toEqual(expect.arrayContaining(first.packets));
    expect(await page.locator('#stage .node-name').allTextContents()).toEqual(
      expect.arrayContaining(['PC', 'Server']),
    );

    await page.click('#next');
    await settled(page);
    await expect
      .poll(() => narration(page))
      .toEqual({ step: `Step 2 of ${story.steps.length}`, text: second.text });
    expect(await stagePackets(page)).toEqual(expect.arrayContaining(second.packets));
    expect(new URL(page.url()).hash).toContain('#/capture/play?step=2');

    // Playing moves on by itself to the next step.
    await page.click('#faster');
    await page.click('#faster');
    await page.click('#play');
    await expect
      .poll(() => narration(page).then((n) => n.step), { timeout: 15_000 })
      .toBe(`Step 3 of ${story.steps.length}`);
    await page.click('#play');
    await screenshot(page, 'capture-scene-laptop');

    // The inspector opens on a packet of the stage.
    await page.click('#prev');
    await settled(page);
    const id = (await stagePackets(page))[0];
    await page.locator(`#stage [data-packet="${id}"]`).first().click();
    await expect.poll(() => page.locator('#inspector').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#inspector-title').textContent()).toContain(String(id));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#inspector').getAttribute('open')).toBeNull();

    // The expert level tells every packet, with the ladder beside the stage.
    const expert = buildStory(importCapture(BYTES, FIXTURE_NAME).trace, 'expert', 'en');
    await page.click('label[for="level-expert"]');
    await expect
      .poll(() => page.locator('#narration .step-no').textContent())
      .toMatch(new RegExp(`^Step \\d+ of ${expert.steps.length}$`));
    expect(expert.steps.length).toBe(IP_ROWS.length);
    await expect.poll(() => page.locator('#ladder [data-packet]').count()).toBeGreaterThan(10);
    expect(new URL(page.url()).hash).toContain('level=expert');
    await screenshot(page, 'capture-expert-laptop');

    expect(sent).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists every packet in a table that writes only the rows in view', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/capture`, LAPTOP);
    await dropFile(page, FIXTURE_NAME, BYTES);
    await expect.poll(() => page.locator('#capture-summary').isVisible()).toBe(true);
    await page.click('#tab-packets');
    await expect.poll(() => page.locator('#capture-list').isVisible()).toBe(true);
    expect(await page.locator('#capture-packets').getAttribute('aria-rowcount')).toBe(
      String(IP_ROWS.length + 1),
    );
    const firstRow = await page.locator('#capture-packets tbody tr[aria-rowindex="2"] td').allTextContents();
    const t = IP_ROWS[0];
    expect(firstRow.slice(0, 11)).toEqual([
      String(t?.frame),
      t?.time.toFixed(6),
      t?.src,
      String(t?.sport),
      t?.dst,
      String(t?.dport),
      t?.flags,
      String(t?.seq),
      String(t?.ack),
      String(t?.len),
      '',
    ]);
    await page.locator('.capture-table-scroll').evaluate((s) => {
      s.scrollTop = s.scrollHeight;
    });
    const last = IP_ROWS[IP_ROWS.length - 1];
    await expect
      .poll(() =>
        page
          .locator(`#capture-packets tbody tr[aria-rowindex="${IP_ROWS.length + 1}"] td`)
          .first()
          .textContent(),
      )
      .toBe(String(last?.frame));
    await screenshot(page, 'capture-packets-laptop');
    // Back to the scene: the player comes back at the step it showed.
    await page.click('#tab-scene');
    await expect.poll(() => page.locator('#narration .step-no').textContent()).toMatch(/^Step 1 of/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says where a truncated file ends, and still plays the packets before it', async () => {
    const cutBytes = BYTES.slice(0, CUT);
    const all = blocks(BYTES);
    const broken = all.find((b) => b.offset < CUT && b.end > CUT);
    const complete = all.filter((b) => b.end <= CUT && b.type === 6).length;
    const before = TSHARK.slice(0, complete).filter((r) => r.src !== '');
    const story = buildStory(importCapture(cutBytes, 'cut.pcapng').trace, 'standard', 'en');

    const { page, errors } = await openPage(browser, `${app.url}#/capture`, LAPTOP);
    await page.setInputFiles('#capture-file', {
      name: 'cut.pcapng',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(cutBytes),
    });
    const error = page.locator('#capture-error');
    await expect.poll(() => error.isVisible()).toBe(true);
    const message = (await error.textContent()) ?? '';
    expect(message).toContain('damaged or cut short');
    expect(message).toContain(`At byte ${broken?.offset.toLocaleString('en')}:`);
    expect(message).toContain(`The ${before.length} packets before that point are shown`);
    expect(await page.locator('#capture-summary').textContent()).toContain(
      `The part read holds ${complete} frames. ${before.length} of them are IP packets.`,
    );
    await expect
      .poll(() => narration(page))
      .toEqual({
        step: `Step 1 of ${story.steps.length}`,
        text: story.steps[0]?.text,
      });
    expect((await stagePackets(page)).length).toBeGreaterThan(0);
    await page.click('#next');
    await settled(page);
    expect((await narration(page)).step).toBe(`Step 2 of ${story.steps.length}`);
    await screenshot(page, 'capture-truncated-laptop');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a file that is no capture, at byte 0, and the rest of the app still works', async () => {
    const { page, errors } = await openPage(browser, `${app.url}#/capture`, PHONE);
    await page.setInputFiles('#capture-file', {
      name: 'holiday.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('\xff\xd8\xff\xe0 not a capture at all', 'latin1'),
    });
    const error = page.locator('#capture-error');
    await expect.poll(() => error.isVisible()).toBe(true);
    const message = (await error.textContent()) ?? '';
    expect(message).toContain('not a pcap or pcapng capture');
    expect(message).toContain('At byte 0:');
    expect(message).not.toContain('packet');
    expect(await page.locator('#capture-view').isVisible()).toBe(false);
    await screenshot(page, 'capture-not-capture-phone');
    await page.click('#crumbs a[href="#/"]');
    await expect.poll(() => page.locator('[data-topic="ftp"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cancels a large capture: the progress stops and the page stays usable', async () => {
    expect(statSync(large.path).size).toBeGreaterThan(45_000_000);
    const { page, errors } = await openPage(browser, `${app.url}#/capture`, PHONE);
    // The longest wait between two frames while the file is read: a page that parsed it itself would
    // stand still for seconds.
    await page.evaluate(() => {
      const w = window as unknown as { longestFrame: number };
      w.longestFrame = 0;
      let last = performance.now();
      const tick = (now: number) => {
        if (document.querySelector('#capture-progress:not([hidden])'))
          w.longestFrame = Math.max(w.longestFrame, now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.setInputFiles('#capture-file', large.path);
    const bar = page.locator('#capture-bar');
    await expect.poll(() => page.locator('#capture-progress').isVisible()).toBe(true);
    expect(Number(await bar.getAttribute('max'))).toBe(large.bytes);
    await expect
      .poll(() => bar.evaluate((b) => (b as HTMLProgressElement).value), { interval: 20, timeout: 20_000 })
      .toBeGreaterThan(0);
    // Cancelled as soon as reading is seen to move, so that even a fast machine is still reading.
    await page.click('#capture-cancel');

    await expect.poll(() => page.locator('#capture-progress').isVisible(), { timeout: 5000 }).toBe(false);
    const longest = await page.evaluate(() => (window as unknown as { longestFrame: number }).longestFrame);
    expect(longest).toBeLessThan(2000);
    const info = (await page.locator('#capture-info').textContent()) ?? '';
    const stopped = /Reading was stopped after ([\d.]+) MB of ([\d.]+) MB/.exec(info);
    expect(stopped, info).not.toBeNull();
    expect(Number(stopped?.[2])).toBeCloseTo(large.bytes / 1e6, 1);
    expect(Number(stopped?.[1])).toBeLessThan(Number(stopped?.[2]));
    expect(await page.locator('#capture-error').isVisible()).toBe(false);
    expect(await page.locator('#capture-summary').textContent()).toMatch(
      /The part read holds [\d,]+ frames\./,
    );
    // What was read before the cancel is there, and the stage shows it.
    await expect.poll(() => page.locator('#narration .step-no').textContent()).toMatch(/^Step 1 of/);
    expect((await stagePackets(page)).length).toBeGreaterThan(0);
    await screenshot(page, 'capture-cancelled-phone');

    // The list of packets holds every packet read (up to its limit), yet only a screenful of rows is in the page.
    const summary = (await page.locator('#capture-summary').textContent()) ?? '';
    const packets = Number(/([\d,]+) of them are IP packets/.exec(summary)?.[1]?.replaceAll(',', ''));
    expect(packets).toBeGreaterThan(1000);
    const read = Math.min(packets, DEFAULT_LIMITS.tableRows);
    if (packets > DEFAULT_LIMITS.tableRows) {
      expect(info).toContain(`the list of packets shows the first ${read.toLocaleString('en')}`);
    }
    await page.click('#tab-packets');
    await expect.poll(() => page.locator('#capture-list').isVisible()).toBe(true);
    expect(await page.locator('#capture-packets').getAttribute('aria-rowcount')).toBe(String(read + 1));
    const middle = Math.floor(read / 2);
    await page.locator('.capture-table-scroll').evaluate((s, top) => {
      s.scrollTop = top;
    }, middle * ROW_PX);
    await expect
      .poll(() => page.locator(`#capture-packets tr[aria-rowindex="${middle + 2}"]`).count())
      .toBe(1);
    expect(await page.locator('#capture-packets tbody tr[aria-rowindex]').count()).toBeLessThan(120);

    // The page still opens the next file.
    await dropFile(page, FIXTURE_NAME, BYTES);
    await expect.poll(() => page.locator('#scene-title').textContent()).toBe(FIXTURE_NAME);
    await expect.poll(() => page.locator('#capture-info').isVisible()).toBe(false);
    const story = storyOf(BYTES);
    await expect
      .poll(() => narration(page))
      .toEqual({ step: `Step 1 of ${story.steps.length}`, text: story.steps[0]?.text });
    await screenshot(page, 'capture-scene-phone');
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(PHONE.width);
    await page.click('#tab-packets');
    await expect.poll(() => page.locator('#capture-list').isVisible()).toBe(true);
    await screenshot(page, 'capture-packets-phone');

    // Once more, for a picture of the progress while a file is read.
    await page.setInputFiles('#capture-file', large.path);
    await expect
      .poll(() => bar.evaluate((b) => (b as HTMLProgressElement).value), { interval: 20 })
      .toBeGreaterThan(0);
    await screenshot(page, 'capture-progress-phone');
    if (await page.locator('#capture-cancel').isEnabled()) await page.click('#capture-cancel');
    await expect.poll(() => page.locator('#capture-progress').isVisible(), { timeout: 5000 }).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('changing the language with a capture open', () => {
  it('keeps the file and the step, and only the words change', async () => {
    await loadLanguage('ja');
    const trace = importCapture(BYTES, FIXTURE_NAME).trace;
    const english = buildStory(trace, 'standard', 'en');
    const japanese = buildStory(trace, 'standard', 'ja');
    const { page, errors } = await openPage(browser, `${app.url}#/capture?lang=en`, PHONE);
    await dropFile(page, FIXTURE_NAME, BYTES);
    await expect.poll(() => page.locator('#capture-summary').isVisible()).toBe(true);
    await page.click('#next');
    await settled(page);
    await page.click('#next');
    await settled(page);
    await expect.poll(() => narration(page).then((n) => n.text)).toBe(english.steps[2]?.text);
    const summaryBefore = await page.locator('#capture-summary').textContent();

    await page.selectOption('#lang-picker', 'ja');
    await expect.poll(() => narration(page).then((n) => n.text)).toBe(japanese.steps[2]?.text);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    // The same file, at the same step, now told in Japanese.
    expect((await narration(page)).step).toContain('3');
    expect(await page.locator('#scene-title').textContent()).toBe(FIXTURE_NAME);
    const hash = new URL(page.url()).hash;
    expect(hash).toContain('step=3');
    expect(hash).toContain('lang=ja');
    expect(await page.locator('#capture-info').textContent()).not.toContain(
      captureCatalog('ja')['capture.reopen'] as string,
    );
    const summaryAfter = (await page.locator('#capture-summary').textContent()) ?? '';
    expect(summaryAfter).not.toBe(summaryBefore);
    expect(summaryAfter).toContain(String(IP_ROWS.length));
    expect(await page.locator('#tab-packets').textContent()).toBe(
      captureCatalog('ja')['capture.viewPackets'],
    );

    // The list of packets still holds the file's rows, under a Japanese caption.
    await page.click('#tab-packets');
    await expect
      .poll(() => page.locator('#capture-packets tbody tr:not(.spacer)').count())
      .toBeGreaterThan(10);
    expect(await page.locator('#capture-table-caption').textContent()).toBe(
      captureCatalog('ja')['capture.tableCaption'],
    );
    await screenshot(page, 'capture-relanguage-ja-phone');
    expect(errors).toEqual([]);
    await page.close();
  });
});
