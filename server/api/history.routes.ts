// History and merge: the recorded writes (newest first), reverting one, candidate duplicates of an
// entity and merging one into its survivor, and who the caller's token belongs to.
import { handlers } from '../http/handler';
import type { Database } from '../neo4j/database';
import { listHistory, revertEntry } from '../repositories/history.repository';
import { NotFoundError } from '../errors';
import { duplicateCandidates, mergeEntities } from '../repositories/merge.repository';
import { authorOf } from '../services/write.service';

export function historyHandlers(db: Database) {
  return handlers({
    async 'GET /api/history'({ query }) {
      const page = await listHistory(db, query);
      return { status: 200, body: { ...page, limit: query.limit, offset: query.offset } };
    },
    async 'POST /api/history/:id/revert'(request) {
      return { status: 201, body: await revertEntry(db, request.params.id, authorOf(request)) };
    },
    async 'POST /api/entities/:id/merge'(request) {
      const author = authorOf(request);
      // The body's note is the merge's own; the header's serves when the body gives none.
      const note = request.body.note ?? author.note;
      const result = await mergeEntities(db, request.params.id, request.body.into, { actor: author.actor, ...(note ? { note } : {}) });
      return { status: 200, body: result };
    },
    async 'GET /api/entities/:id/duplicates'({ params }) {
      const found = await duplicateCandidates(db, params.id);
      if (!found) throw new NotFoundError(`no entity has id "${params.id}"`);
      return { status: 200, body: found };
    },
    async 'GET /api/whoami'({ actor, role }) {
      if (actor === undefined || role === undefined)
        throw new Error('whoami reached its handler without the token guard naming the caller');
      return { status: 200, body: { name: actor, role } };
    },
  });
}
