// The bulk path's story for `npm run import`: read and validate the files (against an empty
// database), write them into the stopped local Neo4j's store with the offline importer, start
// Neo4j again (which applies graph-schema's constraints and indexes and waits until they are
// online), and finish and check the import. Each phase prints its count and seconds.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { openGraphDatabase } from '../bootstrap';
import { step } from '../cli/progress';
import type { Config } from '../config';
import { completeBulkImport, offlineImport } from './bulk-import';
import { readDatasetFiles, validateFiles } from './load-dataset';

export interface BulkLoadFigures {
  entities: number;
  relationships: number;
  validateSeconds: number;
  csvSeconds: number;
  importerSeconds: number;
  /** Neo4j started on the new store, constraints and indexes created and online, import checked. */
  startAndSchemaSeconds: number;
  totalSeconds: number;
}

const since = (t: number) => (performance.now() - t) / 1000;

/** Loads the files into the local Neo4j of `config`, which must be stopped and hold nothing. */
export async function bulkLoadFiles(config: Config, paths: string[]): Promise<BulkLoadFigures> {
  const started = performance.now();
  const files = readDatasetFiles(paths);
  step(`validating ${files.length} file${files.length === 1 ? '' : 's'} against graph-schema`);
  const dataset = await validateFiles(files, async () => new Map());
  const validateSeconds = since(started);
  step(
    `validated ${dataset.entities.length} entities and ${dataset.relationships.length} relationships in ${validateSeconds.toFixed(1)} s`,
  );
  const imported = await offlineImport(dataset, { dataDir: config.NEO4J_DATA_DIR, log: step });
  const restarted = performance.now();
  const graph = await openGraphDatabase(config);
  try {
    await completeBulkImport(graph.db, dataset, imported.emptyArrays, {
      actor: 'command-line',
      note: `loaded from ${paths.map((p) => path.basename(p)).join(', ')} through the offline importer`,
    });
  } finally {
    await graph.close();
  }
  const figures: BulkLoadFigures = {
    entities: dataset.entities.length,
    relationships: dataset.relationships.length,
    validateSeconds,
    csvSeconds: imported.csvSeconds,
    importerSeconds: imported.importerSeconds,
    startAndSchemaSeconds: since(restarted),
    totalSeconds: since(started),
  };
  step(
    `loaded ${figures.entities} entities and ${figures.relationships} relationships through the offline importer in ` +
      `${figures.totalSeconds.toFixed(1)} s (validation ${validateSeconds.toFixed(1)} s, CSV ${figures.csvSeconds.toFixed(1)} s, ` +
      `importer ${figures.importerSeconds.toFixed(1)} s, start with constraints and indexes online ${figures.startAndSchemaSeconds.toFixed(1)} s)`,
  );
  return figures;
}
