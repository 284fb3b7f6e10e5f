import { expect, test } from 'vitest';
import { transferOverview } from './overview.ts';

test('the overview is measured from the simulations: connections, ports and who opens the data connection', () => {
  const rows = new Map(transferOverview().map((r) => [r.scenario, r]));
  expect(rows.get('http-download')).toMatchObject({
    connections: 1,
    serverPorts: [80],
    encrypted: false,
    dataOpenedBy: 'PC',
  });
  expect(rows.get('ftp-active')).toMatchObject({ connections: 2, encrypted: false, dataOpenedBy: 'Server' });
  expect(rows.get('ftp-active')?.serverPorts[0]).toBe(21);
  expect(rows.get('ftp-passive')).toMatchObject({ connections: 2, encrypted: false, dataOpenedBy: 'PC' });
  expect(rows.get('ftp-passive')?.serverPorts[1]).toBeGreaterThanOrEqual(40000);
  for (const id of ['scp', 'sftp']) {
    const row = rows.get(id);
    if (row)
      expect(row).toMatchObject({ connections: 1, serverPorts: [22], encrypted: true, dataOpenedBy: 'PC' });
  }
  for (const id of ['ftps-active', 'ftps-passive']) {
    const row = rows.get(id);
    if (row) expect(row).toMatchObject({ connections: 2, encrypted: true });
  }
});

test('the password and the firewall rows are measured too: runs with the switches turned against each way', () => {
  const rows = new Map(transferOverview().map((r) => [r.scenario, r]));
  expect(rows.get('http-download')).toMatchObject({
    login: 'none',
    stoppedBy: { firewall: null, nat: null },
  });
  expect(rows.get('ftp-active')).toMatchObject({
    login: 'readable',
    stoppedBy: { firewall: true, nat: true },
  });
  expect(rows.get('ftp-passive')).toMatchObject({
    login: 'readable',
    stoppedBy: { firewall: false, nat: false },
    openers: ['PC'],
  });
  // An FTP helper in the NAT box cannot read a PORT command sealed in TLS, and without one NAT stops it too.
  expect(rows.get('ftps-active')).toMatchObject({
    login: 'encrypted',
    stoppedBy: { firewall: true, nat: true },
  });
  expect(rows.get('ftps-passive')).toMatchObject({ login: 'encrypted', stoppedBy: { firewall: false } });
  for (const id of ['scp', 'sftp']) {
    expect(rows.get(id)).toMatchObject({ login: 'encrypted', stoppedBy: { firewall: null, nat: false } });
    expect(rows.get(id)?.listeners).toEqual([{ port: 22, node: 'Server' }]);
  }
  const active = rows.get('ftp-active');
  expect(active?.listeners[0]).toEqual({ port: 21, node: 'Server' });
  expect(active?.listeners[1]?.node).toBe('PC');
  expect(active?.openers).toEqual(['PC', 'Server']);
});
