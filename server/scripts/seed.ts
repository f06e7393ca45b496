// `npm run seed`: loads seed-data/ into the configured database (idempotent: safe to repeat).
import { openGraphDatabase } from '../bootstrap';
import { loadConfig } from '../config';
import { SEED_DIR } from '../loader/load-dataset';
import { exitWithProblem } from '../cli/exit';
import { loadFilesWithProgress } from '../cli/load-files';

async function main() {
  const graph = await openGraphDatabase(loadConfig());
  try {
    await loadFilesWithProgress(graph.db, [SEED_DIR]);
  } finally {
    await graph.close();
  }
}

main().catch(exitWithProblem);
