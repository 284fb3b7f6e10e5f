import { describe, expect, test } from 'vitest';
import { text, wires } from '../../../tests/helpers/network.ts';
import { FtpClient } from '../apps/ftp/client.ts';
import { FtpServer } from '../apps/ftp/server.ts';
import { MS, SECOND } from '../clock.ts';
import { installFirewall } from '../firewall/firewall.ts';
import { homeRouterFirewall } from '../firewall/rules.ts';
import { Network } from '../net/network.ts';
import { TCP_FIN, TCP_RST, TCP_SYN } from '../packet.ts';
import type { TcpConnection } from '../tcp/connection.ts';
import type { FirewallEvent, NatEvent, WireEvent } from '../trace.ts';
import { installNat } from './nat.ts';

/** A PC with a private address behind a home router, and a server on the Internet. */
function homeNetwork(seed: number, options: { ftpHelper?: boolean; synRetries?: number } = {}) {
  const net = new Network(seed);
  const tcp = options.synRetries === undefined ? {} : { synRetries: options.synRetries };
  const pc = net.host('pc', 'PC', 'pc', { tcp });
  const router = net.router('router', 'Router');
  const server = net.host('server', 'Server', 'server', { tcp });
  const pcIf = pc.addInterface('eth0', ['192.168.1.10/24', '2001:db8:1::10/64']);
  const lan = router.addInterface('lan', ['192.168.1.1/24', '2001:db8:1::1/64']);
  const wan = router.addInterface('wan', ['203.0.113.1/24', '2001:db8:2::1/64']);
  const srvIf = server.addInterface('eth0', ['203.0.113.10/24', '2001:db8:2::10/64']);
  pc.setDefaultRoute(pcIf);
  server.setDefaultRoute(srvIf);
  net.link(pcIf, lan, { latency: MS, id: 'lan' });
  net.link(wan, srvIf, { latency: 10 * MS, id: 'wan' });
  const nat = installNat(router, { outside: wan, ftpHelper: options.ftpHelper ?? false });
  return { net, pc, router, server, nat, lan, wan };
}

function natEvents(net: Network): NatEvent[] {
  return net.recorder.events.filter((e): e is NatEvent => e.type === 'nat');
}

function onLink(net: Network, link: string): WireEvent[] {
  return wires(net).filter((w) => w.link === link);
}

describe('source NAT (masquerade)', () => {
  test('a connection from the PC leaves with the router’s address and its own port; answers come back', () => {
    const { net, pc, server, nat } = homeNetwork(1);
    let seenByServer: TcpConnection | null = null;
    server.tcp.listen(80, (c) => {
      seenByServer = c;
      c.handlers.onData = (d) => c.write(d);
    });
    const echoed: string[] = [];
    const conn = pc.tcp.connect({
      remote: { address: '203.0.113.10', port: 80 },
      handlers: {
        onOpen: (c) => c.write(text('hi')),
        onData: (d) => echoed.push(new TextDecoder().decode(d)),
      },
    });
    net.run(SECOND);

    const port = conn.local.port;
    expect(echoed).toEqual(['hi']);
    // The server only ever sees the router.
    expect((seenByServer as TcpConnection | null)?.remote).toEqual({ address: '203.0.113.1', port });
    for (const w of onLink(net, 'wan')) {
      const [me, them] = w.from === 'router' ? [w.ip.src, w.tcp?.srcPort] : [w.ip.dst, w.tcp?.dstPort];
      expect([me, them]).toEqual(['203.0.113.1', port]);
    }
    for (const w of onLink(net, 'lan')) expect([w.ip.src, w.ip.dst]).toContain('192.168.1.10');
    // One translation per crossing: the source on the way out, the destination on the way back.
    const events = natEvents(net);
    const crossing = onLink(net, 'wan');
    expect(events.map((e) => e.packet)).toEqual(crossing.map((w) => w.packet));
    for (const [i, e] of events.entries()) {
      const out = crossing[i]?.from === 'router';
      expect(e).toMatchObject(
        out
          ? { what: 'src', before: `192.168.1.10:${port}`, after: `203.0.113.1:${port}` }
          : { what: 'dst', before: `203.0.113.1:${port}`, after: `192.168.1.10:${port}` },
      );
      expect(e.conn).toBe(conn.id);
    }
    expect(nat.mappings()).toMatchObject([
      {
        protocol: 'tcp',
        inside: `192.168.1.10:${port}`,
        public: `203.0.113.1:${port}`,
        remote: '203.0.113.10:80',
      },
    ]);
  });

  test('two computers using the same port to the same server: the second is given another port', () => {
    const net = new Network(2);
    const router = net.router('router', 'Router');
    const server = net.host('server', 'Server', 'server');
    const wan = router.addInterface('wan', ['203.0.113.1/24']);
    const srvIf = server.addInterface('eth0', ['203.0.113.10/24']);
    server.setDefaultRoute(srvIf);
    net.link(wan, srvIf, { latency: 5 * MS, id: 'wan' });
    const pcs = [1, 2].map((n) => {
      const pc = net.host(`pc${n}`, `PC ${n}`, 'pc');
      const i = pc.addInterface('eth0', [`192.168.${n}.10/24`]);
      const r = router.addInterface(`lan${n}`, [`192.168.${n}.1/24`]);
      pc.setDefaultRoute(i);
      net.link(i, r, { latency: MS, id: `lan${n}` });
      return pc;
    });
    installNat(router, { outside: wan });
    const accepted: TcpConnection[] = [];
    server.tcp.listen(80, (c) => accepted.push(c));
    const conns = pcs.map((pc) =>
      pc.tcp.connect({ remote: { address: '203.0.113.10', port: 80 }, localPort: 40000 }),
    );
    net.run(SECOND);

    expect(conns.map((c) => c.state)).toEqual(['ESTABLISHED', 'ESTABLISHED']);
    const ports = accepted.map((c) => c.remote.port);
    expect(accepted.map((c) => c.remote.address)).toEqual(['203.0.113.1', '203.0.113.1']);
    expect(ports[0]).toBe(40000);
    expect(ports[1]).not.toBe(40000);
    // Linux looks for the replacement among the unprivileged ports, as the original was one.
    expect(ports[1]).toBeGreaterThanOrEqual(1024);
    expect(ports[1]).toBeLessThanOrEqual(65535);
  });

  test('a connection attempt from outside to the router’s address is not translated and goes nowhere', () => {
    const { net, pc, server } = homeNetwork(3, { synRetries: 1 });
    let accepted = 0;
    pc.tcp.listen(22, () => accepted++);
    const attempt = server.tcp.connect({ remote: { address: '203.0.113.1', port: 22 } });
    net.run();
    expect(accepted).toBe(0);
    expect(attempt.state).toBe('CLOSED');
    expect(natEvents(net)).toEqual([]);
    expect(onLink(net, 'lan')).toEqual([]);
    expect(onLink(net, 'wan').every((w) => w.from === 'server' && w.tcp?.flags === TCP_SYN)).toBe(true);
  });

  test('an ICMP error about a translated flow reaches the PC, quoting the datagram as the PC sent it', () => {
    const { net, pc } = homeNetwork(4);
    net.at(0, () => pc.udp.bind(5353, () => {}).send('203.0.113.10', 9999, text('anyone?')));
    net.run();
    const [out, , error, errorInside] = wires(net);
    expect(out?.link).toBe('lan');
    const outside = onLink(net, 'wan').find((w) => w.icmp);
    // Outside, the server quotes the datagram it received: from the router's address.
    expect(outside?.icmp?.quoted).toMatchObject({ src: '203.0.113.1', srcPort: 5353, dst: '203.0.113.10' });
    expect(error?.link).toBe('wan');
    expect(errorInside).toMatchObject({ link: 'lan', ip: { src: '203.0.113.10', dst: '192.168.1.10' } });
    expect(errorInside?.icmp?.quoted).toMatchObject({
      protocol: 'udp',
      src: '192.168.1.10',
      srcPort: 5353,
      dst: '203.0.113.10',
      dstPort: 9999,
    });
    expect(natEvents(net).at(-1)).toMatchObject({
      what: 'dst',
      before: '203.0.113.1',
      after: '192.168.1.10',
    });
  });

  test('IPv6 is routed without translation', () => {
    const { net, pc, server } = homeNetwork(5);
    let from = '';
    server.tcp.listen(80, (c) => (from = c.remote.address));
    pc.tcp.connect({ remote: { address: '2001:db8:2::10', port: 80 } });
    net.run(SECOND);
    expect(from).toBe('2001:db8:1::10');
    expect(natEvents(net)).toEqual([]);
  });
});

describe('translations expire', () => {
  test('a UDP translation is forgotten 30 s after its last packet: a later answer is dropped at the router', () => {
    const { net, pc, server, nat } = homeNetwork(6);
    server.udp.bind(53, (d) => {
      server.udp.send(53, d.src, d.srcPort, text('answer'));
      net.at(net.clock.now + 35 * SECOND, () => server.udp.send(53, d.src, d.srcPort, text('forgotten')));
    });
    const got: string[] = [];
    net.at(0, () =>
      pc.udp
        .bind(5000, (d) => got.push(new TextDecoder().decode(d.payload)))
        .send('203.0.113.10', 53, text('q')),
    );
    net.run(SECOND);
    expect(nat.mappings()).toMatchObject([
      { protocol: 'udp', inside: '192.168.1.10:5000', public: '203.0.113.1:5000' },
    ]);
    // The answer passed the router about 20 ms after the start: the translation lasts until 30 s after that.
    net.run(30 * SECOND);
    expect(nat.mappings()).toHaveLength(1);
    net.run(30.1 * SECOND);
    expect(nat.mappings()).toEqual([]);
    net.run();
    expect(got).toEqual(['answer']);
    const last = onLink(net, 'wan').at(-1);
    expect(last).toMatchObject({ from: 'server', ip: { dst: '203.0.113.1' } });
    expect(natEvents(net).some((e) => e.packet === last?.packet)).toBe(false);
    expect(onLink(net, 'lan').some((w) => w.packet === last?.packet)).toBe(false);
  });

  test('a TCP translation lives ten seconds after a reset', () => {
    const { net, pc, server, nat } = homeNetwork(7);
    server.tcp.listen(80, () => {});
    const conn = pc.tcp.connect({
      remote: { address: '203.0.113.10', port: 80 },
      handlers: { onOpen: (c) => c.abort() },
    });
    net.run(SECOND);
    expect(wires(net).some((w) => w.tcp && w.tcp.flags & TCP_RST)).toBe(true);
    expect(conn.state).toBe('CLOSED');
    expect(nat.mappings()).toHaveLength(1);
    net.run(10 * SECOND);
    expect(nat.mappings()).toHaveLength(1);
    net.run(11.1 * SECOND);
    expect(nat.mappings()).toEqual([]);
  });
});

describe('FTP through the NAT router', () => {
  const files = new Map([
    ['a.txt', text('alpha '.repeat(300))],
    ['b.txt', text('bravo '.repeat(50))],
    ['c.txt', text('charlie\r\n')],
  ]);

  function ftp(mode: 'active' | 'passive', ftpHelper: boolean, seed = 8) {
    const h = homeNetwork(seed, { ftpHelper, synRetries: 2 });
    new FtpServer(h.server, { files, users: { learner: 'secret' } }).start();
    const client = new FtpClient(h.pc, {
      server: '203.0.113.10',
      user: 'learner',
      password: 'secret',
      mode,
      files: [...files.keys()],
    });
    h.net.at(0, () => client.start());
    h.net.run();
    return { ...h, client };
  }

  const portLines = (ws: WireEvent[]) =>
    ws.flatMap((w) => (w.app?.protocol === 'ftp' && w.app.text.startsWith('PORT ') ? [w] : []));

  test('without the helper, PORT carries the private address and the server refuses it', () => {
    const { net, client } = ftp('active', false);
    const [inside] = portLines(onLink(net, 'lan'));
    const [outside] = portLines(onLink(net, 'wan'));
    expect(inside?.app?.text).toMatch(/^PORT 192,168,1,10,\d+,\d+$/);
    expect(outside?.app?.text).toBe(inside?.app?.text);
    expect(outside?.packet).toBe(inside?.packet);
    expect(client.result.replies.map((r) => r.text)).toContain('500 Illegal PORT command.');
    expect(client.result.failed).toEqual(['a.txt']);
    expect(natEvents(net).some((e) => e.what === 'payload')).toBe(false);
  });

  test('with the helper, PORT names the public address, the data connection comes in, and numbering stays right', () => {
    const { net, client, nat } = ftp('active', true);
    expect(client.result.finished).toBe(true);
    expect(client.result.failed).toEqual([]);
    for (const [name, bytes] of files) expect(client.result.received.get(name)).toEqual(bytes);

    // Each PORT is rewritten: the same client port (it was free), the router's address.
    const inside = portLines(onLink(net, 'lan'));
    const outside = portLines(onLink(net, 'wan'));
    expect(inside).toHaveLength(3);
    expect(outside.map((w) => w.packet)).toEqual(inside.map((w) => w.packet));
    const payloadEvents = natEvents(net).filter((e) => e.what === 'payload');
    for (const [i, w] of inside.entries()) {
      const m = /^PORT 192,168,1,10,(\d+),(\d+)$/.exec(w.app?.text ?? '');
      expect(m).not.toBeNull();
      const tail = `${m?.[1]},${m?.[2]}`;
      expect(outside[i]?.app?.text).toBe(`PORT 203,0,113,1,${tail}`);
      // "192,168,1,10" has one character more than "203,0,113,1".
      expect(outside[i]?.tcp?.payloadLength).toBe((w.tcp?.payloadLength as number) - 1);
      expect(outside[i]?.ip.totalLength).toBe(w.ip.totalLength - 1);
      expect(payloadEvents[i]).toMatchObject({
        before: w.app?.text,
        after: outside[i]?.app?.text,
        node: 'router',
      });
      // The server's data connection from port 20 reaches the PC's listening port (RFC 959: p1 * 256 + p2).
      const port = Number(m?.[1]) * 256 + Number(m?.[2]);
      const dataSyn = onLink(net, 'lan').find(
        (x) => x.tcp?.flags === TCP_SYN && x.tcp.srcPort === 20 && x.tcp.dstPort === port,
      );
      expect(dataSyn?.ip).toMatchObject({ src: '203.0.113.10', dst: '192.168.1.10' });
      expect(natEvents(net).find((e) => e.packet === dataSyn?.packet)).toMatchObject({
        what: 'dst',
        before: `203.0.113.1:${port}`,
        after: `192.168.1.10:${port}`,
      });
    }

    // Sequence numbers: outside, every client segment after n rewrites is n bytes earlier than inside.
    const control = inside[0]?.conn;
    const lanCtl = onLink(net, 'lan').filter((w) => w.conn === control && w.tcp);
    const wanById = new Map(onLink(net, 'wan').map((w) => [w.packet, w]));
    let shift = 0;
    for (const w of lanCtl.filter((x) => x.from === 'pc')) {
      const out = wanById.get(w.packet);
      expect(out?.tcp?.seq).toBe(((w.tcp?.seq as number) + shift) >>> 0);
      if (w.app?.protocol === 'ftp' && w.app.text.startsWith('PORT ')) {
        shift += (out?.tcp?.payloadLength as number) - (w.tcp?.payloadLength as number);
      }
    }
    expect(shift).toBe(-3);
    // Acknowledgements: on each side of the router, the server acknowledges exactly the end of a segment
    // the client sent on that side (RFC 9293: ACK is the next sequence number expected).
    const ends = (ws: WireEvent[]) =>
      new Set(
        ws
          .filter((w) => w.from !== 'server' && w.to !== 'pc')
          .map((w) => {
            const t = w.tcp as NonNullable<WireEvent['tcp']>;
            return (t.seq + t.payloadLength + (t.flags & (TCP_SYN | TCP_FIN) ? 1 : 0)) >>> 0;
          }),
      );
    const wanCtl = onLink(net, 'wan').filter((w) => w.conn === control && w.tcp);
    const lanEnds = ends(lanCtl);
    const wanEnds = ends(wanCtl);
    const lanAcks = lanCtl.filter((w) => w.from === 'router').map((w) => w.tcp?.ack as number);
    const wanAcks = wanCtl.filter((w) => w.from === 'server').map((w) => w.tcp?.ack as number);
    expect(lanAcks.length).toBeGreaterThan(10);
    for (const a of lanAcks) expect(lanEnds.has(a)).toBe(true);
    for (const a of wanAcks) expect(wanEnds.has(a)).toBe(true);
    // Bytes counted: the server received three bytes fewer than the client sent, and its view is consistent:
    // the client's FIN outside sits right after the SYN and every byte the server got.
    const bytes = (ws: WireEvent[]) =>
      ws
        .filter((w) => w.from !== 'server' && w.to !== 'pc')
        .reduce((n, w) => n + (w.tcp?.payloadLength ?? 0), 0);
    expect(bytes(wanCtl)).toBe(bytes(lanCtl) - 3);
    const wanSyn = wanCtl.find((w) => w.tcp?.flags === TCP_SYN);
    const wanFin = wanCtl.find((w) => w.from === 'router' && (w.tcp?.flags ?? 0) & TCP_FIN);
    expect(wanFin?.tcp?.seq).toBe(((wanSyn?.tcp?.seq as number) + 1 + bytes(wanCtl)) >>> 0);
    // Nothing had to be sent twice and nobody reset the control connection.
    expect(lanCtl.concat(wanCtl).some((w) => w.tcp?.retransmission || (w.tcp?.flags ?? 0) & TCP_RST)).toBe(
      false,
    );
    expect(client.result.replies.map((r) => r.code)).toContain(221);
    expect(nat.expectations.pending).toEqual([]);
  });

  test('passive mode needs no rewriting: the PC opens the data connections and they are translated as usual', () => {
    const { net, client } = ftp('passive', false);
    expect(client.result.received.size).toBe(3);
    const reply227 = onLink(net, 'wan').find(
      (w) => w.app?.protocol === 'ftp' && w.app.text.startsWith('227'),
    );
    const sameInside = onLink(net, 'lan').find((w) => w.packet === reply227?.packet);
    expect(sameInside?.app?.text).toBe(reply227?.app?.text);
    expect(reply227?.app?.text).toMatch(/\(203,0,113,10,\d+,\d+\)/);
  });

  test('with the router’s firewall too, its FTP helper lets the active data connection pass', () => {
    for (const helper of [true, false]) {
      const net = new Network(9);
      const pc = net.host('pc', 'PC', 'pc', { tcp: { synRetries: 1 } });
      const router = net.router('router', 'Router');
      const server = net.host('server', 'Server', 'server', { tcp: { synRetries: 1 } });
      const pcIf = pc.addInterface('eth0', ['192.168.1.10/24']);
      const lan = router.addInterface('lan', ['192.168.1.1/24']);
      const wan = router.addInterface('wan', ['203.0.113.1/24']);
      const srvIf = server.addInterface('eth0', ['203.0.113.10/24']);
      pc.setDefaultRoute(pcIf);
      server.setDefaultRoute(srvIf);
      net.link(pcIf, lan, { latency: MS, id: 'lan' });
      net.link(wan, srvIf, { latency: 10 * MS, id: 'wan' });
      installNat(router, { outside: wan, ftpHelper: true });
      installFirewall(router, homeRouterFirewall('192.168.1.0/24', { ftpHelper: helper }));
      new FtpServer(server, { files, users: { learner: 'secret' } }).start();
      const client = new FtpClient(pc, {
        server: '203.0.113.10',
        user: 'learner',
        password: 'secret',
        mode: 'active',
        files: ['c.txt'],
      });
      net.at(0, () => client.start());
      net.run();
      const dataSyn = onLink(net, 'wan').find((w) => w.tcp?.flags === TCP_SYN && w.tcp.srcPort === 20);
      const decision = net.recorder.events.find(
        (e): e is FirewallEvent => e.type === 'firewall' && e.packet === dataSyn?.packet,
      );
      if (helper) {
        expect(decision).toMatchObject({ direction: 'forward', state: 'related', verdict: 'allow' });
        expect(client.result.received.get('c.txt')).toEqual(files.get('c.txt'));
      } else {
        expect(decision).toMatchObject({ direction: 'forward', state: 'new', verdict: 'drop' });
        expect(client.result.failed).toEqual(['c.txt']);
      }
    }
  });
});
