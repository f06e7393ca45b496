// The side panel for an entity or an edge: properties with units, aliases, relationships grouped
// by type, claims made and about it, and for each fact its sources ("says who?").
import { api } from '../api';
import { displayName } from '../graph/elements';
import type { Edge, Entity, Language, SchemaDocument } from '../graph/types';
import { byId, el } from './dom';

export interface PanelContext {
  schema: SchemaDocument;
  lang: Language;
  sources: Map<string, Entity>;
  nameOf: (id: string) => string;
  onPick: (id: string) => void;
}

const HIDDEN = new Set(['id', 'kind', 'name', 'nameJa', 'aliases', 'sources', 'description', 'text', 'textJa']);

function formatValue(value: unknown, unit?: string): string {
  if (typeof value === 'number') return `${value.toLocaleString('en-US')}${unit && unit !== 'currency' ? ` ${unit}` : ''}`;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

function sourcesList(refs: { source: string; paragraph: number }[], ctx: PanelContext): HTMLElement {
  const list = el('ul', { class: 'sources' });
  for (const ref of refs) {
    const doc = ctx.sources.get(ref.source);
    const title = doc ? String(doc.titleEn ?? doc.title ?? doc.name) : ref.source;
    const meta = doc ? [doc.outlet, doc.publishedOn].filter(Boolean).join(', ') : '';
    list.append(el('li', {}, `${title}${meta ? ` (${meta})` : ''}, ¶${ref.paragraph}`));
  }
  return list;
}

function propertyTable(record: Record<string, unknown>, schemas: Record<string, { unit?: string }>): HTMLElement {
  const table = el('dl', { class: 'props' });
  for (const [key, value] of Object.entries(record)) {
    if (HIDDEN.has(key) || value === undefined || value === null) continue;
    table.append(el('dt', {}, key), el('dd', {}, formatValue(value, schemas[key]?.unit)));
  }
  return table;
}

function open(...children: (Node | string)[]) {
  const body = byId('panel-body');
  body.replaceChildren(...children);
  byId('panel').hidden = false;
}

export function closePanel() {
  byId('panel').hidden = true;
}

export async function showEntity(id: string, ctx: PanelContext) {
  open(el('p', { class: 'loading' }, 'Loading…'));
  const [detail, around, claimsBy, claimsAbout] = await Promise.all([
    api.entity(id),
    api.neighbors(id, 1, 500),
    api.claims({ by: id }),
    api.claims({ about: id }),
  ]);
  const entity = detail.entity;
  const kind = ctx.schema.kinds.find((k) => k.label === entity.kind);
  const title = el('h2', {}, displayName(entity, ctx.lang));
  const children: (Node | string)[] = [
    el('p', { class: 'kind' }, kind?.title ?? entity.kind),
    title,
  ];
  if (entity.aliases.length) children.push(el('p', { class: 'aliases' }, `Also: ${entity.aliases.join(' · ')}`));
  const text = ctx.lang === 'ja' && entity.textJa ? entity.textJa : entity.text;
  if (text) children.push(el('blockquote', {}, String(text)));
  if (entity.description) children.push(el('p', {}, String(entity.description)));
  children.push(propertyTable(entity, kind?.propertySchemas ?? {}));
  children.push(el('h3', {}, 'Sources'), sourcesList(entity.sources, ctx));

  const groups = new Map<string, Edge[]>();
  for (const edge of around.edges) groups.set(edge.type, [...(groups.get(edge.type) ?? []), edge]);
  if (groups.size) children.push(el('h3', {}, 'Relationships'));
  for (const [type, edges] of groups) {
    const list = el('ul', { class: 'rels' });
    for (const edge of edges) {
      const other = edge.source === id ? edge.target : edge.source;
      const arrow = edge.source === id ? '→' : '←';
      const link = el('button', { type: 'button', class: 'link' }, ctx.nameOf(other));
      link.addEventListener('click', () => ctx.onPick(other));
      const facts = Object.entries(edge.properties).filter(([k]) => k !== 'description').map(([k, v]) => `${k}: ${formatValue(v)}`).join(', ');
      list.append(el('li', {}, `${arrow} `, link, facts ? ` (${facts})` : '', sourcesList(edge.sources, ctx)));
    }
    children.push(el('h4', {}, type.replace(/_/g, ' ').toLowerCase()), list);
  }
  for (const [heading, page] of [
    [`Claims made (${detail.claimCount.made})`, claimsBy],
    [`Claims about it (${detail.claimCount.about})`, claimsAbout],
  ] as const) {
    if (page.items.length === 0) continue;
    const list = el('ul', { class: 'claims' });
    for (const item of page.items) {
      const c = item.claim;
      const said = ctx.lang === 'ja' && c.textJa ? String(c.textJa) : String(c.text);
      list.append(
        el('li', {}, el('span', { class: `claim-kind ${String(c.claimKind)}` }, String(c.claimKind)), ` ${said} `,
          el('span', { class: 'muted' }, `— ${item.claimants.map((x) => x.name).join(', ')}${c.statedOn ? `, ${c.statedOn}` : ''}${c.dueBy ? `, due ${c.dueBy}` : ''}`),
          sourcesList(c.sources, ctx)),
      );
    }
    children.push(el('h3', {}, heading), list);
  }
  open(...children);
}

export function showEdge(edge: Edge, ctx: PanelContext) {
  const rel = ctx.schema.relationships.find((r) => r.type === edge.type);
  open(
    el('p', { class: 'kind' }, 'Relationship'),
    el('h2', {}, `${ctx.nameOf(edge.source)} ${rel?.title ?? edge.type} ${ctx.nameOf(edge.target)}`),
    el('p', { class: 'muted' }, edge.type),
    propertyTable(edge.properties, rel?.propertySchemas ?? {}),
    ...(edge.properties.description ? [el('p', {}, String(edge.properties.description))] : []),
    el('h3', {}, 'Says who?'),
    sourcesList(edge.sources, ctx),
  );
}

export function showPaths(paths: { nodes: Entity[]; edges: Edge[] }[], ctx: PanelContext) {
  const children: (Node | string)[] = [el('h2', {}, paths.length ? `${paths.length} shortest path${paths.length > 1 ? 's' : ''}` : 'No path found')];
  if (!paths.length) children.push(el('p', {}, 'Try other entities, or check the ids (they are shown in each panel).'));
  paths.forEach((path, i) => {
    const list = el('ol', { class: 'hops' });
    for (const edge of path.edges)
      list.append(el('li', {}, `${ctx.nameOf(edge.source)} —${edge.type}→ ${ctx.nameOf(edge.target)}`, sourcesList(edge.sources, ctx)));
    children.push(el('h3', {}, `Path ${i + 1}`), list);
  });
  open(...children);
}
