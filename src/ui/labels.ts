/** How the page names switches and their values; the link keeps the raw names the command line uses. */
import type { ScenarioSwitches } from '../scenarios/types.ts';
import { maybeText, text } from './text.ts';

export function switchLabel(name: keyof ScenarioSwitches): string {
  return maybeText(`switch.${name}`) ?? name;
}

export function valueLabel(name: keyof ScenarioSwitches, value: string | number): string {
  if (typeof value === 'number') {
    if (name === 'loss') return text('value.loss', { percent: Number((value * 100).toFixed(2)) });
    if (name === 'ip') return text('value.ip', { version: value });
    return String(value);
  }
  return maybeText(`value.${name}.${value}`) ?? value;
}
