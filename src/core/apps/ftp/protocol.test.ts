import { describe, expect, test } from 'vitest';
import {
  formatEprt,
  formatHostPort,
  LineReader,
  parseCommand,
  parseEprt,
  parseEpsvReply,
  parseHostPort,
  ReplyReader,
} from './protocol.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('FTP addresses on the control connection', () => {
  test('PORT and 227 carry the address as four numbers and the port as two bytes (RFC 959)', () => {
    expect(formatHostPort({ address: '192.0.2.10', port: 52177 })).toBe('192,0,2,10,203,209');
    expect(parseHostPort('Entering Passive Mode (203,0,113,10,156,70).')).toEqual({
      address: '203.0.113.10',
      port: 156 * 256 + 70,
    });
    expect(parseHostPort('1,2,3,4,5')).toBeNull();
    expect(parseHostPort('1,2,3,999,5,6')).toBeNull();
  });

  test('EPRT names the family and works for IPv6 (RFC 2428)', () => {
    expect(formatEprt({ address: '2001:db8:1::10', port: 50000 })).toBe('|2|2001:db8:1::10|50000|');
    expect(parseEprt('|2|2001:DB8:1:0::10|50000|')).toEqual({ address: '2001:db8:1::10', port: 50000 });
    expect(parseEprt('|1|192.0.2.1|21|')).toEqual({ address: '192.0.2.1', port: 21 });
    expect(parseEprt('|1|2001:db8::1|21|')).toBeNull();
    expect(parseEprt('|3|192.0.2.1|21|')).toBeNull();
    expect(parseEprt('|1|192.0.2.1|70000|')).toBeNull();
  });

  test('a 229 reply gives only the port', () => {
    expect(parseEpsvReply('229 Entering Extended Passive Mode (|||40001|)')).toBe(40001);
    expect(parseEpsvReply('229 Entering Extended Passive Mode (!!!40001!)')).toBe(40001);
    expect(parseEpsvReply('229 nothing here')).toBeNull();
  });
});

describe('lines and replies across segments', () => {
  test('a command split over two segments is read once it is complete', () => {
    const r = new LineReader();
    expect(r.push(bytes('RETR a.t'))).toEqual([]);
    expect(r.push(bytes('xt\r\nQUIT\r\n'))).toEqual(['RETR a.txt', 'QUIT']);
    expect(parseCommand('retr a.txt')).toMatchObject({ command: 'RETR', argument: 'a.txt' });
  });

  test('a multi-line reply ends at the line with the same code and a space', () => {
    const r = new ReplyReader();
    expect(r.push(bytes('211-Features:\r\n EPRT\r\n'))).toEqual([]);
    const [reply] = r.push(bytes(' EPSV\r\n211 End\r\n226 Done\r\n'));
    expect(reply).toMatchObject({ code: 211, text: '211-Features:\n EPRT\n EPSV\n211 End' });
  });
});
