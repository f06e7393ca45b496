// `npm run import -- [--transactional] FILE…`: validates and loads files in the seed-data format
// (all or nothing). Into an empty local database it goes through Neo4j's offline importer (the
// bulk path); otherwise, or with --transactional, through transactions. It says which and why.
import { openGraphDatabase, type GraphDatabase } from '../bootstrap';
import { loadConfig } from '../config';
import { ValidationError } from '../errors';
import { exitWithProblem } from '../cli/exit';
import { loadFilesWithProgress } from '../cli/load-files';
import { step } from '../cli/progress';
import { BULK_DATABASE, storeExists } from '../loader/bulk-import';
import { bulkLoadFiles } from '../loader/bulk-load';
import { chooseLoadPath } from '../loader/load-path';
import { countAllNodes } from '../repositories/bulk-import.repository';

async function main() {
  const args = process.argv.slice(2);
  const transactionalAsked = args.includes('--transactional');
  const paths = args.filter((a) => a !== '--transactional');
  if (paths.length === 0) throw new ValidationError('usage: npm run import -- [--transactional] FILE.json [FILE.json …]');
  const config = loadConfig();
  const remote = config.NEO4J_URI !== undefined;
  let graph: GraphDatabase | undefined;
  let storedNodes: number | undefined;
  if (!remote && !transactionalAsked && config.NEO4J_DATABASE === BULK_DATABASE && storeExists(config.NEO4J_DATA_DIR)) {
    graph = await openGraphDatabase(config);
    storedNodes = await countAllNodes(graph.db).catch(async (error) => {
      await graph!.close();
      throw error;
    });
  }
  const choice = chooseLoadPath({ remote, transactionalAsked, database: config.NEO4J_DATABASE, storedNodes });
  step(`loading through ${choice.path === 'bulk' ? 'the offline importer (bulk path)' : 'transactions'}: ${choice.reason}`);
  if (choice.path === 'bulk') {
    // The importer needs the store to itself: the Neo4j started to look is stopped first.
    await graph?.close();
    await bulkLoadFiles(config, paths);
    return;
  }
  graph ??= await openGraphDatabase(config);
  try {
    await loadFilesWithProgress(graph.db, paths);
  } finally {
    await graph.close();
  }
}

main().catch(exitWithProblem);
