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
