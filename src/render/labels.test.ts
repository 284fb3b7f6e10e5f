import { describe, expect, it } from 'vitest';
import type { WireEvent } from '../core/trace.ts';
import { ftpActive } from '../scenarios/ftp.ts';
import { carriedHint, packetLines } from './labels.ts';

describe('envelope labels', () => {
  const trace = ftpActive.run({ firewall: 'off', files: 1 });
  const data = trace.events.find(
    (e): e is WireEvent =>
      e.type === 'wire' && e.app?.protocol === 'ftp-data' && (e.tcp?.payloadLength ?? 0) > 0,
  );

  it('name the file a data segment carries at every level, with no English words around it', () => {
    if (!data) throw new Error('no FTP data segment in the trace');
    for (const level of ['elementary', 'standard', 'expert'] as const)
      expect(carriedHint(data, level)).toBe('a.txt');
    // The expert sees the size as the segment's length instead.
    const lines = packetLines(data, 'expert', undefined, 40);
    expect(lines.some((l) => l.includes(`len=${data.tcp?.payloadLength}`))).toBe(true);
    expect(lines.join(' ')).not.toMatch(/bytes/);
  });

  it('cut a line by columns, a full-width character taking two', () => {
    if (!data) throw new Error('no FTP data segment in the trace');
    const wide = { ...data, app: { ...data.app, file: '年度報告書の最終版.txt' } } as WireEvent;
    const [, hint] = packetLines(wide, 'standard', undefined, 12);
    expect(hint).toBe('年度報告書…');
  });
});
