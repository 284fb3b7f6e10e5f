/**
 * The list of packets (`#/trace/<scenario>`): choose a scenario, its switches and a seed; the simulator runs
 * in the page and the packets a capture would record are listed. The address holds the state, so every run
 * has a link, and a link to the player shows the same run animated.
 */
import { type PacketRow, ROW_COLUMNS, traceToRows } from '../core/rows.ts';
import type { Trace } from '../core/trace.ts';
import type { Scenario, SwitchSpec } from '../scenarios/types.ts';
import { DEFAULT_LEVEL, playerHash } from './app-route.ts';
import { el, errorNotice } from './dom.ts';
import { switchLabel, valueLabel } from './labels.ts';
import {
  choiceToHash,
  choiceToOptions,
  hashFor,
  type ParsedRoute,
  parseHash,
  type RunChoice,
} from './route.ts';
import { num, text, uiLanguage } from './text.ts';
import { sceneOf } from './topics.ts';

/** Enough for any lesson; beyond it the page would spend seconds building rows nobody scrolls to. */
export const MAX_TABLE_ROWS = 2000;

const NUMERIC_COLUMNS = new Set<string>(['frame', 'time', 'sport', 'dport', 'seq', 'ack', 'len']);

function columnClass(column: string): string {
  if (NUMERIC_COLUMNS.has(column)) return 'num';
  return column === 'app' ? 'app' : '';
}

function field(id: string, label: string, control: HTMLElement, extraClass = ''): HTMLDivElement {
  const box = el('div', { className: extraClass ? `field ${extraClass}` : 'field' });
  box.append(el('label', { textContent: label }, { for: id }), control);
  return box;
}

function cellText(row: PacketRow, column: (typeof ROW_COLUMNS)[number]): string {
  const value = row[column];
  if (value === null) return '';
  if (column === 'time') return (value as number).toFixed(6);
  return String(value);
}

export interface TracePage {
  /** Shows the run a `#/trace/...` address names. */
  show(hash: string): void;
}

export function mountTracePage(root: HTMLElement, scenarios: readonly Scenario[], hash: string): TracePage {
  const form = el('form', { className: 'controls' }, { 'aria-label': text('packets.settings') });
  const scenarioSelect = el('select', { id: 'scenario' });
  for (const s of scenarios) scenarioSelect.append(new Option(s.title ? `${s.title} (${s.id})` : s.id, s.id));
  const seedInput = el(
    'input',
    { id: 'seed' },
    { type: 'number', min: '0', max: '4294967295', step: '1', inputmode: 'numeric' },
  );
  const scenarioField = field('scenario', text('packets.scenario'), scenarioSelect, 'field-scenario');
  const seedField = field('seed', text('player.seed'), seedInput);
  seedField.append(el('p', { className: 'hint', textContent: text('player.seedHint') }));
  form.append(scenarioField, seedField);

  const problemsBox = el(
    'div',
    { id: 'link-problems', className: 'notice notice-warning' },
    { role: 'alert' },
  );
  const errorBox = el('div', { id: 'run-error', className: 'notice notice-error' }, { role: 'alert' });
  const emptyBox = el('p', { id: 'no-scenarios', className: 'notice' });
  const heading = el('h2', { id: 'run-title' });
  const watch = el(
    'a',
    { id: 'watch-link', className: 'watch-link', textContent: text('packets.watch') },
    { href: '#/' },
  );
  const summary = el('p', { id: 'summary', className: 'summary' }, { role: 'status' });

  const table = el('table', { id: 'packets' });
  const caption = el('caption', { id: 'packets-caption', textContent: text('packets.caption') });
  const headRow = el('tr');
  for (const column of ROW_COLUMNS) {
    headRow.append(el('th', { textContent: column, className: columnClass(column) }, { scope: 'col' }));
  }
  const thead = el('thead');
  thead.append(headRow);
  const tbody = el('tbody');
  table.append(caption, thead, tbody);
  // Focusable so that keyboard users can scroll a table wider than a phone screen.
  const tableWrap = el(
    'div',
    { className: 'table-wrap' },
    { role: 'region', 'aria-labelledby': 'packets-caption', tabindex: '0' },
  );
  tableWrap.append(table);

  const results = el('section', { className: 'results' }, { 'aria-labelledby': 'run-title' });
  results.append(heading, summary, watch, errorBox, tableWrap);

  const pageTitle = el('h1', { id: 'packets-title', textContent: text('packets.title', { title: '' }) });
  const lead = el('p', { className: 'lead', textContent: text('packets.lead') });
  root.replaceChildren(
    el('div', { className: 'packets-page' }, {}, [pageTitle, lead, form, problemsBox, emptyBox, results]),
  );
  problemsBox.hidden = true;
  errorBox.hidden = true;
  emptyBox.hidden = true;

  let switchFields: HTMLDivElement[] = [];
  let switchesFor: Scenario | null = null;
  const switchSelects = new Map<string, HTMLSelectElement>();

  function buildSwitches(scenario: Scenario): void {
    for (const f of switchFields) f.remove();
    switchSelects.clear();
    switchFields = scenario.switches.map((spec: SwitchSpec) => {
      const select = el('select', { id: `switch-${spec.name}` }, { name: spec.name });
      switchSelects.set(spec.name, select);
      return field(select.id, switchLabel(spec.name), select);
    });
    seedField.before(...switchFields);
    switchesFor = scenario;
  }

  function syncControls(choice: RunChoice): void {
    if (switchesFor !== choice.scenario) buildSwitches(choice.scenario);
    scenarioSelect.value = choice.scenario.id;
    for (const spec of choice.scenario.switches) {
      const select = switchSelects.get(spec.name);
      if (!select) continue;
      const value = choice.values[spec.name] ?? spec.default;
      // A link may carry a count or a probability the menu does not suggest; it gets its own entry.
      const offered = spec.values.some((v) => String(v) === String(value))
        ? spec.values
        : [...spec.values, value];
      select.replaceChildren(...offered.map((v) => new Option(valueLabel(spec.name, v), String(v))));
      select.value = String(value);
    }
    seedInput.value = String(choice.seed);
  }

  function showProblems(problems: string[]): void {
    problemsBox.replaceChildren();
    problemsBox.hidden = problems.length === 0;
    if (problems.length === 0) return;
    problemsBox.append(el('p', { className: 'notice-title', textContent: text('link.problemsTitle') }));
    const list = el('ul');
    for (const p of problems) list.append(el('li', { textContent: p }));
    problemsBox.append(list);
  }

  function renderRows(rows: PacketRow[]): void {
    const fragment = document.createDocumentFragment();
    for (const row of rows.slice(0, MAX_TABLE_ROWS)) {
      const tr = el('tr');
      for (const column of ROW_COLUMNS) {
        tr.append(
          el('td', {
            textContent: cellText(row, column),
            className: columnClass(column),
          }),
        );
      }
      fragment.append(tr);
    }
    tbody.replaceChildren(fragment);
  }

  function runAndShow(choice: RunChoice): void {
    heading.textContent = choice.scenario.title || choice.scenario.id;
    pageTitle.textContent = text('packets.title', { title: choice.scenario.title || choice.scenario.id });
    const home = sceneOf(choice.scenario.id);
    watch.hidden = !home;
    if (home) {
      watch.href = playerHash({
        topic: home.topic,
        scene: home.scene,
        scenario: choice.scenario,
        values: choice.values,
        seed: choice.seed,
        level: DEFAULT_LEVEL,
        lang: uiLanguage(),
        view: 'wire',
        step: 1,
      });
    }
    let trace: Trace;
    let rows: PacketRow[];
    try {
      trace = choice.scenario.run(choiceToOptions(choice));
      rows = traceToRows(trace);
    } catch (err) {
      console.error(err);
      errorBox.replaceChildren(
        ...errorNotice(text('packets.runError', { scenario: choice.scenario.id }), err).childNodes,
      );
      errorBox.hidden = false;
      summary.textContent = text('packets.none');
      tableWrap.hidden = true;
      tbody.replaceChildren();
      return;
    }
    errorBox.hidden = true;
    errorBox.replaceChildren();
    tableWrap.hidden = false;
    const connections = trace.events.filter((e) => e.type === 'connection').length;
    const sentences = [
      text('packets.countPackets', { count: rows.length }),
      text('packets.countConnections', { count: connections }),
    ];
    if (rows.length > MAX_TABLE_ROWS)
      sentences.push(text('packets.truncated', { count: num(MAX_TABLE_ROWS) }));
    summary.textContent = sentences.join(' ');
    renderRows(rows);
  }

  function show(parsed: ParsedRoute): void {
    showProblems(parsed.problems);
    const choice = parsed.choice;
    if (!choice) {
      emptyBox.textContent = text('packets.noScenarios');
      emptyBox.hidden = false;
      form.querySelectorAll('select, input').forEach((c) => {
        (c as HTMLSelectElement | HTMLInputElement).disabled = true;
      });
      results.hidden = true;
      return;
    }
    emptyBox.hidden = true;
    results.hidden = false;
    syncControls(choice);
    const canonical = choiceToHash(choice);
    // Replace rather than push: the address should show what is on screen without adding a history step.
    if (window.location.hash !== canonical) window.history.replaceState(null, '', canonical);
    runAndShow(choice);
  }

  function hashFromControls(scenarioChanged: boolean): string {
    const id = scenarioSelect.value;
    const params: Array<[string, string]> = [];
    if (!scenarioChanged) {
      for (const [name, select] of switchSelects) params.push([name, select.value]);
    }
    params.push(['seed', seedInput.value.trim()]);
    return hashFor(id, params);
  }

  // Every change becomes a new address; the hashchange handler then runs it, so links and controls share one path.
  scenarioSelect.addEventListener('change', () => {
    window.location.hash = hashFromControls(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target === scenarioSelect) return;
    window.location.hash = hashFromControls(false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.hash = hashFromControls(false);
  });

  show(parseHash(hash, scenarios));
  return { show: (next) => show(parseHash(next, scenarios)) };
}
