/**
 * The first page: choose a scenario, its switches and a seed; the simulator runs in the page and the packets
 * a capture would record are listed. The address holds the state, so every run has a link.
 */
import { type PacketRow, ROW_COLUMNS, traceToRows } from '../core/rows.ts';
import type { Trace } from '../core/trace.ts';
import type { Scenario, SwitchSpec } from '../scenarios/types.ts';
import { switchLabel, valueLabel } from './labels.ts';
import {
  choiceToHash,
  choiceToOptions,
  hashFor,
  type ParsedRoute,
  parseHash,
  type RunChoice,
} from './route.ts';

/** Enough for any lesson; beyond it the page would spend seconds building rows nobody scrolls to. */
export const MAX_TABLE_ROWS = 2000;

const NUMERIC_COLUMNS = new Set<string>(['frame', 'time', 'sport', 'dport', 'seq', 'ack', 'len']);

function columnClass(column: string): string {
  if (NUMERIC_COLUMNS.has(column)) return 'num';
  return column === 'app' ? 'app' : '';
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'id' | 'className' | 'textContent', string>> = {},
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.id) node.id = props.id;
  if (props.className) node.className = props.className;
  if (props.textContent !== undefined) node.textContent = props.textContent;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function field(id: string, label: string, control: HTMLElement, extraClass = ''): HTMLDivElement {
  const box = el('div', { className: extraClass ? `field ${extraClass}` : 'field' });
  box.append(el('label', { textContent: label }, { for: id }), control);
  return box;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function cellText(row: PacketRow, column: (typeof ROW_COLUMNS)[number]): string {
  const value = row[column];
  if (value === null) return '';
  if (column === 'time') return (value as number).toFixed(6);
  return String(value);
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

export function mountTracePage(root: HTMLElement, scenarios: readonly Scenario[]): void {
  const form = el('form', { className: 'controls' }, { 'aria-label': 'Scenario settings' });
  const scenarioSelect = el('select', { id: 'scenario' });
  for (const s of scenarios) scenarioSelect.append(new Option(s.title ? `${s.title} (${s.id})` : s.id, s.id));
  const seedInput = el(
    'input',
    { id: 'seed' },
    { type: 'number', min: '0', max: '4294967295', step: '1', inputmode: 'numeric' },
  );
  const scenarioField = field('scenario', 'Scenario', scenarioSelect, 'field-scenario');
  const seedField = field('seed', 'Seed', seedInput);
  seedField.append(el('p', { className: 'hint', textContent: 'Same seed, same packets.' }));
  form.append(scenarioField, seedField);

  const problemsBox = el(
    'div',
    { id: 'link-problems', className: 'notice notice-warning' },
    { role: 'alert' },
  );
  const errorBox = el('div', { id: 'run-error', className: 'notice notice-error' }, { role: 'alert' });
  const emptyBox = el('p', { id: 'no-scenarios', className: 'notice' });
  const heading = el('h2', { id: 'run-title' });
  const summary = el('p', { id: 'summary', className: 'summary' }, { role: 'status' });

  const table = el('table', { id: 'packets' });
  const caption = el('caption', { id: 'packets-caption', textContent: 'Packets seen at the capture point' });
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
  results.append(heading, summary, errorBox, tableWrap);

  root.replaceChildren(form, problemsBox, emptyBox, results);
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
    problemsBox.append(
      el('p', { className: 'notice-title', textContent: 'This link could not be followed as written.' }),
    );
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
    let trace: Trace;
    let rows: PacketRow[];
    try {
      trace = choice.scenario.run(choiceToOptions(choice));
      rows = traceToRows(trace);
    } catch (err) {
      console.error(err);
      errorBox.replaceChildren(
        el('p', {
          className: 'notice-title',
          textContent: `The scenario “${choice.scenario.id}” stopped with an error.`,
        }),
        el('p', { className: 'error-message', textContent: describeError(err) }),
      );
      errorBox.hidden = false;
      summary.textContent = 'No packets to show.';
      tableWrap.hidden = true;
      tbody.replaceChildren();
      return;
    }
    errorBox.hidden = true;
    errorBox.replaceChildren();
    tableWrap.hidden = false;
    const connections = trace.events.filter((e) => e.type === 'connection').length;
    let text = `${plural(rows.length, 'packet', 'packets')}, ${plural(connections, 'connection', 'connections')}.`;
    if (rows.length > MAX_TABLE_ROWS)
      text += ` The table shows the first ${MAX_TABLE_ROWS.toLocaleString('en')}.`;
    summary.textContent = text;
    renderRows(rows);
  }

  function show(parsed: ParsedRoute): void {
    showProblems(parsed.problems);
    const choice = parsed.choice;
    if (!choice) {
      emptyBox.textContent = 'No scenarios are available yet, so there is nothing to run.';
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
  window.addEventListener('hashchange', () => show(parseHash(window.location.hash, scenarios)));

  show(parseHash(window.location.hash, scenarios));
}
