// The panel of a source, opened from any citation: the document's record (title, outlet, date,
// language, its web address where it has one), whether the project keeps its text, and every fact
// the graph draws from it with the paragraphs each cites; each fact opens its own panel.
import { featuredProperties, titleIn } from '../../graph-schema/rules';
import { displayName } from '../graph/elements';
import { storesText } from '../graph/evidence';
import type { Edge, Entity, Graph } from '../graph/types';
import { LANGUAGE_NAMES, t } from '../i18n/i18n';
import { sourceTitle, webAddress } from './citations';
import { el } from './dom';
import { sentence, showEdge, showNotice } from './panel';
import { propertyTable, type PanelContext } from './panel-parts';

/** A source and what cites it, as GET /api/sources/:id answers. */
export interface SourceSupport {
  source: Entity;
  entities: Entity[];
  edges: Graph['edges'];
}

/** Shows the source in a panel opened with `openLoading`, unless another panel was asked for meanwhile. */
export function showSource(ticket: number, support: SourceSupport, ctx: PanelContext): void {
  showNotice(ticket, sourcePanel(support, ctx));
}

export function sourcePanel({ source, entities, edges }: SourceSupport, ctx: PanelContext): HTMLElement[] {
  const kind = ctx.schema.kinds.find((k) => k.label === source.kind);
  const names = new Map(entities.map((n) => [n.id, displayName(n, ctx.lang)]));
  const nameOf = (id: string) => names.get(id) ?? ctx.nameOf(id);
  // The language by its own name ("日本語"), as the switch names it.
  const language = LANGUAGE_NAMES[source.language as keyof typeof LANGUAGE_NAMES] as string | undefined;
  const record = kind
    ? propertyTable(
        { ...source, ...(language ? { language } : {}) },
        featuredProperties(kind).filter((p) => p !== 'url'),
        kind.propertyInfo,
        ctx.lang,
      )
    : el('dl', { class: 'props' });
  const url = webAddress(source);
  if (url)
    record.append(el('dt', {}, t('address')), el('dd', {}, el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url)));
  const count = Array.isArray(source.paragraphs) ? source.paragraphs.length : 0;
  const list = el('ul', { class: 'source-facts' });
  for (const entity of entities) {
    const open = el('button', { type: 'button', class: 'link', 'data-id': entity.id }, nameOf(entity.id));
    open.addEventListener('click', () => ctx.onPick(entity.id));
    const entityKind = ctx.schema.kinds.find((k) => k.label === entity.kind);
    const kindTitle = entityKind ? titleIn(entityKind, ctx.lang) : entity.kind;
    list.append(el('li', { 'data-entity': entity.id }, open, el('span', { class: 'muted' }, ` (${kindTitle})${cited(entity, source.id)}`)));
  }
  for (const edge of edges) {
    const open = el('button', { type: 'button', class: 'link', 'data-edge': edge.id }, sentence(edge, nameOf, ctx));
    open.addEventListener('click', () => showEdge(edge, ctx));
    list.append(el('li', { 'data-edge': edge.id }, open, el('span', { class: 'muted' }, cited(edge, source.id))));
  }
  if (!entities.length && !edges.length) list.append(el('li', { class: 'muted' }, t('noneRecorded')));
  return [
    el('p', { class: 'kind' }, kind ? titleIn(kind, ctx.lang) : source.kind),
    el('h2', { 'data-source': source.id, tabindex: '-1' }, sourceTitle(source, source.id, ctx.lang)),
    record,
    el(
      'p',
      { class: storesText(source) ? 'text-stored' : 'text-not-stored' },
      storesText(source) ? t('textStored', { count }) : t('textNotStoredHere'),
    ),
    el('h3', {}, t('factsDrawn', { count: entities.length + edges.length })),
    list,
  ];
}

/** ", ¶3, 5": the paragraphs of this source that a fact cites. */
function cited(fact: Entity | Edge, source: string): string {
  const paragraphs = [...new Set(fact.sources.filter((r) => r.source === source).map((r) => r.paragraph))].sort((a, b) => a - b);
  return paragraphs.length ? `, ¶${paragraphs.join(', ')}` : '';
}
