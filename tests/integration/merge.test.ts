// Merging a duplicate into its survivor over real HTTP: relationships in both directions, claims,
// citations and names move; a relationship the survivor has already gains the citations instead;
// one between the two is dropped; the merged id keeps answering with the survivor; and reverting
// the merge's history entry restores the graph exactly (canonical export hash before and after).
import { createHash } from 'node:crypto';
import { ENTITY_LABEL } from '../../graph-schema';
import { getJson, TEST_TOKEN, useTestServer } from '../support/test-server';

const server = useTestServer({
  beforeClose: ({ db }) => db.write((tx) => tx.run(`MATCH (n:${ENTITY_LABEL}) WHERE n.id STARTS WITH 'merge-' DETACH DELETE n`)),
});

const auth = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };
const send = (method: string, path: string, body?: unknown) =>
  getJson(server.url + path, { method, headers: auth, body: body === undefined ? undefined : JSON.stringify(body) });
const exportHash = async () =>
  createHash('sha256')
    .update(JSON.stringify((await getJson(`${server.url}/api/export?format=json`)).body))
    .digest('hex');
const cite = (source: string, paragraph: number) => [{ source, paragraph }];
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('merging two entities', () => {
  beforeAll(async () => {
    const org = (id: string, name: string, aliases: string[], sources: unknown) => ({
      id,
      kind: 'Organization',
      name,
      aliases,
      orgType: 'company',
      sources,
    });
    const writes: [string, string, unknown][] = [
      ['POST', '/api/entities', org('merge-dup', 'Dup Labs', ['DL', 'Keep Labs Inc.'], [...cite('src-001', 3), ...cite('src-003', 2)])],
      ['POST', '/api/entities', org('merge-keep', 'Keep Labs', ['Keep Labs Inc.'], cite('src-003', 2))],
      ['POST', '/api/relationships', { type: 'PARTNERS_WITH', from: 'merge-dup', to: 'openai', sources: cite('src-001', 4) }],
      ['POST', '/api/relationships', { type: 'PARTNERS_WITH', from: 'merge-keep', to: 'openai', sources: cite('src-003', 2) }],
      [
        'POST',
        '/api/relationships',
        { type: 'INVESTED_IN', from: 'microsoft', to: 'merge-dup', properties: { date: '2024-05' }, sources: cite('src-002', 1) },
      ],
      ['POST', '/api/relationships', { type: 'COMPETES_WITH', from: 'merge-dup', to: 'merge-keep', sources: cite('src-002', 1) }],
      [
        'POST',
        '/api/claims',
        {
          id: 'merge-claim',
          name: 'Test: merge',
          text: 'Keep Labs will lead.',
          claimKind: 'opinion',
          by: ['merge-dup'],
          about: ['merge-keep'],
          sources: cite('src-002', 1),
        },
      ],
    ];
    for (const [method, path, body] of writes)
      expect({ path, status: (await send(method, path, body)).status }).toEqual({ path, status: 201 });
  });

  it('moves everything to the survivor, answers for the merged id with it, and un-merges exactly on revert', async () => {
    const before = await exportHash();
    const merged = await send('POST', '/api/entities/merge-dup/merge', { into: 'merge-keep', note: 'the same company' });
    expect(merged).toMatchObject({
      status: 200,
      body: { merged: 'merge-dup', history: expect.stringMatching(/^h-/), survivor: { id: 'merge-keep' } },
    });
    // The merged entity's name and aliases become the survivor's aliases, once each; its citations join the survivor's.
    expect(merged.body.survivor.aliases).toEqual(['Keep Labs Inc.', 'Dup Labs', 'DL']);
    expect(merged.body.survivor.sources).toEqual([...cite('src-003', 2), ...cite('src-001', 3)]);
    expect(merged.body.survivor).not.toHaveProperty('mergedIds');

    const out = (await getJson(`${server.url}/api/relationships?from=merge-keep&limit=200`)).body.items;
    const into = (await getJson(`${server.url}/api/relationships?to=merge-keep&limit=200`)).body.items;
    expect(ids(out)).toEqual(['merge-keep:MADE_CLAIM:merge-claim', 'merge-keep:PARTNERS_WITH:openai']);
    expect(ids(into)).toEqual(['merge-claim:ABOUT:merge-keep', 'microsoft:INVESTED_IN:merge-keep']);
    // The relationship the survivor had already gained the duplicate's citation; the moved one kept its properties.
    expect(out.find((r: { type: string }) => r.type === 'PARTNERS_WITH').sources).toEqual([...cite('src-003', 2), ...cite('src-001', 4)]);
    expect(into.find((r: { type: string }) => r.type === 'INVESTED_IN').properties).toEqual({ date: '2024-05' });
    expect((await getJson(`${server.url}/api/relationships?from=merge-dup`)).body.total).toBe(0);
    expect((await getJson(`${server.url}/api/claims?by=merge-keep`)).body.items.map((c: { claim: { id: string } }) => c.claim.id)).toEqual([
      'merge-claim',
    ]);

    // The merged id keeps resolving, to the survivor.
    const resolved = await getJson(`${server.url}/api/entities/merge-dup`);
    expect(resolved).toMatchObject({ status: 200, body: { entity: { id: 'merge-keep' } } });
    expect(resolved.headers.get('content-location')).toBe('/api/entities/merge-keep');
    expect((await getJson(`${server.url}/api/entities/merge-dup/neighbors`)).body.nodes[0].id).toBe('merge-keep');
    const paths = (await getJson(`${server.url}/api/paths?from=merge-dup&to=microsoft`)).body.paths;
    expect(paths[0].nodes.map((n: { id: string }) => n.id)).toEqual(['merge-keep', 'microsoft']);
    // The export carries no bookkeeping of the merge.
    const exported = (await getJson(`${server.url}/api/export?format=json`)).body;
    expect(exported.entities.find((e: { id: string }) => e.id === 'merge-keep')).not.toHaveProperty('mergedIds');
    expect(exported.entities.find((e: { id: string }) => e.id === 'merge-dup')).toBeUndefined();

    // The history holds the merge in full, the dropped relationship between the two included.
    const [entry] = (await getJson(`${server.url}/api/history?entity=merge-dup&limit=1`)).body.items;
    expect(entry).toMatchObject({ id: merged.body.history, action: 'merge', actor: 'api-token', note: 'the same company' });
    expect(entry.changes).toContainEqual(
      expect.objectContaining({ target: 'relationship', id: 'merge-dup:COMPETES_WITH:merge-keep', after: null }),
    );
    expect(entry.changes).toContainEqual(expect.objectContaining({ target: 'entity', id: 'merge-dup', after: null }));

    const reverted = await send('POST', `/api/history/${entry.id}/revert`);
    expect(reverted).toMatchObject({ status: 201, body: { action: 'revert', reverts: entry.id } });
    expect(await exportHash()).toBe(before);
    expect((await getJson(`${server.url}/api/entities/merge-dup`)).body.entity).toMatchObject({ id: 'merge-dup', name: 'Dup Labs' });
    expect((await getJson(`${server.url}/api/entities/merge-keep`)).body.entity.aliases).toEqual(['Keep Labs Inc.']);
  });

  it('offers candidate duplicates: of the same kind, same names first', async () => {
    const keep = (await getJson(`${server.url}/api/entities/merge-keep/duplicates`)).body;
    expect(keep.entity).toEqual({ id: 'merge-keep', kind: 'Organization', name: 'Keep Labs' });
    expect(keep.candidates[0]).toEqual({
      entity: { id: 'merge-dup', kind: 'Organization', name: 'Dup Labs' },
      reason: 'same-name',
      matched: 'Keep Labs Inc.',
    });
    // Meta was "Facebook, Inc.", and Facebook is the product Meta offers: a different kind, so no duplicate.
    const meta = (await getJson(`${server.url}/api/entities/meta/duplicates`)).body.candidates;
    expect(meta).not.toContainEqual(expect.objectContaining({ entity: expect.objectContaining({ id: 'facebook' }) }));
    expect(meta.every((c: { entity: { kind: string } }) => c.entity.kind === 'Organization')).toBe(true);
    expect((await getJson(`${server.url}/api/entities/merge-nobody/duplicates`)).status).toBe(404);
  });

  it('refuses to merge entities of different kinds (400, naming both), writing nothing', async () => {
    const before = await exportHash();
    const refused = await send('POST', '/api/entities/merge-dup/merge', { into: 'elon-musk' });
    expect(refused).toMatchObject({
      status: 400,
      body: { error: { message: 'only entities of the same kind can be merged: "merge-dup" is a Organization, "elon-musk" a Person' } },
    });
    expect(await exportHash()).toBe(before);
  });

  it('refuses a merge into itself (400) and names a missing entity (404)', async () => {
    expect((await send('POST', '/api/entities/merge-dup/merge', { into: 'merge-dup' })).status).toBe(400);
    expect(await send('POST', '/api/entities/merge-nobody/merge', { into: 'merge-keep' })).toMatchObject({
      status: 404,
      body: { error: { message: 'no entity has id "merge-nobody"' } },
    });
    expect((await send('POST', '/api/entities/merge-dup/merge', { into: 'merge-nobody' })).status).toBe(404);
  });

  it('refuses to revert a merge once the survivor has changed again (409)', async () => {
    const merged = await send('POST', '/api/entities/merge-dup/merge', { into: 'merge-keep' });
    expect(merged.status).toBe(200);
    expect((await send('PATCH', '/api/entities/merge-keep', { country: 'Japan' })).status).toBe(200);
    // A later change of the survivor keeps the merged id resolving.
    expect((await getJson(`${server.url}/api/entities/merge-dup`)).body.entity).toMatchObject({ id: 'merge-keep', country: 'Japan' });
    expect(await send('POST', `/api/history/${merged.body.history}/revert`)).toMatchObject({
      status: 409,
      body: { error: { message: expect.stringMatching(/entity "merge-keep" has changed since/) } },
    });
  });
});
