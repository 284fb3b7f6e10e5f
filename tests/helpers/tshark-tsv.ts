/**
 * Reads the `.tshark.tsv` files stored beside the reference captures: what tshark itself says about each
 * frame, so that tests compare against an independent dissector rather than against our own reader.
 */
import { readFileSync } from 'node:fs';
import { formatFlags } from '../../src/core/packet.ts';

export interface TsharkRow {
  frame: number;
  time: number;
  src: string;
  dst: string;
  sport: number | null;
  dport: number | null;
  /** Flags as the command line names them (`SYN,ACK`), empty for non-TCP frames. */
  flags: string;
  seq: number | null;
  ack: number | null;
  len: number | null;
  /** `USER learner` or `331 Please specify the password.`; empty when the frame has no FTP line. */
  ftp: string;
  tcp: boolean;
}

export function readTsharkTsv(path: string): TsharkRow[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const names = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const get = (name: string) => cells[names.indexOf(name)] ?? '';
    const num = (name: string) => (get(name) === '' ? null : Number(get(name).split(',')[0]));
    const tcp = get('tcp.flags') !== '';
    const command = get('ftp.request.command');
    const code = get('ftp.response.code');
    let ftp = '';
    // A frame with several FTP lines lists them comma-separated; the first is what the packet list shows.
    if (command)
      ftp = [command.split(',')[0], get('ftp.request.arg').split(',')[0]].filter(Boolean).join(' ');
    else if (code) ftp = `${code.split(',')[0]} ${get('ftp.response.arg')}`.trim();
    return {
      frame: Number(get('frame.number')),
      time: Number(get('frame.time_relative')),
      src: get('ip.src') || get('ipv6.src'),
      dst: get('ip.dst') || get('ipv6.dst'),
      sport: num('tcp.srcport') ?? num('udp.srcport'),
      dport: num('tcp.dstport') ?? num('udp.dstport'),
      flags: tcp ? formatFlags(Number.parseInt(get('tcp.flags'), 16)) : '',
      seq: num('tcp.seq'),
      ack: num('tcp.ack'),
      len: num('tcp.len'),
      ftp,
      tcp,
    };
  });
}
