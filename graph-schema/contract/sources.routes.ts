// Sources: the documents behind the graph, and everything each one supports.
import { z } from 'zod';
import { EntityId } from '../index';
import { Limit } from './query';
import { json, route } from './route';
import { SourceSupport, SourceWithCitations } from './shapes';

export const sourceRoutes = {
  'GET /api/sources': route({
    tag: 'sources',
    summary: 'The source documents, with how many facts cite each.',
    responses: { 200: json('Sources.', z.object({ items: z.array(SourceWithCitations), total: z.number().int() })) },
    example: { path: '/api/sources' },
  }),
  'GET /api/sources/:id': route({
    tag: 'sources',
    summary: 'One source and the entities and relationships it supports.',
    params: z.object({ id: EntityId }).strict(),
    query: z.object({ limit: Limit(5000, 1000) }).strict(),
    responses: { 200: json('The source and what cites it.', SourceSupport) },
    errors: [404],
    example: { path: '/api/sources/src-004' },
  }),
} as const;
