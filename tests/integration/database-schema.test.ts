// The database side of graph-schema, checked on the real Neo4j: constraints and indexes exist,
// applying them again changes nothing, the name index finds three scripts, and the local DBMS
// runs with its safety settings.
import { KIND_NAMES, RELATIONSHIP_TYPE_NAMES } from '../../graph-schema';
import { applySchema, listConstraints, listIndexes } from '../../server/repositories/schema.repository';
import { searchEntities } from '../../server/repositories/entities.repository';
import { testDatabase } from '../support/test-server';

const db = testDatabase();
afterAll(() => db.close());

describe('constraints and indexes', () => {
  it('guard id uniqueness for every kind and every relationship type', async () => {
    const constraints = await listConstraints(db);
    for (const kind of ['Entity', ...KIND_NAMES])
      expect(constraints).toContainEqual(expect.objectContaining({ type: 'UNIQUENESS', labelsOrTypes: [kind], properties: ['id'] }));
    for (const type of RELATIONSHIP_TYPE_NAMES)
      expect(constraints).toContainEqual(
        expect.objectContaining({ type: 'RELATIONSHIP_UNIQUENESS', labelsOrTypes: [type], properties: ['id'] }),
      );
  });

  it('refuse a second node with a taken id', async () => {
    await expect(db.write((tx) => tx.run("CREATE (:Entity:Person {id: 'elon-musk', name: 'Impostor'})"))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('are applied idempotently', async () => {
    const before = (await listIndexes(db)).length;
    await applySchema(db);
    await applySchema(db);
    expect((await listIndexes(db)).length).toBe(before);
  });

  it('include a full-text index over names and aliases', async () => {
    expect(await listIndexes(db)).toContainEqual(
      expect.objectContaining({ name: 'entity_name_search', type: 'FULLTEXT', properties: ['name', 'nameJa', 'aliases'] }),
    );
  });
});

describe('multilingual name search', () => {
  it.each([
    ['マスク', 'elon-musk'],
    ['马斯克', 'elon-musk'],
    ['musk', 'elon-musk'],
    ['Musk', 'elon-musk'],
    ['マイクロソフト', 'microsoft'],
    ['ザッカーバーグ', 'mark-zuckerberg'],
    ['zuck', 'mark-zuckerberg'],
  ])('finds %s as %s, best match first', async (q, id) => {
    const { items } = await searchEntities(db, { q, limit: 5, offset: 0 });
    expect(items[0]?.id).toBe(id);
  });
});
