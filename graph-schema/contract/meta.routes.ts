// Health and the schema: what a client needs before it asks anything else.
import { route, json } from './route';
import { Health, HealthDown, SchemaDocument } from './shapes';

export const metaRoutes = {
  'GET /api/health': route({
    tag: 'meta',
    summary: 'Is the API up and can it reach Neo4j?',
    responses: {
      200: json('Up, and the database answers.', Health),
      503: json('Up, but the database does not answer.', HealthDown),
    },
    example: { path: '/api/health' },
  }),
  'GET /api/schema': route({
    tag: 'meta',
    summary: 'The kinds of entity and relationship types, with their properties, from graph-schema.',
    responses: { 200: json('The model.', SchemaDocument) },
    example: { path: '/api/schema' },
  }),
} as const;
