// Relationship-centred reads: lists of edges, shortest paths, the filtered graph and statistics;
// and the relationship writes.
import { NotFoundError, ValidationError } from '../errors';
import { handlers } from '../http/handler';
import type { Database } from '../neo4j/database';
import { shortestPaths } from '../repositories/paths-and-neighbourhoods.repository';
import { listRelationships } from '../repositories/relationships.repository';
import { statistics } from '../repositories/stats.repository';
import { pictureService } from '../services/picture.service';
import * as writes from '../services/write.service';

export function graphHandlers(db: Database) {
  const picture = pictureService(db);
  return handlers({
    async 'GET /api/relationships'({ query }) {
      return { status: 200, body: { ...(await listRelationships(db, query)), limit: query.limit, offset: query.offset } };
    },
    async 'GET /api/paths'({ query }) {
      if (query.from === query.to)
        throw new ValidationError('from and to must be different entities', [
          { in: 'query', path: 'to', message: 'must differ from "from"' },
        ]);
      const { paths, missing } = await shortestPaths(db, query);
      if (missing.length > 0) throw new NotFoundError(`no entity has id ${missing.map((m) => `"${m}"`).join(' or ')}`);
      return { status: 200, body: { paths } };
    },
    async 'GET /api/graph'({ query }) {
      return { status: 200, body: await picture(query) };
    },
    async 'GET /api/stats'() {
      return { status: 200, body: await statistics(db) };
    },
    async 'POST /api/relationships'({ body }) {
      return { status: 201, body: await writes.createRelationship(db, body) };
    },
    async 'DELETE /api/relationships/:id'({ params }) {
      return { status: 200, body: await writes.deleteRelationship(db, params.id) };
    },
  });
}
