/**
 * "Ways to move a file": the ways side by side, one column each on a wide screen and one card each on a
 * phone. The simulator runs the ways when the page is first opened (not when the app starts), and the
 * measurements are kept for the rest of the visit: a new language only rewords them.
 */
import { type TransferWay, transferOverview } from '../scenarios/overview.ts';
import { el, errorNotice, problemsNotice } from './dom.ts';
import {
  OVERVIEW_ROWS,
  type OverviewCell,
  type OverviewColumn,
  overviewColumns,
  rowLabel,
} from './overview-model.ts';
import { maybeText, text } from './text.ts';
import type { TopicPage } from './topics.ts';

let measured: TransferWay[] | null = null;

function ways(): TransferWay[] {
  measured ??= transferOverview();
  return measured;
}

function cellClass(cell: OverviewCell): string {
  return `ov-cell tone-${cell.tone}`;
}

function titleLink(column: OverviewColumn, className: string): HTMLElement {
  if (!column.href) return el('span', { className, textContent: column.title });
  return el(
    'a',
    { className, textContent: column.title },
    { href: column.href, 'data-way': column.scenario },
  );
}

function table(columns: OverviewColumn[]): HTMLTableElement {
  const head = el('tr', {}, {}, [el('th', { textContent: text('overview.way') }, { scope: 'col' })]);
  for (const c of columns) head.append(el('th', {}, { scope: 'col' }, [titleLink(c, 'ov-way')]));
  const body = el('tbody');
  OVERVIEW_ROWS.forEach((row, i) => {
    const tr = el('tr', {}, { 'data-row': row }, [
      el('th', { textContent: rowLabel(row) }, { scope: 'row' }),
    ]);
    for (const c of columns) {
      const cell = c.cells[i] as OverviewCell;
      tr.append(el('td', { className: cellClass(cell), textContent: cell.value }));
    }
    body.append(tr);
  });
  return el('table', { className: 'ov-table' }, {}, [
    el('caption', { textContent: text('overview.caption') }),
    el('thead', {}, {}, [head]),
    body,
  ]);
}

function cards(columns: OverviewColumn[]): HTMLUListElement {
  const list = el('ul', { className: 'ov-cards' }, { 'aria-label': text('overview.caption') });
  for (const c of columns) {
    const facts = el('dl', { className: 'ov-facts' });
    for (const cell of c.cells) {
      facts.append(
        el('div', {}, {}, [
          el('dt', { textContent: rowLabel(cell.row) }),
          el('dd', { className: cellClass(cell), textContent: cell.value }),
        ]),
      );
    }
    const parts: HTMLElement[] = [el('h2', { className: 'card-title', textContent: c.title }), facts];
    if (c.href) {
      parts.push(
        el(
          'a',
          { className: 'ov-watch', textContent: text('overview.watch') },
          {
            href: c.href,
            'data-way': c.scenario,
          },
        ),
      );
    }
    list.append(el('li', { className: 'card ov-card' }, { 'data-way': c.scenario }, parts));
  }
  return list;
}

export function mountOverviewPage(root: HTMLElement, page: TopicPage, problems: string[]): void {
  const body: HTMLElement[] = [
    el('h1', { textContent: maybeText(page.title) ?? page.slug }),
    problemsNotice(text('link.problemsTitle'), problems),
    el('p', { className: 'lead', textContent: text('overview.lead') }),
  ];
  try {
    const columns = overviewColumns(ways());
    body.push(table(columns), cards(columns));
  } catch (err) {
    console.error(err);
    body.push(errorNotice(text('overview.failed'), err));
  }
  root.replaceChildren(el('div', { className: 'menu-page overview-page' }, {}, body));
}
