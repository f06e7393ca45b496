// seed-data/README.md states how many entities of each kind and relationships of each type the seed
// holds; this pins those tables to the files and to what the loader put in the real Neo4j.
import { readFileSync } from 'node:fs';
import { KIND_NAMES, RELATIONSHIP_TYPE_NAMES, relationshipId } from '../../graph-schema';
import { README_PATH, countSeed, parseCountTable, readSeedRecords, withCountTables } from '../../seed-data/readme-counts';
import { testDatabase } from '../support/test-server';

const db = testDatabase(60_000);
afterAll(() => db.close());

const readme = readFileSync(README_PATH, 'utf8');
const records = readSeedRecords();

describe('seed-data/README.md', () => {
  it('is regenerated: its count tables are what the files hold', () => {
    expect(withCountTables(readme, countSeed(records))).toBe(readme);
  });

  it('lists only kinds and relationship types graph-schema defines', () => {
    expect(Object.keys(parseCountTable(readme, 'kinds')).every((k) => (KIND_NAMES as string[]).includes(k))).toBe(true);
    expect(Object.keys(parseCountTable(readme, 'types')).every((t) => (RELATIONSHIP_TYPE_NAMES as string[]).includes(t))).toBe(true);
  });

  // Other test files write their own records into the same database, so only the seed's ids count.
  it('gives the per-kind counts of the loaded database', async () => {
    const stated = parseCountTable(readme, 'kinds');
    const ids = records.entities.map((e) => e.id);
    const loaded: Record<string, number> = {};
    await db.read(async (tx) => {
      for (const kind of KIND_NAMES) {
        const result = await tx.run(`MATCH (n:${kind}) WHERE n.id IN $ids RETURN count(n) AS n`, { ids });
        const n = result.records[0].get('n').toNumber();
        if (n > 0) loaded[kind] = n;
      }
    });
    expect(Object.values(stated).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
    expect(loaded).toEqual(stated);
  });

  it('gives the per-type relationship counts of the loaded database', async () => {
    const stated = parseCountTable(readme, 'types');
    const ids = records.relationships.map((r) => relationshipId(r));
    const loaded: Record<string, number> = {};
    await db.read(async (tx) => {
      for (const type of RELATIONSHIP_TYPE_NAMES) {
        const result = await tx.run(`MATCH ()-[r:${type}]->() WHERE r.id IN $ids RETURN count(r) AS n`, { ids });
        const n = result.records[0].get('n').toNumber();
        if (n > 0) loaded[type] = n;
      }
    });
    expect(Object.values(stated).reduce((a, b) => a + b, 0)).toBeGreaterThan(200);
    expect(loaded).toEqual(stated);
  });
});
