// Health and the schema: what a client needs before it asks anything else.
import { z } from 'zod';
import { entityKinds, model, relationshipTypes } from '../../graph-schema';
import { endpoint } from '../http/endpoint';
import { FrozenJson } from '../http/frozen-json';
import type { Database } from '../neo4j/database';

export function metaEndpoints(db: Database) {
  return [
    endpoint({
      method: 'get',
      path: '/api/health',
      tag: 'meta',
      summary: 'Is the API up and can it reach Neo4j?',
      response: {
        status: 200,
        description: 'Up, and the database answers.',
        schema: z.object({ status: z.literal('ok'), neo4j: z.literal('up') }),
      },
      errors: [503],
      example: { path: '/api/health' },
      async handle({ res }) {
        try {
          await db.ping();
          return { status: 'ok', neo4j: 'up' };
        } catch {
          res.status(503).json({
            status: 'degraded',
            neo4j: 'down',
            error: { code: 'DATABASE_UNAVAILABLE', message: 'the database does not answer', details: [] },
          });
          return undefined;
        }
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/schema',
      tag: 'meta',
      summary: 'The kinds of entity and relationship types, with their properties, from graph-schema.',
      response: {
        status: 200,
        description: 'The model.',
        schema: z.object({ kinds: z.array(z.unknown()), relationships: z.array(z.unknown()) }),
      },
      errors: [],
      example: { path: '/api/schema' },
      async handle() {
        // The model is fixed for the life of the process: built and serialised once, not per
        // request (the JSON Schema conversion alone cost ~7 ms a call: near 140 req/s).
        return (frozenSchema ??= new FrozenJson(schemaDocument()));
      },
    }),
  ];
}

let frozenSchema: FrozenJson | undefined;

/** The model as JSON: metadata plus each property's JSON Schema, derived from the zod definitions. */
export function schemaDocument() {
  const jsonOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
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
