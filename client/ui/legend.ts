// The legend is also the filter: one checkbox per kind and per relationship type, coloured from
// the schema. Unticking hides those elements.
import type { SchemaDocument } from '../graph/types';
import { byId, el } from './dom';

export function renderLegend(schema: SchemaDocument, onChange: (hiddenKinds: Set<string>, hiddenTypes: Set<string>) => void) {
  const hiddenKinds = new Set<string>();
  const hiddenTypes = new Set<string>();
  const item = (label: string, colour: string, set: Set<string>, key: string, swatchClass: string) => {
    const box = el('input', { type: 'checkbox', checked: '', 'data-key': key, 'aria-label': `Show ${label}` });
    box.addEventListener('change', () => {
      if (box.checked) set.delete(key);
      else set.add(key);
      onChange(hiddenKinds, hiddenTypes);
    });
    const swatch = el('span', { class: swatchClass });
    swatch.style.background = colour;
    return el('li', {}, el('label', {}, box, swatch, label));
  };
  byId('legend-kinds').replaceChildren(...schema.kinds.map((k) => item(k.title, k.color, hiddenKinds, k.label, 'swatch')));
  byId('legend-types').replaceChildren(...schema.relationships.map((r) => item(r.title, r.color, hiddenTypes, r.type, 'swatch line')));
}
