// The schema /api/schema served, looked up by kind and relationship type for the pure graph functions.
import type { KindDocument, RelationshipDocument, SchemaDocument } from './types';

const lookups = new WeakMap<SchemaDocument, { kinds: Map<string, KindDocument>; relationships: Map<string, RelationshipDocument> }>();
/** A schema's kinds and relationship types by name, built once per schema. */
export function schemaLookup(schema: SchemaDocument) {
  let found = lookups.get(schema);
  if (!found) {
    found = {
      kinds: new Map(schema.kinds.map((k) => [k.label, k])),
      relationships: new Map(schema.relationships.map((r) => [r.type, r])),
    };
    lookups.set(schema, found);
  }
  return found;
}
