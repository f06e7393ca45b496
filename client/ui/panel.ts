// The side panel for an entity or an edge: the properties the schema features, with its labels
// and units, aliases, relationships grouped by type, claims made and about it, and for each fact
// its sources ("says who?", open, with the cited paragraph where the project stores it).
import { bodyText, featuredProperties, titleIn, valueTitle } from '../../graph-schema/rules';
import { displayName } from '../graph/elements';
import { asText, datesLine, facts, relationshipProperties } from '../graph/evidence';
import type { Edge, Entity, Graph, KindDocument } from '../graph/types';
import { t } from '../i18n/i18n';
import { byId, el } from './dom';
import { saysWho, sourcesList } from './citations';
import { actionBar, propertyTable, type PanelAction, type PanelContext } from './panel-parts';
import { routesPanel, type RouteOptions } from './path-panel';
import { trackRecordSection, type TrackRecord } from './track-record';

export type { PanelAction, PanelContext } from './panel-parts';

let shown = 0;
function open(...children: (Node | string)[]) {
  byId('panel-body').replaceChildren(...children);
  byId('panel').hidden = false;
}

export function closePanel() {
  shown++;
  byId('panel').hidden = true;
}

/**
 * An entity, a neighbourhood holding its relationships, its claims (a page of each, and the total),
 * its track record when it made predictions, and the form a curator records an outcome with.
 */
type ClaimPage = { items: { claim: Entity; claimants: { name: string }[] }[]; total: number };
type EntityPanelData = {
  entity: Entity;
  around: Graph;
  claimsBy: ClaimPage;
  claimsAbout: ClaimPage;
  trackRecord?: TrackRecord;
  outcomeForm?: HTMLElement;
};

/** Opens the panel with "Loading…"; the ticket tells whether another panel was opened meanwhile. */
export function openLoading(): number {
  open(el('p', { class: 'loading', role: 'status' }, t('loading')));
  return ++shown;
}

/** Shows other content (a "not found" notice) in a panel opened with `openLoading`, unless it is stale. */
export function showNotice(ticket: number, children: HTMLElement[]) {
  if (ticket !== shown) return;
  open(...children);
  children.find((c) => c.hasAttribute('tabindex'))?.focus();
}

export function showEntity(ticket: number, detail: EntityPanelData, ctx: PanelContext, actions: PanelAction[]) {
  // Another panel was asked for meanwhile: this answer is stale.
  if (ticket !== shown) return;
  const { entity, around, claimsBy, claimsAbout, trackRecord, outcomeForm } = detail;
  const id = entity.id;
  const names = new Map(around.nodes.map((n) => [n.id, displayName(n, ctx.lang)]));
  const nameOf = (other: string) => names.get(other) ?? ctx.nameOf(other);
  const kind = ctx.schema.kinds.find((k) => k.label === entity.kind);
  const children: (Node | string)[] = [
    actionBar(actions),
    el('p', { class: 'kind' }, kind ? titleIn(kind, ctx.lang) : entity.kind),
    el('h2', { 'data-entity': entity.id, tabindex: '-1' }, displayName(entity, ctx.lang)),
  ];
  const otherNames = [entity.name, entity.nameJa, ...entity.aliases].filter(
    (n): n is string => typeof n === 'string' && n !== displayName(entity, ctx.lang),
  );
  if (otherNames.length) children.push(el('p', { class: 'aliases' }, t('also', { names: [...new Set(otherNames)].join(' · ') })));
  const body = kind && bodyText(kind, entity, ctx.lang);
  if (body) children.push(el('blockquote', {}, body));
  if (entity.description) children.push(el('p', {}, asText(entity.description)));
  if (kind) children.push(propertyTable(entity, featuredProperties(kind), kind.propertyInfo, ctx.lang, kind.valueTitles));
  if (outcomeForm) children.push(outcomeForm);
  const record = trackRecordSection(trackRecord, ctx);
  if (record) children.push(record);
  // A claim's own words are its body: its sources quote their paragraphs beside it.
  children.push(el('h3', {}, t('sources')), sourcesList(entity.sources, ctx, Boolean(body)));

  const groups = new Map<string, Edge[]>();
  for (const edge of around.edges)
    if (edge.source === id || edge.target === id) groups.set(edge.type, [...(groups.get(edge.type) ?? []), edge]);
  children.push(el('h3', {}, t('relationshipsCount', { count: [...groups.values()].reduce((n, g) => n + g.length, 0) })));
  if (!groups.size) children.push(el('p', { class: 'muted' }, t('noneRecorded')));
  for (const [type, edges] of groups) {
    const rel = ctx.schema.relationships.find((r) => r.type === type);
    const list = el('ul', { class: 'rels' });
    for (const edge of edges) {
      const other = edge.source === id ? edge.target : edge.source;
      const arrow = edge.source === id ? '→' : '←';
      const link = el('button', { type: 'button', class: 'link', 'data-id': other }, nameOf(other));
      link.addEventListener('click', () => ctx.onPick(other));
      const said = rel
        ? facts(edge.properties, relationshipProperties(rel), rel.propertyInfo, ctx.lang)
            .map(([label, value]) => `${label.toLowerCase()}: ${value}`)
            .join(', ')
        : '';
      const wording = edge.properties.description ? asText(edge.properties.description) : sentence(edge, nameOf, ctx);
      const details = el('details', { open: '' }, el('summary', {}, t('saysWho')), saysWho(wording, edge.sources, ctx));
      list.append(el('li', {}, `${arrow} `, link, said ? ` (${said})` : '', details));
    }
    children.push(el('h4', {}, `${rel ? titleIn(rel, ctx.lang) : type} (${edges.length})`), list);
  }
  for (const [heading, page, count] of [
    [t('claimsMade'), claimsBy, claimsBy.total],
    [t('claimsAbout'), claimsAbout, claimsAbout.total],
  ] as const) {
    if (page.items.length === 0) continue;
    const list = el('ul', { class: 'claims' });
    for (const item of page.items) {
      const c = item.claim;
      const kind = ctx.schema.kinds.find((k) => k.label === c.kind);
      const said = (kind && bodyText(kind, c, ctx.lang)) ?? c.name;
      const who = item.claimants.map((x) => x.name).join(', ');
      list.append(
        el(
          'li',
          {},
          ...(kind ? paletteBadges(kind, c, ctx.lang) : []),
          ` ${said} `,
          el('span', { class: 'muted' }, `— ${who}${kind ? datesLine(kind, c, ctx.lang) : ''}`),
          sourcesList(c.sources, ctx, true),
        ),
      );
    }
    children.push(
      el('h3', {}, `${heading} (${count > page.items.length ? t('firstShown', { count, shown: page.items.length }) : count})`),
      list,
    );
  }
  open(...children);
  // A reader who picked the entity (search, a click on the picture) goes on reading at its name; one
  // busy in another control (the language switch, the path finder, the legend) keeps their place.
  const from = document.activeElement;
  if (!from || from === document.body || from.id === 'search-input') byId('panel-body').querySelector('h2')?.focus();
}

/** A badge per palette value the record has (a claim's kind), tinted with the palette's colour. */
function paletteBadges(kind: KindDocument, record: Entity, lang: string): HTMLElement[] {
  return Object.entries(kind.palettes).flatMap(([property, colours]) => {
    const value = record[property];
    if (typeof value !== 'string') return [];
    const badge = el('span', { class: `claim-kind ${value}` }, valueTitle(kind, property, value, lang));
    // Through the CSSOM, which the page's Content-Security-Policy allows; a fifth of the colour's strength.
    if (colours[value]) badge.style.background = `${colours[value]}33`;
    return [badge];
  });
}

export function showEdge(edge: Edge, ctx: PanelContext) {
  shown++;
  const rel = ctx.schema.relationships.find((r) => r.type === edge.type);
  const from = el('button', { type: 'button', class: 'link' }, ctx.nameOf(edge.source));
  from.addEventListener('click', () => ctx.onPick(edge.source));
  const to = el('button', { type: 'button', class: 'link' }, ctx.nameOf(edge.target));
  to.addEventListener('click', () => ctx.onPick(edge.target));
  open(
    el('p', { class: 'kind' }, t('relationship')),
    el('h2', { 'data-edge': edge.id }, from, ` ${rel ? titleIn(rel, ctx.lang) : edge.type} `, to),
    el('p', { class: 'muted' }, rel ? `${edge.type}: ${rel.description}` : edge.type),
    ...(rel ? [propertyTable(edge.properties, relationshipProperties(rel), rel.propertyInfo, ctx.lang, rel.valueTitles)] : []),
    el('h3', {}, t('saysWhoHeading')),
    saysWho(edge.properties.description ? asText(edge.properties.description) : sentence(edge, ctx.nameOf, ctx), edge.sources, ctx),
  );
}

/** "Microsoft invested in OpenAI": a relationship in words, where the curators wrote no description of it. */
export function sentence(edge: Edge, nameOf: (id: string) => string, ctx: PanelContext): string {
  const rel = ctx.schema.relationships.find((r) => r.type === edge.type);
  return `${nameOf(edge.source)} ${rel ? titleIn(rel, ctx.lang) : edge.type} ${nameOf(edge.target)}`;
}

export function showPaths(routes: Graph[], ends: [string, string], ctx: PanelContext, options: RouteOptions) {
  shown++;
  open(...routesPanel(routes, ends, ctx, options));
}
