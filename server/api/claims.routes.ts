// Claims: who said what about whom, when, and on what evidence.
import { handlers } from '../http/handler';
import type { Database } from '../neo4j/database';
import { listClaims } from '../repositories/claims.repository';
import { createClaim } from '../services/write.service';

export function claimHandlers(db: Database) {
  return handlers({
    async 'GET /api/claims'({ query }) {
      return { status: 200, body: { ...(await listClaims(db, query)), limit: query.limit, offset: query.offset } };
    },
    async 'POST /api/claims'({ body }) {
      return { status: 201, body: await createClaim(db, body) };
    },
  });
}
