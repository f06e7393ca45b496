// Entities: search and list, one entity with its sources, its neighbourhood, and writes.
import { z } from 'zod';
import { EntityId, EntityRecord, KindNameSchema, Text } from '../index';
import { Limit, Offset, RelationshipTypeList, wholeNumber } from './query';
import { json, route } from './route';
import { Entity, EntityDeleted, EntityDetail, Graph, pageOf } from './shapes';

const IdParams = z.object({ id: EntityId }).strict();
const IfMatch = z
  .object({
    'if-match': z
      .string()
      .max(200)
      .optional()
      .meta({ description: 'The ETag of the entity as last read: the change is refused (412) if it has changed since.' }),
  })
  .strict();

export const EntityPatch = z
  .record(z.string().max(100), z.unknown())
  .refine((o) => !('id' in o) && !('kind' in o), 'id and kind cannot be changed')
  .meta({ description: 'Fields to change; null removes an optional field.' });

export const entityRoutes = {
  'GET /api/entities': route({
    tag: 'entities',
    summary: 'Search or list entities.',
    description: '`q` searches names and aliases in English, Japanese and Chinese through the full-text index, best match first.',
    query: z.object({ q: Text(200).optional(), kind: KindNameSchema.optional(), limit: Limit(200, 20), offset: Offset }).strict(),
    responses: { 200: json('A page of entities.', pageOf(Entity)) },
    example: { path: '/api/entities?q=%E3%83%9E%E3%82%B9%E3%82%AF&limit=3' },
  }),
  'GET /api/entities/:id': route({
    tag: 'entities',
    summary: 'One entity, the documents it rests on and how many claims it made or is the subject of.',
    description: 'An id merged into another entity answers with the survivor (200), named by the Content-Location header.',
    params: IdParams,
    responses: { 200: json('The entity; its version in the ETag header, for If-Match on PATCH.', EntityDetail) },
    errors: [404],
    example: { path: '/api/entities/elon-musk' },
  }),
  'GET /api/entities/:id/neighbors': route({
    tag: 'graph',
    summary: 'The graph around an entity, up to three hops.',
    params: IdParams,
    query: z
      .object({
        depth: wholeNumber(1, 3).default(1),
        types: RelationshipTypeList.optional(),
        direction: z.enum(['in', 'out', 'both']).default('both'),
        limit: Limit(2000, 200),
      })
      .strict(),
    responses: { 200: json('Nodes (the entity first) and the edges found.', Graph) },
    errors: [404],
    example: { path: '/api/entities/openai/neighbors?types=INVESTED_IN,FOUNDED' },
  }),
  'POST /api/entities': route({
    tag: 'writes',
    summary: 'Create an entity of any kind (it must cite at least one source).',
    writes: true,
    body: EntityRecord,
    responses: {
      201: json(
        'The created entity. When another entity of its kind goes by one of its names (after NFKC and case folding), a `Link` header with rel="duplicates" points at its duplicates and names them.',
        Entity,
      ),
    },
    errors: [409],
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
  }),
  'PATCH /api/entities/:id': route({
    tag: 'writes',
    summary: 'Change some fields of an entity (null removes an optional field).',
    writes: true,
    params: IdParams,
    headers: IfMatch,
    body: EntityPatch,
    responses: {
      200: json(
        'The entity after the change; its new ETag in the ETag header, and, when a changed name is one another entity of its kind goes by, a `Link` header with rel="duplicates".',
        Entity,
      ),
    },
    errors: [404, 412],
    example: { path: '/api/entities/example-robotics-lab', body: { country: 'South Korea', foundedOn: '2023-06' } },
  }),
  'DELETE /api/entities/:id': route({
    tag: 'writes',
    summary: 'Delete an entity and its relationships.',
    description:
      'Refused (409, with the dependents named) when the entity is a Source that something cites, or the only claimant or subject of a claim: delete or change those first.',
    writes: true,
    params: IdParams,
    responses: { 200: json('What was deleted.', EntityDeleted) },
    errors: [404],
    example: { path: '/api/entities/claim-example-lab-robots-2030' },
  }),
} as const;
