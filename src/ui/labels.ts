/** How the page names switches and their values; the link keeps the raw names the command line uses. */
import type { ScenarioSwitches } from '../scenarios/types.ts';

const SWITCH_LABELS: Record<keyof ScenarioSwitches, string> = {
  mode: 'FTP mode',
  firewall: 'Firewall',
  nat: 'NAT',
  files: 'Files',
  loss: 'Packet loss',
  ip: 'IP version',
};

const VALUE_LABELS: Record<string, string> = {
  'blocks-then-allows': 'blocks, then allows',
  'on-with-helper': 'on, with FTP helper',
};

export function switchLabel(name: keyof ScenarioSwitches): string {
  return SWITCH_LABELS[name] ?? name;
}

export function valueLabel(name: keyof ScenarioSwitches, value: string | number): string {
  if (typeof value === 'number') {
    if (name === 'loss') return `${Number((value * 100).toFixed(2))} %`;
    if (name === 'ip') return `IPv${value}`;
    return String(value);
  }
  return VALUE_LABELS[value] ?? value;
}
