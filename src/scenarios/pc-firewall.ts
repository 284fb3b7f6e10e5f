import type { Micros } from '../core/clock.ts';
import type { Host } from '../core/net/host.ts';
import type { Network } from '../core/net/network.ts';

export function installPcFirewall(net: Network, pc: Host, changeAfter: Micros | null): void {
  void net;
  void pc;
  void changeAfter;
}
