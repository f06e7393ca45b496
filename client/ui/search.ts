// Search as you type, in any script: suggestions with the kind beside each; Enter or a click picks.
// The same box serves the main search and both ends of the path finder.
import { api } from '../api';
import { displayName } from '../graph/elements';
import type { Entity, Language } from '../graph/types';
import { byId, el } from './dom';

export interface SuggestOptions {
  onPick: (entity: Entity) => void;
  kindTitle: (kind: string) => string;
  lang: () => Language;
}

export function wireSearch(inputId: string, listId: string, options: SuggestOptions) {
  const input = byId<HTMLInputElement>(inputId);
  const list = byId<HTMLUListElement>(listId);
  let timer: number | undefined;
  let items: Entity[] = [];
  let active = -1;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const render = (text: string, failed = false) => {
    list.replaceChildren(
      ...items.map((item, i) => {
        const li = el(
          'li',
          { role: 'option', id: `${listId}-${i}`, 'data-id': item.id, 'aria-selected': String(i === active) },
          el('span', { class: 'name' }, displayName(item, options.lang())),
          el('span', { class: 'kind' }, options.kindTitle(item.kind)),
        );
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          pick(i);
        });
        return li;
      }),
    );
    if (failed) list.replaceChildren(el('li', { class: 'empty' }, 'Search is unavailable right now: try again in a moment'));
    else if (items.length === 0 && text)
      list.replaceChildren(el('li', { class: 'empty' }, `No match for “${text}”: try another spelling, in English, Japanese or Chinese`));
    list.hidden = !text;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const item = items[i];
    if (!item) return;
    close();
    input.value = displayName(item, options.lang());
    input.dataset.id = item.id;
    options.onPick(item);
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    delete input.dataset.id;
    const text = input.value.trim();
    if (!text) {
      items = [];
      render('');
      return;
    }
    list.classList.add('searching');
    timer = window.setTimeout(() => void suggest(text), 150);
  });
  const suggest = async (text: string) => {
    const ticket = ++asked;
    let failed = false;
    let found: Entity[] = [];
    try {
      found = (await api.search(text)).items;
    } catch {
      failed = true;
    }
    // A slow answer to an older prefix must not replace the answer to what is typed now.
    if (ticket !== asked) return;
    list.classList.remove('searching');
    items = found;
    active = items.length ? 0 : -1;
    render(text, failed);
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') active = Math.min(items.length - 1, active + 1);
    else if (e.key === 'ArrowUp') active = Math.max(0, active - 1);
    else if (e.key === 'Enter') return void (e.preventDefault(), pick(Math.max(active, 0)));
    else if (e.key === 'Escape') return void (close(), e.stopPropagation());
    else return;
    e.preventDefault();
    render(input.value.trim());
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
}
