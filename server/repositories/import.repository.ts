// Writes validated records to Neo4j with `UNWIND … MERGE` on ids: running the same data twice
// leaves the graph unchanged. Labels and types come from graph-schema, never from input.
import type { ManagedTransaction } from 'neo4j-driver';
import { KIND_NAMES, type EntityRecord, type RelationshipRecord } from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { countByKind, countByType } from './counts';
import { entityRow, writeEntities } from './entities.repository';
import { relationshipRow, writeRelationships, type WriteMode } from './relationships.repository';
import { recordHistory, type Author, type HistoryRecord } from './history.repository';

/**
 * Rows per UNWIND batch. From `npm run bench -- --entities 100000` on an idle machine
 * (docs/performance.md): entities/s peaked at 5000, relationships/s at 10000 with 5000 within 2%;
 * 5000 is near the best for both at half the transaction memory of 10000.
 */
const DEFAULT_BATCH_SIZE = 5000;
const DEFAULT_CONCURRENCY = 2;

export interface ImportProgress {
  phase: 'entities' | 'relationships';
  label: string;
  done: number;
  total: number;
}

export interface ImportOptions {
  batchSize?: number;
  /** 'atomic': one transaction for everything (all or nothing). 'batched': one per batch. */
  mode?: 'atomic' | 'batched';
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Batched mode: how many CREATE batches are written at once (MERGE batches go one at a time).
   * Two keep both cores busy — while Neo4j writes one batch the driver encodes the next: 1.44×
   * relationships/s against one at a time, alternated in one run on an idle 2-core machine.
   * Entities all commit before any relationship batch starts, as relationships need both ends.
   */
  concurrency?: number;
  /** Called after each batch's transaction has committed (batched mode). */
  onBatchCommitted?: (progress: ImportProgress) => void;
  timeoutMs?: number;
  /**
   * For one import split over several calls (the benchmark's batch-size sweep): the kinds and
   * types that were empty when the first call began, from `emptyKindsAndTypes`. Without it each
   * call looks for itself.
   */
  emptyAtStart?: Set<string>;
  /** Who imports, for the history; a caller that names no one is recorded as 'loader'. */
  author?: Author;
}

/**
 * An import is recorded as one history entry with its counts, not record by record: before and
 * after of a million records would outweigh the graph. So an import cannot be reverted.
 */
/** Records an import that wrote past this module (the offline importer) as one entry with its counts. */
export async function recordImport(
  db: Database,
  author: Author,
  entities: EntityRecord[],
  relationships: RelationshipRecord[],
): Promise<void> {
  await db.write((tx) => recordHistory(tx, importEntry(author, entities, relationships)));
}

function importEntry(author: Author, entities: EntityRecord[], relationships: RelationshipRecord[]): HistoryRecord {
  const byKind: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const e of entities) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  for (const r of relationships) byType[r.type] = (byType[r.type] ?? 0) + 1;
  return {
    ...author,
    action: 'import',
    changes: [],
    summary: { entities: entities.length, relationships: relationships.length, byKind, byType },
  };
}

/** Kinds and types of the import with nothing stored yet: they can be written with CREATE. */
export async function emptyKindsAndTypes(tx: ManagedTransaction, kinds: string[], types: string[]): Promise<Set<string>> {
  const counts = { ...(await countByKind(tx, kinds)), ...(await countByType(tx, types)) };
  return new Set(Object.keys(counts).filter((name) => counts[name] === 0));
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface Batch {
  phase: ImportProgress['phase'];
  mode: WriteMode;
  label: string;
  rows: unknown[];
}

function plan(entities: EntityRecord[], relationships: (RelationshipRecord & { id: string })[], size: number, empty: Set<string>): Batch[] {
  const batches: Batch[] = [];
  const modeOf = (name: string): WriteMode => (empty.has(name) ? 'create' : 'merge');
  for (const label of KIND_NAMES) {
    const rows = entities.filter((e) => e.kind === label).map(entityRow);
    for (const chunk of chunks(rows, size)) batches.push({ phase: 'entities', mode: modeOf(label), label, rows: chunk });
  }
  const byType = new Map<string, ReturnType<typeof relationshipRow>[]>();
  for (const rel of relationships) {
    const list = byType.get(rel.type) ?? [];
    list.push(relationshipRow(rel));
    byType.set(rel.type, list);
  }
  for (const [type, rows] of byType)
    for (const chunk of chunks(rows, size)) batches.push({ phase: 'relationships', mode: modeOf(type), label: type, rows: chunk });
  return batches;
}

/** Runs `work` over the items, at most `concurrency` at a time; the first failure stops new starts. */
async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

export const presentKinds = (entities: EntityRecord[]) => [...new Set(entities.map((e) => e.kind as string))];
export const presentTypes = (relationships: RelationshipRecord[]) => [...new Set(relationships.map((r) => r.type as string))];

export async function importRecords(
  db: Database,
  entities: EntityRecord[],
  relationships: (RelationshipRecord & { id: string })[],
  options: ImportOptions = {},
): Promise<void> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const totals = { entities: entities.length, relationships: relationships.length };
  const done = { entities: 0, relationships: 0 };
  const timeoutMs = options.timeoutMs ?? 600_000;
  const author = options.author ?? { actor: 'loader' };
  const runBatch = (tx: ManagedTransaction, batch: Batch) =>
    batch.phase === 'entities'
      ? writeEntities(tx, batch.label, batch.rows as ReturnType<typeof entityRow>[], batch.mode)
      : writeRelationships(tx, batch.label, batch.rows as ReturnType<typeof relationshipRow>[], batch.mode);
  const progressAfter = (batch: Batch): ImportProgress => {
    done[batch.phase] += batch.rows.length;
    return { phase: batch.phase, label: batch.label, done: done[batch.phase], total: totals[batch.phase] };
  };
  if (options.mode === 'batched') {
    const empty =
      options.emptyAtStart ?? (await db.read((tx) => emptyKindsAndTypes(tx, presentKinds(entities), presentTypes(relationships))));
    const batches = plan(entities, relationships, size, empty);
    const writeBatch = async (batch: Batch) => {
      await db.write((tx) => runBatch(tx, batch), timeoutMs);
      const progress = progressAfter(batch);
      options.onProgress?.(progress);
      options.onBatchCommitted?.(progress);
    };
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    for (const phase of ['entities', 'relationships'] as const) {
      // CREATE batches take their locks at commit, in order, so two never deadlock (a million
      // relationships, two at a time, without one retry). MERGE batches lock as they match, in
      // row order: two at a time deadlocked on shared nodes, so they go one at a time.
      await inParallel(
        batches.filter((b) => b.phase === phase && b.mode === 'create'),
        concurrency,
        writeBatch,
      );
      await inParallel(
        batches.filter((b) => b.phase === phase && b.mode === 'merge'),
        1,
        writeBatch,
      );
    }
    // Batches commit one by one, so the entry follows the last: an import cut off half-way has
    // none until it is run again to completion.
    await db.write((tx) => recordHistory(tx, importEntry(author, entities, relationships)));
    return;
  }
  await db.write(async (tx) => {
    done.entities = 0;
    done.relationships = 0;
    const empty = options.emptyAtStart ?? (await emptyKindsAndTypes(tx, presentKinds(entities), presentTypes(relationships)));
    for (const batch of plan(entities, relationships, size, empty)) {
      await runBatch(tx, batch);
      options.onProgress?.(progressAfter(batch));
    }
    await recordHistory(tx, importEntry(author, entities, relationships));
  }, timeoutMs);
}
