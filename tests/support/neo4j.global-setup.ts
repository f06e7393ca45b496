// Starts one real Neo4j for the whole test run, on a free port with a fresh temporary data folder,
// applies graph-schema and loads the seed. Tests read the connection from TEST_NEO4J_* variables,
// so they never touch the user's data. Several projects may ask; the first start is shared.
// Jest runs each distinct global-teardown module once, after every project, so the one teardown
// stops it unconditionally (counting set-ups cannot work: the e2e project has its own set-up module).
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_DIR, loadDataset, readDatasetFiles } from '../../server/loader/load-dataset';
import { connect } from '../../server/neo4j/database';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j/local-neo4j';
import { applySchema } from '../../server/repositories/schema.repository';
import { freePort } from './free-port';

export const TEST_PASSWORD = 'test-neo4j-password';

interface Shared {
  neo4j?: LocalNeo4j;
  dataDir?: string;
}
const shared = ((globalThis as Record<string, unknown>).__testNeo4j ??= {}) as Shared;

export default async function globalSetup() {
  if (shared.neo4j) return;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ai-graph-test-'));
  const port = await freePort();
  process.stdout.write(`\n\u25b8 starting the test Neo4j on port ${port} (data in ${dataDir})\n`);
  const started = Date.now();
  shared.neo4j = await startLocalNeo4j({
    dataDir,
    boltPort: port,
    password: TEST_PASSWORD,
    heap: '768m',
    pageCache: '256m',
    startTimeoutMs: 180_000,
    transactionTimeout: '60s',
  });
  shared.dataDir = dataDir;
  process.env.TEST_NEO4J_URI = shared.neo4j.uri;
  process.env.TEST_NEO4J_PASSWORD = TEST_PASSWORD;
  process.env.TEST_NEO4J_DATA_DIR = dataDir;
  const db = connect({ uri: shared.neo4j.uri, user: 'neo4j', password: TEST_PASSWORD, database: 'neo4j', queryTimeoutMs: 60_000 });
  try {
    await applySchema(db);
    await loadDataset(db, readDatasetFiles([SEED_DIR]));
  } finally {
    await db.close();
  }
  process.stdout.write(`\u25b8 test Neo4j ready with the seed loaded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/** The peak resident memory of a process (VmHWM), read just before it stops; Linux only. */
function peakResidentMb(pid: number | undefined): string {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? `${Math.round(Number(kb) / 1024)} MB` : 'unknown';
  } catch {
    return 'unknown';
  }
}

export async function stopSharedNeo4j() {
  if (!shared.neo4j) return;
  process.stdout.write(`\n\u25b8 test Neo4j peak resident memory: ${peakResidentMb(shared.neo4j.process.pid)}\n`);
  await shared.neo4j.stop();
  shared.neo4j = undefined;
}
