// The API contract: every route once, as data (no handlers, no database, no Express), with its
// parameters, body and answers per status. The server implements it, the client's caller is typed
// by it (importing types only), the OpenAPI document and the docs page are built from it, and the
// tests read it.
import { analyticsRoutes } from './analytics.routes';
import { claimRoutes } from './claims.routes';
import { documentRoutes, historyRoutes, identityRoutes } from './curation.routes';
import { entityRoutes } from './entities.routes';
import { graphRoutes } from './graph.routes';
import { metaRoutes } from './meta.routes';
import { methodOf, pathOf, type RouteName, type RouteSpec } from './route';
import { sourceRoutes } from './sources.routes';
import { transferRoutes } from './transfer.routes';

export const contract = {
  ...metaRoutes,
  ...entityRoutes,
  ...graphRoutes,
  ...claimRoutes,
  ...sourceRoutes,
  ...transferRoutes,
  ...analyticsRoutes,
  ...documentRoutes,
  ...historyRoutes,
  ...identityRoutes,
} as const satisfies Record<RouteName, RouteSpec>;

export type Contract = typeof contract;
export type ContractRoute = keyof Contract;

/** A declaration with its method and path spelled out, for code that walks every route. */
export interface DeclaredRoute extends RouteSpec {
  name: ContractRoute;
  method: ReturnType<typeof methodOf>;
  /** Express-style path, e.g. /api/entities/:id. */
  path: string;
}

export function declaredRoutes(): DeclaredRoute[] {
  return (Object.entries(contract) as [ContractRoute, RouteSpec][]).map(([name, spec]) => ({
    ...spec,
    name,
    method: methodOf(name),
    path: pathOf(name),
  }));
}

export * from './analytics.shapes';
export * from './curation.shapes';
export * from './rankings.shapes';
export * from './errors';
export * from './query';
export * from './records';
export * from './route';
export * from './shapes';
export { ClaimInput } from './claims.routes';
