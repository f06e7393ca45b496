// Entities: search and list, one entity with its sources, its neighbourhood, and writes.
import { entityTag } from '../domain/entity-tag';
import { NotFoundError } from '../errors';
import { handlers } from '../http/handler';
import type { Database } from '../neo4j/database';
import { entityById, searchEntities } from '../repositories/entities.repository';
import { duplicateCandidates, survivorOf } from '../repositories/merge.repository';
import { neighbourhood } from '../repositories/paths-and-neighbourhoods.repository';
import * as writes from '../services/write.service';

/**
 * A name or alias another entity of the same kind already goes by (after NFKC and case folding) is
 * allowed, since two people can share a name, but said: a `Link` to the entity's duplicates names
 * the others, so a curator can merge or tell them apart.
 */
async function sameNameLink(db: Database, id: string): Promise<Record<string, string>> {
  const found = await duplicateCandidates(db, id);
  const same = (found?.candidates ?? []).filter((c) => c.reason === 'same-name').map((c) => c.entity.id);
  if (!same.length) return {};
  return { Link: `</api/entities/${id}/duplicates>; rel="duplicates"; title="same name as ${same.slice(0, 10).join(' ')}"` };
}

export function entityHandlers(db: Database) {
  const survivorNeighbourhood = async (id: string, query: Omit<Parameters<typeof neighbourhood>[1], 'id'>) => {
    const survivor = await survivorOf(db, id);
    return survivor ? neighbourhood(db, { id: survivor, ...query }) : undefined;
  };
  return handlers({
    async 'GET /api/entities'({ query }) {
      const page = await searchEntities(db, query);
      return { status: 200, body: { ...page, limit: query.limit, offset: query.offset } };
    },
    async 'GET /api/entities/:id'({ params }) {
      // An id merged into another entity answers with its survivor, which Content-Location names.
      const survivor = (await entityById(db, params.id)) ? undefined : await survivorOf(db, params.id);
      const detail = await entityById(db, survivor ?? params.id);
      if (!detail) throw new NotFoundError(`no entity has id "${params.id}"`);
      return {
        status: 200,
        body: detail,
        headers: { ETag: entityTag(detail.entity), ...(survivor ? { 'Content-Location': `/api/entities/${survivor}` } : {}) },
      };
    },
    async 'GET /api/entities/:id/neighbors'({ params, query }) {
      const graph = (await neighbourhood(db, { id: params.id, ...query })) ?? (await survivorNeighbourhood(params.id, query));
      if (!graph) throw new NotFoundError(`no entity has id "${params.id}"`);
      return { status: 200, body: graph };
    },
    async 'POST /api/entities'(request) {
      const created = await writes.createEntity(db, request.body, writes.authorOf(request));
      return { status: 201, body: created, headers: await sameNameLink(db, created.id) };
    },
    async 'PATCH /api/entities/:id'(request) {
      const { params, headers, body } = request;
      const entity = await writes.patchEntity(db, params.id, body, writes.authorOf(request), headers['if-match']);
      const named = 'name' in body || 'aliases' in body || 'nameJa' in body;
      return { status: 200, body: entity, headers: { ETag: entityTag(entity), ...(named ? await sameNameLink(db, entity.id) : {}) } };
    },
    async 'DELETE /api/entities/:id'(request) {
      return { status: 200, body: await writes.deleteEntity(db, request.params.id, writes.authorOf(request)) };
    },
  });
}
