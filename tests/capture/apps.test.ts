import { describe, expect, it } from 'vitest';
import { parseDns } from '../../src/capture/apps/dns.ts';
import { type DataChannel, FtpDataSession, FtpSession } from '../../src/capture/apps/ftp.ts';
import { HttpSession } from '../../src/capture/apps/http.ts';
import { LineReader } from '../../src/capture/apps/lines.ts';
import type { AppSession } from '../../src/capture/apps/session.ts';
import { SshSession } from '../../src/capture/apps/ssh.ts';
import { TlsSession } from '../../src/capture/apps/tls.ts';
import type { AppMessage } from '../../src/core/packet.ts';
import type { ConnectionEvent } from '../../src/core/trace.ts';
import { ascii, concat } from '../helpers/packets.ts';

/** Pushes `text` split into pieces of `size` bytes; returns the messages per piece. */
function pieces(session: AppSession, fromClient: boolean, bytes: Uint8Array, size: number): AppMessage[][] {
  const out: AppMessage[][] = [];
  for (let i = 0; i < bytes.length; i += size)
    out.push(session.data(fromClient, bytes.subarray(i, i + size)));
  return out;
}

const texts = (messages: AppMessage[]) => messages.map((m) => m.text);
const fieldsOf = (m: AppMessage | undefined) => (m && 'fields' in m ? m.fields : undefined);

describe('LineReader', () => {
  it('splits CRLF and LF lines across pushes and keeps the unfinished one', () => {
    const r = new LineReader();
    r.feed(ascii('USER a\r\nPA'));
    expect(r.next()).toBe('USER a');
    expect(r.next()).toBeUndefined();
    r.feed(ascii('SS b\nQU'));
    expect(r.next()).toBe('PASS b');
    expect(r.next()).toBeUndefined();
    expect(new TextDecoder().decode(r.rest())).toBe('QU');
  });

  it('drops a line longer than its limit, up to its end', () => {
    const r = new LineReader(10);
    r.feed(ascii('x'.repeat(25)));
    expect(r.next()).toBeUndefined();
    r.feed(ascii('yyy\nok\n'));
    expect(r.next()).toBe('ok');
  });
});

function control(): { session: FtpSession; channels: DataChannel[]; event: ConnectionEvent } {
  const event: ConnectionEvent = {
    type: 'connection',
    t: 0,
    conn: 'c1',
    protocol: 'tcp',
    client: { node: 'h1', address: '192.0.2.1', port: 40000 },
    server: { node: 'h2', address: '192.0.2.2', port: 21 },
  };
  const channels: DataChannel[] = [];
  return { session: new FtpSession({ control: event, expect: (c) => channels.push(c) }), channels, event };
}

describe('FTP control', () => {
  it('turns lines into commands and replies', () => {
    const { session } = control();
    expect(session.data(false, ascii('220 (vsFTPd 3.0.3)\r\n'))).toEqual([
      { protocol: 'ftp', kind: 'reply', code: 220, text: '220 (vsFTPd 3.0.3)' },
    ]);
    expect(session.data(true, ascii('user anonymous\r\n'))).toEqual([
      { protocol: 'ftp', kind: 'command', command: 'USER', argument: 'anonymous', text: 'user anonymous' },
    ]);
    expect(session.data(true, ascii('NOOP\r\n'))).toEqual([
      { protocol: 'ftp', kind: 'command', command: 'NOOP', argument: '', text: 'NOOP' },
    ]);
  });

  it('reports a line on the push that carries its end', () => {
    const { session } = control();
    const got = pieces(session, true, ascii('RETR a.txt\r\n'), 4);
    expect(got.slice(0, -1).every((m) => m.length === 0)).toBe(true);
    expect(got.at(-1)?.[0]).toMatchObject({ command: 'RETR', argument: 'a.txt' });
  });

  it('keeps the lines of a multi-line reply together, and a codeless line that starts a push is text', () => {
    const { session } = control();
    const whole = session.data(false, ascii('211-Features:\r\n EPRT\r\n EPSV\r\n211 End\r\n'));
    expect(whole).toEqual([
      { protocol: 'ftp', kind: 'reply', code: 211, text: '211-Features:\n EPRT\n EPSV\n211 End' },
    ]);
    expect(session.data(false, ascii('230-Welcome\r\n'))).toEqual([
      { protocol: 'ftp', kind: 'reply', code: 230, text: '230-Welcome' },
    ]);
    expect(session.data(false, ascii(' be nice\r\n'))).toEqual([
      { protocol: 'ftp', kind: 'text', text: ' be nice' },
    ]);
    // Still inside the reply: a line with another code does not end it.
    expect(session.data(false, ascii('999 not the end\r\n230 Logged in.\r\n'))).toEqual([
      { protocol: 'ftp', kind: 'reply', code: 999, text: '999 not the end\n230 Logged in.' },
    ]);
    // Over: a new reply.
    expect(session.data(false, ascii('200 OK\r\n'))).toEqual([
      { protocol: 'ftp', kind: 'reply', code: 200, text: '200 OK' },
    ]);
  });

  it('announces data connections for PASV, EPSV, PORT and EPRT, named by the next transfer command', () => {
    const { session, channels } = control();
    session.data(true, ascii('PASV\r\n'));
    session.data(false, ascii('227 Entering Passive Mode (192,0,2,2,156,64).\r\n'));
    session.data(true, ascii('EPSV\r\n'));
    session.data(false, ascii('229 Entering Extended Passive Mode (|||40010|)\r\n'));
    session.data(true, ascii('PORT 192,0,2,1,195,80\r\n'));
    session.data(true, ascii('EPRT |2|2001:DB8::1|5282|\r\n'));
    expect(channels.map((c) => c.listener)).toEqual([
      { address: '192.0.2.2', port: 156 * 256 + 64 },
      { address: '192.0.2.2', port: 40010 },
      { address: '192.0.2.1', port: 195 * 256 + 80 },
      { address: '2001:db8::1', port: 5282 },
    ]);
    expect(channels.every((c) => c.control === 'c1' && c.hosts.join() === '192.0.2.1,192.0.2.2')).toBe(true);
    session.data(true, ascii('RETR a.txt\r\n'));
    session.data(true, ascii('LIST\r\n'));
    expect(channels.map((c) => [c.command, c.argument])).toEqual([
      ['RETR', 'a.txt'],
      ['LIST', ''],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('names a data connection seen before its transfer command when the command comes', () => {
    const { session, channels } = control();
    session.data(false, ascii('227 Entering Passive Mode (192,0,2,2,4,1).\r\n'));
    const data: ConnectionEvent = { ...control().event, conn: 'c2', purpose: 'ftp-data' };
    (channels[0] as DataChannel).connection = data;
    session.data(true, ascii('STOR b.bin\r\n'));
    expect(data.label).toBe('data b.bin');
  });

  it('reads TLS after AUTH TLS and 234, from the byte after the reply', () => {
    const { session } = control();
    session.data(true, ascii('AUTH TLS\r\n'));
    const serverHello = tlsRecord(22, handshake(2, 70));
    const got = session.data(false, concat(ascii('234 Proceed with negotiation.\r\n'), serverHello));
    expect(texts(got)).toEqual(['234 Proceed with negotiation.', 'TLS ServerHello']);
    expect(texts(session.data(true, tlsRecord(22, handshake(1, 200))))).toEqual(['TLS ClientHello']);
  });

  it('does not start TLS on a 234 nobody asked for', () => {
    const { session } = control();
    expect(texts(session.data(false, ascii('234 odd\r\nUSER x\r\n')))).toEqual(['234 odd', 'USER x']);
  });
});

describe('FTP data', () => {
  it('names the bytes by the file of the transfer', () => {
    const channel: DataChannel = {
      control: 'c1',
      listener: { address: 'a', port: 1 },
      hosts: ['a', 'b'],
      command: 'RETR',
      argument: 'a.txt',
    };
    const session = new FtpDataSession(channel);
    expect(session.data(false, new Uint8Array(1448))).toEqual([
      { protocol: 'ftp-data', kind: 'data', file: 'a.txt', text: 'a.txt len=1448' },
    ]);
    channel.command = 'LIST';
    expect(session.data(false, new Uint8Array(3))[0]).toMatchObject({
      file: 'listing',
      text: 'listing len=3',
    });
  });

  it('reads TLS records on a protected data connection', () => {
    const session = new FtpDataSession({
      control: 'c1',
      listener: { address: 'a', port: 1 },
      hosts: ['a', 'b'],
    });
    expect(texts(session.data(true, tlsRecord(22, handshake(1, 100))))).toEqual(['TLS ClientHello']);
  });
});

function handshake(type: number, bodyLength: number, body?: Uint8Array): Uint8Array {
  const b = body ?? new Uint8Array(bodyLength);
  return concat(new Uint8Array([type, (b.length >> 16) & 0xff, (b.length >> 8) & 0xff, b.length & 0xff]), b);
}

function tlsRecord(type: number, body: Uint8Array, version = 0x0303): Uint8Array {
  return concat(
    new Uint8Array([type, version >> 8, version & 0xff, body.length >> 8, body.length & 0xff]),
    body,
  );
}

describe('TLS', () => {
  it('names records and handshake messages, one byte at a time or all at once', () => {
    const flight = concat(
      tlsRecord(22, concat(handshake(2, 60), handshake(11, 900), handshake(12, 300), handshake(14, 0))),
    );
    const once = new TlsSession().data(false, flight);
    expect(once).toEqual([
      {
        protocol: 'tls',
        kind: 'handshake',
        text: 'TLS ServerHello, Certificate, ServerKeyExchange, ServerHelloDone',
        fields: { contentTypes: '22', handshakeTypes: '2,11,12,14' },
      },
    ]);
    const slow = pieces(new TlsSession(), false, flight, 1);
    expect(slow.slice(0, -1).every((m) => m.length === 0)).toBe(true);
    expect(slow.at(-1)).toEqual(once);
  });

  it('says Encrypted Handshake after ChangeCipherSpec, and counts repeated records', () => {
    const s = new TlsSession();
    const finished = tlsRecord(22, new Uint8Array(40).fill(0xa7));
    const got = s.data(true, concat(tlsRecord(20, new Uint8Array([1])), finished));
    expect(texts(got)).toEqual(['TLS ChangeCipherSpec, Encrypted Handshake']);
    expect(fieldsOf(got[0])).toEqual({ contentTypes: '20,22' });
    expect(
      texts(
        s.data(
          true,
          concat(
            tlsRecord(23, new Uint8Array(30)),
            tlsRecord(23, new Uint8Array(30)),
            tlsRecord(21, new Uint8Array(26)),
          ),
        ),
      ),
    ).toEqual(['TLS Application Data ×2, Encrypted Alert']);
  });

  it('follows a handshake message across records', () => {
    const cert = handshake(11, 20000);
    const s = new TlsSession();
    expect(texts(s.data(false, tlsRecord(22, cert.subarray(0, 16000))))).toEqual(['TLS Certificate']);
    expect(texts(s.data(false, tlsRecord(22, concat(cert.subarray(16000), handshake(14, 0)))))).toEqual([
      'TLS ServerHelloDone',
    ]);
  });

  it('tells a HelloRetryRequest from a ServerHello, and a clear handshake after a TLS 1.3 ChangeCipherSpec', () => {
    const hrrRandom = [
      0xcf, 0x21, 0xad, 0x74, 0xe5, 0x9a, 0x61, 0x11, 0xbe, 0x1d, 0x8c, 0x02, 0x1e, 0x65, 0xb8, 0x91, 0xc2,
      0xa2, 0x11, 0x16, 0x7a, 0xbb, 0x8c, 0x5e, 0x07, 0x9e, 0x09, 0xe2, 0xc8, 0xa8, 0x33, 0x9c,
    ];
    const s = new TlsSession();
    const hrr = handshake(
      2,
      0,
      concat(new Uint8Array([3, 3]), new Uint8Array(hrrRandom), new Uint8Array(20)),
    );
    expect(texts(s.data(false, concat(tlsRecord(22, hrr), tlsRecord(20, new Uint8Array([1])))))).toEqual([
      'TLS HelloRetryRequest, ChangeCipherSpec',
    ]);
    expect(texts(s.data(false, tlsRecord(22, handshake(2, 80))))).toEqual(['TLS ServerHello']);
  });

  it('names an alert in clear', () => {
    expect(texts(new TlsSession().data(true, tlsRecord(21, new Uint8Array([2, 40]))))).toEqual([
      'TLS Alert (handshake_failure)',
    ]);
  });

  it('stops at bytes that are no record, and starts again at a segment that begins with one', () => {
    const s = new TlsSession();
    expect(s.data(true, ascii('GET / HTTP/1.1\r\n'))).toEqual([]);
    expect(
      s.data(true, concat(new Uint8Array([1, 2, 3, 4, 5, 6]), tlsRecord(23, new Uint8Array(5)))),
    ).toEqual([]);
    expect(texts(s.data(true, tlsRecord(23, new Uint8Array(5))))).toEqual(['TLS Application Data']);
    // After bytes missing from the capture, the record in progress is given up.
    s.data(true, tlsRecord(23, new Uint8Array(50)).subarray(0, 20));
    s.gap(true);
    expect(s.data(true, new Uint8Array(30))).toEqual([]);
    expect(texts(s.data(true, tlsRecord(21, new Uint8Array(2))))).toEqual(['TLS Alert (close_notify)']);
  });
});

function sshPacket(message: number, payloadLength: number): Uint8Array {
  const padding = 4;
  const length = 1 + 1 + payloadLength + padding;
  return concat(
    new Uint8Array([
      length >>> 24,
      (length >> 16) & 0xff,
      (length >> 8) & 0xff,
      length & 0xff,
      padding,
      message,
    ]),
    new Uint8Array(payloadLength + padding),
  );
}

describe('SSH', () => {
  it('reads the version, then message numbers up to NEWKEYS, then encrypted packets', () => {
    const s = new SshSession();
    expect(s.data(false, ascii('SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n'))).toEqual([
      { protocol: 'ssh', kind: 'version', text: 'SSH-2.0-OpenSSH_9.2p1 Debian-2' },
    ]);
    const kexinit = sshPacket(20, 1000);
    const got = pieces(s, false, kexinit, 300);
    expect(got.slice(0, -1).every((m) => m.length === 0)).toBe(true);
    expect(got.at(-1)).toEqual([{ protocol: 'ssh', kind: 'kex', text: 'SSH KEXINIT' }]);
    expect(texts(s.data(false, concat(sshPacket(31, 500), sshPacket(21, 0), new Uint8Array(64))))).toEqual([
      'SSH KEX_ECDH_REPLY, NEWKEYS',
      'SSH Encrypted packet',
    ]);
    expect(texts(s.data(false, new Uint8Array(100)))).toEqual(['SSH Encrypted packet']);
  });

  it('reads a version line and KEXINIT in one segment, after other banner lines', () => {
    const s = new SshSession();
    expect(
      texts(s.data(true, concat(ascii('hello there\r\nSSH-2.0-client\r\n'), sshPacket(20, 10)))),
    ).toEqual(['SSH-2.0-client', 'SSH KEXINIT']);
  });

  it('gives up on a packet length no SSH implementation sends', () => {
    const s = new SshSession();
    s.data(true, ascii('SSH-2.0-x\r\n'));
    expect(s.data(true, new Uint8Array([0xff, 0xff, 0xff, 0xff, 4, 20, 0, 0]))).toEqual([]);
    expect(s.data(true, sshPacket(20, 10))).toEqual([]);
  });
});

describe('HTTP', () => {
  it('reports a request and a response on the bytes that complete them', () => {
    const s = new HttpSession();
    expect(s.data(true, ascii('GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n'))).toEqual([
      {
        protocol: 'http',
        kind: 'request',
        text: 'GET /index.html HTTP/1.1',
        fields: { method: 'GET', uri: '/index.html' },
      },
    ]);
    expect(s.data(false, ascii('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345'))).toEqual([]);
    expect(s.data(false, ascii('67890'))).toEqual([
      { protocol: 'http', kind: 'response', text: 'HTTP/1.1 200 OK', fields: { status: 200 } },
    ]);
  });

  it('follows chunked bodies, HEAD, 204 and 304, and keeps the connection going', () => {
    const s = new HttpSession();
    s.data(
      true,
      ascii('GET /a HTTP/1.1\r\n\r\nHEAD /b HTTP/1.1\r\n\r\nGET /c HTTP/1.1\r\n\r\nGET /d HTTP/1.1\r\n\r\n'),
    );
    const responses = ascii(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n3;ext=1\r\nefg\r\n0\r\nTrailer: x\r\n\r\n' +
        'HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n' +
        'HTTP/1.1 204 No Content\r\n\r\n' +
        'HTTP/1.1 304 Not Modified\r\nContent-Length: 99\r\n\r\n',
    );
    const got = pieces(s, false, responses, 7).flat();
    expect(got.map((m) => fieldsOf(m)?.status)).toEqual([200, 200, 204, 304]);
  });

  it('waits for the end of the connection when a response has no length', () => {
    const s = new HttpSession();
    s.data(true, ascii('GET / HTTP/1.0\r\n\r\n'));
    expect(s.data(false, ascii('HTTP/1.0 200 OK\r\n\r\nsome body'))).toEqual([]);
    expect(s.data(false, ascii('more body'))).toEqual([]);
    expect(texts(s.end(false))).toEqual(['HTTP/1.0 200 OK']);
  });

  it('passes over an interim 100 Continue', () => {
    const s = new HttpSession();
    s.data(true, ascii('PUT /f HTTP/1.1\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n'));
    expect(texts(s.data(false, ascii('HTTP/1.1 100 Continue\r\n\r\n')))).toEqual(['HTTP/1.1 100 Continue']);
    expect(texts(s.data(true, ascii('abc')))).toEqual(['PUT /f HTTP/1.1']);
    expect(texts(s.data(false, ascii('HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n')))).toEqual([
      'HTTP/1.1 201 Created',
    ]);
  });
});

describe('DNS', () => {
  const question = concat(
    new Uint8Array([3, ...ascii('www'), 7, ...ascii('example'), 4, ...ascii('test'), 0]),
    new Uint8Array([0, 1, 0, 1]),
  );

  it('reads a query', () => {
    const m = parseDns(concat(new Uint8Array([0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]), question));
    expect(m).toEqual({
      protocol: 'dns',
      kind: 'query',
      text: 'DNS query A www.example.test',
      fields: { id: 0x1234, questions: 1, answers: 0, name: 'www.example.test', type: 'A' },
    });
  });

  it('reads answers through compression pointers', () => {
    const answers = concat(
      new Uint8Array([0xc0, 0x0c, 0, 5, 0, 1, 0, 0, 0, 60, 0, 6, 3, ...ascii('web'), 0xc0, 0x10]),
      new Uint8Array([0xc0, 0x2e, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 80]),
    );
    const m = parseDns(
      concat(new Uint8Array([0x12, 0x34, 0x81, 0x80, 0, 1, 0, 2, 0, 0, 0, 0]), question, answers),
    );
    expect(m?.text).toBe('DNS response A www.example.test: CNAME web.example.test, 192.0.2.80');
    expect(m?.kind).toBe('response');
  });

  it('reports the error of a failed lookup', () => {
    const m = parseDns(concat(new Uint8Array([0, 1, 0x81, 0x83, 0, 1, 0, 0, 0, 0, 0, 0]), question));
    expect(m?.text).toBe('DNS response NXDOMAIN A www.example.test');
    expect(fieldsOf(m)?.rcode).toBe(3);
  });

  it('refuses pointer loops and cut messages', () => {
    const loop = concat(
      new Uint8Array([0, 1, 0x01, 0, 0, 1, 0, 0, 0, 0, 0, 0]),
      new Uint8Array([0xc0, 12, 0, 1, 0, 1]),
    );
    expect(parseDns(loop)).toBeUndefined();
    expect(parseDns(new Uint8Array(5))).toBeUndefined();
    expect(
      parseDns(concat(new Uint8Array([0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0]), question.subarray(0, 8))),
    ).toBeUndefined();
  });
});
