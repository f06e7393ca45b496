// Network analytics routes: centrality and communities from the analytics service, interlocks
// and the rankings straight from the repositories.
import { analyticsService, type AnalyticsLimits, DEFAULT_LIMITS } from '../analytics/analytics.service';
import { ACTOR_KINDS, resolveSlice, typesJoining } from '../analytics/slice';
import { NotFoundError, ValidationError } from '../errors';
import { handlers } from '../http/handler';
import type { Database } from '../neo4j/database';
import { interlocks } from '../repositories/analytics.repository';
import { computeRanking, fundingRanking, predictionRanking } from '../repositories/rankings.repository';

export function analyticsHandlers(db: Database, limits: AnalyticsLimits = DEFAULT_LIMITS, log?: (message: string) => void) {
  const analytics = analyticsService(db, limits, log);
  return handlers({
    async 'GET /api/analytics/centrality'({ query }) {
      const { measure, limit, ...slice } = query;
      return { status: 200, body: await analytics.centrality(resolveSlice(slice), measure, limit) };
    },
    async 'GET /api/analytics/communities'({ query }) {
      const { limit, ...slice } = query;
      return { status: 200, body: await analytics.communities(resolveSlice(slice), limit) };
    },
    async 'GET /api/analytics/interlocks'({ query }) {
      if (query.a === query.b)
        throw new ValidationError('a and b must be different entities', [{ in: 'query', path: 'b', message: 'must differ from "a"' }]);
      const found = await interlocks(db, { ...query, kinds: ACTOR_KINDS, types: query.types ?? typesJoining(ACTOR_KINDS) });
      if (found.missing.length > 0) throw new NotFoundError(`no entity has id ${found.missing.map((m) => `"${m}"`).join(' or ')}`);
      const [a, b] = found.ends;
      return { status: 200, body: { a, b, direct: found.direct, shared: found.shared, documents: found.documents } };
    },
    async 'GET /api/analytics/funding'({ query }) {
      return { status: 200, body: await fundingRanking(db, query.side, query.asOf, query.limit) };
    },
    async 'GET /api/analytics/compute'({ query }) {
      return { status: 200, body: await computeRanking(db, query.asOf, query.limit) };
    },
    async 'GET /api/analytics/predictions'({ query }) {
      return { status: 200, body: await predictionRanking(db, query.limit) };
    },
  });
}
