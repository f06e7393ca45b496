// Labels and relationship types are the only text spliced into Cypher (Neo4j cannot take them as
// parameters), so each passes through here: a name graph-schema declares, or a refusal.
import {
  isKindName,
  isRelationshipType,
  KIND_NAMES,
  relationshipDefinition,
  type KindName,
  type RelationshipTypeName,
} from '../../graph-schema';

export function kindLabel(kind: string): KindName {
  if (!isKindName(kind)) throw new Error(`not a kind: ${kind}`);
  return kind;
}

export function relationshipType(type: string): RelationshipTypeName {
  if (!isRelationshipType(type)) throw new Error(`not a relationship type: ${type}`);
  return type;
}

/** A label disjunction such as `Person|Organization`; every kind when none is given. */
export function labelPattern(kinds: readonly string[] | undefined): string {
  return (kinds && kinds.length > 0 ? kinds : KIND_NAMES).map(kindLabel).join('|');
}

/** A relationship-type pattern such as `:INVESTED_IN|FOUNDED`; empty (any type) when none is given. */
export function typePattern(types: readonly string[] | undefined): string {
  if (!types || types.length === 0) return '';
  return ':' + types.map(relationshipType).join('|');
}

/** The kinds a relationship type may start or end at, as a label disjunction for a `WHERE n:…` check. */
export function endpointPattern(type: string, side: 'from' | 'to'): string {
  return labelPattern(relationshipDefinition(relationshipType(type))!.meta[side]);
}
