// What every answer table is made of, as plain data: columns that say how to read, show and sort a
// row, the sort itself (missing values last whichever the direction), and the CSV of what is shown.
// No DOM here, so the tables' logic is tested without a browser.
import { toCsv, type CsvValue } from './csv';

export type SortDir = 'asc' | 'desc';

/** An entity a cell or a row opens in the picture. */
export interface Opens {
  id: string;
  name: string;
}

export interface Column<R> {
  key: string;
  /** The heading, or how to word it in the reader's language when the table is drawn. */
  title: string | (() => string);
  /** The value sorted on and written to the CSV: a number for figures, else text. */
  value: (row: R) => CsvValue;
  /** What the cell shows, when it differs from the value (a list, a number with its unit). */
  show?: (row: R, format: (n: number) => string) => string;
  /** The entity the cell opens (a name cell is a button). */
  opens?: (row: R) => Opens | undefined;
  numeric?: boolean;
  /** A bar beside the number, scaled to the column's largest value. */
  bar?: boolean;
  /** Sorted largest first on the first click. */
  descFirst?: boolean;
}

export interface TableSpec<R> {
  columns: Column<R>[];
  sort: string;
  dir: SortDir;
  /** What a click on the row (outside its buttons) opens. */
  opens: (row: R) => Opens | undefined;
}

/**
 * The column and direction a table is sorted by: as asked when the column exists, else the table's
 * default; a column asked without a direction sorts the way its first click would.
 */
export function sortOf<R>(spec: TableSpec<R>, key: string | undefined, dir: SortDir | undefined): { column: Column<R>; dir: SortDir } {
  const asked = spec.columns.find((c) => c.key === key);
  if (!asked) return { column: spec.columns.find((c) => c.key === spec.sort) ?? spec.columns[0], dir: spec.dir };
  return { column: asked, dir: dir ?? (asked.key === spec.sort ? spec.dir : asked.descFirst ? 'desc' : 'asc') };
}

/** A stable sort by one column; rows without a value stay last in either direction. */
export function sortRows<R>(rows: readonly R[], column: Column<R>, dir: SortDir): R[] {
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((a, b) => {
      const missingA = a.value === undefined || a.value === '';
      const missingB = b.value === undefined || b.value === '';
      if (missingA || missingB) return missingA === missingB ? a.index - b.index : missingA ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value), undefined, { numeric: true });
      return order * sign || a.index - b.index;
    })
    .map((x) => x.row);
}

/** The direction a click on a column's header sorts in: the other one when it is sorted already. */
export function nextDir<R>(column: Column<R>, sortedBy: string, dir: SortDir): SortDir {
  if (column.key === sortedBy) return dir === 'asc' ? 'desc' : 'asc';
  return column.descFirst ? 'desc' : 'asc';
}

/** A column's heading as it reads now. */
export const heading = (column: { title: string | (() => string) }): string =>
  typeof column.title === 'function' ? column.title() : column.title;

export function tableCsv<R>(columns: Column<R>[], rows: readonly R[]): string {
  return toCsv(
    columns.map(heading),
    rows.map((row) => columns.map((c) => c.value(row))),
  );
}

/** The largest value of a column, for scaling its bars (1 when there is none, so no bar divides by 0). */
export function columnMax<R>(column: Column<R>, rows: readonly R[]): number {
  return Math.max(1, ...rows.map((r) => column.value(r)).filter((v): v is number => typeof v === 'number'));
}

/** The source documents a fact cites, each by title once with its paragraphs: "Title ¶2, ¶5; Other ¶1". */
export function citeText(refs: readonly { source: string; paragraph?: number }[], titleOf: (id: string) => string): string {
  const paragraphs = new Map<string, Set<number>>();
  for (const r of refs) {
    const set = paragraphs.get(r.source) ?? paragraphs.set(r.source, new Set()).get(r.source)!;
    if (r.paragraph !== undefined) set.add(r.paragraph);
  }
  return [...paragraphs]
    .map(([source, set]) => [titleOf(source), ...[...set].sort((a, b) => a - b).map((p) => `¶${p}`)].join(set.size ? ' ' : ''))
    .map((text) => text.replace(/ ¶(\d+) (?=¶)/g, ' ¶$1, '))
    .join('; ');
}
