// Stops the test Neo4j after the last project (Jest runs this module once per run) and removes its data.
import { rmSync } from 'node:fs';
import { stopSharedNeo4j } from './neo4j.global-setup';

export default async function globalTeardown() {
  const dataDir = process.env.TEST_NEO4J_DATA_DIR;
  await stopSharedNeo4j();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
