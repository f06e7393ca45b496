// Sources: the documents behind the graph, and everything each one supports.
import { NotFoundError } from '../errors';
import { handlers } from '../http/handler';
import type { Database } from '../neo4j/database';
import { cachedUntilNextCommit } from '../repositories/committed-cache';
import { listSources, sourceWithSupport } from '../repositories/sources.repository';

export function sourceHandlers(db: Database) {
  const sourcesWithCitations = cachedUntilNextCommit(db, () => listSources(db));
  return handlers({
    async 'GET /api/sources'() {
      const items = await sourcesWithCitations();
      return { status: 200, body: { items, total: items.length } };
    },
    async 'GET /api/sources/:id'({ params, query }) {
      const found = await sourceWithSupport(db, params.id, query.limit);
      if (!found) throw new NotFoundError(`no source has id "${params.id}"`);
      return { status: 200, body: found };
    },
  });
}
