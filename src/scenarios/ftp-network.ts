/**
 * The network of the file-transfer chapter: a PC at home, its router, the Internet and a server.
 * The PC's own firewall and the router's address translation are switches.
 */
import { MS } from '../core/clock.ts';
import type { Host } from '../core/net/host.ts';
import type { Link } from '../core/net/link.ts';
import { Network } from '../core/net/network.ts';
import type { Router } from '../core/net/router.ts';

export interface FtpNetwork {
  net: Network;
  pc: Host;
  router: Router;
  internet: Router;
  server: Host;
  /** The PC's link: where a learner running Wireshark on the PC would capture. */
  lan: Link;
  links: Link[];
  serverAddress: string;
}

export interface FtpNetworkOptions {
  seed: number;
  /** With NAT the PC has a private address behind the router; without it, a public one. */
  nat: boolean;
  ip: 4 | 6;
  loss: number;
  /**
   * `internet`: a home network and a server a few hundred kilometres away. `lab`: two machines side by side,
   * tens of microseconds apart, like the namespaces the reference captures were made in.
   */
  distance?: 'internet' | 'lab';
}

export function ftpNetwork({ seed, nat, ip, loss, distance = 'internet' }: FtpNetworkOptions): FtpNetwork {
  const net = new Network(seed);
  const pc = net.host('pc', 'PC', 'pc');
  const router = net.router('router', 'Router');
  const internet = net.router('internet', 'Internet', 'network');
  const server = net.host('server', 'Server', 'server');

  const lanPrefix = nat ? '192.168.1' : '192.0.2';
  const pcIf = pc.addInterface('eth0', [`${lanPrefix}.10/24`, '2001:db8:1::10/64']);
  const routerLan = router.addInterface('lan', [`${lanPrefix}.1/24`, '2001:db8:1::1/64']);
  const routerWan = router.addInterface('wan', ['198.51.100.1/24', '2001:db8:ff::1/64']);
  const internetWan = internet.addInterface('wan', ['198.51.100.254/24', '2001:db8:ff::fe/64']);
  const internetDc = internet.addInterface('dc', ['203.0.113.1/24', '2001:db8:2::1/64']);
  const serverIf = server.addInterface('eth0', ['203.0.113.10/24', '2001:db8:2::10/64']);

  pc.setDefaultRoute(pcIf);
  router.setDefaultRoute(routerWan);
  server.setDefaultRoute(serverIf);
  // The Internet reaches the home network only when its addresses are public; private ones are not routed.
  if (!nat) internet.addRoute('192.0.2.0/24', internetWan);
  internet.addRoute('2001:db8:1::/64', internetWan);

  const near = distance === 'lab';
  const lan = net.link(pcIf, routerLan, { id: 'lan', latency: near ? 5 : 0.5 * MS, bandwidth: 1e9, loss });
  const wan = net.link(routerWan, internetWan, {
    id: 'wan',
    latency: near ? 5 : 8 * MS,
    bandwidth: near ? 1e9 : 100e6,
    loss,
  });
  const dc = net.link(internetDc, serverIf, { id: 'dc', latency: near ? 5 : 0.5 * MS, bandwidth: 1e9, loss });

  return {
    net,
    pc,
    router,
    internet,
    server,
    lan,
    links: [lan, wan, dc],
    serverAddress: ip === 6 ? '2001:db8:2::10' : '203.0.113.10',
  };
}

/** Readable file content of a given size, the same for every run. */
export function sampleFile(name: string, size: number): Uint8Array {
  const line = `This is ${name}, a sample file sent over FTP. `;
  const out = new Uint8Array(size);
  const bytes = new TextEncoder().encode(line);
  for (let i = 0; i < size; i++) out[i] = (i + 1) % 64 === 0 ? 0x0a : (bytes[i % bytes.length] as number);
  return out;
}

/** `a.txt`, `b.txt` ... then `file27.txt` and on; sizes vary so that files need one or several segments. */
export function sampleFiles(count: number): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const name = i < 26 ? `${String.fromCharCode(97 + i)}.txt` : `file${i + 1}.txt`;
    const size = i === 0 ? 1200 : i === 1 ? 2600 : 600 + ((i * 1371) % 4000);
    files.set(name, sampleFile(name, size));
  }
  return files;
}
