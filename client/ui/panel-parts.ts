// The panel's building blocks: its context, the action bar and a property table, shared by the
// entity, edge, path and source panels.
import type { PropertyInfo } from '../../graph-schema/rules';
import { facts } from '../graph/evidence';
import type { KindDocument, Language, SchemaDocument } from '../graph/types';
import type { CitationContext } from './citations';
import { el } from './dom';

export interface PanelAction {
  /** What it does, the same in every language: tests and styles find the button by it. */
  name: string;
  label: string;
  title: string;
  run: () => void;
}

export interface PanelContext extends CitationContext {
  schema: SchemaDocument;
  /** A name for an id that the panel's own data does not name (the picture's label, else the id). */
  nameOf: (id: string) => string;
  onPick: (id: string) => void;
}

export function propertyTable(
  record: Record<string, unknown>,
  names: readonly string[],
  info: Readonly<Record<string, PropertyInfo>>,
  lang: Language,
  valueTitles: KindDocument['valueTitles'] = {},
): HTMLElement {
  const table = el('dl', { class: 'props' });
  for (const [label, value] of facts(record, names, info, lang, valueTitles)) table.append(el('dt', {}, label), el('dd', {}, value));
  return table;
}

export function actionBar(actions: PanelAction[]): HTMLElement {
  const bar = el('div', { class: 'panel-actions' });
  for (const action of actions) {
    const button = el('button', { type: 'button', title: action.title, 'data-action': action.name }, action.label);
    button.addEventListener('click', action.run);
    bar.append(button);
  }
  return bar;
}
