// Relationship-centred reads: lists of edges, shortest paths, the filtered graph and statistics.
import { z } from 'zod';
import { EntityId, KindNameSchema, PartialDate, RelationshipRecord, RelationshipTypeSchema } from '../../graph-schema';
import { NotFoundError, ValidationError } from '../errors';
import { commaList, endpoint, Limit, Offset } from '../http/endpoint';
import type { Database } from '../neo4j/database';
import { filteredGraph } from '../repositories/graph.repository';
import { shortestPaths } from '../repositories/paths-and-neighbourhoods.repository';
import { listRelationships } from '../repositories/relationships.repository';
import { statistics } from '../repositories/stats.repository';
import * as writes from '../services/write.service';
import { EdgeOut, EntityRefOut, GraphOut, listOf } from './shapes';

export function graphEndpoints(db: Database) {
  return [
    endpoint({
      method: 'get',
      path: '/api/relationships',
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
      response: {
        status: 200,
        description: 'A page of edges.',
        schema: listOf(EdgeOut.extend({ sourceEntity: EntityRefOut, targetEntity: EntityRefOut })),
      },
      errors: [400, 503],
      example: { path: '/api/relationships?type=INVESTED_IN' },
      async handle({ query }) {
        return { ...(await listRelationships(db, query)), limit: query.limit, offset: query.offset };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/paths',
      tag: 'graph',
      summary: 'Every shortest path between two entities, each hop with its sources.',
      query: z
        .object({
          from: EntityId,
          to: EntityId,
          maxDepth: z.coerce.number().int().min(1).max(6).default(4),
          types: commaList(RelationshipTypeSchema).optional(),
        })
        .strict(),
      response: {
        status: 200,
        description: 'The paths (empty when none within maxDepth).',
        schema: z.object({ paths: z.array(GraphOut) }),
      },
      errors: [400, 404, 503],
      example: { path: '/api/paths?from=elon-musk&to=microsoft' },
      async handle({ query }) {
        if (query.from === query.to)
          throw new ValidationError('from and to must be different entities', [
            { in: 'query', path: 'to', message: 'must differ from "from"' },
          ]);
        const { paths, missing } = await shortestPaths(db, query);
        if (missing.length > 0) throw new NotFoundError(`no entity has id ${missing.map((m) => `"${m}"`).join(' or ')}`);
        return { paths };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/graph',
      tag: 'graph',
      summary: 'The graph filtered by kinds and relationship types, as of a date.',
      description: 'A relationship is left out when it began after asOf or ended before it. Bounded by limit (edges).',
      query: z
        .object({
          kinds: commaList(KindNameSchema).optional(),
          types: commaList(RelationshipTypeSchema).optional(),
          asOf: PartialDate.optional(),
          limit: Limit(20000, 5000),
        })
        .strict(),
      response: { status: 200, description: 'The graph.', schema: GraphOut.extend({ truncated: z.boolean() }) },
      errors: [400, 503],
      example: { path: '/api/graph?types=INVESTED_IN,PARTNERS_WITH&asOf=2022-12-31' },
      async handle({ query }) {
        return filteredGraph(db, query);
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/stats',
      tag: 'graph',
      summary: 'Counts per kind and relationship type, and the compute table (GPU clusters per owner).',
      response: {
        status: 200,
        description: 'Counts and compute.',
        schema: z.object({
          kinds: z.record(z.string(), z.number()),
          relationships: z.record(z.string(), z.number()),
          compute: z.array(z.unknown()),
        }),
      },
      errors: [503],
      example: { path: '/api/stats' },
      async handle() {
        return statistics(db);
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/relationships',
      tag: 'writes',
      summary: 'Create a relationship between two existing entities.',
      writes: true,
      body: RelationshipRecord,
      response: { status: 201, description: 'The created edge.', schema: EdgeOut },
      errors: [400, 401, 403, 409, 413, 415, 429, 503],
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
      async handle({ body }) {
        return writes.createRelationship(db, body);
      },
    }),
    endpoint({
      method: 'delete',
      path: '/api/relationships/:id',
      tag: 'writes',
      summary: 'Delete a relationship by id.',
      writes: true,
      params: z.object({ id: z.string().min(1).max(300) }).strict(),
      response: { status: 200, description: 'What was deleted.', schema: z.object({ deleted: z.string() }) },
      errors: [400, 401, 403, 404, 429, 503],
      example: { path: '/api/relationships/example-robotics-lab:PARTNERS_WITH:openai' },
      async handle({ params }) {
        return writes.deleteRelationship(db, params.id);
      },
    }),
  ];
}
