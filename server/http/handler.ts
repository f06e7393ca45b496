// Handlers implement the contract's routes: each receives the parsed request its route declares
// and must answer with one of the route's declared statuses and bodies, or the code does not
// compile. Errors are thrown (server/errors.ts), never returned.
import type { Contract, ContractRoute, ParsedRequest, Reply, RouteSpec } from '../../graph-schema/contract';

export type Handler<R extends RouteSpec> = (request: ParsedRequest<R>) => Promise<Reply<R>>;

/** One handler for every route of the contract: a route left out does not compile. */
export type Handlers = { [K in ContractRoute]: Handler<Contract[K]> };

/** Handlers for some of the routes, each checked against its declaration. */
export function handlers<K extends ContractRoute>(implementation: { [P in K]: Handler<Contract[P]> }) {
  return implementation;
}
