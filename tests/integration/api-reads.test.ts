// Every read route over real HTTP against the seeded Neo4j: real answers from the five documents.
import http from 'node:http';
import { pictureService } from '../../server/services/picture.service';
import { getJson, useTestServer } from '../support/test-server';

const server = useTestServer();
const get = (path: string) => getJson(server.url + path);

describe('GET /api/health', () => {
  it('says the API and Neo4j are up', async () => {
    expect(await get('/api/health')).toMatchObject({ status: 200, body: { status: 'ok', neo4j: 'up' } });
  });
});

describe('GET /api/schema', () => {
  it('lists kinds and relationship types from graph-schema, with property schemas', async () => {
    const { body } = await get('/api/schema');
    expect(body.kinds.map((k: { label: string }) => k.label)).toContain('GPUCluster');
    const invested = body.relationships.find((r: { type: string }) => r.type === 'INVESTED_IN');
    expect(invested).toMatchObject({ from: ['Person', 'Organization'], to: ['Organization'], weight: 'amount' });
    expect(invested.propertySchemas.amount).toMatchObject({ type: 'number' });
  });
  it('is JSON with an ETag, and a client holding that ETag gets 304 with no body', async () => {
    const first = await fetch(`${server.url}/api/schema`);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    // node:http, not fetch: fetch adds "Cache-Control: no-cache" to conditional requests, which
    // rightly forbids a 304.
    const again = await new Promise<{ status: number; body: string }>((resolve, reject) =>
      http
        .get(`${server.url}/api/schema`, { headers: { 'If-None-Match': etag! } }, (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        })
        .on('error', reject),
    );
    expect(again).toEqual({ status: 304, body: '' });
  });
});

describe('GET /api/entities', () => {
  it.each(['マスク', '马斯克', 'musk'])('finds Elon Musk first for %s', async (q) => {
    const { status, body } = await get(`/api/entities?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.items[0]).toMatchObject({ id: 'elon-musk', kind: 'Person', name: 'Elon Musk' });
    expect(body.total).toBeGreaterThanOrEqual(1);
  });
  it('filters by kind and pages', async () => {
    const { body } = await get('/api/entities?kind=GPUCluster&limit=2&offset=1');
    expect(body.items).toHaveLength(2);
    expect(body.items.every((e: { kind: string }) => e.kind === 'GPUCluster')).toBe(true);
    expect(body).toMatchObject({ limit: 2, offset: 1 });
  });
  it('names every bad parameter at once', async () => {
    const { status, body } = await get('/api/entities?kind=Alien&limit=9999&colour=red');
    expect(status).toBe(400);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['colour', 'kind', 'limit']);
  });
});

describe('GET /api/entities/:id', () => {
  it('gives the entity with its source documents and claim counts', async () => {
    const { body } = await get('/api/entities/elon-musk');
    expect(body.entity).toMatchObject({ id: 'elon-musk', kind: 'Person' });
    expect(body.entity.sources.length).toBeGreaterThan(0);
    expect(body.sourceDocuments.map((s: { kind: string }) => s.kind)).toContain('Source');
    expect(body.claimCount.made).toBeGreaterThan(5);
  });
  it('says of each citation what it vouches for, and which values came from outside the documents', async () => {
    const { body } = await get('/api/entities/gpt-4');
    expect(body.entity.outsideFields).toEqual(expect.arrayContaining(['parameterCount', 'releasedOn']));
    expect(body.entity.sources).toEqual(
      expect.arrayContaining([
        { source: 'src-002', paragraph: 10 },
        { source: 'web-wikipedia-gpt-4', paragraph: 1, basis: 'outside' },
      ]),
    );
    const helion = (await get('/api/relationships?from=sam-altman&to=helion-energy')).body.items[0];
    expect(helion.sources).toEqual([
      { source: 'src-001', paragraph: 11 },
      { source: 'web-wikipedia-helion-energy', paragraph: 1, basis: 'outside' },
    ]);
    expect(helion.properties).toMatchObject({ date: '2015', outsideFields: ['date'] });
    const alphabet = (await get('/api/relationships?from=google&to=alphabet')).body.items[0];
    expect(alphabet.sources[0]).toEqual({
      source: 'src-000',
      paragraph: 26,
      basis: 'inference',
      note: 'Pichai is presented as head of Alphabet.',
    });
  });
  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect(await get('/api/entities/no-such-thing')).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    expect((await get('/api/entities/Bad%20Id')).status).toBe(400);
  });
});

describe('GET /api/entities/:id/neighbors', () => {
  it('returns the graph around OpenAI with Microsoft as an investor', async () => {
    const { body } = await get('/api/entities/openai/neighbors?types=INVESTED_IN&direction=in');
    expect(body.nodes[0].id).toBe('openai');
    expect(body.edges).toContainEqual(expect.objectContaining({ type: 'INVESTED_IN', source: 'microsoft', target: 'openai' }));
    expect(body.edges.every((e: { type: string }) => e.type === 'INVESTED_IN')).toBe(true);
  });
  it('grows with depth and respects the limit', async () => {
    const one = (await get('/api/entities/openai/neighbors?depth=1')).body;
    const two = (await get('/api/entities/openai/neighbors?depth=2&limit=2000')).body;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect((await get('/api/entities/openai/neighbors?depth=3&limit=10')).body.nodes.length).toBeLessThanOrEqual(10);
  });
  it('refuses a depth over 3 and an unknown type', async () => {
    expect((await get('/api/entities/openai/neighbors?depth=4')).status).toBe(400);
    expect((await get('/api/entities/openai/neighbors?types=LOVES')).status).toBe(400);
  });
});

describe('GET /api/relationships', () => {
  it('answers "who funds whom" with Microsoft → OpenAI, each end named', async () => {
    const { body } = await get('/api/relationships?type=INVESTED_IN');
    const deal = body.items.find((e: { source: string; target: string }) => e.source === 'microsoft' && e.target === 'openai');
    expect(deal).toMatchObject({
      type: 'INVESTED_IN',
      sourceEntity: { id: 'microsoft', kind: 'Organization', name: 'Microsoft' },
      targetEntity: { id: 'openai', kind: 'Organization' },
    });
    expect(deal.sources[0]).toMatchObject({ source: 'src-004' });
  });
  it('filters by both ends', async () => {
    const { body } = await get('/api/relationships?from=microsoft&to=openai');
    expect(body.total).toBeGreaterThanOrEqual(3);
    expect(body.items.every((e: { source: string; target: string }) => e.source === 'microsoft' && e.target === 'openai')).toBe(true);
  });
});

describe('GET /api/paths', () => {
  it('connects Elon Musk to Microsoft, every hop with its sources', async () => {
    const { status, body } = await get('/api/paths?from=elon-musk&to=microsoft');
    expect(status).toBe(200);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const path of body.paths) {
      expect(path.nodes[0].id).toBe('elon-musk');
      expect(path.nodes.at(-1).id).toBe('microsoft');
      for (const edge of path.edges) expect(edge.sources.length).toBeGreaterThan(0);
    }
  });
  it('answers each route once, with every relationship between neighbours on it, and leaves out what it is told to avoid', async () => {
    const { body } = await get('/api/paths?from=elon-musk&to=microsoft');
    const routes: { nodes: { id: string }[]; edges: { source: string; target: string }[] }[] = body.paths;
    const sequences = routes.map((r) => r.nodes.map((n) => n.id).join('>'));
    expect(new Set(sequences).size).toBe(sequences.length);
    for (const route of routes) {
      expect(route.nodes.length).toBe(routes[0].nodes.length);
      // Every hop has at least one relationship, and every relationship joins two neighbours on the route.
      const hops = route.nodes.slice(1).map((n, i) => [route.nodes[i].id, n.id].sort().join('|'));
      const tied = new Set(route.edges.map((e) => [e.source, e.target].sort().join('|')));
      expect([...tied].sort()).toEqual([...new Set(hops)].sort());
    }
    const via = routes[0].nodes[1].id;
    const avoiding = (await get(`/api/paths?from=elon-musk&to=microsoft&avoid=${via}&maxDepth=6`)).body.paths;
    for (const route of avoiding) expect(route.nodes.map((n: { id: string }) => n.id)).not.toContain(via);
    expect((await get('/api/paths?from=elon-musk&to=microsoft&limit=1')).body.paths).toHaveLength(1);
    expect((await get('/api/paths?from=elon-musk&to=microsoft&avoid=Not%20An%20Id')).status).toBe(400);
  });
  it('is 404 for an unknown end and 400 for the same entity twice', async () => {
    expect((await get('/api/paths?from=elon-musk&to=nobody-at-all')).status).toBe(404);
    expect((await get('/api/paths?from=elon-musk&to=elon-musk')).status).toBe(400);
  });
});

describe('GET /api/claims', () => {
  it('lists claims by a person with claimants, subjects and sources', async () => {
    const { body } = await get('/api/claims?by=elon-musk&limit=100');
    expect(body.total).toBeGreaterThan(5);
    for (const item of body.items) {
      expect(item.claimants.map((c: { id: string }) => c.id)).toContain('elon-musk');
      expect(item.subjects.length).toBeGreaterThan(0);
      expect(item.claim.sources.length).toBeGreaterThan(0);
    }
  });
  it('filters by kind and text', async () => {
    const { body } = await get('/api/claims?kind=prediction&limit=100');
    expect(body.items.every((i: { claim: { claimKind: string } }) => i.claim.claimKind === 'prediction')).toBe(true);
    const found = await get('/api/claims?q=agi');
    expect(found.body.total).toBeGreaterThan(0);
  });
});

describe('GET /api/graph', () => {
  it('filters by types and kinds', async () => {
    const { body } = await get('/api/graph?types=INVESTED_IN');
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges.every((e: { type: string }) => e.type === 'INVESTED_IN')).toBe(true);
    const kinds = (await get('/api/graph?kinds=Organization,GPUCluster')).body;
    expect(kinds.nodes.every((n: { kind: string }) => ['Organization', 'GPUCluster'].includes(n.kind))).toBe(true);
  });
  it('leaves out relationships that had not begun as of a date', async () => {
    const all = (await get('/api/graph?types=INVESTED_IN')).body.edges;
    const early = (await get('/api/graph?types=INVESTED_IN&asOf=2019-12-31')).body.edges;
    expect(early.length).toBeLessThan(all.length);
    for (const e of early) expect(String(e.properties.from ?? e.properties.date ?? '')).not.toMatch(/^202[1-9]/);
  });
  it('refuses a malformed date', async () => {
    expect((await get('/api/graph?asOf=last-year')).status).toBe(400);
  });
  /** Reads a picture until its positions have come from the worker (each read after the first waits a little). */
  async function laidOut<T extends { positions?: unknown }>(read: () => Promise<T>): Promise<T> {
    for (let i = 0; ; i++) {
      const answer = await read();
      if (answer.positions || i >= 20) return answer;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  it('lays out at most its budget of pictures a minute, and sends the rest without positions', async () => {
    const pictures = pictureService(server.db, 2);
    const read = (asOf: string) => () => pictures({ asOf, limit: 2000 });
    expect((await laidOut(read('2019'))).positions).toBeDefined();
    expect((await laidOut(read('2020'))).positions).toBeDefined();
    const over = await read('2021')();
    expect(over.positions).toBeUndefined();
    expect(over.nodes.length).toBeGreaterThan(0);
    expect((await read('2021')()).positions).toBeUndefined();
  });
  it('brings a position for every node, computed off the event loop once per graph state', async () => {
    const first = await laidOut(async () => (await get('/api/graph')).body);
    expect(Object.keys(first.positions).sort()).toEqual(first.nodes.map((n: { id: string }) => n.id).sort());
    expect((await get('/api/graph')).body.positions).toEqual(first.positions);
    const invested = await laidOut(async () => (await get('/api/graph?types=INVESTED_IN')).body);
    expect(Object.keys(invested.positions).sort()).toEqual(invested.nodes.map((n: { id: string }) => n.id).sort());
  });
});

describe('GET /api/stats', () => {
  it('counts kinds and types and tabulates compute per owner', async () => {
    const { body } = await get('/api/stats');
    expect(body.kinds.Person).toBeGreaterThan(10);
    expect(body.relationships.INVESTED_IN).toBeGreaterThan(0);
    const meta = body.compute.find((row: { owner: { id: string } }) => row.owner.id === 'meta');
    expect(meta).toMatchObject({ chipCount: 350000, h100Equivalents: 600000 });
  });
});

describe('GET /api/sources', () => {
  it('lists the five documents and the outside pages with what cites them', async () => {
    const { body } = await get('/api/sources');
    expect(body.items.filter((s: { fileName?: string }) => s.fileName).length).toBe(5);
    expect(body.items.every((s: { citations: number }) => s.citations > 0)).toBe(true);
  });
  it('counts every entity and relationship citing a document once, however many of its paragraphs they cite', async () => {
    const { body } = await get('/api/sources');
    // The oracle: a plain scan per document, the slow way.
    const expected = await server.db.read(async (tx) => {
      const out: Record<string, number> = {};
      for (const s of body.items as { id: string }[]) {
        const cites = 'any(ref IN x.sources WHERE ref STARTS WITH $id + "#")';
        const n = await tx.run(`MATCH (x) WHERE ${cites} RETURN count(x) AS c`, { id: s.id });
        const r = await tx.run(`MATCH ()-[x]->() WHERE ${cites} RETURN count(x) AS c`, { id: s.id });
        out[s.id] = n.records[0].get('c').toNumber() + r.records[0].get('c').toNumber();
      }
      return out;
    });
    expect(Object.fromEntries(body.items.map((s: { id: string; citations: number }) => [s.id, s.citations]))).toEqual(expected);
  });
  it('shows what one document supports', async () => {
    const { body } = await get('/api/sources/src-004');
    expect(body.source).toMatchObject({ id: 'src-004', kind: 'Source', language: 'ja' });
    expect(body.edges).toContainEqual(expect.objectContaining({ source: 'microsoft', target: 'openai', type: 'INVESTED_IN' }));
  });
});

describe('documentation', () => {
  it('serves an OpenAPI document that covers every route', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/entities',
      '/api/entities/{id}',
      '/api/entities/{id}/neighbors',
      '/api/relationships',
      '/api/paths',
      '/api/claims',
      '/api/graph',
      '/api/stats',
      '/api/sources',
      '/api/sources/{id}',
      '/api/export',
      '/api/import',
      '/api/health',
      '/api/schema',
    ])
      expect(Object.keys(body.paths)).toContain(path);
    expect(body.paths['/api/entities'].post.security).toEqual([{ bearer: [] }]);
  });
  it('serves a readable docs page with an example for each read route', async () => {
    const res = await fetch(`${server.url}/api/docs`);
    const html = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('data-path="/api/paths?from=elon-musk&amp;to=microsoft"');
  });
});

describe('every answer', () => {
  it('carries security headers and no X-Powered-By', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
  it('is JSON with the error shape for an unknown API route', async () => {
    expect(await get('/api/nothing-here')).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });
});
