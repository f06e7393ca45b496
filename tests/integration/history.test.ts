// The history of writes over real HTTP: every write is recorded with who (the token's name), when,
// each record before and after, and why (X-Change-Note); GET /api/history lists them newest first;
// a revert restores the graph exactly (the canonical export's hash before the write equals the
// hash after write and revert), once, and only while nothing it touched has changed since.
import { createHash } from 'node:crypto';
import { ENTITY_LABEL } from '../../graph-schema';
import { getJson, TEST_TOKEN, useTestServer } from '../support/test-server';

const PREFIX = 'hist-';
const server = useTestServer({
  beforeClose: ({ db }) => db.write((tx) => tx.run(`MATCH (n:${ENTITY_LABEL}) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: PREFIX })),
});

const ref = [{ source: 'src-003', paragraph: 2 }];
const auth = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };
const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  getJson(server.url + path, { method, headers: { ...auth, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
const history = async (query: string) => (await getJson(`${server.url}/api/history?${query}`)).body;
const exportHash = async () =>
  createHash('sha256')
    .update(JSON.stringify((await getJson(`${server.url}/api/export?format=json`)).body))
    .digest('hex');
const lab = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'Organization',
  name: `Lab ${id}`,
  aliases: [],
  orgType: 'research-lab',
  sources: ref,
  ...extra,
});

describe('the history of writes', () => {
  it('records a created entity with its author, time, record after and the note of X-Change-Note', async () => {
    const started = new Date().toISOString();
    const note = '記事 2024年5月 から: a new lab';
    expect((await send('POST', '/api/entities', lab('hist-lab'), { 'X-Change-Note': encodeURIComponent(note) })).status).toBe(201);
    const page = await history('entity=hist-lab');
    expect(page).toMatchObject({ total: 1, limit: 20, offset: 0 });
    expect(page.items[0]).toMatchObject({
      id: expect.stringMatching(/^h-/),
      actor: 'api-token',
      action: 'create',
      note,
      changes: [{ target: 'entity', id: 'hist-lab', before: null, after: { id: 'hist-lab', kind: 'Organization', name: 'Lab hist-lab' } }],
    });
    expect(page.items[0].at >= started).toBe(true);
  });

  it('records a change with the record before and after', async () => {
    expect((await send('PATCH', '/api/entities/hist-lab', { country: 'Japan', orgType: null })).status).toBe(200);
    const [entry] = (await history('entity=hist-lab&limit=1')).items;
    expect(entry).toMatchObject({ action: 'update', actor: 'api-token' });
    expect(entry.note).toBeUndefined();
    const [change] = entry.changes;
    expect(change.before).toMatchObject({ orgType: 'research-lab' });
    expect(change.before.country).toBeUndefined();
    expect(change.after).toMatchObject({ country: 'Japan' });
    expect(change.after.orgType).toBeUndefined();
  });

  it('records relationships, claims and deletes, each listed under every entity it touches, newest first', async () => {
    expect((await send('POST', '/api/relationships', { type: 'PARTNERS_WITH', from: 'hist-lab', to: 'openai', sources: ref })).status).toBe(
      201,
    );
    const claim = {
      id: 'hist-claim',
      name: 'Test: a robot',
      text: 'The lab will ship a robot.',
      claimKind: 'prediction',
      by: ['hist-lab'],
      about: ['openai'],
      sources: ref,
    };
    expect((await send('POST', '/api/claims', claim)).status).toBe(201);
    expect((await send('DELETE', '/api/entities/hist-claim')).status).toBe(200);
    expect((await send('DELETE', '/api/relationships/hist-lab:PARTNERS_WITH:openai')).status).toBe(200);

    const entries = (await history('entity=hist-lab')).items;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['delete', 'delete', 'create', 'create', 'update', 'create']);
    const [unlinked, claimDeleted, claimCreated, linked] = entries;
    const edge = { id: 'hist-lab:PARTNERS_WITH:openai', type: 'PARTNERS_WITH', source: 'hist-lab', target: 'openai', sources: ref };
    expect(linked.changes).toEqual([{ target: 'relationship', id: edge.id, before: null, after: expect.objectContaining(edge) }]);
    expect(unlinked.changes).toEqual([{ target: 'relationship', id: edge.id, before: expect.objectContaining(edge), after: null }]);
    expect(claimCreated.changes.map((c: { id: string }) => c.id)).toEqual([
      'hist-claim',
      'hist-lab:MADE_CLAIM:hist-claim',
      'hist-claim:ABOUT:openai',
    ]);
    // A deleted entity's relationships are recorded with it, so that a revert can bring them back.
    expect(claimDeleted.changes).toEqual([
      { target: 'entity', id: 'hist-claim', before: expect.objectContaining({ kind: 'Claim', text: claim.text }), after: null },
      expect.objectContaining({ target: 'relationship', id: 'hist-claim:ABOUT:openai', after: null }),
      expect.objectContaining({ target: 'relationship', id: 'hist-lab:MADE_CLAIM:hist-claim', after: null }),
    ]);
    // The relationship's other end has the same entries in its own history.
    expect((await history('entity=openai')).items[0].id).toBe(unlinked.id);
  });

  it('records an import as one entry with its counts', async () => {
    const body = { entities: [lab('hist-imported-1'), lab('hist-imported-2')], relationships: [] };
    expect((await send('POST', '/api/import', body, { 'X-Change-Note': 'two labs' })).status).toBe(200);
    const [entry] = (await history('limit=1')).items;
    expect(entry).toMatchObject({
      action: 'import',
      actor: 'api-token',
      note: 'two labs',
      changes: [],
      summary: { entities: 2, relationships: 0, byKind: { Organization: 2 }, byType: {} },
    });
  });

  it('pages newest first and filters by time', async () => {
    const all = await history('limit=200');
    expect(all.total).toBeGreaterThanOrEqual(7);
    const times = all.items.map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    const second = await history('limit=1&offset=1');
    expect(second.items[0].id).toBe(all.items[1].id);
    const since = all.items[2].at;
    const recent = await history(`since=${encodeURIComponent(since)}&limit=200`);
    expect(recent.items.every((e: { at: string }) => e.at >= since)).toBe(true);
    expect(recent.total).toBe(all.items.filter((e: { at: string }) => e.at >= since).length);
    // The same moment written with an offset is the same filter.
    const offset = new Date(since).toISOString().replace('Z', '+00:00');
    expect((await history(`since=${encodeURIComponent(offset)}&limit=200`)).total).toBe(recent.total);
  });

  it('is never shown as an entity: not in search, lists, the graph, the stats or the export', async () => {
    const exported = (await getJson(`${server.url}/api/export?format=json`)).body;
    expect(exported.entities.some((e: { id: string }) => e.id.startsWith('h-'))).toBe(false);
    const entities = await server.db.read(async (tx) =>
      (await tx.run(`MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS n`)).records[0].get('n').toNumber(),
    );
    expect(exported.entities).toHaveLength(entities);
    const listed = (await getJson(`${server.url}/api/entities?limit=1`)).body;
    expect(listed.total).toBe(entities);
    const stats = (await getJson(`${server.url}/api/stats`)).body;
    expect(Object.values(stats.kinds as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(entities);
    expect((await getJson(`${server.url}/api/entities?q=import`)).body.items.map((e: { kind: string }) => e.kind)).not.toContain(
      'HistoryEntry',
    );
    const graph = (await getJson(`${server.url}/api/graph?limit=5000`)).body;
    expect(graph.nodes.every((n: { id: string }) => !n.id.startsWith('h-'))).toBe(true);
  });

  it('refuses a note that is not percent-encoded UTF-8, writing nothing', async () => {
    const answer = await send('POST', '/api/entities', lab('hist-bad-note'), { 'X-Change-Note': '%E3%81' });
    expect(answer).toMatchObject({ status: 400, body: { error: { details: [{ in: 'header', path: 'x-change-note' }] } } });
    expect((await getJson(`${server.url}/api/entities/hist-bad-note`)).status).toBe(404);
  });
});

describe('reverting a write', () => {
  it('restores the graph exactly: a create, an update and a delete with its relationships', async () => {
    const start = await exportHash();
    expect((await send('POST', '/api/entities', lab('hist-rev'))).status).toBe(201);
    const [created] = (await history('entity=hist-rev')).items;
    const reverted = await send('POST', `/api/history/${created.id}/revert`, undefined, { 'X-Change-Note': 'made by mistake' });
    expect(reverted).toMatchObject({
      status: 201,
      body: { action: 'revert', reverts: created.id, actor: 'api-token', note: 'made by mistake' },
    });
    expect(reverted.body.changes).toEqual([{ ...created.changes[0], before: created.changes[0].after, after: null }]);
    expect(await exportHash()).toBe(start);
    expect((await history('entity=hist-rev')).items[1]).toMatchObject({ id: created.id, revertedBy: reverted.body.id });

    // An update of a seed entity.
    expect((await send('PATCH', '/api/entities/openai', { country: 'Atlantis' })).status).toBe(200);
    const [update] = (await history('entity=openai&limit=1')).items;
    expect((await send('POST', `/api/history/${update.id}/revert`)).status).toBe(201);
    expect(await exportHash()).toBe(start);

    // A delete of an entity with relationships in both directions and a claim about it.
    await send('POST', '/api/entities', lab('hist-hub'));
    await send('POST', '/api/relationships', { type: 'PARTNERS_WITH', from: 'hist-hub', to: 'openai', sources: ref });
    await send('POST', '/api/relationships', { type: 'INVESTED_IN', from: 'microsoft', to: 'hist-hub', sources: ref });
    const withHub = await exportHash();
    expect((await send('DELETE', '/api/entities/hist-hub')).body).toMatchObject({ relationshipsDeleted: 2 });
    const [deleted] = (await history('entity=hist-hub&limit=1')).items;
    expect((await send('POST', `/api/history/${deleted.id}/revert`)).status).toBe(201);
    expect(await exportHash()).toBe(withHub);
  });

  it('refuses to revert twice (409), and leaves the graph as the first revert left it', async () => {
    expect((await send('POST', '/api/entities', lab('hist-twice'))).status).toBe(201);
    const [entry] = (await history('entity=hist-twice')).items;
    expect((await send('POST', `/api/history/${entry.id}/revert`)).status).toBe(201);
    const after = await exportHash();
    const again = await send('POST', `/api/history/${entry.id}/revert`);
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT', message: expect.stringMatching(/reverted already/) } } });
    expect(await exportHash()).toBe(after);
  });

  it('refuses to revert a write whose record has changed since (409, naming it), writing nothing', async () => {
    expect((await send('POST', '/api/entities', lab('hist-later'))).status).toBe(201);
    const [created] = (await history('entity=hist-later')).items;
    expect((await send('PATCH', '/api/entities/hist-later', { country: 'France' })).status).toBe(200);
    const before = await exportHash();
    const refused = await send('POST', `/api/history/${created.id}/revert`);
    expect(refused).toMatchObject({
      status: 409,
      body: { error: { message: expect.stringMatching(/entity "hist-later" has changed since/), details: [{ record: 'hist-later' }] } },
    });
    expect(await exportHash()).toBe(before);
    // Reverting the later change first, then the creation, is allowed: the history unwinds in order.
    const [update] = (await history('entity=hist-later&limit=1')).items;
    expect((await send('POST', `/api/history/${update.id}/revert`)).status).toBe(201);
    expect((await send('POST', `/api/history/${created.id}/revert`)).status).toBe(201);
    expect((await getJson(`${server.url}/api/entities/hist-later`)).status).toBe(404);
  });

  it('refuses to delete by revert an entity that gained relationships since (409)', async () => {
    expect((await send('POST', '/api/entities', lab('hist-linked'))).status).toBe(201);
    const [created] = (await history('entity=hist-linked')).items;
    await send('POST', '/api/relationships', { type: 'PARTNERS_WITH', from: 'hist-linked', to: 'openai', sources: ref });
    const refused = await send('POST', `/api/history/${created.id}/revert`);
    expect(refused).toMatchObject({ status: 409, body: { error: { message: expect.stringMatching(/hist-linked:PARTNERS_WITH:openai/) } } });
    expect((await getJson(`${server.url}/api/entities/hist-linked`)).status).toBe(200);
  });

  it('undoes the caller\u2019s own last write with h-last, step by step', async () => {
    const start = await exportHash();
    await send('POST', '/api/entities', lab('hist-undo'));
    await send('PATCH', '/api/entities/hist-undo', { country: 'Spain' });
    expect((await send('POST', '/api/history/h-last/revert')).body.changes[0].after).not.toHaveProperty('country');
    expect((await send('POST', '/api/history/h-last/revert')).body.changes[0]).toMatchObject({ id: 'hist-undo', after: null });
    expect(await exportHash()).toBe(start);
  });

  it('refuses to revert an import (recorded by its counts), and answers 404 for an unknown entry', async () => {
    const [entry] = (await history('limit=200')).items.filter((e: { action: string }) => e.action === 'import');
    expect(await send('POST', `/api/history/${entry.id}/revert`)).toMatchObject({
      status: 409,
      body: { error: { message: expect.stringMatching(/is an import/) } },
    });
    expect((await send('POST', '/api/history/h-00000000-0000-0000-0000-000000000000/revert')).status).toBe(404);
  });
});
