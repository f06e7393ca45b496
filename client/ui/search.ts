// Search as you type, in any script: suggestions grouped by kind. A click or an arrowed-to
// suggestion picks; Enter alone picks the top hit only when it is an exact name or alias match,
// and otherwise opens the list to choose from. The same box serves the main search and both ends
// of the path finder, which asks it to resolve what was typed without a pick.
import { api } from '../api';
import { exactTop, groupByKind, listed, type Hit } from '../controls/search-results';
import { displayName } from '../graph/elements';
import type { Entity, Language } from '../graph/types';
import { t } from '../i18n/i18n';
import { byId, el } from './dom';

export interface SuggestOptions {
  onPick: (entity: Entity) => void;
  kindTitle: (kind: string) => string;
  lang: () => Language;
  /** Submits the box's form when Enter picks (the path finder: Enter in either box asks for the paths). */
  submitOnEnter?: boolean;
}

export interface SearchBox {
  /** The entity the box stands for: the one picked, else an exact match of the text; else opens the list and gives undefined. */
  resolve(): Promise<{ id: string; name: string } | undefined>;
}

export function wireSearch(inputId: string, listId: string, options: SuggestOptions): SearchBox {
  const input = byId<HTMLInputElement>(inputId);
  const list = byId<HTMLUListElement>(listId);
  let timer: number | undefined;
  let items: Hit[] = [];
  let answered = '';
  let active = -1;
  let asked = 0;
  /** The close a blur schedules; a list drawn after it (the path finder's "pick one") must stay. */
  let closing: number | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const option = (item: Hit, i: number) => {
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
  };
  /** Draws the list; it opens only in the box being typed in, or when asked (the path finder's "pick one"). */
  const render = (text: string, note?: string, open = document.activeElement === input) => {
    window.clearTimeout(closing);
    let i = 0;
    const groups = groupByKind(items).map((g) => [
      el('li', { role: 'presentation', class: 'group' }, options.kindTitle(g.kind)),
      ...g.items.map((item) => option(item, i++)),
    ]);
    list.replaceChildren(...(note ? [el('li', { class: 'empty' }, note)] : []), ...groups.flat());
    if (!note && items.length === 0 && text) list.replaceChildren(el('li', { class: 'empty' }, t('noMatch', { text })));
    list.hidden = !text || !open;
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
  /** Asks the API; false when a newer question overtook this one. */
  const search = async (text: string): Promise<boolean> => {
    const ticket = ++asked;
    let failed = false;
    let found: Hit[] = [];
    try {
      found = (await api.search(text)).items;
    } catch {
      failed = true;
    }
    // A slow answer to an older prefix must not replace the answer to what is typed now.
    if (ticket !== asked) return false;
    list.classList.remove('searching');
    items = listed(groupByKind(found));
    answered = text;
    active = exactTop(found) ? 0 : -1;
    render(text, failed ? t('searchUnavailable') : undefined);
    return !failed;
  };
  /** The answer for the text now in the box, asked at once if the one shown is for older text. */
  const current = async (): Promise<boolean> => {
    const text = input.value.trim();
    window.clearTimeout(timer);
    if (!text) return false;
    return answered === text || search(text);
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    delete input.dataset.id;
    const text = input.value.trim();
    if (!text) {
      items = [];
      answered = '';
      render('');
      return;
    }
    list.classList.add('searching');
    timer = window.setTimeout(() => void search(text), 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') active = Math.min(items.length - 1, active + 1);
    else if (e.key === 'ArrowUp') active = Math.max(0, active - 1);
    else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = () => {
        pick(active);
        if (options.submitOnEnter) input.form?.requestSubmit();
      };
      if (active >= 0 && answered === input.value.trim()) return chosen();
      void current().then((ok) =>
        !ok ? undefined : active >= 0 ? chosen() : render(answered, items.length ? t('severalMatch') : undefined, true),
      );
      return;
    } else if (e.key === 'Escape') return void (close(), e.stopPropagation());
    else return;
    e.preventDefault();
    render(input.value.trim());
  });
  input.addEventListener('blur', () => (closing = window.setTimeout(close, 150)));

  return {
    async resolve() {
      if (input.dataset.id) return { id: input.dataset.id, name: input.value };
      if (!(await current())) return undefined;
      const hit = exactTop(items);
      if (hit) {
        pick(0);
        return { id: hit.id, name: input.value };
      }
      render(answered, items.length ? t('severalMatch') : undefined, true);
      return undefined;
    },
  };
}
