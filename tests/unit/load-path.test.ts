// Which way `npm run import` loads: the offline importer only for the project's own local Neo4j
// with nothing in it, transactions for everything else, each choice with its reason.
import { chooseLoadPath, type LoadPathFacts } from '../../server/loader/load-path';

const localEmpty: LoadPathFacts = { remote: false, transactionalAsked: false, database: 'neo4j', storedNodes: 0 };

describe('chooseLoadPath', () => {
  it('takes the bulk path for a local database that is empty or has no store yet', () => {
    expect(chooseLoadPath(localEmpty)).toEqual({ path: 'bulk', reason: 'the local database is empty' });
    expect(chooseLoadPath({ ...localEmpty, storedNodes: undefined })).toEqual({ path: 'bulk', reason: 'the local Neo4j has no store yet' });
  });

  it.each<[string, Partial<LoadPathFacts>, string]>([
    ['a Neo4j named by NEO4J_URI', { remote: true }, 'NEO4J_URI names a Neo4j this project does not run'],
    ['--transactional', { transactionalAsked: true }, 'asked for with --transactional'],
    [
      'a database with data',
      { storedNodes: 12 },
      'the local database already holds 12 nodes, and the offline importer only fills an empty one',
    ],
    [
      'a database other than the default',
      { database: 'graph' },
      'NEO4J_DATABASE is "graph": the offline importer fills only the default database "neo4j"',
    ],
  ])('keeps transactions for %s', (_name, facts, reason) => {
    expect(chooseLoadPath({ ...localEmpty, ...facts })).toEqual({ path: 'transactional', reason });
  });

  it('goes to a remote Neo4j through transactions even when it is empty or the flag is missing', () => {
    expect(chooseLoadPath({ ...localEmpty, remote: true, storedNodes: undefined }).path).toBe('transactional');
  });
});
