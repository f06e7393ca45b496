// Relationship-centred reads: lists of edges, shortest paths, the filtered graph and statistics; and
// the relationship writes.
import { z } from 'zod';
import { EntityId, PartialDate, RelationshipRecord, RelationshipTypeSchema } from '../index';
import { commaList, KindList, Limit, Offset, RelationshipTypeList, wholeNumber } from './query';
import { json, route } from './route';
import { Deleted, Edge, EdgeWithEntities, FilteredGraph, Graph, pageOf, Stats } from './shapes';

export const graphRoutes = {
  'GET /api/relationships': route({
    tag: 'graph',
    summary: 'List relationships, each with its two entities (type=INVESTED_IN answers "who funds whom").',
    query: z
      .object({
        type: RelationshipTypeSchema.optional(),
        from: EntityId.optional(),
        to: EntityId.optional(),
        limit: Limit(500, 50),
        offset: Offset,
      })
      .strict(),
    responses: { 200: json('A page of edges.', pageOf(EdgeWithEntities)) },
    example: { path: '/api/relationships?type=INVESTED_IN' },
  }),
  'GET /api/paths': route({
    tag: 'graph',
    summary: 'The distinct shortest routes between two entities: each route once, every relationship along each hop with its sources.',
    description:
      'A route is a sequence of entities; parallel relationships between two neighbours on it are one hop, listed together, so a pair joined five ways counts once. `avoid` leaves entities out of every route, which is how to ask for other routes.',
    query: z
      .object({
        from: EntityId,
        to: EntityId,
        maxDepth: wholeNumber(1, 6).default(4).meta({ default: 4, description: 'The longest route considered, in hops.' }),
        types: RelationshipTypeList.optional(),
        avoid: commaList(EntityId).optional().meta({ description: 'Entities no route may pass through (comma-separated ids).' }),
        limit: Limit(25, 10).meta({ description: 'How many routes at most.' }),
      })
      .strict(),
    responses: {
      200: json(
        'The routes, shortest first (empty when none within maxDepth); each holds its entities in order and every relationship between neighbours on it.',
        z.object({ paths: z.array(Graph) }),
      ),
    },
    errors: [404],
    example: { path: '/api/paths?from=elon-musk&to=microsoft' },
  }),
  'GET /api/graph': route({
    tag: 'graph',
    summary: 'The graph filtered by kinds and relationship types, as of a date.',
    description: 'A relationship is left out when it began after asOf or ended before it. Bounded by limit (edges).',
    query: z
      .object({
        kinds: KindList.optional(),
        types: RelationshipTypeList.optional(),
        asOf: PartialDate.optional(),
        limit: Limit(20000, 5000),
      })
      .strict(),
    responses: { 200: json('The graph.', FilteredGraph) },
    example: { path: '/api/graph?types=INVESTED_IN,PARTNERS_WITH&asOf=2022-12-31' },
  }),
  'GET /api/stats': route({
    tag: 'graph',
    summary: 'Counts per kind and relationship type, and the compute table (GPU clusters per owner).',
    responses: { 200: json('Counts and compute.', Stats) },
    example: { path: '/api/stats' },
  }),
  'POST /api/relationships': route({
    tag: 'writes',
    summary: 'Create a relationship between two existing entities.',
    writes: true,
    body: RelationshipRecord,
    responses: { 201: json('The created edge.', Edge) },
    errors: [409],
    example: {
      path: '/api/relationships',
      body: {
        type: 'PARTNERS_WITH',
        from: 'example-robotics-lab',
        to: 'openai',
        properties: {},
        sources: [{ source: 'src-001', paragraph: 1 }],
      },
    },
  }),
  'DELETE /api/relationships/:id': route({
    tag: 'writes',
    summary: 'Delete a relationship by id.',
    writes: true,
    params: z.object({ id: z.string().min(1).max(300) }).strict(),
    responses: { 200: json('What was deleted.', Deleted) },
    errors: [404],
    example: { path: '/api/relationships/example-robotics-lab:PARTNERS_WITH:openai' },
  }),
} as const;
