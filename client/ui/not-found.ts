// What a link to an entity the graph does not hold shows in the panel: that it is not there, a
// search already filled with the words of its id, and the way back to the whole picture, instead of
// an endless "Loading…" over an empty canvas.
import { t } from '../i18n/i18n';
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
  const search = el('button', { type: 'button', 'data-action': 'search-missing' }, t('searchFor', { words: idWords(id) }));
  search.addEventListener('click', () => searchFor(idWords(id)));
  const overview = el('button', { type: 'button', 'data-action': 'overview' }, t('showWholeGraph'));
  overview.addEventListener('click', showOverview);
  return [
    el('p', { class: 'kind' }, t('notFound')),
    el('h2', { class: 'not-found', tabindex: '-1' }, t('noEntity', { id })),
    el('p', {}, t('noEntityWhy')),
    el('div', { class: 'panel-actions' }, search, overview),
  ];
}
