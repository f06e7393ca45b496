// Which answer table is open, how it is sorted and in which mode, as URL parameters beside the
// view's own (`?view=all&table=compute&sort=h100e&dir=desc`). The view store stays the only writer
// of the URL: it writes through a history port that adds these parameters to every URL it writes.
import type { HistoryPort } from '../view/view-store';
import type { SortDir } from './table-model';

export const TABLE_NAMES = ['compute', 'funding', 'predictions'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface TableState {
  name: TableName;
  sort?: string;
  dir?: SortDir;
  /** A second reading of the same table: funding totals received or given, the per-speaker tally. */
  mode?: string;
}

const PARAMS = ['table', 'sort', 'dir', 'mode'];
const WORD = /^[a-z][a-z0-9-]{0,30}$/i;

/** Reads the open table from a query string; anything malformed is ignored, never trusted. */
export function decodeTable(search: string): TableState | undefined {
  const params = new URLSearchParams(search);
  const name = params.get('table');
  if (!TABLE_NAMES.some((t) => t === name)) return undefined;
  const state: TableState = { name: name as TableName };
  const sort = params.get('sort');
  if (sort && WORD.test(sort)) state.sort = sort;
  const dir = params.get('dir');
  if (dir === 'asc' || dir === 'desc') state.dir = dir;
  const mode = params.get('mode');
  if (mode && WORD.test(mode)) state.mode = mode;
  return state;
}

/** A URL with the table's parameters in place of any it had. */
export function withTable(url: string, table: TableState | undefined): string {
  const at = url.indexOf('?');
  const params = new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
  for (const p of PARAMS) params.delete(p);
  if (table) {
    params.set('table', table.name);
    if (table.sort) params.set('sort', table.sort);
    if (table.dir) params.set('dir', table.dir);
    if (table.mode) params.set('mode', table.mode);
  }
  return `${at < 0 ? url : url.slice(0, at)}?${params.toString()}`;
}

/** The history the view store writes to, with the open table's parameters added to each URL. */
export function historyWithTable(history: HistoryPort, table: () => TableState | undefined): HistoryPort {
  return {
    pushState: (data, unused, url) => history.pushState(data, unused, withTable(url, table())),
    replaceState: (data, unused, url) => history.replaceState(data, unused, withTable(url, table())),
  };
}
