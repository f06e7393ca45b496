// Bulk-path measurement: the same generated files read, validated, written as CSV and fed to
// Neo4j's offline importer into a new store of their own, then Neo4j started on it with
// graph-schema's constraints and indexes created and online — the wall clock of the whole path,
// beside the transactional load of the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { completeBulkImport, offlineImport } from '../server/loader/bulk-import';
import { readDatasetFiles, validateFiles } from '../server/loader/load-dataset';
import { connect } from '../server/neo4j/database';
import { applySchema } from '../server/repositories/schema.repository';
import { BENCH_PASSWORD, startBenchStore } from './stack';

export interface BulkLoadResult {
  entities: number;
  relationships: number;
  validateSeconds: number;
  csvSeconds: number;
  importerSeconds: number;
  /** Neo4j started on the imported store. */
  startSeconds: number;
  /** Constraints and indexes created and online, empty arrays set, counts checked. */
  schemaSeconds: number;
  totalSeconds: number;
}

const since = (t: number) => (performance.now() - t) / 1000;

export async function measureBulkLoad(
  dir: string,
  options: { heap: string; pageCache: string; log: (line: string) => void },
): Promise<BulkLoadResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ai-graph-bench-bulk-'));
  try {
    const started = performance.now();
    const dataset = await validateFiles(readDatasetFiles([dir]), async () => new Map());
    const validateSeconds = since(started);
    options.log(`  bulk: read and validated in ${validateSeconds.toFixed(1)} s`);
    const imported = await offlineImport(dataset, { dataDir, log: (line) => options.log(`  ${line}`) });
    const startAt = performance.now();
    const neo4j = await startBenchStore(dataDir, options);
    const startSeconds = since(startAt);
    const db = connect({ uri: neo4j.uri, user: 'neo4j', password: BENCH_PASSWORD, database: 'neo4j', queryTimeoutMs: 600_000 });
    try {
      const schemaAt = performance.now();
      await applySchema(db);
      await completeBulkImport(db, dataset, imported.emptyArrays, {
        actor: 'benchmark',
        note: 'the benchmark graph through the offline importer',
      });
      const schemaSeconds = since(schemaAt);
      const result: BulkLoadResult = {
        entities: dataset.entities.length,
        relationships: dataset.relationships.length,
        validateSeconds,
        csvSeconds: imported.csvSeconds,
        importerSeconds: imported.importerSeconds,
        startSeconds,
        schemaSeconds,
        totalSeconds: since(started),
      };
      options.log(
        `  bulk: Neo4j started in ${startSeconds.toFixed(1)} s, constraints and indexes online in ${schemaSeconds.toFixed(1)} s; ` +
          `whole bulk path ${result.totalSeconds.toFixed(1)} s`,
      );
      return result;
    } finally {
      await db.close().catch(() => undefined);
      await neo4j.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
