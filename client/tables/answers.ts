// The API answers the tables are built from, typed by the contract (types only), and the calls that
// fetch them through the client's one typed caller.
import type { Contract, SuccessBody } from '../../graph-schema/contract';
import { call } from '../api';

type Body<R extends keyof Contract> = SuccessBody<Contract[R]>;
export type ComputeAnswer = Body<'GET /api/analytics/compute'>;
export type SliceAnswer = Body<'GET /api/graph'>;
export type InvestmentsAnswer = Body<'GET /api/relationships'>;
export type FundingAnswer = Body<'GET /api/analytics/funding'>;
export type ClaimsAnswer = Body<'GET /api/claims'>;
export type PredictionsAnswer = Body<'GET /api/analytics/predictions'>;
export type FundingSide = FundingAnswer['side'];

/** The slice that says who operates, uses and trains on each cluster, with every fact's sources. */
const COMPUTE_SLICE = { kinds: 'Organization,GPUCluster,AIModel', types: 'OPERATES,USES,TRAINED_ON,DEVELOPED' };

export const tablesApi = {
  compute: () => call('GET /api/analytics/compute', { query: { limit: 500 } }),
  computeSlice: () => call('GET /api/graph', { query: COMPUTE_SLICE }),
  investments: () => call('GET /api/relationships', { query: { type: 'INVESTED_IN', limit: 500 } }),
  funding: (side: FundingSide) => call('GET /api/analytics/funding', { query: { side, limit: 500 } }),
  predictions: () => call('GET /api/claims', { query: { kind: 'prediction', limit: 200 } }),
  speakers: () => call('GET /api/analytics/predictions', { query: { limit: 500 } }),
};
