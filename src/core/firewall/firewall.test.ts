import { describe, expect, test } from 'vitest';
import { text, twoHosts, wires } from '../../../tests/helpers/network.ts';
import { FtpClient } from '../apps/ftp/client.ts';
import { FtpServer } from '../apps/ftp/server.ts';
import { MS, SECOND } from '../clock.ts';
import { Network } from '../net/network.ts';
import { ipLayer, type SimPacket } from '../net/packet.ts';
import { TCP_ACK, TCP_RST, TCP_SYN } from '../packet.ts';
import type { CloseReason, TcpConnection } from '../tcp/connection.ts';
import type { FirewallChangeEvent, FirewallEvent, WireEvent } from '../trace.ts';
import { installFirewall } from './firewall.ts';
import { allowInboundTcp, homeRouterFirewall, personalFirewall, REPLIES_RULE_ID } from './rules.ts';

function firewallEvents(net: Network, node?: string): FirewallEvent[] {
  return net.recorder.events.filter(
    (e): e is FirewallEvent => e.type === 'firewall' && (!node || e.node === node),
  );
}

function changes(net: Network): FirewallChangeEvent[] {
  return net.recorder.events.filter((e): e is FirewallChangeEvent => e.type === 'firewall-change');
}

const isSyn = (w: WireEvent) => w.tcp !== undefined && w.tcp.flags === TCP_SYN;

/** A PC on a home network, its router, and a server on the Internet. */
function routedNetwork(seed = 1) {
  const net = new Network(seed);
  const pc = net.host('pc', 'PC', 'pc');
  const router = net.router('router', 'Router');
  const server = net.host('server', 'Server', 'server');
  const pcIf = pc.addInterface('eth0', ['192.0.2.10/24']);
  const lan = router.addInterface('lan', ['192.0.2.1/24']);
  const wan = router.addInterface('wan', ['203.0.113.1/24']);
  const srvIf = server.addInterface('eth0', ['203.0.113.10/24']);
  pc.setDefaultRoute(pcIf);
  server.setDefaultRoute(srvIf);
  net.link(pcIf, lan, { latency: MS, id: 'lan' });
  net.link(wan, srvIf, { latency: 5 * MS, id: 'wan' });
  return { net, pc, router, server };
}

describe('a personal firewall (inbound only for answers, outbound allowed)', () => {
  test('drops an incoming SYN without an answer: the client retries, then gives up', () => {
    const { net, pc, server } = twoHosts(1, { synRetries: 3 });
    installFirewall(server, personalFirewall());
    let accepted = 0;
    server.tcp.listen(22, () => accepted++);
    let reason: CloseReason | null = null;
    pc.tcp.connect({
      remote: { address: '192.0.2.20', port: 22 },
      handlers: { onClose: (r) => (reason = r) },
    });
    net.run();

    const sent = wires(net);
    // The first SYN and its retransmissions, and not one packet back: a drop is silent.
    expect(sent.length).toBeGreaterThan(2);
    expect(sent.every((w) => w.from === 'pc' && isSyn(w))).toBe(true);
    expect(sent.slice(1).every((w) => w.tcp?.retransmission)).toBe(true);
    const decisions = firewallEvents(net, 'server');
    expect(decisions.map((e) => e.packet)).toEqual(sent.map((w) => w.packet));
    for (const e of decisions) {
      expect(e).toMatchObject({ direction: 'in', state: 'new', verdict: 'drop', rule: 'default' });
      expect(e.reason).toMatch(/attempt to connect from outside/);
      expect(e.conn).toBe(sent[0]?.conn);
    }
    expect(accepted).toBe(0);
    expect(reason).toBe('timeout');
  });

  test('lets out the computer’s own connection and lets its answers in as established', () => {
    const { net, pc, server } = twoHosts(2);
    installFirewall(pc, personalFirewall());
    server.tcp.listen(80, (c) => {
      c.handlers.onData = (d) => c.write(d);
      c.handlers.onPeerClose = () => c.close();
    });
    const echoed: string[] = [];
    const conn = pc.tcp.connect({
      remote: { address: '192.0.2.20', port: 80 },
      handlers: {
        onOpen: (c) => c.write(text('hello')),
        onData: (d, c) => {
          echoed.push(new TextDecoder().decode(d));
          c.close();
        },
      },
    });
    net.run();

    expect(echoed).toEqual(['hello']);
    expect(conn.state).toBe('CLOSED');
    const decisions = firewallEvents(net, 'pc');
    expect(decisions.every((e) => e.verdict === 'allow')).toBe(true);
    expect(decisions[0]).toMatchObject({ direction: 'out', state: 'new', rule: 'default' });
    const incoming = decisions.filter((e) => e.direction === 'in');
    expect(incoming.length).toBeGreaterThan(3);
    for (const e of incoming) expect(e).toMatchObject({ state: 'established', rule: REPLIES_RULE_ID });
    // Every packet the PC sent or received was judged exactly once.
    expect(decisions.map((e) => e.packet).sort()).toEqual(
      wires(net)
        .map((w) => w.packet)
        .sort(),
    );
  });

  test('a packet that belongs to no connection is invalid and dropped', () => {
    const { net, pc, server } = twoHosts(3);
    installFirewall(server, personalFirewall());
    server.tcp.listen(80, () => {});
    const stray: SimPacket = {
      id: net.recorder.nextPacketId(),
      ip: ipLayer('192.0.2.10', '192.0.2.20', 'tcp', 20, 64, 1),
      tcp: {
        srcPort: 40000,
        dstPort: 80,
        seq: 1000,
        ack: 2000,
        flags: TCP_ACK,
        window: 1000,
        payloadLength: 0,
      },
      payload: new Uint8Array(0),
    };
    net.at(0, () => pc.output(stray));
    net.run();
    const [e] = firewallEvents(net, 'server');
    expect(e).toMatchObject({ state: 'invalid', verdict: 'drop', rule: 'default' });
    expect(e?.reason).toMatch(/no connection/);
    // Without the firewall the server would have answered with a reset; here nothing comes back.
    expect(wires(net).filter((w) => w.from === 'server')).toEqual([]);
  });

  test('an ICMP error about the computer’s own flow is related and let in', () => {
    const { net, pc } = twoHosts(4);
    installFirewall(pc, personalFirewall());
    net.at(0, () => pc.udp.bind(5000, () => {}).send('192.0.2.20', 9, text('ping')));
    net.run();
    const icmp = wires(net).find((w) => w.icmp);
    expect(icmp?.icmp).toMatchObject({ type: 3, code: 3 });
    const e = firewallEvents(net, 'pc').find((x) => x.packet === icmp?.packet);
    expect(e).toMatchObject({ direction: 'in', state: 'related', verdict: 'allow', rule: REPLIES_RULE_ID });
  });
});

describe('reject rules answer instead of staying silent', () => {
  function refusingServer(seed: number) {
    const h = twoHosts(seed);
    installFirewall(h.server, {
      policy: { in: 'allow' },
      rules: [
        {
          id: 'no-telnet',
          direction: 'in',
          protocol: 'tcp',
          dstPort: 23,
          action: 'reject',
          description: 'Telnet is refused.',
        },
        {
          id: 'no-admin',
          direction: 'in',
          protocol: 'tcp',
          dstPort: [8000, 8099],
          action: 'reject',
          reject: 'icmp-admin-prohibited',
          description: 'The admin ports are closed to others.',
        },
        {
          id: 'no-mdns',
          direction: 'in',
          protocol: 'udp',
          dstPort: 5353,
          action: 'reject',
          description: 'Name announcements are refused.',
        },
      ],
    });
    // The server's programs are listening: only the firewall stops these connections.
    h.server.tcp.listen(23, () => {});
    h.server.tcp.listen(8080, () => {});
    h.server.udp.bind(5353, () => {});
    return h;
  }

  test('a TCP reject sends a reset from the server’s address, and the client sees connection refused', () => {
    const { net, pc } = refusingServer(5);
    let reason: CloseReason | null = null;
    pc.tcp.connect({
      remote: { address: '192.0.2.20', port: 23 },
      handlers: { onClose: (r) => (reason = r) },
    });
    net.run();
    const [syn, rst] = wires(net);
    expect(syn?.tcp?.flags).toBe(TCP_SYN);
    // RFC 9293 §3.10.7.1: a segment without ACK is answered <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
    expect(rst).toMatchObject({ from: 'server', ip: { src: '192.0.2.20', dst: '192.0.2.10' } });
    expect(rst?.tcp).toMatchObject({
      srcPort: 23,
      dstPort: syn?.tcp?.srcPort,
      seq: 0,
      ack: ((syn?.tcp?.seq as number) + 1) >>> 0,
      flags: TCP_RST | TCP_ACK,
    });
    expect(firewallEvents(net, 'server')[0]).toMatchObject({
      verdict: 'reject',
      rule: 'no-telnet',
      reason: 'Telnet is refused.',
    });
    expect(reason).toBe('refused');
    expect(wires(net)).toHaveLength(2);
  });

  test('a UDP reject sends ICMP port unreachable (IPv4 and IPv6)', () => {
    for (const [dst, version, type, code] of [
      ['192.0.2.20', 4, 3, 3],
      ['2001:db8::20', 6, 1, 4],
    ] as const) {
      const { net, pc } = refusingServer(6);
      net.at(0, () => pc.udp.bind(6000, () => {}).send(dst, 5353, text('who is there?')));
      net.run();
      const [datagram, error] = wires(net);
      expect(datagram?.udp?.dstPort).toBe(5353);
      expect(error?.from).toBe('server');
      // RFC 792 type 3 code 3, RFC 4443 type 1 code 4: port unreachable, quoting the datagram.
      expect(error?.icmp).toMatchObject({
        version,
        type,
        code,
        quoted: { protocol: 'udp', srcPort: 6000, dstPort: 5353, src: datagram?.ip.src, dst },
      });
      expect(firewallEvents(net, 'server')[0]).toMatchObject({ verdict: 'reject', rule: 'no-mdns' });
    }
  });

  test('a reject with admin-prohibited sends ICMP type 3 code 13, which ends a connection attempt', () => {
    const { net, pc } = refusingServer(7);
    let reason: CloseReason | null = null;
    pc.tcp.connect({
      remote: { address: '192.0.2.20', port: 8080 },
      handlers: { onClose: (r) => (reason = r) },
    });
    net.run();
    const error = wires(net).find((w) => w.icmp);
    expect(error?.icmp).toMatchObject({ type: 3, code: 13 });
    expect(reason).toBe('refused');
  });

  test('a reject on the way out refuses the computer’s own connection at once, without sending anything', () => {
    const { net, pc, server } = twoHosts(8);
    installFirewall(pc, {
      rules: [
        {
          id: 'no-smtp-out',
          direction: 'out',
          protocol: 'tcp',
          dstPort: 25,
          action: 'reject',
          description: 'Mail goes out only through the provider’s server.',
        },
      ],
    });
    server.tcp.listen(25, () => {});
    let reason: CloseReason | null = null;
    pc.tcp.connect({
      remote: { address: '192.0.2.20', port: 25 },
      handlers: { onClose: (r) => (reason = r) },
    });
    net.run();
    expect(wires(net)).toEqual([]);
    expect(reason).toBe('refused');
  });
});

describe('changing the rules while things happen', () => {
  test('a rule added after the first attempts lets the next retransmitted SYN through', () => {
    const { net, pc, server } = twoHosts(9);
    const fw = installFirewall(server, personalFirewall());
    let accepted: TcpConnection | null = null;
    server.tcp.listen(21, (c) => (accepted = c));
    const conn = pc.tcp.connect({ remote: { address: '192.0.2.20', port: 21 } });
    net.at(2.5 * SECOND, () => fw.addRule(allowInboundTcp(21, 'Others may reach the FTP server.')));
    net.run(10 * SECOND);

    const syns = wires(net).filter((w) => w.from === 'pc' && isSyn(w));
    const verdicts = syns.map((w) => firewallEvents(net).find((e) => e.packet === w.packet)?.verdict);
    // Every SYN before the change is dropped; the first retransmission after it passes, and it is the last.
    const before = syns.filter((w) => w.t < 2.5 * SECOND);
    expect(before.length).toBeGreaterThan(1);
    expect(verdicts).toEqual([...before.map(() => 'drop'), 'allow']);
    const last = syns.at(-1);
    expect(last?.tcp?.retransmission).toBe(true);
    const passed = firewallEvents(net).find((e) => e.packet === last?.packet);
    expect(passed).toMatchObject({
      state: 'new',
      rule: 'allow-in-tcp-21',
      reason: 'Others may reach the FTP server.',
    });
    expect(changes(net)).toEqual([
      {
        type: 'firewall-change',
        t: 2.5 * SECOND,
        node: 'server',
        rule: 'allow-in-tcp-21',
        description: 'Added: Others may reach the FTP server.',
      },
    ]);
    expect(conn.state).toBe('ESTABLISHED');
    expect(accepted).not.toBeNull();
  });

  test('removing the rule stops new connections but not the one already established', () => {
    const { net, pc, server } = twoHosts(10);
    const fw = installFirewall(server, personalFirewall());
    fw.addRule(allowInboundTcp(8080, 'The web application may be reached.'));
    const received: string[] = [];
    server.tcp.listen(8080, (c) => {
      c.handlers.onData = (d) => received.push(new TextDecoder().decode(d));
    });
    const first = pc.tcp.connect({ remote: { address: '192.0.2.20', port: 8080 } });
    net.at(SECOND, () => fw.removeRule('allow-in-tcp-8080'));
    net.at(2 * SECOND, () => first.write(text('still here')));
    let second: TcpConnection | null = null;
    net.at(3 * SECOND, () => {
      second = pc.tcp.connect({ remote: { address: '192.0.2.20', port: 8080 } });
    });
    net.run(5 * SECOND);

    expect(received).toEqual(['still here']);
    const late = firewallEvents(net, 'server').filter(
      (e) => e.t > SECOND && e.conn === first.id && e.direction === 'in',
    );
    expect(late.length).toBeGreaterThan(0);
    for (const e of late)
      expect(e).toMatchObject({ verdict: 'allow', state: 'established', rule: REPLIES_RULE_ID });
    expect((second as TcpConnection | null)?.state).toBe('SYN-SENT');
    expect(changes(net).map((c) => c.description)).toEqual([
      'Added: The web application may be reached.',
      'Removed: The web application may be reached.',
    ]);
  });

  test('a policy change is recorded against the default rule', () => {
    const { net, server } = twoHosts(11);
    const fw = installFirewall(server, personalFirewall());
    net.at(SECOND, () => fw.setPolicy('in', 'reject'));
    net.run();
    expect(fw.policy('in')).toBe('reject');
    expect(changes(net)).toEqual([
      {
        type: 'firewall-change',
        t: SECOND,
        node: 'server',
        rule: 'default',
        description: 'Incoming packets that no rule matches are now refused with an answer.',
      },
    ]);
  });

  test('rules are kept in order: a rule inserted before another decides first', () => {
    const { net, pc, server } = twoHosts(12, { synRetries: 0 });
    const fw = installFirewall(server, personalFirewall());
    fw.addRule(allowInboundTcp([8000, 8999], 'The test servers may be reached.'));
    fw.addRule(
      {
        id: 'not-8443',
        direction: 'in',
        protocol: 'tcp',
        dstPort: 8443,
        action: 'drop',
        description: 'Port 8443 stays closed.',
      },
      { before: 'allow-in-tcp-8000-8999' },
    );
    expect(fw.rules.map((r) => r.id)).toEqual([REPLIES_RULE_ID, 'not-8443', 'allow-in-tcp-8000-8999']);
    server.tcp.listen(8443, () => {});
    server.tcp.listen(8444, () => {});
    pc.tcp.connect({ remote: { address: '192.0.2.20', port: 8443 } });
    pc.tcp.connect({ remote: { address: '192.0.2.20', port: 8444 } });
    net.run();
    const firstOfEach = new Map<string | undefined, FirewallEvent>();
    for (const e of firewallEvents(net, 'server')) if (!firstOfEach.has(e.conn)) firstOfEach.set(e.conn, e);
    expect([...firstOfEach.values()].map((e) => [e.rule, e.verdict])).toEqual([
      ['not-8443', 'drop'],
      ['allow-in-tcp-8000-8999', 'allow'],
    ]);
    expect(() => fw.removeRule('nothing')).toThrow();
    expect(() => fw.addRule(allowInboundTcp(22, 'x'), { before: 'nothing' })).toThrow();
    expect(() => fw.addRule(allowInboundTcp(8443, 'again', 'not-8443'))).toThrow(/duplicate/);
  });
});

describe('tracked flows expire', () => {
  test('a UDP flow is forgotten 30 s after its last packet: a late answer is then blocked', () => {
    const { net, pc, server } = twoHosts(13);
    const fw = installFirewall(pc, personalFirewall());
    server.udp.bind(53, (d) => {
      server.udp.send(53, d.src, d.srcPort, text('answer'));
      net.at(net.clock.now + 35 * SECOND, () => server.udp.send(53, d.src, d.srcPort, text('too late')));
    });
    const got: string[] = [];
    const question = () => pc.udp.bind(5000, (d) => got.push(new TextDecoder().decode(d.payload)));
    net.at(0, () => question().send('192.0.2.20', 53, text('q')));
    net.run(29 * SECOND);
    expect(fw.flows()).toMatchObject([{ protocol: 'udp', state: 'established' }]);
    net.run(31 * SECOND);
    expect(fw.flows()).toEqual([]);
    net.run();
    expect(got).toEqual(['answer']);
    const last = firewallEvents(net, 'pc').at(-1);
    expect(last).toMatchObject({ direction: 'in', state: 'new', verdict: 'drop', rule: 'default' });
  });

  test('a UDP flow still in use after two seconds is a stream and is kept for two minutes', () => {
    const { net, pc, server } = twoHosts(13);
    installFirewall(pc, personalFirewall());
    server.udp.bind(5004, (d) => {
      if (new TextDecoder().decode(d.payload) === 'again') {
        net.at(net.clock.now + 100 * SECOND, () =>
          server.udp.send(5004, d.src, d.srcPort, text('much later')),
        );
      } else server.udp.send(5004, d.src, d.srcPort, text('hello'));
    });
    const got: string[] = [];
    const sock = pc.udp.bind(5000, (d) => got.push(new TextDecoder().decode(d.payload)));
    net.at(0, () => sock.send('192.0.2.20', 5004, text('start')));
    net.at(5 * SECOND, () => sock.send('192.0.2.20', 5004, text('again')));
    net.run();
    expect(got).toEqual(['hello', 'much later']);
  });

  test('a closed TCP connection stays known for two minutes after both FINs, then is forgotten', () => {
    const { net, pc, server } = twoHosts(14);
    const fw = installFirewall(pc, personalFirewall());
    server.tcp.listen(80, (c) => {
      c.handlers.onPeerClose = () => c.close();
    });
    pc.tcp.connect({ remote: { address: '192.0.2.20', port: 80 }, handlers: { onOpen: (c) => c.close() } });
    net.run(SECOND);
    expect(fw.flows()).toMatchObject([{ protocol: 'tcp', state: 'established', phase: 'time-wait' }]);
    const lastPacket = firewallEvents(net, 'pc').at(-1)?.t as number;
    net.run(lastPacket + 119 * SECOND);
    expect(fw.flows()).toHaveLength(1);
    net.run(lastPacket + 121 * SECOND);
    expect(fw.flows()).toHaveLength(0);
  });
});

describe('the FTP helper makes announced data connections related', () => {
  const files = new Map([['a.txt', text('first file\r\n')]]);

  function ftpRun(mode: 'active' | 'passive', where: 'pc' | 'server', helper: boolean) {
    const { net, pc, server } = twoHosts(15, { synRetries: 2 });
    if (where === 'pc') installFirewall(pc, personalFirewall({ ftpHelper: helper }));
    else {
      const fw = installFirewall(server, personalFirewall({ ftpHelper: helper }));
      fw.addRule(allowInboundTcp(21, 'The FTP server may be reached.'));
    }
    new FtpServer(server, { files, users: { u: 'p' } }).start();
    const client = new FtpClient(pc, {
      server: '192.0.2.20',
      user: 'u',
      password: 'p',
      mode,
      files: ['a.txt'],
    });
    net.at(0, () => client.start());
    net.run();
    const dataSyn = wires(net).find((w) => isSyn(w) && w.tcp?.srcPort !== undefined && w.tcp.dstPort !== 21);
    return { net, client, dataSyn, decision: firewallEvents(net).find((e) => e.packet === dataSyn?.packet) };
  }

  test('active mode: the server’s connection from port 20 is related to the PORT command and let in', () => {
    const { client, dataSyn, decision } = ftpRun('active', 'pc', true);
    expect(dataSyn).toMatchObject({ from: 'server', tcp: { srcPort: 20 } });
    expect(decision).toMatchObject({
      direction: 'in',
      state: 'related',
      verdict: 'allow',
      rule: REPLIES_RULE_ID,
    });
    expect(new TextDecoder().decode(client.result.received.get('a.txt'))).toBe('first file\r\n');
  });

  test('active mode without the helper: the same connection is new and dropped, and the transfer fails', () => {
    const { net, client, decision } = ftpRun('active', 'pc', false);
    expect(decision).toMatchObject({ direction: 'in', state: 'new', verdict: 'drop', rule: 'default' });
    expect(client.result.failed).toEqual(['a.txt']);
    const drops = firewallEvents(net).filter((e) => e.verdict === 'drop');
    expect(drops.length).toBeGreaterThan(1);
    const dropped = new Set(drops.map((e) => e.packet));
    for (const w of wires(net).filter((x) => dropped.has(x.packet)))
      expect(w.tcp).toMatchObject({ srcPort: 20, flags: TCP_SYN });
  });

  test('passive mode: the client’s connection to the port of the 227 reply is related at the server', () => {
    const { client, dataSyn, decision } = ftpRun('passive', 'server', true);
    expect(dataSyn).toMatchObject({ from: 'pc' });
    expect(decision).toMatchObject({ node: 'server', direction: 'in', state: 'related', verdict: 'allow' });
    expect(client.result.received.get('a.txt')?.length).toBe(12);
  });

  test('passive mode without the helper: the server’s firewall drops the data connection', () => {
    const { client, decision } = ftpRun('passive', 'server', false);
    expect(decision).toMatchObject({ node: 'server', state: 'new', verdict: 'drop' });
    expect(client.result.received.size).toBe(0);
  });
});

describe('a router’s firewall filters what passes through', () => {
  test('home computers may connect out; nothing from the Internet may connect in', () => {
    const { net, pc, router, server } = routedNetwork(16);
    installFirewall(router, homeRouterFirewall('192.0.2.0/24'));
    server.tcp.listen(443, () => {});
    pc.tcp.listen(3389, () => {});
    const out = pc.tcp.connect({ remote: { address: '203.0.113.10', port: 443 } });
    let inbound: TcpConnection | null = null;
    net.at(10 * MS, () => {
      inbound = server.tcp.connect({ remote: { address: '192.0.2.10', port: 3389 } });
    });
    net.run(2 * SECOND);

    expect(out.state).toBe('ESTABLISHED');
    expect((inbound as TcpConnection | null)?.state).toBe('SYN-SENT');
    const decisions = firewallEvents(net, 'router');
    expect(decisions.every((e) => e.direction === 'forward')).toBe(true);
    expect(decisions.find((e) => e.conn === out.id)).toMatchObject({ state: 'new', rule: 'allow-home-out' });
    const blocked = decisions.filter((e) => e.verdict === 'drop');
    expect(blocked.length).toBeGreaterThan(0);
    for (const e of blocked)
      expect(e).toMatchObject({ conn: (inbound as TcpConnection | null)?.id, rule: 'default' });
    // The blocked SYNs never reach the home network.
    expect(wires(net).filter((w) => w.link === 'lan' && w.from === 'router' && isSyn(w))).toEqual([]);
  });
});
