// The path finder: two search boxes (a picked suggestion carries its id; a typed id works too)
// and a button that opens the shortest paths between them.
import { setStatus } from '../ui/banner';
import { byId } from '../ui/dom';
import { wireSearch, type SuggestOptions } from '../ui/search';
import type { ViewStore } from '../view/view-store';

type PathEnd = 'path-from' | 'path-to';

/** Fills one end of the path finder as if its suggestion had been picked. */
export function setPathEnd(end: PathEnd, id: string, name: string): void {
  const input = byId<HTMLInputElement>(end);
  input.value = name;
  input.dataset.id = id;
}

export function wirePathFinder(store: ViewStore, suggest: Omit<SuggestOptions, 'onPick'>): void {
  wireSearch('path-from', 'path-from-suggestions', { ...suggest, onPick: () => undefined });
  wireSearch('path-to', 'path-to-suggestions', { ...suggest, onPick: () => undefined });
  const end = (input: PathEnd) => byId<HTMLInputElement>(input).dataset.id ?? byId<HTMLInputElement>(input).value.trim();
  byId('path-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const from = end('path-from');
    const to = end('path-to');
    if (!from || !to) return setStatus('Pick two entities: type a name in each box and choose a suggestion.');
    if (from === to) return setStatus('Pick two different entities.');
    store.navigate({ ...store.state, path: [from, to], focus: undefined }, 'Find paths');
  });
}
