// Writes over real HTTP: every write is validated by graph-schema, cites a source, and runs in one
// transaction. Who may write is security/auth-matrix.test.ts.
import { getJson, startTestServer, TEST_TOKEN, useTestServer } from '../support/test-server';
import { ENTITY_LABEL } from '../../graph-schema';

const server = useTestServer();

const ref = [{ source: 'src-003', paragraph: 2 }];
const auth = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };
const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = auth) =>
  getJson(server.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });

async function nodeCount(): Promise<number> {
  return server.db.read(async (tx) => (await tx.run('MATCH (n) RETURN count(n) AS n')).records[0].get('n').toNumber());
}

describe('entities', () => {
  const acme = {
    id: 'test-acme-labs',
    kind: 'Organization',
    name: 'Acme Labs',
    aliases: ['アクメ'],
    orgType: 'research-lab',
    sources: ref,
  };

  it('are created, changed and deleted with the right token', async () => {
    expect(await send('POST', '/api/entities', acme)).toMatchObject({
      status: 201,
      body: { id: 'test-acme-labs', kind: 'Organization', aliases: ['アクメ'] },
    });
    expect(await send('POST', '/api/entities', acme)).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT' } } });
    expect(await send('PATCH', '/api/entities/test-acme-labs', { country: 'JP', orgType: null })).toMatchObject({
      status: 200,
      body: { country: 'JP' },
    });
    const after = await getJson(`${server.url}/api/entities/test-acme-labs`);
    expect(after.body.entity.orgType).toBeUndefined();
    // A new entity has no relationships yet: its neighbourhood is itself alone.
    expect(await getJson(`${server.url}/api/entities/test-acme-labs/neighbors?depth=2`)).toMatchObject({
      status: 200,
      body: { nodes: [{ id: 'test-acme-labs' }], edges: [] },
    });
    expect(await send('DELETE', '/api/entities/test-acme-labs')).toMatchObject({ status: 200, body: { deleted: 'test-acme-labs' } });
    expect((await getJson(`${server.url}/api/entities/test-acme-labs`)).status).toBe(404);
  });

  it('say so, with a Link to the duplicates, when another entity of the kind already goes by the name', async () => {
    const twin = { id: 'test-openai-twin', kind: 'Organization', name: 'ＯｐｅｎＡＩ', orgType: 'research-lab', sources: ref };
    const created = await send('POST', '/api/entities', twin);
    expect(created.status).toBe(201);
    expect(created.headers.get('link')).toBe('</api/entities/test-openai-twin/duplicates>; rel="duplicates"; title="same name as openai"');
    // Renamed to a name nobody else has: no Link.
    const renamed = await send('PATCH', '/api/entities/test-openai-twin', { name: 'Twin Research' });
    expect(renamed.status).toBe(200);
    expect(renamed.headers.get('link')).toBeNull();
    expect((await send('DELETE', '/api/entities/test-openai-twin')).status).toBe(200);
  });

  it('are refused without a source, with an unknown source, or with a bad field', async () => {
    expect((await send('POST', '/api/entities', { ...acme, sources: [] })).body.error.details).toContainEqual(
      expect.objectContaining({ path: 'sources' }),
    );
    const unknownSource = await send('POST', '/api/entities', { ...acme, sources: [{ source: 'src-999', paragraph: 1 }] });
    expect(unknownSource).toMatchObject({ status: 400 });
    expect(unknownSource.body.error.message).toMatch(/unknown source "src-999"/);
    expect((await send('POST', '/api/entities', { ...acme, orgType: 'cartel' })).status).toBe(400);
    expect((await send('PATCH', '/api/entities/elon-musk', { chipCount: 5 })).status).toBe(400);
    expect((await send('PATCH', '/api/entities/nobody-here', { name: 'x' })).status).toBe(404);
  });

  it('need a JSON body and a body under the limit', async () => {
    expect(
      (await send('POST', '/api/entities', undefined, { Authorization: auth.Authorization, 'Content-Type': 'text/plain' })).status,
    ).toBe(415);
    const big = { ...acme, description: 'x'.repeat(3 * 1024 * 1024) };
    expect((await send('POST', '/api/entities', big)).status).toBe(413);
    const res = await fetch(`${server.url}/api/entities`, { method: 'POST', headers: auth, body: '{"id": ' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('MALFORMED_JSON');
  });
});

describe('relationships', () => {
  it('are created between existing entities of allowed kinds, and deleted by id', async () => {
    const rel = { type: 'PARTNERS_WITH', from: 'meta', to: 'nvidia', key: 'test', properties: { date: '2024-01' }, sources: ref };
    const created = await send('POST', '/api/relationships', rel);
    expect(created).toMatchObject({
      status: 201,
      body: { id: 'meta:PARTNERS_WITH:nvidia:test', source: 'meta', target: 'nvidia', properties: { date: '2024-01' } },
    });
    expect((await send('POST', '/api/relationships', rel)).status).toBe(409);
    expect((await send('DELETE', `/api/relationships/${encodeURIComponent('meta:PARTNERS_WITH:nvidia:test')}`)).status).toBe(200);
    expect((await send('DELETE', `/api/relationships/${encodeURIComponent('meta:PARTNERS_WITH:nvidia:test')}`)).status).toBe(404);
  });

  it('between kinds their type may not join are a 400 that says so', async () => {
    const { status, body } = await send('POST', '/api/relationships', {
      type: 'INVESTED_IN',
      from: 'microsoft',
      to: 'gpt-4',
      sources: ref,
    });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/INVESTED_IN may not end at a AIModel/);
  });
});

describe('claims', () => {
  it('are recorded with who made them and what they are about, in one transaction', async () => {
    const claim = {
      id: 'claim-test-zuckerberg-open-source',
      name: 'Test: open models will win',
      text: 'Open models will overtake closed ones.',
      textJa: 'オープンなモデルがクローズドを追い抜く。',
      claimKind: 'prediction',
      statedOn: '2024-01-18',
      dueBy: '2026',
      by: ['mark-zuckerberg'],
      about: ['meta', 'llama-3'],
      sources: ref,
    };
    expect(await send('POST', '/api/claims', claim)).toMatchObject({ status: 201, body: { id: claim.id, kind: 'Claim' } });
    const listed = await getJson(`${server.url}/api/claims?by=mark-zuckerberg&q=overtake`);
    expect(listed.body.items[0]).toMatchObject({
      claimants: [{ id: 'mark-zuckerberg' }],
      subjects: expect.arrayContaining([expect.objectContaining({ id: 'meta' })]),
    });
    await send('DELETE', `/api/entities/${claim.id}`);
  });

  it('about an unknown entity leave nothing behind', async () => {
    const before = await nodeCount();
    const { status } = await send('POST', '/api/claims', {
      id: 'claim-test-dangling',
      name: 'x',
      text: 'x',
      claimKind: 'opinion',
      by: ['elon-musk'],
      about: ['no-such-entity'],
      sources: ref,
    });
    expect(status).toBe(400);
    expect(await nodeCount()).toBe(before);
  });
});

describe('the write rate limit', () => {
  it('answers 429 with Retry-After once a client has used its writes', async () => {
    const limited = await startTestServer({ writesPerMinute: 2 });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 4; i++) {
        const res = await fetch(`${limited.url}/api/entities/nobody-here`, { method: 'DELETE', headers: auth });
        statuses.push(res.status);
        if (res.status === 429) retryAfter = res.headers.get('retry-after');
      }
      expect(statuses).toEqual([404, 404, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect((await getJson(`${limited.url}/api/health`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('the source list, kept until the database commits again', () => {
  const citationsOf = async (id: string) => {
    const { body } = await getJson(server.url + '/api/sources');
    return (body as { items: { id: string; citations: number }[] }).items.find((s) => s.id === id)!.citations;
  };

  it('counts a citation written past the server, as the command-line loader writes', async () => {
    const before = await citationsOf('src-003');
    expect(await citationsOf('src-003')).toBe(before);
    // The cache key: without one the cache silently recomputes every time, so pin that it exists.
    const mark = await server.db.commitMark();
    expect(mark).toEqual(expect.any(String));
    expect(await server.db.commitMark()).toBe(mark);
    await server.db.write((tx) =>
      tx.run(`CREATE (n:${ENTITY_LABEL}:Person {id: 'cache-probe-person', name: 'Cache Probe', aliases: [], sources: ['src-003#2']})`),
    );
    expect(await server.db.commitMark()).not.toBe(mark);
    expect(await citationsOf('src-003')).toBe(before + 1);
    await server.db.write((tx) => tx.run(`MATCH (n:${ENTITY_LABEL} {id: 'cache-probe-person'}) DETACH DELETE n`));
    expect(await citationsOf('src-003')).toBe(before);
  });
});

describe('deletes that would leave something dangling', () => {
  it('refuse to delete a cited source, naming what cites it, and delete nothing', async () => {
    const { status, body } = await send('DELETE', '/api/entities/src-003');
    expect(status).toBe(409);
    expect(body.error.message).toMatch(/cited by/);
    expect(body.error.details.citedBy.length).toBeGreaterThan(0);
    expect((await getJson(`${server.url}/api/entities/src-003`)).status).toBe(200);
  });

  it('refuse to delete the only claimant of a claim, naming the claim', async () => {
    const claim = {
      id: 'claim-test-dangling',
      name: 'Test',
      text: 'A test claim.',
      claimKind: 'opinion',
      by: ['yann-lecun'],
      about: ['meta'],
      sources: ref,
    };
    expect(
      (await send('POST', '/api/entities', { id: 'test-lone-speaker', kind: 'Person', name: 'Lone Speaker', sources: ref })).status,
    ).toBe(201);
    expect((await send('POST', '/api/claims', { ...claim, by: ['test-lone-speaker'] })).status).toBe(201);
    const refused = await send('DELETE', '/api/entities/test-lone-speaker');
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.claims).toEqual(['claim-test-dangling']);
    expect((await send('DELETE', '/api/entities/claim-test-dangling')).status).toBe(200);
    expect((await send('DELETE', '/api/entities/test-lone-speaker')).status).toBe(200);
  });
});

describe('conditional changes', () => {
  it('give every read an ETag and refuse a PATCH whose If-Match is stale, changing nothing', async () => {
    const id = 'test-etag-lab';
    expect((await send('POST', '/api/entities', { id, kind: 'Organization', name: 'ETag Lab', sources: ref })).status).toBe(201);
    const read = await getJson(`${server.url}/api/entities/${id}`);
    const tag = read.headers.get('etag')!;
    expect(tag).toMatch(/^"[\w-]+"$/);
    const first = await send('PATCH', `/api/entities/${id}`, { country: 'JP' }, { ...auth, 'If-Match': tag });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).not.toBe(tag);
    const stale = await send('PATCH', `/api/entities/${id}`, { country: 'FR' }, { ...auth, 'If-Match': tag });
    expect(stale).toMatchObject({ status: 412, body: { error: { code: 'PRECONDITION_FAILED' } } });
    expect((await getJson(`${server.url}/api/entities/${id}`)).body.entity.country).toBe('JP');
    const fresh = await send('PATCH', `/api/entities/${id}`, { country: 'FR' }, { ...auth, 'If-Match': first.headers.get('etag')! });
    expect(fresh.status).toBe(200);
    expect((await send('DELETE', `/api/entities/${id}`)).status).toBe(200);
  });
});

describe('facts that cannot be true', () => {
  const refused = async (path: string, body: unknown, field: string, message: string | RegExp) => {
    const answer = await send('POST', path, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    expect(answer.body.error.details).toContainEqual(
      expect.objectContaining({ in: 'body', path: field, message: typeof message === 'string' ? message : expect.stringMatching(message) }),
    );
  };

  it('refuses a relationship from an entity to itself', async () => {
    await refused(
      '/api/relationships',
      { type: 'PARTNERS_WITH', from: 'openai', to: 'openai', sources: ref },
      'to',
      'a relationship cannot join "openai" to itself',
    );
  });

  it('refuses a symmetric relationship whose reverse is stored', async () => {
    await refused(
      '/api/relationships',
      { type: 'COMPETES_WITH', from: 'openai', to: 'elon-musk', sources: ref },
      'from',
      'COMPETES_WITH has no direction and elon-musk:COMPETES_WITH:openai is stored already: the same fact the other way round',
    );
  });

  it('refuses an end before a start', async () => {
    await refused(
      '/api/relationships',
      { type: 'WORKS_FOR', from: 'elon-musk', to: 'openai', key: 'test-ended', properties: { from: '2020-05', to: '2019' }, sources: ref },
      'properties.to',
      'ends (2019) before it starts (2020-05)',
    );
  });

  it('refuses a date in 2999 on a fact, and accepts a prediction due then', async () => {
    const claim = { id: 'test-far-claim', name: 'Far', text: 'It will happen.', by: ['elon-musk'], about: ['openai'], sources: ref };
    await refused(
      '/api/claims',
      { ...claim, claimKind: 'opinion', statedOn: '2999-01-01' },
      'statedOn',
      /^2999-01-01 is more than 1 year in the future/,
    );
    await refused(
      '/api/entities',
      { id: 'test-far-model', kind: 'AIModel', name: 'Far Model', releasedOn: '2999', sources: ref },
      'releasedOn',
      /^2999 is more than 1 year/,
    );
    const prediction = await send('POST', '/api/claims', { ...claim, claimKind: 'prediction', statedOn: '2024-01-01', dueBy: '2999' });
    expect(prediction.status).toBe(201);
    expect((await send('DELETE', '/api/entities/test-far-claim')).status).toBe(200);
  });

  it('refuses the same citation given twice, however often', async () => {
    await refused(
      '/api/entities',
      { id: 'test-cited-twice', kind: 'Organization', name: 'Cited Twice', sources: Array.from({ length: 100 }, () => ref[0]) },
      'sources.1',
      'cites src-003 paragraph 2 twice',
    );
    expect((await getJson(`${server.url}/api/entities/test-cited-twice`)).status).toBe(404);
  });
});
