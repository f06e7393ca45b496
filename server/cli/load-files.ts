// Loads files into the database with progress on the terminal: shared by `npm run seed`,
// `npm run import` and the first `npm start`. A batched load cut off midway (the database gone, the
// machine stopped) has committed some batches and not others; loading the same files again
// completes it, since every record is matched by its id, and the failure says so.
import path from 'node:path';
import { ProblemError } from '../errors';
import type { Database } from '../neo4j/database';
import { ATOMIC_IMPORT_LIMIT, loadDataset, readDatasetFiles, type LoadSummary } from '../loader/load-dataset';
import type { Author } from '../repositories/history.repository';
import { step } from './progress';

export interface LoadFilesOptions {
  /** Above this many records the load is batched (ATOMIC_IMPORT_LIMIT by default). */
  atomicUpTo?: number;
  batchSize?: number;
  /** Who loads, for the history: the command line by default, with the files' names as the note. */
  author?: Author;
}

const RERUN = 'run the same import again to complete it (records already written are matched by id, not repeated)';

export async function loadFilesWithProgress(db: Database, paths: string[], options: LoadFilesOptions = {}): Promise<LoadSummary> {
  const files = readDatasetFiles(paths);
  step(`validating ${files.length} file${files.length === 1 ? '' : 's'} against graph-schema`);
  let lastPhase = '';
  let committed = 0;
  let summary: LoadSummary;
  try {
    summary = await loadDataset(db, files, {
      ...options,
      // Names only: the history is public and a full path would tell where the server's files live.
      author: options.author ?? { actor: 'command-line', note: `loaded from ${paths.map((p) => path.basename(p)).join(', ')}` },
      onProgress: (p) => {
        if (p.phase !== lastPhase || p.done === p.total) {
          if (p.done === p.total || p.phase !== lastPhase) step(`  ${p.phase}: ${p.done}/${p.total}`);
          lastPhase = p.phase;
        }
      },
      onBatchCommitted: () => void committed++,
    });
  } catch (error) {
    if (committed === 0) throw error;
    const why = error instanceof Error ? error.message : String(error);
    const message = `the import stopped after ${committed} batch${committed === 1 ? '' : 'es'} had been written (${why}); ${RERUN}`;
    throw error instanceof ProblemError ? new ProblemError(message, error.code, error.details) : new Error(message);
  }
  step(
    `loaded ${summary.entities} entities and ${summary.relationships} relationships` +
      (summary.mode === 'batched'
        ? ` in batches, each committed on its own (over ${options.atomicUpTo ?? ATOMIC_IMPORT_LIMIT} records); if cut off, ${RERUN}`
        : ' in one transaction'),
  );
  for (const [kind, n] of Object.entries(summary.byKind)) console.log(`    ${kind.padEnd(16)} ${n}`);
  return summary;
}
