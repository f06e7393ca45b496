// The schema /api/schema served, looked up by kind and relationship type for the pure graph
// functions, and the page's schema for the callers that do not pass it yet.
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

/**
 * The schema the page styled itself with, for callers that do not pass one yet: main.ts, until it
 * is split, hands toElements the edge weights and timelineDates nothing. Set by `stylesheet`.
 * Remove with the `LegacyWeights` parameter once every caller passes the schema.
 */
let pageSchema: SchemaDocument | undefined;
export function rememberPageSchema(schema: SchemaDocument) {
  pageSchema = schema;
}
/** Edge weights per relationship type, as main.ts passed them before the schema carried them. */
export type LegacyWeights = Record<string, string | undefined>;
export function schemaOf(given: SchemaDocument | LegacyWeights | undefined): SchemaDocument {
  if (given && Array.isArray(given.kinds)) return given as SchemaDocument;
  if (!pageSchema) throw new Error('the schema is needed to turn a graph into elements');
  return pageSchema;
}
