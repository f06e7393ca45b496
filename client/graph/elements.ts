// Turns API graphs into cytoscape element definitions by the schema's display and time rules
// (graph-schema/rules.ts applied to what /api/schema serves): node size, palette values, edge
// titles and captions, the time slider's stops. Pure: no DOM, no cytoscape instance, so it is
// tested headless.
import {
  DEFAULT_NODE_SIZE,
  entityExistsFrom,
  isUndated,
  nodeSizeValue,
  relationshipSpan,
  titleIn,
  type KindMeta,
} from '../../graph-schema/rules';
import { formatValue, unitOf } from './evidence';
import { schemaLookup } from './schema-lookup';
import { CATALOGUES } from '../i18n/i18n';
import { nameIn } from '../i18n/names';
import type { Edge, Entity, Graph, KindDocument, Language, RelationshipDocument, SchemaDocument } from './types';

export interface NodeData {
  id: string;
  kind: string;
  label: string;
  size: number;
  entity: Entity;
  /** The values of the kind's palette properties (a claim's kind), for the stylesheet's selectors. */
  [paletteProperty: string]: unknown;
}
interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  /** The label with the edge's date and weight, shown when few edges are on screen. */
  caption: string;
  width: number;
  edge: Edge;
}
export type ElementDefinition = { group: 'nodes'; data: NodeData } | { group: 'edges'; data: EdgeData };

/** The name to show in a language: that language's where the data has one, English otherwise. */
export const displayName = (entity: Entity, lang: Language): string => nameIn(entity, lang);

/** The words an element of the picture shows, in a language: a node's name, an edge's title and caption. */
export function relabelled(
  data: { entity?: Entity; edge?: Edge },
  lang: Language,
  schema: SchemaDocument,
): { label?: string; caption?: string } {
  if (data.entity) return { label: displayName(data.entity, lang) };
  if (!data.edge) return {};
  const rel = schemaLookup(schema).relationships.get(data.edge.type);
  return { label: rel ? titleIn(rel, lang) : data.edge.type, caption: edgeCaption(data.edge, rel, lang) };
}

/** Node size grows with the log of the measure the kind's size rule names, else the kind's fixed size. */
export function nodeSize(kind: Pick<KindMeta, 'size'> | undefined, entity: Entity): number {
  if (!kind) return DEFAULT_NODE_SIZE;
  const measure = nodeSizeValue(kind, entity);
  if (measure !== undefined && measure > 0) return Math.min(90, 22 + 6 * Math.log10(measure));
  return kind.size.fixed;
}

/** Edge width grows with the log of a weight such as an investment's amount. */
export function edgeWidth(edge: Edge, weightProperty: string | undefined): number {
  const weight = weightProperty ? Number(edge.properties[weightProperty] ?? 0) : 0;
  return weight > 0 ? Math.min(12, 1.5 + Math.log10(weight) / 1.5) : 1.5;
}

/** The values of a kind's palette properties that a record has. */
function paletteData(kind: KindDocument | undefined, entity: Entity): Record<string, string> {
  const data: Record<string, string> = {};
  for (const property of Object.keys(kind?.palettes ?? {})) if (typeof entity[property] === 'string') data[property] = entity[property];
  return data;
}

export function toElements(graph: Graph, lang: Language, schema: SchemaDocument): ElementDefinition[] {
  const { kinds, relationships } = schemaLookup(schema);
  const elements: ElementDefinition[] = [];
  const present = new Set<string>();
  for (const entity of graph.nodes) {
    if (present.has(entity.id)) continue;
    present.add(entity.id);
    const kind = kinds.get(entity.kind);
    elements.push({
      group: 'nodes',
      data: {
        ...paletteData(kind, entity),
        id: entity.id,
        kind: entity.kind,
        label: displayName(entity, lang),
        size: nodeSize(kind, entity),
        entity,
      },
    });
  }
  for (const edge of graph.edges) {
    if (!present.has(edge.source) || !present.has(edge.target)) continue;
    const rel = relationships.get(edge.type);
    elements.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        label: rel ? titleIn(rel, lang) : edge.type,
        caption: edgeCaption(edge, rel, lang),
        width: edgeWidth(edge, rel?.weight),
        edge,
      },
    });
  }
  return elements;
}

/** "invested in · 2019 · 10B USD" (10億 USD in Japanese): the type's title in a language with when it
 *  began and its weight, the weight in the page's compact notation since the caption sits on a line. */
export function edgeCaption(edge: Edge, rel: RelationshipDocument | undefined, lang: Language = 'en'): string {
  if (!rel) return edge.type;
  const parts = [titleIn(rel, lang)];
  const { start } = relationshipSpan(rel, edge.properties);
  if (start) parts.push(start);
  else if (isUndated(edge.properties)) parts.push(CATALOGUES[lang].undated);
  const weight = rel.weight ? edge.properties[rel.weight] : undefined;
  if (typeof weight === 'number') parts.push(formatValue(weight, unitOf(rel.weight!, rel.propertyInfo, edge.properties, lang), lang, true));
  return parts.join(' · ');
}

/**
 * What collapsing a node removes: its neighbours that hang on it alone (every edge they have
 * touches the node), with those edges. Neighbours that link elsewhere stay, so the picture
 * keeps its other connections.
 */
export function collapsible(nodeId: string, edges: { id: string; source: string; target: string }[]): { nodes: string[]; edges: string[] } {
  const touching = new Map<string, string[]>();
  for (const e of edges) for (const end of [e.source, e.target]) touching.set(end, [...(touching.get(end) ?? []), e.id]);
  const byId = new Map(edges.map((e) => [e.id, e]));
  const nodes: string[] = [];
  const removed = new Set<string>();
  for (const edgeId of touching.get(nodeId) ?? []) {
    const e = byId.get(edgeId)!;
    const other = e.source === nodeId ? e.target : e.source;
    if (other === nodeId || nodes.includes(other)) continue;
    const all = touching.get(other) ?? [];
    if (
      all.every((id) => {
        const x = byId.get(id)!;
        return x.source === nodeId || x.target === nodeId;
      })
    ) {
      nodes.push(other);
      all.forEach((id) => removed.add(id));
    }
  }
  return { nodes, edges: [...removed] };
}

/** Elements of `incoming` that `existing` lacks: what an expand adds. */
export function newElements(existingIds: Set<string>, incoming: ElementDefinition[]): ElementDefinition[] {
  return incoming.filter((e) => !existingIds.has(e.data.id));
}

/**
 * Starting positions spread on a sunflower spiral, so no two nodes share a point before the layout
 * runs: cytoscape cannot draw (and warns about) an edge whose two ends overlap.
 */
export function spreadPositions(count: number, centre = { x: 0, y: 0 }, spacing = 40): { x: number; y: number }[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: count }, (_, i) => ({
    x: centre.x + spacing * Math.sqrt(i + 1) * Math.cos(i * golden),
    y: centre.y + spacing * Math.sqrt(i + 1) * Math.sin(i * golden),
  }));
}

/**
 * The stops of the time slider, sorted: when each entity came to exist and when each relationship
 * began and ended, by the schema's rules, so every stop changes what the as-of graph shows.
 */
export function timelineDates(graph: Graph, schema: SchemaDocument): string[] {
  const { kinds, relationships } = schemaLookup(schema);
  const dates = new Set<string>();
  for (const n of graph.nodes) {
    const kind = kinds.get(n.kind);
    const from = kind && entityExistsFrom(kind, n);
    if (from) dates.add(from);
  }
  for (const e of graph.edges) {
    const rel = relationships.get(e.type);
    if (!rel) continue;
    const { start, end } = relationshipSpan(rel, e.properties);
    for (const date of [start, end]) if (date) dates.add(date);
  }
  return [...dates].sort();
}
