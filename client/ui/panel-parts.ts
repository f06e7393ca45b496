// The panel's building blocks: its context, the action bar, a property table and a list of sources
// ("says who?"), shared by the entity, edge and path panels.
import type { PropertyInfo } from '../../graph-schema/rules';
import { asText, facts, groupRefs, type SourceRef } from '../graph/evidence';
import type { Entity, Language, SchemaDocument } from '../graph/types';
import { t } from '../i18n/i18n';
import { el } from './dom';

export interface PanelAction {
  /** What it does, the same in every language: tests and styles find the button by it. */
  name: string;
  label: string;
  title: string;
  run: () => void;
}

export interface PanelContext {
  schema: SchemaDocument;
  lang: Language;
  sources: Map<string, Entity>;
  /** A name for an id that the panel's own data does not name (the picture's label, else the id). */
  nameOf: (id: string) => string;
  onPick: (id: string) => void;
}

export function sourcesList(refs: SourceRef[], ctx: PanelContext): HTMLElement {
  const list = el('ul', { class: 'sources' });
  for (const { source, paragraphs, inferences, outside } of groupRefs(refs)) {
    const doc = ctx.sources.get(source);
    const title = doc ? asText(doc.titleEn ?? doc.title ?? doc.name) : source;
    const meta = doc ? [doc.outlet, doc.publishedOn].filter(Boolean).join(', ') : '';
    const url = typeof doc?.url === 'string' && /^https?:\/\//.test(doc.url) ? doc.url : undefined;
    const cite = el('cite', {}, url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, title) : title);
    // A web page outside the documents is cited as a whole: it has no paragraphs to name.
    const where = outside ? ', a page outside the curated documents' : `, ¶${paragraphs.join(', ')}`;
    const item = el('li', {}, cite, `${meta ? ` — ${meta}` : ''}${where}`);
    for (const inference of inferences)
      item.append(
        el(
          'span',
          { class: 'inference' },
          ` · ¶${inference.paragraph} does not say it in words${inference.note ? `: ${inference.note}` : ''}`,
        ),
      );
    list.append(item);
  }
  if (!refs.length) list.append(el('li', {}, t('noSource')));
  return list;
}

export function propertyTable(
  record: Record<string, unknown>,
  names: readonly string[],
  info: Readonly<Record<string, PropertyInfo>>,
): HTMLElement {
  const table = el('dl', { class: 'props' });
  for (const [label, value] of facts(record, names, info)) table.append(el('dt', {}, label), el('dd', {}, value));
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
