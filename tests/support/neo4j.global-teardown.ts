// Stops the test Neo4j once the last project that asked for it has finished.
import { rmSync } from 'node:fs';
import { stopSharedNeo4j } from './neo4j.global-setup';

export default async function globalTeardown() {
  const dataDir = process.env.TEST_NEO4J_DATA_DIR;
  await stopSharedNeo4j();
  const shared = (globalThis as unknown as Record<string, { neo4j?: unknown }>).__testNeo4j;
  if (!shared?.neo4j && dataDir) rmSync(dataDir, { recursive: true, force: true });
}
