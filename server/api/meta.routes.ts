// Health and the schema: what a client needs before it asks anything else.
import { z } from 'zod';
import { entityKinds, model, relationshipTypes } from '../../graph-schema';
import type { SchemaDocument } from '../../graph-schema/contract';
import { handlers } from '../http/handler';
import { FrozenJson } from '../http/frozen-json';
import type { Database } from '../neo4j/database';

export function metaHandlers(db: Database) {
  return handlers({
    async 'GET /api/health'() {
      try {
        await db.ping();
        return { status: 200, body: { status: 'ok', neo4j: 'up' } };
      } catch {
        return {
          status: 503,
          body: {
            status: 'degraded',
            neo4j: 'down',
            error: { code: 'DATABASE_UNAVAILABLE', message: 'the database does not answer', details: [] },
          },
        };
      }
    },
    async 'GET /api/schema'() {
      // The model is fixed for the life of the process: built and serialised once, not per
      // request (the JSON Schema conversion alone cost ~7 ms a call: near 140 req/s).
      return { status: 200, body: (frozenSchema ??= new FrozenJson(schemaDocument())) };
    },
  });
}

let frozenSchema: FrozenJson<SchemaDocument> | undefined;

/** The model as JSON: metadata plus each property's JSON Schema, derived from the zod definitions. */
export function schemaDocument(): SchemaDocument {
  // zod types JSON Schema loosely (an enum of any JSON value); ours are strings, as the contract says.
  const jsonOf = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as SchemaDocument['kinds'][number]['propertySchemas'][string];
  return {
    kinds: entityKinds.map((k) => ({
      ...k.meta,
      propertySchemas: Object.fromEntries(Object.entries(k.properties).map(([name, s]) => [name, jsonOf(s as z.ZodType)])),
    })),
    relationships: relationshipTypes.map((r) => ({
      ...r.meta,
      propertySchemas: Object.fromEntries(Object.entries(r.properties.shape).map(([name, s]) => [name, jsonOf(s as z.ZodType)])),
    })),
    model: { kindCount: model.kinds.length, relationshipTypeCount: model.relationships.length },
  };
}
