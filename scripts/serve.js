#!/usr/bin/env node
/**
 * Serves the built app (`dist/app`) with nothing but Node: the app is static files, so a learner needs no
 * extra server to run it. `PORT` chooses the port (default 4173); when it is taken the next ones are tried.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pcap': 'application/vnd.tcpdump.pcap',
  '.pcapng': 'application/octet-stream',
};

const DEFAULT_PORT = 4173;
/** Addresses a browser on this machine reaches as `localhost`. */
const LOCAL_HOSTS = new Set(['127.0.0.1', '::1', 'localhost', '0.0.0.0', '::']);
const PORT_ATTEMPTS = 20;

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} text */
function sendText(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(`${text}\n`);
}

/**
 * A static file server for `root`. Only files inside `root` are ever read: the decoded path is resolved and
 * checked against it, so `..` and encoded slashes cannot reach the rest of the disk.
 * @param {string} root
 */
export function createServer(root) {
  const base = resolve(root);
  return createHttpServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Method not allowed');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      sendText(res, 400, 'Bad request');
      return;
    }
    if (pathname.includes('\0')) {
      sendText(res, 400, 'Bad request');
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = resolve(join(base, pathname));
    if (!file.startsWith(base + sep)) {
      sendText(res, 404, 'Not found');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) {
        sendText(res, 404, 'Not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      sendText(res, 404, 'Not found');
    }
  });
}

/**
 * Listens on `port`, or on the next free one when it is taken. Resolves with the port in use.
 * @param {import('node:http').Server} server
 * @param {number} port
 * @param {string} [host]
 * @param {number} [attempts]
 * @returns {Promise<number>}
 */
export function listen(server, port, host, attempts = PORT_ATTEMPTS) {
  return new Promise((resolvePort, reject) => {
    let current = port;
    let left = attempts;
    const onError = (/** @type {NodeJS.ErrnoException} */ err) => {
      if (err.code === 'EADDRINUSE' && port !== 0 && left > 1 && current < 65535) {
        left -= 1;
        current += 1;
        server.listen(current, host);
        return;
      }
      server.off('listening', onListening);
      server.off('error', onError);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      resolvePort(typeof address === 'object' && address ? address.port : current);
    };
    server.on('error', onError);
    server.once('listening', onListening);
    server.listen(current, host);
  });
}

function parsePort(text) {
  if (text === undefined || text === '') return DEFAULT_PORT;
  if (!/^\d+$/.test(text) || Number(text) > 65535) return undefined;
  return Number(text);
}

async function main() {
  const root = fileURLToPath(new URL('../dist/app/', import.meta.url));
  if (!existsSync(join(root, 'index.html'))) {
    console.error(
      'The app is not built yet. Run `npm run build` first (or `npm start`, which builds and serves).',
    );
    process.exit(1);
  }
  const port = parsePort(process.env.PORT);
  if (port === undefined) {
    console.error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
    process.exit(2);
  }
  // Loopback only by default: the app is for the person at this machine. HOST=0.0.0.0 shares it on the network.
  const host = process.env.HOST || '127.0.0.1';
  const server = createServer(root);
  try {
    const used = await listen(server, port, host);
    const shown = LOCAL_HOSTS.has(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
    console.log(`TCP/IP Animation is running at http://${shown}:${used}/`);
  } catch (err) {
    console.error(`Could not start the server: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
