import { describe, expect, test } from 'vitest';
import type { ConnectionEvent, WireEvent } from '../core/trace.ts';
import { httpDownload } from './http.ts';

describe('http-download', () => {
  const trace = httpDownload.run({ files: 2, seed: 4 });
  const conns = trace.events.filter((e): e is ConnectionEvent => e.type === 'connection');
  const wire = trace.events.filter(
    (e): e is WireEvent => e.type === 'wire' && e.link === trace.meta.captureLink,
  );

  test('one TCP connection to port 80 carries every file', () => {
    expect(conns).toHaveLength(1);
    expect(conns[0]).toMatchObject({ protocol: 'tcp', purpose: 'http', server: { port: 80 } });
  });

  test('a GET and a 200 per file, on the same connection, in order', () => {
    const messages = wire.filter((e) => e.app).map((e) => e.app?.text);
    expect(messages).toEqual([
      'GET /a.txt HTTP/1.1',
      'HTTP/1.1 200 OK',
      'GET /b.txt HTTP/1.1',
      'HTTP/1.1 200 OK',
    ]);
  });

  test('the server sends the bytes of both files and the headers', () => {
    const fromServer = wire
      .filter((e) => e.from === 'router')
      .reduce((n, e) => n + (e.tcp?.payloadLength ?? 0), 0);
    expect(fromServer).toBeGreaterThan(1200 + 2600);
  });
});
