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
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
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
        width: edgeWidth(edge, weights[edge.type]),
        edge,
      },
    });
  }
  return elements;
}

/** Elements of `incoming` that `existing` lacks: what an expand adds. */
export function newElements(existingIds: Set<string>, incoming: ElementDefinition[]): ElementDefinition[] {
  return incoming.filter((e) => !existingIds.has(e.data.id));
}

/** Every date the graph mentions, sorted: the stops of the time slider. */
export function timelineDates(graph: Graph): string[] {
  const dates = new Set<string>();
  for (const e of graph.edges)
    for (const key of ['from', 'date', 'to'])
      if (typeof e.properties[key] === 'string') dates.add(e.properties[key] as string);
  return [...dates].sort();
}
