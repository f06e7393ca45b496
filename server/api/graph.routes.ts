// Relationship-centred reads: lists of edges, shortest paths, the filtered graph and statistics;
// and the relationship writes.
import { NotFoundError, ValidationError } from '../errors';
import { handlers } from '../http/handler';
import type { Database } from '../neo4j/database';
import { filteredGraph } from '../repositories/graph.repository';
import { survivorOf } from '../repositories/merge.repository';
import { shortestPaths } from '../repositories/paths-and-neighbourhoods.repository';
import { listRelationships } from '../repositories/relationships.repository';
import { statistics } from '../repositories/stats.repository';
import * as writes from '../services/write.service';

export function graphHandlers(db: Database) {
  return handlers({
    async 'GET /api/relationships'({ query }) {
      return { status: 200, body: { ...(await listRelationships(db, query)), limit: query.limit, offset: query.offset } };
    },
    async 'GET /api/paths'({ query }) {
      if (query.from === query.to)
        throw new ValidationError('from and to must be different entities', [
          { in: 'query', path: 'to', message: 'must differ from "from"' },
        ]);
      let { paths, missing } = await shortestPaths(db, query);
      if (missing.length > 0) {
        // An id merged into another entity stands for its survivor.
        const survivors = new Map<string, string>();
        for (const id of missing) {
          const survivor = await survivorOf(db, id);
          if (survivor) survivors.set(id, survivor);
        }
        const from = survivors.get(query.from) ?? query.from;
        const to = survivors.get(query.to) ?? query.to;
        if (survivors.size > 0 && from !== to) ({ paths, missing } = await shortestPaths(db, { ...query, from, to }));
        else if (survivors.size > 0) missing = [];
      }
      if (missing.length > 0) throw new NotFoundError(`no entity has id ${missing.map((m) => `"${m}"`).join(' or ')}`);
      return { status: 200, body: { paths } };
    },
    async 'GET /api/graph'({ query }) {
      return { status: 200, body: await filteredGraph(db, query) };
    },
    async 'GET /api/stats'() {
      return { status: 200, body: await statistics(db) };
    },
    async 'POST /api/relationships'(request) {
      return { status: 201, body: await writes.createRelationship(db, request.body, writes.authorOf(request)) };
    },
    async 'DELETE /api/relationships/:id'(request) {
      return { status: 200, body: await writes.deleteRelationship(db, request.params.id, writes.authorOf(request)) };
    },
  });
}
