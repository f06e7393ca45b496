// The path finder: two search boxes and a button (or Enter in either box) that opens the shortest paths between
// them. A name typed without picking a suggestion stands for its exact match; when there is none,
// the box lists the candidates to pick from. The ends are always shown by name, never by id.
import { t } from '../i18n/i18n';
import { setStatus } from '../ui/banner';
import { byId } from '../ui/dom';
import { wireSearch, type SuggestOptions } from '../ui/search';
import type { ViewStore } from '../view/view-store';

type PathEnd = 'path-from' | 'path-to';

/** Names of the entities picked or resolved here, for ends the picture cannot name (no path drawn). */
const names = new Map<string, string>();

/** The name of an entity picked or resolved as a path end, for a panel that cannot find it in the picture. */
export function pathEndName(id: string): string | undefined {
  return names.get(id);
}

/** Fills one end of the path finder as if its suggestion had been picked. */
export function setPathEnd(end: PathEnd, id: string, name: string): void {
  const input = byId<HTMLInputElement>(end);
  input.value = name === id ? (names.get(id) ?? name) : name;
  input.dataset.id = id;
}

export function wirePathFinder(store: ViewStore, suggest: Omit<SuggestOptions, 'onPick'>): void {
  const remember = (entity: { id: string; name: string }) => void names.set(entity.id, entity.name);
  const from = wireSearch('path-from', 'path-from-suggestions', { ...suggest, onPick: remember, submitOnEnter: true });
  const to = wireSearch('path-to', 'path-to-suggestions', { ...suggest, onPick: remember, submitOnEnter: true });
  const findPaths = async () => {
    const typed = (end: PathEnd) => byId<HTMLInputElement>(end).value.trim();
    if (!typed('path-from') || !typed('path-to')) return setStatus(t('pickTwo'));
    const [a, b] = [await from.resolve(), await to.resolve()];
    const unresolved = !a ? typed('path-from') : !b ? typed('path-to') : undefined;
    if (!a || !b) return setStatus(t('whichOne', { name: unresolved ?? '' }));
    if (a.id === b.id) return setStatus(t('pickDifferent', { name: a.name }));
    [a, b].forEach(remember);
    store.navigate(
      { ...store.state, path: [a.id, b.id], avoid: undefined, focus: undefined },
      t('pathsFromTo', { from: a.name, to: b.name }),
    );
  };
  byId('path-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void findPaths();
  });
}
