/**
 * The overview page as data: one column per way to move a file, each cell already in words. The facts
 * come from `transferOverview` (the simulator's own runs); this module only puts them into the page's
 * language and links each way to its scene. No DOM here.
 */
import type { UiKey } from '../i18n/en/ui.ts';
import type { TransferWay } from '../scenarios/overview.ts';
import { sceneHash } from './app-route.ts';
import { maybeText, num, text, uiLanguage } from './text.ts';
import { sceneOf } from './topics.ts';

export const OVERVIEW_ROWS = ['connections', 'ports', 'login', 'file', 'opener', 'firewall'] as const;
export type OverviewRow = (typeof OVERVIEW_ROWS)[number];

const ROW_KEYS: Record<OverviewRow, UiKey> = {
  connections: 'overview.row.connections',
  ports: 'overview.row.ports',
  login: 'overview.row.login',
  file: 'overview.row.file',
  opener: 'overview.row.opener',
  firewall: 'overview.row.firewall',
};

export interface OverviewCell {
  row: OverviewRow;
  value: string;
  /** The way is exposed or gets stuck here: the page marks the cell, in words as well as colour. */
  tone: 'plain' | 'good' | 'bad';
}

export interface OverviewColumn {
  scenario: string;
  title: string;
  /** The scene that plays this way, or null when no menu offers it. */
  href: string | null;
  cells: OverviewCell[];
}

/** Items joined the way the page's language lists things (`、` in Japanese, `و` in Arabic). */
function list(items: string[]): string {
  return new Intl.ListFormat(uiLanguage(), { type: 'conjunction', style: 'narrow' }).format(items);
}

export function rowLabel(row: OverviewRow): string {
  return maybeText(ROW_KEYS[row]) ?? row;
}

function firewallCell(way: TransferWay): OverviewCell {
  const { firewall, nat } = way.stoppedBy;
  if (firewall && nat) return { row: 'firewall', value: text('overview.blockedBoth'), tone: 'bad' };
  if (firewall) return { row: 'firewall', value: text('overview.blockedFirewall'), tone: 'bad' };
  if (nat) return { row: 'firewall', value: text('overview.blockedNat'), tone: 'bad' };
  const only = way.openers.length === 1 ? way.openers[0] : undefined;
  return {
    row: 'firewall',
    value: only ? text('overview.clear', { node: only }) : text('overview.no'),
    tone: 'good',
  };
}

export function overviewColumn(way: TransferWay): OverviewColumn {
  const place = sceneOf(way.scenario);
  const secret = (state: 'readable' | 'encrypted'): Pick<OverviewCell, 'value' | 'tone'> =>
    state === 'readable'
      ? { value: text('overview.readable'), tone: 'bad' }
      : { value: text('overview.encrypted'), tone: 'good' };
  const cells: OverviewCell[] = [
    { row: 'connections', value: num(way.connections), tone: 'plain' },
    {
      row: 'ports',
      value: list(way.listeners.map((l) => text('overview.port', { port: l.port, node: l.node }))),
      tone: 'plain',
    },
    way.login === 'none'
      ? { row: 'login', value: text('overview.noLogin'), tone: 'plain' }
      : { row: 'login', ...secret(way.login) },
    { row: 'file', ...secret(way.encrypted ? 'encrypted' : 'readable') },
    { row: 'opener', value: way.dataOpenedBy, tone: 'plain' },
    firewallCell(way),
  ];
  return {
    scenario: way.scenario,
    title: (place && maybeText(place.scene.title)) || way.name,
    href: place ? sceneHash(place.topic, place.scene) : null,
    cells,
  };
}

export function overviewColumns(ways: readonly TransferWay[]): OverviewColumn[] {
  return ways.map(overviewColumn);
}
