// A small search box that picks an existing entity: the endpoint of a relationship changed by hand,
// or the entity a suggested new one turns out to be. It asks the same search the main box asks.
import { api } from '../api';
import type { Entity } from '../graph/types';
import { t } from '../i18n/i18n';
import { el } from '../ui/dom';

export interface Picked {
  id: string;
  name: string;
  kind: string;
}

let pickers = 0;

/** A labelled search input with its list of hits; `onPick` gets the entity chosen. */
export function entityPicker(label: string, onPick: (entity: Picked) => void, kindTitle: (kind: string) => string): HTMLElement {
  const listId = `picker-${++pickers}`;
  const input = el('input', {
    type: 'search',
    autocomplete: 'off',
    placeholder: t('searchGraph'),
    'aria-label': label,
    'aria-controls': listId,
  });
  const list = el('ul', { class: 'picker-hits', id: listId, role: 'listbox' });
  let asked = 0;
  let timer: number | undefined;
  const show = (hits: Entity[], text: string) => {
    list.replaceChildren(
      ...hits.map((hit) => {
        const li = el(
          'li',
          { role: 'option', 'data-id': hit.id },
          el('span', { class: 'name' }, hit.name),
          el('span', { class: 'kind' }, kindTitle(hit.kind)),
        );
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          input.value = hit.name;
          list.replaceChildren();
          onPick({ id: hit.id, name: hit.name, kind: hit.kind });
        });
        return li;
      }),
    );
    if (!hits.length && text) list.append(el('li', { class: 'empty' }, t('pickerNoMatch', { text })));
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return show([], '');
    timer = window.setTimeout(() => {
      const ticket = ++asked;
      api.search(text).then(
        (answer) => ticket === asked && show(answer.items, text),
        () => ticket === asked && list.replaceChildren(el('li', { class: 'empty' }, t('pickerUnavailable'))),
      );
    }, 150);
  });
  return el('div', { class: 'picker' }, el('label', {}, label, input), list);
}
