/**
 * The seed's "SCP, SFTP" list, step by step, for the story tests: who acts, how the seed marks the TCP
 * flags, and the flags a real segment doing that carries. The list is an upload.
 */
import type { ExpectedStep } from './check.ts';

export const SEED_SSH: ReadonlyArray<ExpectedStep & { seed: string }> = [
  { actor: 'PC', seed: '', flags: '' }, // 1 uploads files with SSH
  { actor: 'PC', seed: '', flags: '' }, // 2 SSH encrypts what is sent
  { actor: 'PC', seed: 'SYN', flags: 'SYN' }, // 3 asks for the connection
  { actor: 'Server', seed: '', flags: '' }, // 4 SSH on the server decrypts
  { actor: 'Server', seed: '', flags: '' }, // 5 encryption is not repeated from here on
  { actor: 'Server', seed: 'ACK SYN', flags: 'SYN,ACK' }, // 6
  { actor: 'PC', seed: 'ACK', flags: 'ACK' }, // 7
  // 8 the password: every segment after the first SYN carries ACK, so the seed's (PSH) is PSH,ACK.
  { actor: 'PC', seed: 'PSH', flags: 'PSH,ACK' },
  { actor: 'Server', seed: 'ACK PSH', flags: 'PSH,ACK' }, // 9 login OK
  { actor: 'PC', seed: 'ACK PSH', flags: 'PSH,ACK' }, // 10 commands
  { actor: 'Server', seed: 'ACK PSH', flags: 'PSH,ACK' }, // 11 responses
  { actor: 'PC', seed: 'ACK PSH', flags: 'PSH,ACK' }, // 12 the file
  // 13 "received": the real receiver answers with SSH messages (STATUS OK, scp's zero byte) that carry the
  // ACK, so its segments are PSH,ACK, as the server's "(ACK) OK" answers are in the FTP chapters.
  { actor: 'Server', seed: 'ACK', flags: 'PSH,ACK' },
  { actor: 'PC', seed: 'FIN', flags: 'FIN,ACK' }, // 14
  // 15 the server may acknowledge the PC's FIN in the same segment as its own FIN (then 15 and 16 share it).
  { actor: 'Server', seed: 'ACK', flags: 'ACK', shareable: true },
  { actor: 'Server', seed: 'FIN', flags: 'FIN,ACK' }, // 16
  { actor: 'PC', seed: 'ACK', flags: 'ACK' }, // 17
];
