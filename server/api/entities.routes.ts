// Entities: search and list, one entity with its sources, its neighbourhood, and writes.
import { entityTag } from '../domain/entity-tag';
import { NotFoundError } from '../errors';
import { handlers } from '../http/handler';
import type { Database } from '../neo4j/database';
import { entityById, searchEntities } from '../repositories/entities.repository';
import { neighbourhood } from '../repositories/paths-and-neighbourhoods.repository';
import * as writes from '../services/write.service';

export function entityHandlers(db: Database) {
  return handlers({
    async 'GET /api/entities'({ query }) {
      const page = await searchEntities(db, query);
      return { status: 200, body: { ...page, limit: query.limit, offset: query.offset } };
    },
    async 'GET /api/entities/:id'({ params }) {
      const detail = await entityById(db, params.id);
      if (!detail) throw new NotFoundError(`no entity has id "${params.id}"`);
      return { status: 200, body: detail, headers: { ETag: entityTag(detail.entity) } };
    },
    async 'GET /api/entities/:id/neighbors'({ params, query }) {
      const graph = await neighbourhood(db, { id: params.id, ...query });
      if (!graph) throw new NotFoundError(`no entity has id "${params.id}"`);
      return { status: 200, body: graph };
    },
    async 'POST /api/entities'({ body }) {
      return { status: 201, body: await writes.createEntity(db, body) };
    },
    async 'PATCH /api/entities/:id'({ params, headers, body }) {
      const entity = await writes.patchEntity(db, params.id, body, headers['if-match']);
      return { status: 200, body: entity, headers: { ETag: entityTag(entity) } };
    },
    async 'DELETE /api/entities/:id'({ params }) {
      return { status: 200, body: await writes.deleteEntity(db, params.id) };
    },
  });
}
