// Network analytics: who is central in a slice of the graph, which groups it falls into, and what
// two entities share. Computed by the server (no database plugin needed); see docs/analytics.md.
import { z } from 'zod';
import { EntityId, PartialDate } from '../index';
import { CENTRALITY_MEASURES, CentralityRanking, Communities, DIRECTIONS, Interlocks } from './analytics.shapes';
import { KindList, Limit, RelationshipTypeList } from './query';
import { json, route } from './route';
import { ComputeRanking, FUNDING_SIDES, FundingRanking, PredictionRanking } from './rankings.shapes';

const sliceQuery = {
  kinds: KindList.optional(),
  types: RelationshipTypeList.optional(),
  asOf: PartialDate.optional(),
};

export const analyticsRoutes = {
  'GET /api/analytics/centrality': route({
    tag: 'analytics',
    summary: 'Entities ranked by degree, PageRank, betweenness or closeness over a slice of the graph.',
    description:
      'The default slice leaves out claims and sources, so it ranks actors. A slice larger than the server allows is refused (400); a run past its time limit answers 503.',
    query: z
      .object({
        ...sliceQuery,
        measure: z.enum(CENTRALITY_MEASURES).default('pagerank'),
        direction: z.enum(DIRECTIONS).default('both'),
        limit: Limit(1000, 25),
      })
      .strict(),
    responses: { 200: json('The ranking.', CentralityRanking) },
    example: { path: '/api/analytics/centrality?measure=pagerank&limit=10' },
  }),
  'GET /api/analytics/communities': route({
    tag: 'analytics',
    summary: 'Groups of entities more tied to each other than to the rest (Louvain), each named by its most central member.',
    query: z.object({ ...sliceQuery, limit: Limit(1000, 50).meta({ description: 'Members listed per group.' }) }).strict(),
    responses: { 200: json('The groups and their modularity.', Communities) },
    example: { path: '/api/analytics/communities?limit=5' },
  }),
  'GET /api/analytics/interlocks': route({
    tag: 'analytics',
    summary: 'What two entities share: the entities tied to both, with the relationships on each side and their sources.',
    description: 'For two organisations this includes the people who worked for or led both.',
    query: z.object({ a: EntityId, b: EntityId, types: sliceQuery.types, limit: Limit(500, 100) }).strict(),
    responses: { 200: json('The shared entities.', Interlocks) },
    errors: [404],
    example: { path: '/api/analytics/interlocks?a=elon-musk&b=microsoft' },
  }),
  'GET /api/analytics/funding': route({
    tag: 'analytics',
    summary: 'Who received (or gave) the most funding: relationships counted, amounts summed per currency, unknown amounts apart.',
    query: z.object({ side: z.enum(FUNDING_SIDES).default('received'), asOf: sliceQuery.asOf, limit: Limit(500, 25) }).strict(),
    responses: { 200: json('The ranking.', FundingRanking) },
    example: { path: '/api/analytics/funding?side=received&limit=5' },
  }),
  'GET /api/analytics/compute': route({
    tag: 'analytics',
    summary: 'Compute per operator: H100-equivalents and chips, built and planned apart.',
    query: z.object({ asOf: sliceQuery.asOf, limit: Limit(500, 25) }).strict(),
    responses: { 200: json('The ranking.', ComputeRanking) },
    example: { path: '/api/analytics/compute?limit=5' },
  }),
  'GET /api/analytics/predictions': route({
    tag: 'analytics',
    summary: 'Who made the most predictions, and how many came true, partly, did not, are overdue or pending.',
    query: z.object({ limit: Limit(500, 25) }).strict(),
    responses: { 200: json('The ranking.', PredictionRanking) },
    example: { path: '/api/analytics/predictions?limit=5' },
  }),
} as const;
