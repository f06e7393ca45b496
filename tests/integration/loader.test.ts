// The loader on the real Neo4j: the seed's counts, idempotency, and nothing written on bad input.
import { ENTITY_LABEL } from '../../graph-schema';
import { SEED_DIR, loadDataset, readDatasetFiles } from '../../server/loader/load-dataset';
import { testDatabase } from '../support/test-server';

const db = testDatabase(60_000);
afterAll(() => db.close());

async function counts() {
  return db.read(async (tx) => {
    // Entities only: each load also adds its entry to the history, which is not part of the graph.
    const n = await tx.run(`MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS n`);
    const r = await tx.run('MATCH ()-[r]->() RETURN count(r) AS n');
    const p = await tx.run(`MATCH (n:${ENTITY_LABEL}) RETURN sum(size(keys(n))) AS n`);
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
        expect.objectContaining({ file: 'mixed.json', record: 'loader-test-bad', in: 'body', path: 'orgType' }),
        expect.objectContaining({ file: 'mixed.json', in: 'body', path: 'to', message: 'unknown entity id "no-such-entity"' }),
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it('reports every kind of problem across files at once, with file, record and field (path), and writes no file', async () => {
    const before = await counts();
    const good = { file: 'fine.json', content: { entities: [{ id: 'loader-test-fine', kind: 'Person', name: 'Fine', sources: ref }] } };
    const bad = {
      file: 'broken.json',
      content: {
        entities: [
          { id: 'loader-test-ufo', kind: 'Spaceship', name: 'UFO', sources: ref },
          { id: 'loader-test-model', kind: 'AIModel', name: 'Model', releasedOn: '2024-02-30', sources: ref },
          { id: 'loader-test-fine', kind: 'Person', name: 'Fine again', sources: ref },
        ],
        relationships: [
          { type: 'INVESTED_IN', from: 'openai', to: 'gpt-4', sources: ref },
          { type: 'WORKS_FOR', from: 'elon-musk', to: 'loader-test-nowhere', sources: ref },
        ],
      },
    };
    let error: { details?: { file: string; record: string; in: 'body'; path: string; message: string }[] } = {};
    await loadDataset(db, [good, bad]).catch((e) => (error = e));
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'broken.json',
          record: 'loader-test-ufo',
          in: 'body',
          path: 'kind',
          message: expect.stringMatching(/^unknown kind "Spaceship"/),
        }),
        expect.objectContaining({
          file: 'broken.json',
          record: 'loader-test-model',
          in: 'body',
          path: 'releasedOn',
          message: 'is not a real calendar date',
        }),
        expect.objectContaining({
          file: 'broken.json',
          record: 'loader-test-fine',
          in: 'body',
          path: 'id',
          message: expect.stringMatching(/duplicate id/),
        }),
        expect.objectContaining({
          file: 'broken.json',
          record: 'openai:INVESTED_IN:gpt-4',
          in: 'body',
          path: 'type',
          message: expect.stringMatching(/may not end at a AIModel/),
        }),
        expect.objectContaining({
          file: 'broken.json',
          record: 'elon-musk:WORKS_FOR:loader-test-nowhere',
          in: 'body',
          path: 'to',
          message: 'unknown entity id "loader-test-nowhere"',
        }),
      ]),
    );
    expect(error.details).toHaveLength(5);
    expect(await counts()).toEqual(before);
  });

  it('refuses an id that exists as another kind', async () => {
    await expect(
      loadDataset(db, [{ file: 'k.json', content: { entities: [{ id: 'openai', kind: 'Person', name: 'OpenAI', sources: ref }] } }]),
    ).rejects.toMatchObject({
      details: [
        expect.objectContaining({
          record: 'openai',
          in: 'body',
          path: 'kind',
          message: 'id already exists as a Organization, not a Person',
        }),
      ],
    });
  });
});

describe('loading a large import', () => {
  const ids = Array.from({ length: 30 }, (_, i) => `batch-test-org-${i}`);
  const content = {
    entities: ids.map((id) => ({ id, kind: 'Organization', name: `Batch Test ${id}`, aliases: [], sources: ref })),
    relationships: ids.slice(1).map((id, i) => ({ type: 'PARTNERS_WITH', from: ids[i], to: id, sources: ref })),
  };
  afterAll(() => db.write((tx) => tx.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'batch-test-' DETACH DELETE n")));

  it('is written in batches, two at a time, once over the atomic limit; a re-run changes nothing', async () => {
    const before = await counts();
    const committed: string[] = [];
    const summary = await loadDataset(db, [{ file: 'big.json', content }], {
      atomicUpTo: 20,
      batchSize: 4,
      onBatchCommitted: (p) => committed.push(`${p.phase} ${p.done}/${p.total}`),
    });
    expect(summary).toMatchObject({ mode: 'batched', entities: 30, relationships: 29 });
    // Every entity batch commits before the first relationship batch: relationships need both ends.
    expect(committed.findIndex((c) => c.startsWith('relationships'))).toBe(8);
    expect(committed).toContain('entities 30/30');
    expect(committed[committed.length - 1]).toBe('relationships 29/29');
    const after = await counts();
    expect({ nodes: after.nodes - before.nodes, rels: after.rels - before.rels }).toEqual({ nodes: 30, rels: 29 });
    await loadDataset(db, [{ file: 'big.json', content }], { atomicUpTo: 20, batchSize: 4 });
    expect(await counts()).toEqual(after);
  });

  it('stays in one transaction up to the limit', async () => {
    const summary = await loadDataset(db, [{ file: 'big.json', content }], { atomicUpTo: 100 });
    expect(summary.mode).toBe('atomic');
  });
});
