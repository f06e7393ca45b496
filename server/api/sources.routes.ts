// Sources: the documents behind the graph, and everything each one supports.
import { z } from 'zod';
import { EntityId } from '../../graph-schema';
import { NotFoundError } from '../errors';
import { endpoint, Limit } from '../http/endpoint';
import type { Database } from '../neo4j/database';
import { cachedUntilNextCommit } from '../repositories/committed-cache';
import { listSources, sourceWithSupport } from '../repositories/sources.repository';
import { EdgeOut, EntityOut } from './shapes';

export function sourceEndpoints(db: Database) {
  const sourcesWithCitations = cachedUntilNextCommit(db, () => listSources(db));
  return [
    endpoint({
      method: 'get',
      path: '/api/sources',
      tag: 'sources',
      summary: 'The source documents, with how many facts cite each.',
      response: {
        status: 200,
        description: 'Sources.',
        schema: z.object({ items: z.array(EntityOut.extend({ citations: z.number() })), total: z.number() }),
      },
      errors: [503],
      example: { path: '/api/sources' },
      async handle() {
        const items = await sourcesWithCitations();
        return { items, total: items.length };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/sources/:id',
      tag: 'sources',
      summary: 'One source and the entities and relationships it supports.',
      params: z.object({ id: EntityId }).strict(),
      query: z.object({ limit: Limit(5000, 1000) }).strict(),
      response: {
        status: 200,
        description: 'The source and what cites it.',
        schema: z.object({ source: EntityOut, entities: z.array(EntityOut), edges: z.array(EdgeOut) }),
      },
      errors: [400, 404, 503],
      example: { path: '/api/sources/src-004' },
      async handle({ params, query }) {
        const found = await sourceWithSupport(db, params.id, query.limit);
        if (!found) throw new NotFoundError(`no source has id "${params.id}"`);
        return found;
      },
    }),
  ];
}
