// Turns API graphs into cytoscape element definitions. Pure: no DOM, no cytoscape instance, so
// it is tested headless.
import type { Edge, Entity, Graph, Language } from './types';

export interface NodeData {
  id: string;
  kind: string;
  label: string;
  size: number;
  claimKind?: string;
  entity: Entity;
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

/** The name to show in a language: Japanese where the data has it, English otherwise. */
export function displayName(entity: Entity, lang: Language): string {
  if (lang === 'ja' && typeof entity.nameJa === 'string' && entity.nameJa) return entity.nameJa;
  return entity.name;
}

/** Node size grows with the log of compute (H100-equivalents or chips), else a size per kind. */
export function nodeSize(entity: Entity): number {
  const compute = Number(entity.h100Equivalents ?? entity.chipCount ?? 0);
  if (compute > 0) return Math.min(90, 22 + 6 * Math.log10(compute));
  if (entity.kind === 'Claim') return 16;
  if (entity.kind === 'Source') return 18;
  return 28;
}

/** Edge width grows with the log of a weight such as an investment's amount. */
export function edgeWidth(edge: Edge, weightProperty: string | undefined): number {
  const weight = weightProperty ? Number(edge.properties[weightProperty] ?? 0) : 0;
  return weight > 0 ? Math.min(12, 1.5 + Math.log10(weight) / 1.5) : 1.5;
}

export function toElements(graph: Graph, lang: Language, weights: Record<string, string | undefined> = {}): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const present = new Set<string>();
  for (const entity of graph.nodes) {
    if (present.has(entity.id)) continue;
    present.add(entity.id);
    elements.push({
      group: 'nodes',
      data: {
        id: entity.id,
        kind: entity.kind,
        label: displayName(entity, lang),
        size: nodeSize(entity),
        ...(typeof entity.claimKind === 'string' ? { claimKind: entity.claimKind } : {}),
        entity,
      },
    });
  }
  for (const edge of graph.edges) {
    if (!present.has(edge.source) || !present.has(edge.target)) continue;
    elements.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        label: edge.type.replace(/_/g, ' ').toLowerCase(),
        caption: edgeCaption(edge, weights[edge.type]),
        width: edgeWidth(edge, weights[edge.type]),
        edge,
      },
    });
  }
  return elements;
}

/** "invested in 2019 · 10,000,000,000 USD": the type with the edge's date and weight where known. */
export function edgeCaption(edge: Edge, weightProperty: string | undefined): string {
  const parts = [edge.type.replace(/_/g, ' ').toLowerCase()];
  const date = edge.properties.date ?? edge.properties.from;
  if (typeof date === 'string') parts.push(date);
  const weight = weightProperty ? edge.properties[weightProperty] : undefined;
  if (typeof weight === 'number')
    parts.push(`${weight.toLocaleString('en-US')}${typeof edge.properties.currency === 'string' ? ` ${edge.properties.currency}` : ''}`);
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

/** Every date the graph mentions, sorted: the stops of the time slider. */
export function timelineDates(graph: Graph): string[] {
  const dates = new Set<string>();
  for (const e of graph.edges)
    for (const key of ['from', 'date', 'to']) if (typeof e.properties[key] === 'string') dates.add(e.properties[key] as string);
  return [...dates].sort();
}
