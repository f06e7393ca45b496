// Loads files into the database with progress on the terminal: shared by `npm run seed`,
// `npm run import` and the first `npm start`.
import type { Database } from '../neo4j/database';
import { ATOMIC_IMPORT_LIMIT, loadDataset, readDatasetFiles, type LoadSummary } from '../loader/load-dataset';
import { step } from './progress';

export async function loadFilesWithProgress(db: Database, paths: string[]): Promise<LoadSummary> {
  const files = readDatasetFiles(paths);
  step(`validating ${files.length} file${files.length === 1 ? '' : 's'} against graph-schema`);
  let lastPhase = '';
  const summary = await loadDataset(db, files, {
    onProgress: (p) => {
      if (p.phase !== lastPhase || p.done === p.total) {
        if (p.done === p.total || p.phase !== lastPhase) step(`  ${p.phase}: ${p.done}/${p.total}`);
        lastPhase = p.phase;
      }
    },
  });
  step(
    `loaded ${summary.entities} entities and ${summary.relationships} relationships` +
      (summary.mode === 'batched'
        ? ` in batches, each committed on its own (over ${ATOMIC_IMPORT_LIMIT} records); if cut off, run the same import again to complete it`
        : ' in one transaction'),
  );
  for (const [kind, n] of Object.entries(summary.byKind)) console.log(`    ${kind.padEnd(16)} ${n}`);
  return summary;
}
