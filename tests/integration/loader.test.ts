// The loader on the real Neo4j: the seed's counts, idempotency, and nothing written on bad input.
import { SEED_DIR, loadDataset, readDatasetFiles } from '../../server/loader/load-dataset';
import { testDatabase } from '../support/test-server';

const db = testDatabase(60_000);
afterAll(() => db.close());

async function counts() {
  return db.read(async (tx) => {
    const n = await tx.run('MATCH (n) RETURN count(n) AS n');
    const r = await tx.run('MATCH ()-[r]->() RETURN count(r) AS n');
    const p = await tx.run('MATCH (n) RETURN sum(size(keys(n))) AS n');
    return { nodes: n.records[0].get('n').toNumber(), rels: r.records[0].get('n').toNumber(), props: p.records[0].get('n').toNumber() };
  });
}

const ref = [{ source: 'src-000', paragraph: 1 }];

describe('loading seed-data', () => {
  it('holds every entity and relationship of the files', async () => {
    const files = readDatasetFiles([SEED_DIR]);
    const entities = files.reduce((n, f) => n + ((f.content as { entities?: unknown[] }).entities?.length ?? 0), 0);
    const relationships = files.reduce((n, f) => n + ((f.content as { relationships?: unknown[] }).relationships?.length ?? 0), 0);
    const now = await counts();
    expect(now.nodes).toBeGreaterThanOrEqual(entities);
    expect(now.rels).toBeGreaterThanOrEqual(relationships);
  });

  it('is idempotent: loading again changes no count and no property', async () => {
    const before = await counts();
    const summary = await loadDataset(db, readDatasetFiles([SEED_DIR]));
    expect(summary.entities).toBeGreaterThan(100);
    expect(await counts()).toEqual(before);
  });
});

describe('loading invalid files', () => {
  it('writes nothing and reports every problem', async () => {
    const before = await counts();
    const files = [
      {
        file: 'mixed.json',
        content: {
          entities: [
            { id: 'loader-test-good', kind: 'Organization', name: 'Would be fine', sources: ref },
            { id: 'loader-test-bad', kind: 'Organization', name: 'Bad type', orgType: 'cartel', sources: ref },
          ],
          relationships: [{ type: 'FOUNDED', from: 'loader-test-good', to: 'no-such-entity', sources: ref }],
        },
      },
    ];
    await expect(loadDataset(db, files)).rejects.toMatchObject({
      status: 400,
      details: [
        expect.objectContaining({ file: 'mixed.json', record: 'loader-test-bad', field: 'orgType' }),
        expect.objectContaining({ file: 'mixed.json', field: 'to', message: 'unknown entity id "no-such-entity"' }),
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses an id that exists as another kind', async () => {
    await expect(
      loadDataset(db, [{ file: 'k.json', content: { entities: [{ id: 'openai', kind: 'Person', name: 'OpenAI', sources: ref }] } }]),
    ).rejects.toMatchObject({ details: [expect.objectContaining({ record: 'openai', field: 'kind', message: 'id already exists as a Organization, not a Person' })] });
  });
});
