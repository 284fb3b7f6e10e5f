import { describe, expect, test } from 'vitest';
import { transferOverview } from '../scenarios/overview.ts';
import { OVERVIEW_ROWS, overviewColumns, rowLabel } from './overview-model.ts';

describe('the overview page model', () => {
  const columns = overviewColumns(transferOverview());
  const column = (id: string) => {
    const c = columns.find((x) => x.scenario === id);
    if (!c) throw new Error(`no column for ${id}`);
    return c;
  };
  const cell = (id: string, row: string) => column(id).cells.find((c) => c.row === row);

  test('one column per way, each with every row, in the order the page reads them', () => {
    expect(columns.map((c) => c.scenario)).toEqual([
      'http-download',
      'ftp-active',
      'ftp-passive',
      'ftps-active',
      'ftps-passive',
      'scp',
      'sftp',
    ]);
    for (const c of columns) expect(c.cells.map((x) => x.row)).toEqual([...OVERVIEW_ROWS]);
    expect(OVERVIEW_ROWS.map(rowLabel)).toContain('Password on the wire');
  });

  test('each way links to the scene that plays it, titled as its menu names it', () => {
    expect(column('ftp-active')).toMatchObject({ title: 'FTP, active mode', href: '#/ftp/active' });
    expect(column('ftps-passive').href).toBe('#/ftp/ftps-passive');
    expect(column('http-download').href).toBe('#/ftp/http');
  });

  test('cells say in words what the simulator measured', () => {
    expect(cell('ftp-passive', 'connections')?.value).toBe('2');
    expect(cell('ftp-active', 'ports')?.value).toMatch(/^21 on Server, \d+ on PC$/);
    expect(cell('ftp-passive', 'login')).toMatchObject({
      value: 'Readable by anyone on the path',
      tone: 'bad',
    });
    expect(cell('ftps-passive', 'login')).toMatchObject({ value: 'Encrypted', tone: 'good' });
    expect(cell('http-download', 'login')?.value).toBe('No login');
    expect(cell('sftp', 'file')?.value).toBe('Encrypted');
    expect(cell('ftp-active', 'opener')?.value).toBe('Server');
    expect(cell('ftp-active', 'firewall')).toMatchObject({ tone: 'bad' });
    expect(cell('ftp-active', 'firewall')?.value).toBe('Yes: both stop the server’s connection to the PC');
    expect(cell('ftp-passive', 'firewall')?.value).toBe('No: the PC opens every connection itself');
  });
});
