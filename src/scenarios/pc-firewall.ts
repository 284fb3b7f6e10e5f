/**
 * The PC's own firewall, as an operating system ships it: answers to what the PC asked for come in,
 * anything else that tries to connect from outside is dropped without a word. In active FTP that includes
 * the server's data connection, until the person at the PC changes the setting.
 */

import { FTP_ACTIVE_DATA_PORT } from '../core/apps/ftp/protocol.ts';
import type { Micros } from '../core/clock.ts';
import {
  type Firewall,
  type FirewallRule,
  installFirewall,
  personalFirewall,
} from '../core/firewall/index.ts';
import type { Host } from '../core/net/host.ts';
import type { Network } from '../core/net/network.ts';

export const ALLOW_FTP_DATA_RULE: FirewallRule = {
  id: 'allow-ftp-data',
  direction: 'in',
  protocol: 'tcp',
  srcPort: FTP_ACTIVE_DATA_PORT,
  state: ['new'],
  action: 'allow',
  description: 'The user allowed incoming FTP data connections, which servers open from port 20.',
};

/**
 * Installs the personal firewall on `pc`. With `changeAfter`, the person notices the first connection the
 * firewall stopped and, that long afterwards, allows FTP data connections in.
 */
export function installPcFirewall(net: Network, pc: Host, changeAfter: Micros | null): Firewall {
  const firewall = installFirewall(pc, personalFirewall());
  if (changeAfter === null) return firewall;
  let noticed = false;
  net.recorder.watch((event) => {
    if (noticed || event.type !== 'firewall' || event.node !== pc.id || event.verdict === 'allow') return;
    if (event.direction !== 'in') return;
    noticed = true;
    net.clock.after(changeAfter, () => {
      net.recorder.record({
        type: 'action',
        t: net.clock.now,
        node: pc.id,
        action: 'user-allows-ftp-data',
        params: { port: FTP_ACTIVE_DATA_PORT },
      });
      firewall.addRule(ALLOW_FTP_DATA_RULE);
    });
  });
  return firewall;
}
