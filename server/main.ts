// `npm start`: the local Neo4j (unless NEO4J_URI names one), graph-schema applied, the seed loaded
// into an empty database, then the API and the explorer page on one port. SIGINT/SIGTERM stop it
// all cleanly: HTTP first, then the driver, then Neo4j, so the store is left consistent.
// Run it as one process (`node --import tsx`): the tsx CLI wrapper SIGKILLs a child whose event
// loop is too busy to acknowledge a relayed signal within 30 ms, which cut in-flight requests.
// The npm script `exec`s node, so npm's own child is this process and the SIGTERM or SIGINT that npm
// relays reaches it; a shell in between would die of the signal and leave the server orphaned.
import type { Server } from 'node:http';
import { createApp } from './app';
import { configureHttpServer } from './http/http-server';
import { drainable, type Drainer } from './http/drain';
import { SetupError } from './errors';
import { openGraphDatabase, type GraphDatabase } from './bootstrap';
import { loadConfig } from './config';
import { SEED_DIR } from './loader/load-dataset';
import { countEntities } from './repositories/entities.repository';
import { buildClient, clientBuilt } from './client-dist';
import { exitWithProblem } from './cli/exit';
import { step } from './cli/progress';
import { loadFilesWithProgress } from './cli/load-files';

/**
 * Calls `onOrphaned` once the parent process is gone (this process re-parented to init or a
 * subreaper): whatever started the server, npm or a supervisor, can no longer stop it, so it
 * stops itself the same clean way as on SIGTERM. Started by init itself, there is nothing to watch.
 */
function watchParent(onOrphaned: () => void): void {
  const parent = process.ppid;
  if (parent <= 1) return;
  // The parent may have been the reader of our output: a closed pipe must not end the stop midway.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onOrphaned();
  }, 1000);
  timer.unref();
}

async function main() {
  const config = loadConfig();
  if (!clientBuilt()) await buildClient();
  let graph: GraphDatabase | undefined;
  let server: Server | undefined;
  let drainer: Drainer | undefined;
  let stopping = false;
  let lost: string | undefined;
  // A lost Neo4j ends in a non-zero exit, so that a process manager restarts the whole server.
  const shutdown = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    step(`${reason}: stopping`);
    await drainer?.drain();
    await graph?.close();
    if (lost) exitWithProblem(new SetupError(lost));
    step('stopped cleanly');
    process.exit(0);
  };
  graph = await openGraphDatabase(config, {
    onNeo4jLost: (reason) => {
      lost = reason;
      void shutdown('Neo4j cannot be kept running');
    },
  });
  process.on('SIGINT', () => void shutdown('SIGINT received'));
  process.on('SIGTERM', () => void shutdown('SIGTERM received'));
  watchParent(() => void shutdown('the process that started the server is gone'));

  try {
    const existing = await countEntities(graph.db);
    if (existing === 0 && config.SEED_ON_EMPTY === 'true') {
      step('the database is empty: loading seed-data/');
      await loadFilesWithProgress(graph.db, [SEED_DIR], {
        author: { actor: 'seed', note: 'seed-data/ loaded into an empty database at start-up' },
      });
    } else {
      step(`the database holds ${existing} entities: seed not loaded again`);
    }
    const app = createApp({ db: graph.db, config });
    // Express 5 hands a listen error (EADDRINUSE, EACCES) to this callback rather than throwing.
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.PORT, config.HOST, (error?: NodeJS.ErrnoException) => {
        if (!error) return resolve(s);
        reject(
          error.code === 'EADDRINUSE'
            ? new SetupError(`port ${config.PORT} (PORT) on ${config.HOST} is already in use: stop what holds it or set PORT`)
            : new SetupError(`cannot listen on ${config.HOST}:${config.PORT} (HOST, PORT): ${error.message}`),
        );
      });
    });
    drainer = drainable(server);
    configureHttpServer(server);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    if (!config.tokens.some((t) => t.role === 'curator'))
      step('no curator token is configured (API_TOKEN, API_TOKENS or API_TOKENS_FILE): writes are disabled');
    step(`listening on ${config.HOST}:${port}`);
    console.log(`\n  Open http://localhost:${port}/ \n`);
  } catch (error) {
    await graph.close();
    throw error;
  }
}

main().catch(exitWithProblem);
