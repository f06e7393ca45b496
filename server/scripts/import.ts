// `npm run import -- FILE…`: validates and loads files in the seed-data format (all or nothing).
import { openGraphDatabase } from '../bootstrap';
import { loadConfig } from '../config';
import { ValidationError } from '../errors';
import { exitWithProblem } from '../cli/exit';
import { loadFilesWithProgress } from '../cli/load-files';

async function main() {
  const paths = process.argv.slice(2);
  if (paths.length === 0) throw new ValidationError('usage: npm run import -- FILE.json [FILE.json …]');
  const graph = await openGraphDatabase(loadConfig());
  try {
    await loadFilesWithProgress(graph.db, paths);
  } finally {
    await graph.close();
  }
}

main().catch(exitWithProblem);
