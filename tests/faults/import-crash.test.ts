// Neo4j SIGKILLed in the middle of a large batched import, at random moments, five times: after
// the restart every batch the loader reported committed is there, no batch is half there, no id
// is duplicated; running the same import again completes it, and the graph then hashes exactly
// like a clean import of the same data.
import { loadDataset } from '../../server/loader/load-dataset';
import type { Database } from '../../server/neo4j/database';
import { FaultNeo4j, graphHash, reachable, wipe } from './fault-neo4j';

const TRIALS = Number(process.env.CRASH_TRIALS ?? 5);
const ENTITIES = 12_000;
const BATCH = 400;
const ref = [{ source: 'src-crash', paragraph: 1 }];

/** A large dataset in the seed format: one Source, many organisations, a chain of partnerships. */
function dataset() {
  const entities: Record<string, unknown>[] = [
    { id: 'src-crash', kind: 'Source', name: 'Crash test source', title: 'Crash test source', language: 'en', sources: [] },
  ];
  for (let i = 0; i < ENTITIES; i++)
    entities.push({
      id: `crash-org-${i}`,
      kind: 'Organization',
      name: `Crash Org ${i}`,
      aliases: [`CO${i}`],
      description: `Organisation number ${i} of the crash test.`,
      sources: ref,
    });
  const relationships = Array.from({ length: ENTITIES / 2 }, (_, i) => ({
    type: 'PARTNERS_WITH',
    from: `crash-org-${i}`,
    to: `crash-org-${i + 1}`,
    sources: ref,
  }));
  return { entities, relationships };
}

let neo4j: FaultNeo4j;
let cleanHash: string;
const data = dataset();
const files = [{ file: 'crash.json', content: data }];
const trials: { killedAfterMs: number; committed: number; restartS: number }[] = [];

beforeAll(async () => {
  neo4j = await FaultNeo4j.start();
  const db = neo4j.connect();
  try {
    const started = Date.now();
    await loadDataset(db, files, { mode: 'batched', batchSize: BATCH });
    process.stdout.write(
      `\u25b8 crash: clean import of ${data.entities.length} entities and ${data.relationships.length} relationships in ${Date.now() - started} ms\n`,
    );
    cleanHash = await graphHash(db);
    await wipe(db);
  } finally {
    await db.close();
  }
});
afterAll(async () => {
  process.stdout.write(`\u25b8 crash trials: ${JSON.stringify(trials)}\n`);
  await neo4j?.destroy();
});

async function idCounts(db: Database) {
  return db.read(async (tx) => {
    const r = await tx.run('MATCH (n:Entity) RETURN count(n) AS all, count(DISTINCT n.id) AS distinct');
    return { all: r.records[0].get('all').toNumber(), distinct: r.records[0].get('distinct').toNumber() };
  });
}

async function presentIds(db: Database, ids: string[]): Promise<number> {
  return db.read(async (tx) =>
    (await tx.run('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN count(n) AS c', { ids })).records[0].get('c').toNumber(),
  );
}

describe('Neo4j killed during an import', () => {
  for (let trial = 1; trial <= TRIALS; trial++)
    it(`trial ${trial}: keeps every committed batch whole, none half, no duplicate, and completes on re-run`, async () => {
      const db = neo4j.connect();
      const committed: { phase: string; done: number }[] = [];
      // Kill once a random number of batches (1..25) has committed: a moment chosen by chance, mid-way.
      const killAfter = 1 + Math.floor(Math.random() * 25);
      const started = Date.now();
      let killing: Promise<void> | undefined;
      const importing = loadDataset(db, files, {
        mode: 'batched',
        batchSize: BATCH,
        onBatchCommitted: (p) => {
          committed.push({ phase: p.phase, done: p.done });
          if (committed.length === killAfter) killing = new Promise((r) => setTimeout(r, Math.random() * 300)).then(() => neo4j.kill());
        },
      }).then(
        () => 'finished' as const,
        () => 'failed' as const,
      );
      const outcome = await importing;
      await killing;
      expect(outcome).toBe('failed');
      await db.close().catch(() => undefined);
      const restartS = await neo4j.boot();
      trials.push({ killedAfterMs: Date.now() - started, committed: committed.length, restartS });

      const after = neo4j.connect();
      try {
        await reachable(after);
        // Entities are written first, in id order within the kind, BATCH at a time.
        const entityBatches = committed.filter((c) => c.phase === 'entities');
        const orgs = data.entities.filter((e) => e.kind === 'Organization').map((e) => e.id as string);
        const batches: string[][] = [];
        for (let i = 0; i < orgs.length; i += BATCH) batches.push(orgs.slice(i, i + BATCH));
        const committedOrgs = entityBatches.length > 0 ? entityBatches[entityBatches.length - 1].done : 0;
        const present = await Promise.all(batches.map((b) => presentIds(after, b)));
        // Every batch is whole or absent, and every reported one is there.
        for (const [i, n] of present.entries()) expect({ batch: i, n: n === 0 || n === batches[i].length }).toEqual({ batch: i, n: true });
        expect(present.filter((n) => n > 0).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(Math.min(committedOrgs, orgs.length));
        const ids = await idCounts(after);
        expect(ids.all).toBe(ids.distinct);

        await loadDataset(after, files, { mode: 'batched', batchSize: BATCH });
        expect(await graphHash(after)).toBe(cleanHash);
        await wipe(after);
      } finally {
        await after.close();
      }
    });
});
