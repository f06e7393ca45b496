// What a link to an entity the graph does not hold shows in the panel: that it is not there, a
// search already filled with the words of its id, and the way back to the whole picture, instead of
// an endless "Loading…" over an empty canvas.
import { byId, el } from './dom';

/** The words of an id ("sam-altmann" → "sam altmann"), which the search forgives a typo in. */
export function idWords(id: string): string {
  return id.replace(/-/g, ' ');
}

/** Puts `text` in the main search box and opens its suggestions. */
export function searchFor(text: string): void {
  const input = byId<HTMLInputElement>('search-input');
  input.value = text;
  input.focus();
  input.dispatchEvent(new Event('input'));
}

export function notFoundContent(id: string, showOverview: () => void): HTMLElement[] {
  const search = el('button', { type: 'button', 'data-action': 'search-missing' }, `Search for “${idWords(id)}”`);
  search.addEventListener('click', () => searchFor(idWords(id)));
  const overview = el('button', { type: 'button', 'data-action': 'overview' }, 'Show the whole graph');
  overview.addEventListener('click', showOverview);
  return [
    el('p', { class: 'kind' }, 'Not found'),
    el('h2', { class: 'not-found', tabindex: '-1' }, `No entity “${id}” in this graph`),
    el(
      'p',
      {},
      'The link names an entity this graph does not hold: it may have been renamed, merged or removed, or the link was cut short.',
    ),
    el('div', { class: 'panel-actions' }, search, overview),
  ];
}
