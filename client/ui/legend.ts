// The legend is also the filter: one checkbox per kind and per relationship type, with the colour,
// shape and line style graph-schema gives them. Unticking hides those elements; the choice lives
// in the URL. The colours of the schema's palettes (the kinds of claim) are listed beside them.
import { titleIn, valueTitle } from '../../graph-schema/rules';
import { language } from '../i18n/i18n';
import { paletteEntries, swatchClipPath } from '../graph/stylesheet';
import type { SchemaDocument } from '../graph/types';
import { byId, el } from './dom';

type Hidden = { hideKinds?: string[]; hideTypes?: string[] };
type OnChange = (hiddenKinds: string[], hiddenTypes: string[]) => void;
/** What the legend was drawn from and in which language, so a language change draws it again. */
let drawn: { schema: SchemaDocument; onChange: OnChange; lang: string } | undefined;

export function renderLegend(schema: SchemaDocument, initial: Hidden, onChange: OnChange) {
  const lang = language();
  drawn = { schema, onChange, lang };
  // The boxes themselves hold the filter, so a state restored from the URL or by undo stays in step.
  const unticked = (listId: string) =>
    [...document.querySelectorAll<HTMLInputElement>(`#${listId} input`)].filter((b) => !b.checked).map((b) => b.dataset.key!);
  const item = (label: string, hidden: string[] | undefined, key: string, swatch: HTMLElement, title: string) => {
    const box = el('input', { type: 'checkbox', 'data-key': key });
    box.checked = !hidden?.includes(key);
    box.addEventListener('change', () => onChange(unticked('legend-kinds'), unticked('legend-types')));
    return el('li', { title }, el('label', {}, box, swatch, label));
  };
  byId('legend-kinds').replaceChildren(
    ...schema.kinds.map((k) => item(titleIn(k, lang), initial.hideKinds, k.label, kindSwatch(k.color, k.shape), k.description)),
  );
  byId('legend-types').replaceChildren(
    ...schema.relationships.map((r) => item(titleIn(r, lang), initial.hideTypes, r.type, lineSwatch(r.color, r.lineStyle), r.description)),
  );
  byId('legend-claims').replaceChildren(
    ...paletteEntries(schema).map((entry) => {
      const kind = schema.kinds.find((k) => k.label === entry.kind);
      const title = kind ? valueTitle(kind, entry.property, entry.value, lang) : entry.value;
      return el('li', { 'data-value': entry.value }, el('label', {}, kindSwatch(entry.colour, entry.shape), title));
    }),
  );
}

// Swatch styles are set through the CSSOM, which the page's Content-Security-Policy allows.
function kindSwatch(colour: string, shape: string): HTMLElement {
  const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  swatch.style.background = colour;
  swatch.style.clipPath = swatchClipPath(shape);
  return swatch;
}

function lineSwatch(colour: string, lineStyle: string): HTMLElement {
  const swatch = el('span', { class: 'swatch line', 'aria-hidden': 'true' });
  swatch.style.borderTop = `3px ${lineStyle} ${colour}`;
  return swatch;
}

/** Ticks the boxes to match a state read back from the URL (back button, undo), in the interface's language. */
export function syncLegend(state: Hidden) {
  if (drawn && drawn.lang !== language()) renderLegend(drawn.schema, state, drawn.onChange);
  const hidden = new Set([...(state.hideKinds ?? []), ...(state.hideTypes ?? [])]);
  document
    .querySelectorAll<HTMLInputElement>('#legend-kinds input, #legend-types input')
    .forEach((box) => (box.checked = !hidden.has(box.dataset.key ?? '')));
}
