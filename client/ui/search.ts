// Search as you type, in any script: suggestions with the kind beside each; Enter or a click picks.
import { api } from '../api';
import type { Entity } from '../graph/types';
import { byId, el } from './dom';

export function wireSearch(onPick: (entity: Entity) => void, kindTitle: (kind: string) => string) {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('suggestions');
  let timer: number | undefined;
  let items: Entity[] = [];
  let active = -1;

  const render = () => {
    list.replaceChildren(
      ...items.map((item, i) => {
        const li = el('li', { role: 'option', 'data-id': item.id, 'aria-selected': String(i === active) }, el('span', { class: 'name' }, item.name), el('span', { class: 'kind' }, kindTitle(item.kind)));
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          pick(i);
        });
        return li;
      }),
    );
    if (items.length === 0 && input.value.trim()) list.replaceChildren(el('li', { class: 'empty' }, 'No match: try another spelling, in English, Japanese or Chinese'));
    list.hidden = !input.value.trim();
  };
  const pick = (i: number) => {
    const item = items[i];
    if (!item) return;
    list.hidden = true;
    input.value = item.name;
    onPick(item);
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      items = [];
      render();
      return;
    }
    timer = window.setTimeout(async () => {
      try {
        items = (await api.search(text)).items;
      } catch {
        items = [];
      }
      active = items.length ? 0 : -1;
      render();
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') active = Math.min(items.length - 1, active + 1);
    else if (e.key === 'ArrowUp') active = Math.max(0, active - 1);
    else if (e.key === 'Enter') return void (e.preventDefault(), pick(Math.max(active, 0)));
    else if (e.key === 'Escape') return void (list.hidden = true);
    else return;
    e.preventDefault();
    render();
  });
  input.addEventListener('blur', () => window.setTimeout(() => (list.hidden = true), 150));
}
