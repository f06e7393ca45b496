// The bulk path of a first load: a validated dataset written as CSV and fed to Neo4j's offline
// importer (`neo4j-admin database import full`, from the Neo4j jars in neo4j-runtime/lib) straight
// into the local store, while the local Neo4j is stopped. The importer builds the store without
// transactions, about two orders of magnitude faster than UNWIND batches; it makes no constraints
// or indexes, so whoever starts Neo4j next applies graph-schema's (applySchema) and waits for them.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import readline from 'node:readline';
import { ENTITY_LABEL, KIND_NAMES, RELATIONSHIP_TYPE_NAMES } from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { storeDirectories } from '../neo4j/local-neo4j';
import { LIB_DIR } from '../neo4j/runtime';
import { countByKind, countByType } from '../repositories/counts';
import { setEmptyArrays, type EmptyArrayTarget } from '../repositories/bulk-import.repository';
import type { Author } from '../repositories/history.repository';
import { recordImport } from '../repositories/import.repository';
import { kindLabel, relationshipType } from '../repositories/schema-names';
import { ARRAY_DELIMITER, writeBulkCsv } from './bulk-csv';
import type { Dataset } from './validate-dataset';

/** The only database Neo4j Community's importer can fill in place: the default one. */
export const BULK_DATABASE = 'neo4j';

export interface OfflineImportOptions {
  /** The local Neo4j's data folder (NEO4J_DATA_DIR); the DBMS must not be running on it. */
  dataDir: string;
  /** Java heap of the importer; its large structures are off-heap. */
  heap?: string;
  /** The importer's off-heap budget (its default, 90% of free memory, is too greedy on a shared machine). */
  maxOffHeapMemory?: string;
  log?: (line: string) => void;
}

export interface OfflineImportFigures {
  nodes: number;
  relationships: number;
  csvSeconds: number;
  importerSeconds: number;
  /** What completeBulkImport must still set once Neo4j runs on the new store. */
  emptyArrays: EmptyArrayTarget[];
}

/** Whether the local Neo4j in `dataDir` has a store for the database yet. */
export function storeExists(dataDir: string, database = BULK_DATABASE): boolean {
  return existsSync(path.join(storeDirectories(dataDir)['server.directories.data'], 'databases', database));
}

const seconds = (since: number) => (performance.now() - since) / 1000;

function runImporter(args: string[], home: string, heap: string, log: (line: string) => void): Promise<void> {
  // The store's files get an owner-only umask, as when the local Neo4j writes them.
  const umask = process.umask(0o077);
  try {
    const child = spawn(
      'java',
      [`-Xmx${heap}`, '-XX:+UseG1GC', '-Dfile.encoding=UTF-8', '-cp', `${LIB_DIR}${path.sep}*`, 'org.neo4j.cli.AdminTool', ...args],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') } },
    );
    const tail: string[] = [];
    const remember = (line: string) => {
      // Stack frames say nothing to a user; the exception's message does.
      if (/^\s+at |^\s+\.\.\. \d+ more/.test(line)) return;
      tail.push(line);
      if (tail.length > 30) tail.shift();
    };
    readline.createInterface({ input: child.stderr }).on('line', remember);
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      remember(line);
      // The importer's own summary; its progress bars stay off the terminal.
      if (/^IMPORT DONE|^Imported:|^\s+\d+ (nodes|relationships|properties)/.test(line)) log(`  importer: ${line.trim()}`);
    });
    return new Promise((resolve, reject) => {
      child.once('error', (error) => reject(new Error(`could not run java for the offline importer: ${error.message}`)));
      child.once('exit', (code) => {
        if (code === 0) return resolve();
        const detail = tail.filter((l) => l.trim() && !/^\s*\.+/.test(l)).slice(-8);
        reject(new Error(`the offline importer failed (exit ${code}):\n${detail.join('\n')}`));
      });
    });
  } finally {
    process.umask(umask);
  }
}

/**
 * Replaces the local store's database with the dataset. Only for a database known to be empty:
 * `--overwrite-destination` deletes what the store held. Every record was validated before, so
 * the importer may tolerate no bad entry (`--bad-tolerance=0`).
 */
export async function offlineImport(dataset: Dataset, options: OfflineImportOptions): Promise<OfflineImportFigures> {
  const log = options.log ?? (() => undefined);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  // Beside the store, on the same disk, and removed afterwards: the CSV is as large as the data.
  const work = mkdtempSync(path.join(options.dataDir, '.bulk-import-'));
  try {
    const csvStarted = performance.now();
    const csv = writeBulkCsv(dataset, work);
    const csvSeconds = seconds(csvStarted);
    log(
      `bulk: wrote ${csv.nodes.length} node and ${csv.relationships.length} relationship CSV files in ${csvSeconds.toFixed(1)} s` +
        (csv.multiline ? ' (some values span lines)' : ''),
    );
    mkdirSync(path.join(work, 'conf'));
    const conf = Object.entries(storeDirectories(path.resolve(options.dataDir))).map(([k, v]) => `${k}=${v}`);
    writeFileSync(path.join(work, 'conf', 'neo4j.conf'), conf.join('\n') + '\n', { mode: 0o600 });
    const args = [
      'database',
      'import',
      'full',
      // First: after the last --relationships, picocli would take it for one more file of that type.
      BULK_DATABASE,
      '--overwrite-destination=true',
      '--bad-tolerance=0',
      `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
      `--max-off-heap-memory=${options.maxOffHeapMemory ?? '2g'}`,
      `--report-file=${path.join(work, 'import.report')}`,
      ...(csv.multiline ? ['--multiline-fields=true'] : []),
      ...csv.nodes.map((f) => `--nodes=${ENTITY_LABEL}:${kindLabel(f.name)}=${f.file}`),
      ...csv.relationships.map((f) => `--relationships=${relationshipType(f.name)}=${f.file}`),
    ];
    log(`bulk: running neo4j-admin database import full into ${options.dataDir}`);
    const importerStarted = performance.now();
    await runImporter(args, work, options.heap ?? '1g', log);
    const importerSeconds = seconds(importerStarted);
    log(
      `bulk: imported ${dataset.entities.length} entities and ${dataset.relationships.length} relationships in ${importerSeconds.toFixed(1)} s`,
    );
    return {
      nodes: dataset.entities.length,
      relationships: dataset.relationships.length,
      csvSeconds,
      importerSeconds,
      emptyArrays: csv.emptyArrays,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Finishes an offline import once Neo4j runs on the new store with graph-schema's constraints
 * applied: sets the empty arrays the importer left out, then compares the counts of every kind
 * and type with the dataset's (the importer reports bad entries only into its report file, so a
 * shortfall is looked for here).
 */
export async function completeBulkImport(db: Database, dataset: Dataset, emptyArrays: EmptyArrayTarget[], author: Author): Promise<void> {
  for (const empty of emptyArrays) await setEmptyArrays(db, empty);
  const expected: Record<string, number> = {};
  for (const e of dataset.entities) expected[e.kind] = (expected[e.kind] ?? 0) + 1;
  for (const r of dataset.relationships) expected[r.type] = (expected[r.type] ?? 0) + 1;
  const stored = await db.read(
    async (tx) => ({
      ...(await countByKind(tx, KIND_NAMES)),
      ...(await countByType(tx, RELATIONSHIP_TYPE_NAMES)),
    }),
    600_000,
  );
  const wrong = Object.keys(stored).filter((name) => stored[name] !== (expected[name] ?? 0));
  if (wrong.length > 0)
    throw new Error(
      `the offline import stored other counts than the dataset holds: ${wrong.map((n) => `${n} ${stored[n]} of ${expected[n] ?? 0}`).join(', ')}`,
    );
  // Like every write, the import is in the history, as the transactional path records it.
  await recordImport(db, author, dataset.entities, dataset.relationships);
}
