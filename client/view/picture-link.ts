// What a link carries beyond the view, so that a reopened page shows the same picture: the
// reader's edits in the order made (`+id` expanded, `~id` collapsed, `-id` removed), the layout
// chosen, and the zoom and pan. The view itself (what is asked of the API) is ViewState's; these
// are replayed on top of it, and a navigation to another view leaves them behind.
import type { LayoutName } from '../graph/layouts';

export interface PictureExtras {
  edits: string[];
  layout?: LayoutName;
  at?: { zoom: number; x: number; y: number };
}

const DEFAULT_LAYOUT: LayoutName = 'fcose';
const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'breadthfirst'];
const EDIT = /^[+~-][a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Enough for a long session of edits; a longer link would not survive being pasted everywhere. */
const MAX_EDITS = 60;

export const editToken = (kind: 'expand' | 'collapse' | 'remove', id: string) =>
  `${kind === 'expand' ? '+' : kind === 'collapse' ? '~' : '-'}${id}`;

export function readExtras(search: string): PictureExtras {
  const params = new URLSearchParams(search);
  const edits = (params.get('edits') ?? '')
    .split(',')
    .filter((t) => EDIT.test(t))
    .slice(0, MAX_EDITS);
  const layout = LAYOUTS.find((l) => l === params.get('layout'));
  const at = (params.get('at') ?? '').split(',').map(Number);
  const extras: PictureExtras = { edits };
  if (layout) extras.layout = layout;
  if (at.length === 3 && at.every(Number.isFinite) && at[0] > 0) extras.at = { zoom: at[0], x: at[1], y: at[2] };
  return extras;
}

/** The same address with these extras in place of any it had; other parameters are kept as they are. */
export function withExtras(href: string, extras: PictureExtras): string {
  const url = new URL(href);
  const set = (name: string, value: string | undefined) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
  set('edits', extras.edits.slice(-MAX_EDITS).join(','));
  set('layout', extras.layout && extras.layout !== DEFAULT_LAYOUT ? extras.layout : undefined);
  const round = (n: number, places: number) => Number(n.toFixed(places));
  set('at', extras.at ? [round(extras.at.zoom, 3), round(extras.at.x, 0), round(extras.at.y, 0)].join(',') : undefined);
  return url.toString();
}
