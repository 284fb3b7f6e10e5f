/**
 * Every real capture in the fixture folders, read by the importer and compared packet by packet with what
 * tshark printed for it: frame numbers, addresses, ports, flags, relative sequence and acknowledgement
 * numbers, payload lengths, FTP commands and reply codes (and, where the listing has them, times, stream
 * numbers and retransmission marks).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCapture, importCaptureStream } from '../../src/capture/import.ts';
import { rowsToTsv, traceToRows } from '../../src/core/rows.ts';
import { findFixtures } from './fixtures.ts';
import { compareWithTshark } from './tshark.ts';

const fixtures = [...findFixtures('tests/fixtures/captures'), ...findFixtures('tests/capture/fixtures')];

describe('real captures agree with tshark', () => {
  it('has fixtures to compare', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const f of fixtures) {
    it(f.name, async () => {
      // Small chunks, so that records and blocks straddle chunk boundaries as they do in a file stream.
      const streamed = await importCaptureStream(createReadStream(f.capture, { highWaterMark: 997 }), f.name);
      expect(streamed.error).toBeUndefined();
      expect(compareWithTshark(streamed.trace, readFileSync(f.tsv, 'utf8'))).toEqual([]);
      const whole = importCapture(new Uint8Array(readFileSync(f.capture)), f.name);
      expect(rowsToTsv(traceToRows(whole.trace))).toBe(rowsToTsv(traceToRows(streamed.trace)));
    });
  }
});
