import { MS } from '../../src/core/clock.ts';
import { Network } from '../../src/core/net/network.ts';
import { formatFlags } from '../../src/core/packet.ts';
import type { TcpConfig } from '../../src/core/tcp/config.ts';
import type { WireEvent } from '../../src/core/trace.ts';

/** Two hosts on one link, 5 ms apart: the smallest network a TCP test needs. */
export function twoHosts(seed = 1, tcp: Partial<TcpConfig> = {}) {
  const net = new Network(seed);
  const pc = net.host('pc', 'PC', 'pc', { tcp });
  const server = net.host('server', 'Server', 'server', { tcp });
  const a = pc.addInterface('eth0', ['192.0.2.10/24', '2001:db8::10/64']);
  const b = server.addInterface('eth0', ['192.0.2.20/24', '2001:db8::20/64']);
  const link = net.link(a, b, { latency: 5 * MS, id: 'lan' });
  return { net, pc, server, link };
}

/** The packets on the wire as short strings, e.g. `pc>server SYN` or `server>pc PSH,ACK 5`. */
export function wireSummary(net: Network): string[] {
  return net.recorder.events
    .filter((e): e is WireEvent => e.type === 'wire')
    .map((e) => {
      const flags = e.tcp ? formatFlags(e.tcp.flags) : e.icmp ? 'ICMP' : 'UDP';
      const len = e.tcp ? e.tcp.payloadLength : (e.udp?.payloadLength ?? 0);
      return `${e.from}>${e.to} ${flags}${len ? ` ${len}` : ''}${e.lost ? ' lost' : ''}`;
    });
}

export function wires(net: Network): WireEvent[] {
  return net.recorder.events.filter((e): e is WireEvent => e.type === 'wire');
}

export function text(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}
