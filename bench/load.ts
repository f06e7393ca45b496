// Load measurement: the generated files go through the project's loader — read, validated against
// graph-schema and the database, then written with its UNWIND batches. The write phase is split
// into slices, each loaded with one batch size of the sweep, sizes alternating round by round so
// that a store growing during the run favours none of them; the remainder uses the best size.
import { performance } from 'node:perf_hooks';
import { readDatasetFiles } from '../server/loader/load-dataset';
import { validateDataset, type Dataset } from '../server/loader/validate-dataset';
import type { Database } from '../server/neo4j/database';
import { kindsOfIds } from '../server/repositories/entities.repository';
import { emptyKindsAndTypes, importRecords, presentKinds, presentTypes } from '../server/repositories/import.repository';
import { relationshipRow } from '../server/repositories/relationships.repository';

export interface SweepRow {
  batchSize: number;
  entities: number;
  entitySeconds: number;
  relationships: number;
  relationshipSeconds: number;
  entitiesPerSecond: number;
  relationshipsPerSecond: number;
}

export interface LoadResult {
  entities: number;
  relationships: number;
  readSeconds: number;
  validateSeconds: number;
  writeSeconds: number;
  totalSeconds: number;
  sweep: SweepRow[];
  bestBatchSize: number;
  /**
   * The same relationship rows sent in the best batch size to `UNWIND $rows AS row RETURN
   * count(*)`: what shipping and decoding the parameters costs before anything is written.
   * The loader can never beat it; loader ÷ floor says how much of the time is the writing.
   */
  transportFloor: { rows: number; rowsPerSecond: number };
}

function slices<T>(items: T[], sizes: number[], rounds: number, share: number): { size: number; items: T[] }[] {
  const sliceLength = Math.max(1, Math.floor((items.length * share) / (sizes.length * rounds)));
  const out: { size: number; items: T[] }[] = [];
  let at = 0;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? sizes : [...sizes].reverse();
    for (const size of order) {
      out.push({ size, items: items.slice(at, at + sliceLength) });
      at += sliceLength;
    }
  }
  out.push({ size: -1, items: items.slice(at) });
  return out;
}

export async function measureLoad(
  db: Database,
  dir: string,
  options: { batchSizes: number[]; rounds: number; log: (line: string) => void },
): Promise<LoadResult> {
  const started = performance.now();
  const files = readDatasetFiles([dir]);
  const read = performance.now();
  const { dataset, problems } = await validateDataset(files, (ids) => kindsOfIds(db, ids));
  if (problems.length > 0)
    throw new Error(
      `the generated data does not validate: ${problems
        .slice(0, 3)
        .map((p) => p.message)
        .join('; ')}`,
    );
  const validated = performance.now();
  options.log(
    `read ${((read - started) / 1000).toFixed(1)} s, validated ${dataset.entities.length} entities and ${dataset.relationships.length} relationships in ${((validated - read) / 1000).toFixed(1)} s`,
  );

  const rows = new Map<number, SweepRow>(
    options.batchSizes.map((b) => [
      b,
      {
        batchSize: b,
        entities: 0,
        entitySeconds: 0,
        relationships: 0,
        relationshipSeconds: 0,
        entitiesPerSecond: 0,
        relationshipsPerSecond: 0,
      },
    ]),
  );
  const best = (field: 'entitiesPerSecond' | 'relationshipsPerSecond') =>
    [...rows.values()].reduce((a, b) => (b[field] > a[field] ? b : a)).batchSize;
  // The slices are one import: what was empty before the first is written as new throughout.
  const emptyAtStart = await db.read((tx) => emptyKindsAndTypes(tx, presentKinds(dataset.entities), presentTypes(dataset.relationships)));
  const write = async (entities: Dataset['entities'], relationships: Dataset['relationships'], batchSize: number) => {
    const t = performance.now();
    await importRecords(db, entities, relationships, { batchSize, mode: 'batched', emptyAtStart });
    return (performance.now() - t) / 1000;
  };

  // Entities first (relationships need both ends), then relationships.
  const entitySlices = slices(dataset.entities, options.batchSizes, options.rounds, 0.6);
  for (const slice of entitySlices) {
    const size = slice.size > 0 ? slice.size : best('entitiesPerSecond');
    const seconds = await write(slice.items, [], size);
    if (slice.size > 0) {
      const row = rows.get(slice.size)!;
      row.entities += slice.items.length;
      row.entitySeconds += seconds;
      row.entitiesPerSecond = row.entities / row.entitySeconds;
    }
  }
  options.log(`entities written; best entity batch ${best('entitiesPerSecond')}`);
  const relSlices = slices(dataset.relationships, options.batchSizes, options.rounds, 0.6);
  let done = 0;
  for (const slice of relSlices) {
    const size = slice.size > 0 ? slice.size : best('relationshipsPerSecond');
    const seconds = await write([], slice.items, size);
    done += slice.items.length;
    if (slice.size > 0) {
      const row = rows.get(slice.size)!;
      row.relationships += slice.items.length;
      row.relationshipSeconds += seconds;
      row.relationshipsPerSecond = row.relationships / row.relationshipSeconds;
    }
    options.log(`  ${done}/${dataset.relationships.length} relationships (batch ${size}: ${Math.round(slice.items.length / seconds)}/s)`);
  }
  const finished = performance.now();

  const sample = dataset.relationships.slice(0, Math.min(200_000, dataset.relationships.length)).map(relationshipRow);
  const size = best('relationshipsPerSecond');
  const t = performance.now();
  for (let i = 0; i < sample.length; i += size) {
    const rows = sample.slice(i, i + size);
    await db.read((tx) => tx.run('UNWIND $rows AS row RETURN count(row) AS n', { rows }));
  }
  const transportFloor = { rows: sample.length, rowsPerSecond: sample.length / ((performance.now() - t) / 1000) };
  options.log(
    `  transport floor: ${Math.round(transportFloor.rowsPerSecond)} rows/s (${sample.length} rows, batch ${size}, nothing written)`,
  );
  return {
    entities: dataset.entities.length,
    relationships: dataset.relationships.length,
    readSeconds: (read - started) / 1000,
    validateSeconds: (validated - read) / 1000,
    writeSeconds: (finished - validated) / 1000,
    totalSeconds: (finished - started) / 1000,
    sweep: [...rows.values()],
    bestBatchSize: best('relationshipsPerSecond'),
    transportFloor,
  };
}
