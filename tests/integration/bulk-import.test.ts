// `npm run import` into an empty local Neo4j goes through the offline importer, into one with data
// through transactions, and both paths end in the same graph: the same export (compared
// canonically), the same property types and counts, and every constraint and index online.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ENTITY_LABEL, schemaStatements } from '../../graph-schema';
import { SEED_DIR, loadDataset, readDatasetFiles } from '../../server/loader/load-dataset';
import { connect, type Database } from '../../server/neo4j/database';
import { passwordFile, startLocalNeo4j } from '../../server/neo4j/local-neo4j';
import { applySchema } from '../../server/repositories/schema.repository';
import { exportJson } from '../../server/services/transfer.service';
import { freePort } from '../support/free-port';

const ROOT = path.resolve(__dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'bulk-import-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ref = (paragraph: number) => [{ source: 'src-000', paragraph }];
/** Values the CSV must carry intact: quotes, commas, semicolons, line breaks, floats, booleans, empty arrays. */
const trickyFile = path.join(work, 'tricky.json');
writeFileSync(
  trickyFile,
  JSON.stringify({
    entities: [
      {
        id: 'bulk-tricky-org',
        kind: 'Organization',
        name: 'Quote "Co", Ltd; ＡＩ',
        aliases: ['a;b', 'c,d', '"q"', '批量测试'],
        description: 'Line one\nline two, with "quotes"\r\nand a tab\there',
        sources: ref(1),
      },
      { id: 'bulk-tricky-empty', kind: 'Organization', name: 'No aliases', aliases: [], sources: ref(2) },
      { id: 'bulk-tricky-model', kind: 'AIModel', name: 'Float model', parameterCount: 0.1, openWeights: true, sources: ref(3) },
      { id: 'bulk-tricky-big', kind: 'AIModel', name: 'Big model', parameterCount: 1e21, openWeights: false, sources: ref(4) },
    ],
    relationships: [
      {
        type: 'INVESTED_IN',
        from: 'bulk-tricky-org',
        to: 'bulk-tricky-empty',
        key: 'series-b',
        properties: { amount: 12.5, currency: 'USD', date: '2024-02', round: 'B, "big"' },
        sources: ref(5),
      },
    ],
  }),
);
const FILES = [SEED_DIR, trickyFile];
/** What the two files hold together, counted from the files themselves. */
const expected = (() => {
  const files = readDatasetFiles(FILES).map((f) => f.content as { entities?: unknown[]; relationships?: unknown[] });
  const count = (part: 'entities' | 'relationships') => files.reduce((n, f) => n + (f[part]?.length ?? 0), 0);
  return { entities: count('entities'), relationships: count('relationships') };
})();

/** Runs `npm run import` (its script) against the local Neo4j of `dataDir`, as a user would. */
async function runImport(dataDir: string, args: string[]): Promise<{ code: number | null; out: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '128m',
  };
  delete env.NEO4J_URI;
  delete env.NEO4J_PASSWORD;
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'server/scripts/import.ts', ...args],
      { cwd: ROOT, env, maxBuffer: 16 * 2 ** 20 },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, out: stdout + stderr }),
    );
  });
}

/** JSON with every object's keys sorted: Neo4j keeps a node's properties as a map, in no promised order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

interface GraphFacts {
  exportHash: string;
  /** Every property key with the type of its values and how many records hold it, nodes and relationships. */
  propertyTypes: unknown[];
  /** Every constraint and index by name, with its state. */
  schema: { name: string; state: string }[];
  tricky: Record<string, unknown>;
}

async function factsOf(db: Database): Promise<GraphFacts> {
  const exported = await exportJson(db);
  return db.read(async (tx) => {
    const nodeTypes = await tx.run(
      `MATCH (n:${ENTITY_LABEL}) UNWIND keys(n) AS k RETURN 'node' AS of, k, valueType(n[k]) AS type, count(*) AS n ORDER BY k, type`,
    );
    const relTypes = await tx.run(
      `MATCH ()-[r]->() UNWIND keys(r) AS k RETURN 'relationship' AS of, k, valueType(r[k]) AS type, count(*) AS n ORDER BY k, type`,
    );
    const schema = await tx.run('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name');
    const tricky = await tx.run(
      `MATCH (o {id: 'bulk-tricky-org'}), (e {id: 'bulk-tricky-empty'}), (m {id: 'bulk-tricky-model'})
       RETURN o.description AS description, o.aliases AS aliases, e.aliases AS emptyAliases, m.parameterCount AS parameterCount`,
    );
    return {
      exportHash: createHash('sha256')
        .update(JSON.stringify(canonical(exported)))
        .digest('hex'),
      propertyTypes: [...nodeTypes.records, ...relTypes.records].map((r) => ({ ...r.toObject(), n: Number(r.get('n')) })),
      schema: schema.records.map((r) => ({ name: r.get('name') as string, state: r.get('state') as string })),
      tricky: tricky.records[0].toObject(),
    };
  });
}

/** Starts the local Neo4j of `dataDir` with the password `npm run import` left there, and reads it. */
async function withStore<T>(dataDir: string, read: (db: Database) => Promise<T>): Promise<T> {
  const password = readFileSync(passwordFile(dataDir), 'utf8').trim();
  const neo4j = await startLocalNeo4j({
    dataDir,
    boltPort: await freePort(),
    password,
    keepPassword: true,
    heap: '512m',
    pageCache: '128m',
    startTimeoutMs: 180_000,
  });
  const db = connect({ uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j', queryTimeoutMs: 120_000 });
  try {
    return await read(db);
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

describe('npm run import into the local Neo4j', () => {
  const bulkDir = path.join(work, 'bulk');
  let bulk: GraphFacts;

  it('loads an empty local database through the offline importer, and says so and why', async () => {
    const run = await runImport(bulkDir, FILES);
    expect(run.out).toContain('loading through the offline importer (bulk path): the local Neo4j has no store yet');
    expect(run.out).toMatch(
      new RegExp(
        `loaded ${expected.entities} entities and ${expected.relationships} relationships through the offline importer in [\\d.]+ s`,
      ),
    );
    expect(run.code).toBe(0);
    bulk = await withStore(bulkDir, factsOf);
    expect(bulk.tricky).toEqual({
      description: 'Line one\nline two, with "quotes"\r\nand a tab\there',
      aliases: ['a;b', 'c,d', '"q"', '批量测试'],
      emptyAliases: [],
      parameterCount: 0.1,
    });
  }, 600_000);

  it('ends in the same graph as the transactional path, with every constraint and index online', async () => {
    const transactionalDir = mkdtempSync(path.join(work, 'transactional-'));
    const password = 'bulk-test-password';
    const neo4j = await startLocalNeo4j({
      dataDir: transactionalDir,
      boltPort: await freePort(),
      password,
      heap: '512m',
      pageCache: '128m',
      startTimeoutMs: 180_000,
    });
    const db = connect({ uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j', queryTimeoutMs: 120_000 });
    let transactional: GraphFacts;
    try {
      await applySchema(db);
      await loadDataset(db, readDatasetFiles(FILES));
      transactional = await factsOf(db);
    } finally {
      await db.close();
      await neo4j.stop();
    }
    expect(bulk.exportHash).toBe(transactional.exportHash);
    expect(bulk.propertyTypes).toEqual(transactional.propertyTypes);
    expect(bulk.tricky).toEqual(transactional.tricky);
    expect(bulk.schema).toEqual(transactional.schema);
    // SHOW INDEXES lists the index behind each uniqueness constraint too: at least one per statement.
    expect(bulk.schema.length).toBeGreaterThanOrEqual(schemaStatements().length);
    expect(bulk.schema.every((s) => s.state === 'ONLINE')).toBe(true);
  }, 600_000);

  it('keeps the transactional path for a local database that holds data, and says why', async () => {
    const run = await runImport(bulkDir, [trickyFile]);
    // The entities and the history entry of their import.
    expect(run.out).toContain(`loading through transactions: the local database already holds ${expected.entities + 1} nodes`);
    expect(run.code).toBe(0);
  }, 600_000);
});
