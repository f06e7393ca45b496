// Claims: who said what about whom, when, and on what evidence.
import { handlers } from '../http/handler';
import type { Database } from '../neo4j/database';
import { NotFoundError } from '../errors';
import { listClaims, trackRecord } from '../repositories/claims.repository';
import { disputes } from '../repositories/disputes.repository';
import { authorOf, createClaim } from '../services/write.service';

export function claimHandlers(db: Database) {
  return handlers({
    async 'GET /api/claims'({ query }) {
      return { status: 200, body: { ...(await listClaims(db, query)), limit: query.limit, offset: query.offset } };
    },
    async 'GET /api/claims/track-record'({ query }) {
      const record = await trackRecord(db, query.by);
      if (!record) throw new NotFoundError(`no entity has id "${query.by}"`);
      return { status: 200, body: record };
    },
    async 'GET /api/claims/disputes'({ query }) {
      const found = await disputes(db, query.about, query.limit);
      if (!found) throw new NotFoundError(`no entity has id "${query.about}"`);
      return { status: 200, body: found };
    },
    async 'POST /api/claims'(request) {
      return { status: 201, body: await createClaim(db, request.body, authorOf(request)) };
    },
  });
}
