/**
 * What every browser test needs: the built app served on a free port, and a real Chromium driven by
 * playwright-core. The tests exercise the same files `npm start` serves.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createServer } from '../../scripts/serve.js';

export const APP_DIR = fileURLToPath(new URL('../../dist/app/', import.meta.url));
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../screenshots/', import.meta.url));

export const PHONE = { width: 390, height: 844 } as const;
export const LAPTOP = { width: 1440, height: 900 } as const;

export interface ServedApp {
  /** Ends with a slash: `http://127.0.0.1:PORT/`. */
  url: string;
  close(): Promise<void>;
}

export async function serveApp(root: string = APP_DIR): Promise<ServedApp> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No built app in ${root}: run \`npm run build\` before the browser tests.`);
  }
  const server = createServer(root);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions and console errors, so a test can insist the page ran cleanly. */
  errors: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = LAPTOP,
): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  // The page is small and local: anything slower than this is a failure, better reported soon.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** Saves what the viewport shows (or the whole page) as `screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
