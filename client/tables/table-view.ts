// Draws one answer table into the page: header buttons that sort (with aria-sort), a row per
// answer whose names are buttons that open the entity in the picture, numbers in the reader's
// locale with bars scaled to their column. All data is set as text, never parsed as HTML.
import { t } from '../i18n/i18n';
import { el } from '../ui/dom';
import { columnMax, heading, nextDir, sortOf, sortRows, type Column, type Opens, type SortDir, type TableSpec } from './table-model';

/** What drawing needs besides the table itself: its sort, the number format and what clicks do. */
export interface DrawHandlers {
  sort?: string;
  dir?: SortDir;
  format: (n: number) => string;
  onSort: (key: string, dir: SortDir) => void;
  onOpen: (entity: Opens) => void;
}

export interface DrawOptions<R> extends DrawHandlers {
  spec: TableSpec<R>;
  rows: readonly R[];
  caption: string;
}

/** Replaces the host's content with the table; answers the rows in the order shown (for the CSV). */
export function drawTable<R>(host: HTMLElement, o: DrawOptions<R>): R[] {
  const { column: sortBy, dir } = sortOf(o.spec, o.sort, o.dir);
  const rows = sortRows(o.rows, sortBy, dir);
  const table = el('table', { class: 'answer-table' });
  // The caption is read out with the table; the same words are shown above the scroller, where a
  // phone does not cut them at the screen's edge.
  table.append(el('caption', { class: 'visually-hidden' }, o.caption));
  const head = el('tr');
  for (const column of o.spec.columns) head.append(headerCell(column, sortBy.key, dir, o.onSort));
  table.append(el('thead', {}, head));
  const body = el('tbody');
  const maxima = new Map(o.spec.columns.filter((c) => c.bar).map((c) => [c.key, columnMax(c, rows)]));
  for (const row of rows) {
    const tr = el('tr');
    for (const column of o.spec.columns) tr.append(cell(column, row, o, maxima.get(column.key)));
    const opens = o.spec.opens(row);
    if (opens) {
      tr.classList.add('opens');
      tr.addEventListener('click', (e) => {
        if (!(e.target as HTMLElement).closest('button')) o.onOpen(opens);
      });
    }
    body.append(tr);
  }
  if (!rows.length) body.append(el('tr', {}, el('td', { colspan: String(o.spec.columns.length), class: 'muted' }, t('tablesEmpty'))));
  table.append(body);
  host.replaceChildren(el('p', { class: 'tables-note', 'aria-hidden': 'true' }, o.caption), el('div', { class: 'tables-scroll' }, table));
  return rows;
}

function headerCell<R>(column: Column<R>, sortedBy: string, dir: SortDir, onSort: DrawOptions<R>['onSort']): HTMLElement {
  const sorted = column.key === sortedBy;
  const th = el('th', { scope: 'col', 'aria-sort': sorted ? (dir === 'asc' ? 'ascending' : 'descending') : 'none' });
  if (column.numeric) th.classList.add('num');
  const arrow = sorted ? (dir === 'asc' ? ' ▲' : ' ▼') : '';
  const button = el('button', { type: 'button', 'data-sort': column.key }, heading(column), el('span', { 'aria-hidden': 'true' }, arrow));
  button.addEventListener('click', () => {
    onSort(column.key, nextDir(column, sortedBy, dir));
  });
  th.append(button);
  return th;
}

function cell<R>(column: Column<R>, row: R, o: DrawOptions<R>, max: number | undefined): HTMLElement {
  const td = el('td', { 'data-col': column.key, 'data-label': heading(column) });
  const value = column.value(row);
  const shown = column.show ? column.show(row, o.format) : typeof value === 'number' ? o.format(value) : (value ?? '');
  const opens = column.opens?.(row);
  if (opens && shown) {
    const button = el('button', { type: 'button', class: 'link', 'data-id': opens.id }, shown);
    button.addEventListener('click', () => o.onOpen(opens));
    td.append(button);
  } else td.append(shown === '' ? el('span', { class: 'muted', 'aria-label': 'not stated' }, '–') : shown);
  if (column.numeric) td.classList.add('num');
  if (max !== undefined && typeof value === 'number') {
    const bar = el('span', { class: 'bar', 'aria-hidden': 'true' });
    // A CSSOM width, which the page's Content-Security-Policy allows (an inline style attribute it would not).
    bar.style.width = `${Math.max(1, (value / max) * 100)}%`;
    td.append(bar);
  }
  return td;
}
