// Opens the graph database the configuration asks for: an existing Neo4j named by NEO4J_URI, or
// the project's own local Neo4j, started here. Applies graph-schema's constraints and indexes.
import { performance } from 'node:perf_hooks';
import type { Config } from './config';
import { connect, waitUntilReachable, type Database } from './neo4j/database';
import { localPassword, startLocalNeo4j, superviseLocalNeo4j, type LocalNeo4jOptions } from './neo4j/local-neo4j';
import { checkJava, ensureNeo4jJars, neo4jVersion } from './neo4j/runtime';
import { applySchema } from './repositories/schema.repository';
import { step } from './cli/progress';

export interface GraphDatabase {
  db: Database;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * Keep the local Neo4j running for a long-lived process: restart it when it dies, and call this
   * when restarts keep failing. Unset (the command-line tools): a dead Neo4j fails the command.
   */
  onNeo4jLost?: (reason: string) => void;
}

export async function openGraphDatabase(config: Config, { onNeo4jLost }: OpenOptions = {}): Promise<GraphDatabase> {
  let local: { uri: string; stop(): Promise<void> } | undefined;
  let uri = config.NEO4J_URI;
  let password = config.NEO4J_PASSWORD;
  if (uri === undefined) {
    step('resolving Neo4j');
    await checkJava();
    await ensureNeo4jJars();
    step(`starting Neo4j Community ${neo4jVersion()} on bolt://127.0.0.1:${config.NEO4J_BOLT_PORT} (data in ${config.NEO4J_DATA_DIR})`);
    const started = performance.now();
    // An explicit NEO4J_PASSWORD is set on every start; otherwise the data folder's own password.
    const own = config.NEO4J_PASSWORD === undefined ? localPassword(config.NEO4J_DATA_DIR) : undefined;
    password = own?.password ?? config.NEO4J_PASSWORD;
    const options: LocalNeo4jOptions = {
      dataDir: config.NEO4J_DATA_DIR,
      boltPort: config.NEO4J_BOLT_PORT,
      password: password!,
      keepPassword: own !== undefined && !own.mustSet,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      startTimeoutMs: config.NEO4J_START_TIMEOUT_S * 1000,
    };
    local = onNeo4jLost ? await superviseLocalNeo4j(options, { log: step, onGiveUp: onNeo4jLost }) : await startLocalNeo4j(options);
    step(`Neo4j started in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    uri = local.uri;
  } else {
    step(`using the Neo4j at ${uri.replace(/\/\/[^@]*@/, '//')}`);
  }
  const db = connect({
    uri,
    user: config.NEO4J_USER,
    password: password!,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
  });
  const close = async () => {
    await db.close().catch(() => undefined);
    await local?.stop();
  };
  try {
    await waitUntilReachable(db, 30_000);
    const count = await applySchema(db);
    step(`schema applied: ${count} constraints and indexes from graph-schema`);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, close };
}
