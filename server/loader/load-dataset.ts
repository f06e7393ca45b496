// The loader's story: read the files, validate them all, and only then write them in batches.
// Used by `npm run seed`, `npm run import`, `npm start` on an empty database and POST /api/import.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ValidationError } from '../errors';
import type { KnownKinds } from '../domain/write-rules';
import type { Database } from '../neo4j/database';
import { kindsOfIds } from '../repositories/entities.repository';
import { importRecords, type ImportOptions } from '../repositories/import.repository';
import { formatProblem, validateDataset, type Dataset, type DatasetFile } from './validate-dataset';

export const SEED_DIR = path.resolve(__dirname, '../../seed-data');

/**
 * Above this many records an import is written in batches, each committed on its own, instead of
 * one transaction: a million relationships in one transaction outgrow the transaction memory
 * limit (db.memory.transaction.max). Everything is still validated before the first write, and a
 * batched import cut off half-way completes when run again (its writes are idempotent).
 */
export const ATOMIC_IMPORT_LIMIT = 50_000;

export interface LoadSummary {
  /** 'atomic': one transaction, all or nothing; 'batched': one transaction per batch. */
  mode: 'atomic' | 'batched';
  entities: number;
  relationships: number;
  byKind: Record<string, number>;
  byType: Record<string, number>;
}

/** Reads JSON files (or every *.json in a folder), reporting unreadable ones as problems. */
export function readDatasetFiles(paths: string[]): DatasetFile[] {
  const files: DatasetFile[] = [];
  for (const p of paths) {
    const isDir = statSync(p, { throwIfNoEntry: false })?.isDirectory();
    const list = isDir
      ? readdirSync(p)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => path.join(p, f))
      : [p];
    for (const file of list) {
      const name = path.relative(process.cwd(), file) || file;
      let content: unknown;
      try {
        content = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        content = { __unreadable: (error as Error).message };
      }
      files.push({ file: name, content });
    }
  }
  return files;
}

function summarise(dataset: Dataset, mode: LoadSummary['mode']): LoadSummary {
  const byKind: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const e of dataset.entities) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  for (const r of dataset.relationships) byType[r.type] = (byType[r.type] ?? 0) + 1;
  return { mode, entities: dataset.entities.length, relationships: dataset.relationships.length, byKind, byType };
}

/**
 * Validates the files against graph-schema and the database (`knownKinds` looks up ids already
 * stored); throws one ValidationError naming every problem, else returns the dataset.
 */
export async function validateFiles(files: DatasetFile[], knownKinds: KnownKinds): Promise<Dataset> {
  const unreadable = files.filter((f) => (f.content as { __unreadable?: string })?.__unreadable !== undefined);
  const { dataset, problems } = await validateDataset(
    files.filter((f) => !unreadable.includes(f)),
    knownKinds,
  );
  const all = [
    ...unreadable.map((f) => ({
      file: f.file,
      record: '(file)',
      field: '',
      message: `not valid JSON: ${(f.content as { __unreadable: string }).__unreadable}`,
    })),
    ...problems,
  ];
  if (all.length > 0)
    throw new ValidationError(
      `${all.length} problem${all.length === 1 ? '' : 's'} found; nothing was loaded:\n${all.map(formatProblem).join('\n')}`,
      all.map((p) => ({ in: 'body' as const, path: p.field, message: p.message, file: p.file, record: p.record })),
    );
  return dataset;
}

/** Validates the files against graph-schema and the database, then loads them; nothing on error. */
export async function loadDataset(
  db: Database,
  files: DatasetFile[],
  options: ImportOptions & { atomicUpTo?: number } = {},
): Promise<LoadSummary> {
  const dataset = await validateFiles(files, (ids) => kindsOfIds(db, ids));
  const records = dataset.entities.length + dataset.relationships.length;
  const mode = options.mode ?? (records > (options.atomicUpTo ?? ATOMIC_IMPORT_LIMIT) ? 'batched' : 'atomic');
  await importRecords(db, dataset.entities, dataset.relationships, { ...options, mode });
  return summarise(dataset, mode);
}
