// Entities: search and list, one entity with its sources, its neighbourhood, and writes.
import { z } from 'zod';
import { EntityId, EntityRecord, KindNameSchema, RelationshipTypeSchema, Text } from '../../graph-schema';
import { NotFoundError } from '../errors';
import { commaList, endpoint, Limit, Offset } from '../http/endpoint';
import type { Database } from '../neo4j/database';
import { entityById, searchEntities } from '../repositories/entities.repository';
import { neighbourhood } from '../repositories/paths-and-neighbourhoods.repository';
import * as writes from '../services/write.service';
import { EntityOut, GraphOut, listOf } from './shapes';

const IdParams = z.object({ id: EntityId }).strict();

export function entityEndpoints(db: Database) {
  return [
    endpoint({
      method: 'get',
      path: '/api/entities',
      tag: 'entities',
      summary: 'Search or list entities.',
      description: '`q` searches names and aliases in English, Japanese and Chinese through the full-text index, best match first.',
      query: z.object({ q: Text(200).optional(), kind: KindNameSchema.optional(), limit: Limit(200, 20), offset: Offset }).strict(),
      response: { status: 200, description: 'A page of entities.', schema: listOf(EntityOut) },
      errors: [400, 503],
      example: { path: '/api/entities?q=%E3%83%9E%E3%82%B9%E3%82%AF&limit=3' },
      async handle({ query }) {
        const page = await searchEntities(db, query);
        return { ...page, limit: query.limit, offset: query.offset };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/entities/:id',
      tag: 'entities',
      summary: 'One entity, the documents it rests on and how many claims it made or is the subject of.',
      params: IdParams,
      response: {
        status: 200,
        description: 'The entity.',
        schema: z.object({
          entity: EntityOut,
          claimCount: z.object({ made: z.number(), about: z.number() }),
          sourceDocuments: z.array(EntityOut),
        }),
      },
      errors: [400, 404, 503],
      example: { path: '/api/entities/elon-musk' },
      async handle({ params }) {
        const detail = await entityById(db, params.id);
        if (!detail) throw new NotFoundError(`no entity has id "${params.id}"`);
        return detail;
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/entities/:id/neighbors',
      tag: 'graph',
      summary: 'The graph around an entity, up to three hops.',
      params: IdParams,
      query: z
        .object({
          depth: z.coerce.number().int().min(1).max(3).default(1),
          types: commaList(RelationshipTypeSchema).optional(),
          direction: z.enum(['in', 'out', 'both']).default('both'),
          limit: Limit(2000, 200),
        })
        .strict(),
      response: { status: 200, description: 'Nodes (the entity first) and the edges found.', schema: GraphOut },
      errors: [400, 404, 503],
      example: { path: '/api/entities/openai/neighbors?types=INVESTED_IN,FOUNDED' },
      async handle({ params, query }) {
        const graph = await neighbourhood(db, { id: params.id, ...query });
        if (!graph) throw new NotFoundError(`no entity has id "${params.id}"`);
        return graph;
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/entities',
      tag: 'writes',
      summary: 'Create an entity of any kind (it must cite at least one source).',
      writes: true,
      body: EntityRecord,
      response: { status: 201, description: 'The created entity.', schema: EntityOut },
      errors: [400, 401, 403, 409, 413, 415, 429, 503],
      example: {
        path: '/api/entities',
        body: {
          id: 'example-robotics-lab',
          kind: 'Organization',
          name: 'Example Robotics Lab',
          aliases: ['例ロボティクス研究所'],
          orgType: 'research-lab',
          country: 'Japan',
          sources: [{ source: 'src-001', paragraph: 1 }],
        },
      },
      async handle({ body }) {
        return writes.createEntity(db, body);
      },
    }),
    endpoint({
      method: 'patch',
      path: '/api/entities/:id',
      tag: 'writes',
      summary: 'Change some fields of an entity (null removes an optional field).',
      writes: true,
      params: IdParams,
      body: z.record(z.string().max(100), z.unknown()).refine((o) => !('id' in o) && !('kind' in o), 'id and kind cannot be changed'),
      response: { status: 200, description: 'The entity after the change.', schema: EntityOut },
      errors: [400, 401, 403, 404, 413, 415, 429, 503],
      example: { path: '/api/entities/example-robotics-lab', body: { country: 'South Korea', foundedOn: '2023-06' } },
      async handle({ params, body }) {
        return writes.patchEntity(db, params.id, body);
      },
    }),
    endpoint({
      method: 'delete',
      path: '/api/entities/:id',
      tag: 'writes',
      summary: 'Delete an entity and its relationships.',
      writes: true,
      params: IdParams,
      response: {
        status: 200,
        description: 'What was deleted.',
        schema: z.object({ deleted: z.string(), relationshipsDeleted: z.number() }),
      },
      errors: [400, 401, 403, 404, 429, 503],
      example: { path: '/api/entities/example-robotics-lab' },
      async handle({ params }) {
        return writes.deleteEntity(db, params.id);
      },
    }),
  ];
}
