// Browser tests need the real Neo4j with the seed (shared with other projects) and an explorer
// bundle built from the current client/ sources.
import { ensureFreshBundle } from './client-bundle';
import neo4jGlobalSetup from './neo4j.global-setup';

export default async function e2eGlobalSetup() {
  await ensureFreshBundle();
  await neo4jGlobalSetup();
}
