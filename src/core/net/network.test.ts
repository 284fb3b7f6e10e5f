import { describe, expect, test } from 'vitest';
import { text, twoHosts, wires } from '../../../tests/helpers/network.ts';
import { MS } from '../clock.ts';
import { Network } from './network.ts';

describe('links', () => {
  test('a packet takes the link latency plus its size over the bandwidth, and packets keep their order', () => {
    const net = new Network(1);
    const a = net.host('a', 'A', 'pc');
    const b = net.host('b', 'B', 'server');
    const l = net.link(a.addInterface('eth0', ['192.0.2.1/24']), b.addInterface('eth0', ['192.0.2.2/24']), {
      latency: 2 * MS,
      bandwidth: 8e6, // one byte per microsecond
    });
    const got: number[] = [];
    b.udp.bind(9, (d) => got.push(d.payload.length));
    a.udp.send(5000, '192.0.2.2', 9, new Uint8Array(972));
    a.udp.send(5000, '192.0.2.2', 9, new Uint8Array(72));
    net.run();
    const [first, second] = wires(net);
    expect(first?.t).toBe(0);
    expect(first?.arrive).toBe(1000 + 2 * MS); // 1000 bytes of IP packet at 1 byte/µs
    expect(second?.t).toBe(1000); // waits for the first to leave the wire
    expect(second?.arrive).toBe(1000 + 100 + 2 * MS);
    expect(got).toEqual([972, 72]);
    expect(l.id).toBe('l1');
  });

  test('a loss rule loses exactly the packets it names, and the trace marks them lost', () => {
    const { net, pc, server, link } = twoHosts();
    const got: string[] = [];
    server.udp.bind(7, (d) => got.push(new TextDecoder().decode(d.payload)));
    link.lossRules.push((p) => new TextDecoder().decode(p.payload) === 'two');
    for (const word of ['one', 'two', 'three']) pc.udp.send(4000, '192.0.2.20', 7, text(word));
    net.run();
    expect(got).toEqual(['one', 'three']);
    expect(wires(net).map((w) => Boolean(w.lost))).toEqual([false, true, false]);
  });
});

describe('UDP', () => {
  test('a datagram to a closed port comes back as ICMP port unreachable quoting it', () => {
    const { net, pc } = twoHosts();
    pc.udp.send(40000, '192.0.2.20', 53, text('query'));
    net.run();
    const [query, answer] = wires(net);
    expect(query?.udp).toMatchObject({ srcPort: 40000, dstPort: 53, payloadLength: 5 });
    expect(answer?.icmp).toMatchObject({ type: 3, code: 3, quoted: { srcPort: 40000, dstPort: 53 } });
    expect(answer?.ip).toMatchObject({ src: '192.0.2.20', dst: '192.0.2.10', protocol: 'icmp' });
  });

  test('IPv6 uses ICMPv6 type 1 code 4', () => {
    const { net, pc } = twoHosts();
    pc.udp.send(40000, '2001:db8::20', 53, text('query'));
    net.run();
    expect(wires(net)[1]?.icmp).toMatchObject({ version: 6, type: 1, code: 4 });
  });

  test('a bound socket receives and can answer', () => {
    const { net, pc, server } = twoHosts();
    const echo = server.udp.bind(7, (d) => echo.send(d.src, d.srcPort, d.payload));
    const replies: string[] = [];
    const client = pc.udp.bind(0, (d) => replies.push(new TextDecoder().decode(d.payload)));
    client.send('192.0.2.20', 7, text('ping'));
    net.run();
    expect(replies).toEqual(['ping']);
    expect(client.port).toBeGreaterThanOrEqual(32768);
  });
});
