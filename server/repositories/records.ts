// The edge between Neo4j's values and plain JSON: driver Integers become numbers, source
// references are stored as "source#paragraph" strings, and nodes and relationships become the
// API's entity and edge shapes. Only repositories use this module.
import { isInt, type Node, type Relationship } from 'neo4j-driver';
import {
  ENTITY_LABEL,
  kindDefinition,
  relationshipDefinition,
  type KindName,
  type RelationshipTypeName,
  type SourceRef,
} from '../../graph-schema';
import type { Edge, Entity } from '../../graph-schema/contract';

// The API's shapes are declared once, in the contract; repositories build values of those types.
export type { ClaimView, ComputeRow, Disputes, Edge, Entity, EntityRef, Graph, TrackRecord } from '../../graph-schema/contract';

// A citation's basis and note follow the paragraph ("src-1#4#inference#note"); a stated one stays
// "source#paragraph", and the Cypher that reads the source id splits at the first "#".
export function encodeSourceRef(ref: SourceRef): string {
  const tail = ref.basis !== undefined || ref.note !== undefined ? `#${ref.basis ?? 'stated'}${ref.note ? `#${ref.note}` : ''}` : '';
  return `${ref.source}#${ref.paragraph}${tail}`;
}

export function decodeSourceRef(value: string): SourceRef {
  const [source, paragraph, basis, note] = value.split('#');
  return {
    source,
    paragraph: Number(paragraph),
    ...(basis !== undefined ? { basis: basis as SourceRef['basis'] } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

/** Converts a value read from Neo4j into plain JSON. */
export function toPlain(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** Property order of the API shape: identity first, then the kind's own fields. */
export function nodeToEntity(node: Node): Entity {
  const props = toPlain(node.properties) as Record<string, unknown>;
  // Every entity node carries its kind's label beside the common one (the constraints see to it).
  const kind = node.labels.find((l) => l !== ENTITY_LABEL) as KindName;
  // The ids merged into an entity are bookkeeping for resolving them, not a field of the entity.
  const { id, name, aliases, sources, mergedIds: _merged, ...rest } = props;
  // Fields in one canonical order (the kind's properties as the schema lists them, then the rest by
  // name), whatever order the store keeps them in: a revert or an import rewrites a node, and the
  // same entity must read, export and hash the same.
  const declared = kindDefinition(kind)?.meta.properties ?? [];
  const order = (key: string) => (declared.includes(key) ? declared.indexOf(key) : declared.length);
  const ordered = Object.keys(rest).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return {
    id: id as string,
    kind,
    name: name as string,
    aliases: (aliases as string[] | undefined) ?? [],
    ...Object.fromEntries(ordered.map((key) => [key, rest[key]])),
    sources: ((sources as string[] | undefined) ?? []).map(decodeSourceRef),
  };
}

export function relationshipToEdge(rel: Relationship, sourceId: string, targetId: string): Edge {
  const props = toPlain(rel.properties) as Record<string, unknown>;
  const { id, key, sources, ...properties } = props;
  const def = relationshipDefinition(rel.type);
  // Keep only declared properties, in schema order, so edges look the same everywhere.
  const ordered = def
    ? Object.fromEntries(def.meta.properties.filter((p) => properties[p] !== undefined).map((p) => [p, properties[p]]))
    : properties;
  return {
    id: id as string,
    type: rel.type as RelationshipTypeName,
    source: sourceId,
    target: targetId,
    ...(key !== undefined ? { key: key as string } : {}),
    properties: ordered,
    sources: ((sources as string[] | undefined) ?? []).map(decodeSourceRef),
  };
}

/** Drops undefined fields: Neo4j stores no nulls, and absent means unknown. */
export function definedOnly(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== null));
}
