import { describe, expect, test } from 'vitest';
import { command } from '../apps/ftp/protocol.ts';
import { ipLayer, type SimPacket } from '../net/packet.ts';
import { TCP_ACK, TCP_PSH, type TcpLayer } from '../packet.ts';
import { adjustSegment, newSeqAdjust, noteResize, rewriteFtpCommands } from './ftp-helper.ts';

const ascii = (s: string) => new TextEncoder().encode(s);

function segment(seq: number, ack: number, len = 0): TcpLayer {
  return { srcPort: 50000, dstPort: 21, seq, ack, flags: TCP_ACK, window: 1000, payloadLength: len };
}

describe('sequence adjustment after a rewrite (nf_conntrack_seqadj)', () => {
  // The client's segment at 1000 carried 20 bytes; rewritten it carries 19. Then its segment at 1050 carried
  // 25 bytes and, rewritten, 27. Outside, the byte stream is one byte shorter after the first rewrite, one
  // byte longer after the second.
  const own = newSeqAdjust();
  const other = newSeqAdjust();
  noteResize(own, 1000, -1);

  test('the rewritten segment keeps its number; later ones move by the change', () => {
    expect(adjustSegment(segment(1000, 0), own, other).seq).toBe(1000);
    expect(adjustSegment(segment(1020, 0), own, other).seq).toBe(1019);
  });

  test('a retransmission of the rewritten segment changes nothing', () => {
    noteResize(own, 1000, -1);
    expect(own).toEqual({ correctionPos: 1000, offsetBefore: 0, offsetAfter: -1 });
    expect(adjustSegment(segment(1000, 0), own, other).seq).toBe(1000);
  });

  test('the other side’s acknowledgements are moved back into the client’s numbering', () => {
    // Outside, the end of the first rewritten segment is 1019; inside it is 1020.
    expect(adjustSegment(segment(7, 1019), other, own).ack).toBe(1020);
    expect(adjustSegment(segment(7, 1000), other, own).ack).toBe(1000);
  });

  test('a second rewrite adds to the first', () => {
    const a = { ...own };
    const b = newSeqAdjust();
    noteResize(a, 1050, 2);
    expect(adjustSegment(segment(1050, 0), a, b).seq).toBe(1049);
    expect(adjustSegment(segment(1075, 0), a, b).seq).toBe(1076);
    // Outside, the second segment spans 1049..1076; its end is 1075 inside, its start 1050.
    expect(adjustSegment(segment(7, 1076), b, a).ack).toBe(1075);
    expect(adjustSegment(segment(7, 1049), b, a).ack).toBe(1050);
  });

  test('numbers wrap around 2^32', () => {
    const w = newSeqAdjust();
    noteResize(w, 0xfffffff0, -2);
    expect(adjustSegment(segment(0x00000005, 0), w, newSeqAdjust()).seq).toBe(3);
    expect(adjustSegment(segment(9, 0x00000003), newSeqAdjust(), w).ack).toBe(5);
  });

  test('a segment without ACK keeps its acknowledgement field', () => {
    const t = { ...segment(1, 1019), flags: 0 };
    expect(adjustSegment(t, newSeqAdjust(), own).ack).toBe(1019);
  });
});

function controlPacket(line: string, app = true): SimPacket {
  const payload = ascii(line);
  const tcp: TcpLayer = { ...segment(1000, 5000, payload.length), flags: TCP_PSH | TCP_ACK };
  const p: SimPacket = {
    id: 1,
    ip: ipLayer('192.168.1.10', '203.0.113.10', 'tcp', 20 + payload.length, 64, 1),
    tcp,
    payload,
    conn: 'c1',
  };
  if (app) {
    const first = line.split('\r\n')[0] as string;
    const space = first.indexOf(' ');
    p.app = command(first.slice(0, space < 0 ? undefined : space), space < 0 ? '' : first.slice(space + 1));
  }
  return p;
}

describe('rewriting the client’s address announcements', () => {
  const reserveSame = (inside: { port: number }) => inside.port;

  test('EPRT gets the public address in the same format (RFC 2428)', () => {
    const p = controlPacket('EPRT |1|192.168.1.10|50001|\r\n');
    const r = rewriteFtpCommands(p, '192.168.1.10', '203.0.113.1', reserveSame);
    expect(new TextDecoder().decode(r?.packet.payload)).toBe('EPRT |1|203.0.113.1|50001|\r\n');
    expect(r?.delta).toBe(-1);
    expect(r?.packet.tcp?.payloadLength).toBe(p.payload.length - 1);
    expect(r?.packet.ip.totalLength).toBe(p.ip.totalLength - 1);
    expect(r?.packet.app).toEqual({
      protocol: 'ftp',
      kind: 'command',
      command: 'EPRT',
      argument: '|1|203.0.113.1|50001|',
      text: 'EPRT |1|203.0.113.1|50001|',
    });
    // The original packet, already recorded on the inside link, is left as it was.
    expect(new TextDecoder().decode(p.payload)).toBe('EPRT |1|192.168.1.10|50001|\r\n');
  });

  test('PORT gets another port when the router has to choose one', () => {
    const p = controlPacket('PORT 192,168,1,10,195,81\r\n');
    const r = rewriteFtpCommands(p, '192.168.1.10', '198.51.100.7', () => 50002);
    // 50002 = 195 * 256 + 82.
    expect(r?.rewrites).toEqual([
      {
        before: 'PORT 192,168,1,10,195,81',
        after: 'PORT 198,51,100,7,195,82',
        inside: { address: '192.168.1.10', port: 195 * 256 + 81 },
        publicPort: 50002,
      },
    ]);
    expect(r?.delta).toBe(0);
  });

  test('only the PORT line of a segment with several commands changes', () => {
    const p = controlPacket('NOOP\r\nPORT 192,168,1,10,195,81\r\nPWD\r\n');
    const r = rewriteFtpCommands(p, '192.168.1.10', '203.0.113.1', reserveSame);
    expect(new TextDecoder().decode(r?.packet.payload)).toBe('NOOP\r\nPORT 203,0,113,1,195,81\r\nPWD\r\n');
    expect(r?.packet.app?.text).toBe('NOOP');
  });

  test('nothing is rewritten for another host’s address, a cut line, a full port range or unreadable bytes', () => {
    const cases = [
      controlPacket('PORT 192,168,1,99,195,81\r\n'),
      controlPacket('PORT 192,168,1,10,195,81', false),
      {
        ...controlPacket('x'),
        payload: new Uint8Array([0x17, 0x03, 0x03, 0x00, 0x20, 0x50, 0x4f, 0x52, 0x54, 0x0a]),
      },
    ];
    for (const p of cases)
      expect(rewriteFtpCommands(p, '192.168.1.10', '203.0.113.1', reserveSame)).toBeNull();
    const full = controlPacket('PORT 192,168,1,10,195,81\r\n');
    expect(rewriteFtpCommands(full, '192.168.1.10', '203.0.113.1', () => null)).toBeNull();
  });
});
