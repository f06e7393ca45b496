// Which way `npm run import` loads: through Neo4j's offline importer (the bulk path) or through
// transactions. The importer rebuilds a store from nothing while Neo4j is stopped, so it is only
// for the project's own local Neo4j, on a database that holds nothing yet; everything else (a
// remote server, a cluster, a graph with data, or a user who asks) goes through transactions.
import { BULK_DATABASE } from './bulk-import';

export interface LoadPathFacts {
  /** NEO4J_URI is set: the database is not the project's own. */
  remote: boolean;
  /** `--transactional` was given. */
  transactionalAsked: boolean;
  /** NEO4J_DATABASE. */
  database: string;
  /** Nodes stored in the local database; undefined when it has no store yet. */
  storedNodes: number | undefined;
}

export interface LoadPath {
  path: 'bulk' | 'transactional';
  /** Why, in words for the terminal. */
  reason: string;
}

export function chooseLoadPath(facts: LoadPathFacts): LoadPath {
  if (facts.remote) return { path: 'transactional', reason: 'NEO4J_URI names a Neo4j this project does not run' };
  if (facts.transactionalAsked) return { path: 'transactional', reason: 'asked for with --transactional' };
  if (facts.database !== BULK_DATABASE)
    return {
      path: 'transactional',
      reason: `NEO4J_DATABASE is "${facts.database}": the offline importer fills only the default database "${BULK_DATABASE}"`,
    };
  if (facts.storedNodes === undefined) return { path: 'bulk', reason: 'the local Neo4j has no store yet' };
  if (facts.storedNodes > 0)
    return {
      path: 'transactional',
      reason: `the local database already holds ${facts.storedNodes} nodes, and the offline importer only fills an empty one`,
    };
  return { path: 'bulk', reason: 'the local database is empty' };
}
