// Network analytics over real HTTP on the seeded Neo4j: the answers the seed's five documents
// support, stable from run to run, and every bad slice a 400, never a 5xx.
import { CentralityRanking, Communities, Interlocks } from '../../graph-schema/contract';
import { analyticsService, DEFAULT_LIMITS } from '../../server/analytics/analytics.service';
import { resolveSlice } from '../../server/analytics/slice';
import { ValidationError } from '../../server/errors';
import { getJson, useTestServer } from '../support/test-server';

const server = useTestServer();
const get = (path: string) => getJson(server.url + path);
const ids = (items: { entity: { id: string } }[]) => items.map((i) => i.entity.id);

describe('GET /api/analytics/centrality', () => {
  it.each(['degree', 'pagerank', 'betweenness', 'closeness'])(
    'answers a slice with nothing in it by %s with an empty ranking',
    async (measure) => {
      const { status, body } = await get(`/api/analytics/centrality?kinds=Claim&measure=${measure}`);
      expect(status).toBe(200);
      expect(CentralityRanking.parse(body).items).toEqual([]);
    },
  );

  it('ranks OpenAI among the top three actors by PageRank over every relationship but claims\u2019', async () => {
    const { status, body } = await get('/api/analytics/centrality?measure=pagerank&limit=10');
    expect(status).toBe(200);
    const ranking = CentralityRanking.parse(body);
    expect(ids(ranking.items).slice(0, 3)).toContain('openai');
    expect(ranking.slice.kinds).not.toEqual(expect.arrayContaining(['Claim']));
    expect(ranking.slice.kinds).not.toEqual(expect.arrayContaining(['Source']));
    expect(ranking.slice.types).toEqual(expect.arrayContaining(['INVESTED_IN', 'WORKS_FOR', 'DEVELOPED']));
    expect(ranking.slice.types).not.toEqual(expect.arrayContaining(['MADE_CLAIM']));
    expect(ranking.slice.types).not.toEqual(expect.arrayContaining(['ABOUT']));
    expect(ranking.items.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('ranks OpenAI first by funding received in the funding-only slice: Microsoft\u2019s three rounds and Musk\u2019s; Helion next with Altman\u2019s two', async () => {
    const { status, body } = await get('/api/analytics/centrality?measure=degree&types=INVESTED_IN&direction=in');
    expect(status).toBe(200);
    const ranking = CentralityRanking.parse(body);
    expect(ranking.items[0]).toMatchObject({ entity: { id: 'openai', kind: 'Organization' }, score: 4, rank: 1 });
    expect(ranking.items.find((i) => i.entity.id === 'helion-energy')).toMatchObject({ score: 2, rank: 2 });
    // Investors received nothing in this slice: they tie at zero.
    expect(ranking.items.find((i) => i.entity.id === 'microsoft')).toMatchObject({ score: 0 });
    expect(ranking).toMatchObject({ relationships: 6, slice: { types: ['INVESTED_IN'], direction: 'in' } });
  });

  it('counts what an entity gives with direction=out: Microsoft is the largest investor', async () => {
    const { body } = await get('/api/analytics/centrality?measure=degree&types=INVESTED_IN&direction=out&limit=1');
    expect(body.items).toEqual([{ entity: { id: 'microsoft', kind: 'Organization', name: 'Microsoft' }, score: 3, rank: 1 }]);
  });

  it.each(['betweenness', 'closeness'])('answers %s over the actors with OpenAI in the top five', async (measure) => {
    const { status, body } = await get(`/api/analytics/centrality?measure=${measure}&limit=5`);
    expect(status).toBe(200);
    expect(ids(CentralityRanking.parse(body).items)).toContain('openai');
  });

  it('gives the same answer twice (the second from the cache) and a smaller slice as of an earlier date', async () => {
    const first = await get('/api/analytics/centrality?measure=pagerank&limit=5');
    const again = await get('/api/analytics/centrality?measure=pagerank&limit=5');
    expect(again.body).toEqual(first.body);
    // Before 2020 the dated ties of the AI race (xAI, GPT-4, the H100 clusters) had not begun.
    const early = await get('/api/analytics/centrality?asOf=2019');
    expect(early.status).toBe(200);
    expect(early.body.relationships).toBeLessThan(first.body.relationships);
    expect(ids(early.body.items)).not.toContain('xai');
  });
});

describe('GET /api/analytics/communities', () => {
  const groupOf = (communities: Communities, id: string) => communities.groups.find((g) => g.members.some((m) => m.id === id));
  type Communities = ReturnType<typeof Communities.parse>;

  it('separates Musk, xAI and Twitter from the Meta/Llama camp, each group named by its most central member', async () => {
    const { status, body } = await get('/api/analytics/communities?limit=1000');
    expect(status).toBe(200);
    const found = Communities.parse(body);
    const meta = groupOf(found, 'meta')!;
    expect(meta.members.map((m) => m.id)).toEqual(expect.arrayContaining(['meta', 'llama-3', 'llama-2', 'mark-zuckerberg']));
    for (const id of ['elon-musk', 'xai', 'twitter']) expect(groupOf(found, id)!.id).not.toBe(meta.id);
    for (const group of found.groups) {
      expect(group.name).toBe(group.central.name);
      expect(group.members[0]).toEqual(group.central);
      expect(group.size).toBe(group.members.length);
    }
    expect(found.modularity).toBeGreaterThan(0.3);
    expect(found.groups.reduce((n, g) => n + g.size, 0)).toBe(found.entities);
  });

  it('finds the same groups on every run (Louvain\u2019s random order is seeded)', async () => {
    const limits = { ...DEFAULT_LIMITS, cachedSlices: 0 };
    const fresh = () => analyticsService(server.db, limits, () => undefined).communities(resolveSlice({}), 1000);
    const [one, two] = [await fresh(), await fresh()];
    expect(two).toEqual(one);
  });

  it('lists at most limit members per group but counts them all', async () => {
    const { body } = await get('/api/analytics/communities?limit=2');
    const found = Communities.parse(body);
    expect(found.groups.every((g) => g.members.length <= 2)).toBe(true);
    expect(found.groups.some((g) => g.size > 2)).toBe(true);
  });
});

describe('GET /api/analytics/interlocks', () => {
  it('finds OpenAI between Elon Musk and Microsoft, with both sides\u2019 relationships and their sources', async () => {
    const { status, body } = await get('/api/analytics/interlocks?a=elon-musk&b=microsoft');
    expect(status).toBe(200);
    const found = Interlocks.parse(body);
    expect(found).toMatchObject({ a: { id: 'elon-musk' }, b: { id: 'microsoft' } });
    const openai = found.shared.find((s) => s.entity.id === 'openai')!;
    expect(openai.a.map((e) => e.type)).toEqual(expect.arrayContaining(['FOUNDED', 'INVESTED_IN']));
    expect(openai.b.map((e) => e.type)).toEqual(expect.arrayContaining(['INVESTED_IN', 'PARTNERS_WITH']));
    for (const edge of [...openai.a, ...openai.b]) {
      expect(edge.sources.length).toBeGreaterThan(0);
      expect([edge.source, edge.target]).toContain('openai');
    }
    expect(openai.a.every((e) => [e.source, e.target].includes('elon-musk'))).toBe(true);
    expect(openai.b.every((e) => [e.source, e.target].includes('microsoft'))).toBe(true);
    const cited = new Set([...openai.a, ...openai.b].flatMap((e) => e.sources.map((s) => s.source)));
    expect(found.documents.map((d) => d.id)).toEqual(expect.arrayContaining([...cited]));
  });

  it('names the people who worked for both of two organisations', async () => {
    const { body } = await get('/api/analytics/interlocks?a=twitter&b=google-deepmind');
    const people = Interlocks.parse(body).shared.filter((s) => s.entity.kind === 'Person');
    expect(people.map((p) => p.entity.id).sort()).toEqual(['igor-babuschkin', 'manuel-kroiss']);
    expect(people.every((p) => p.a.concat(p.b).every((e) => e.type === 'WORKS_FOR'))).toBe(true);
  });

  it('answers 404 for an unknown entity', async () => {
    const { status, body } = await get('/api/analytics/interlocks?a=elon-musk&b=no-such-entity');
    expect(status).toBe(404);
    expect(body.error.message).toContain('no-such-entity');
  });
});

describe('bad slices', () => {
  it.each([
    ['/api/analytics/centrality?measure=fame', ['measure']],
    ['/api/analytics/centrality?direction=sideways&limit=0', ['direction', 'limit']],
    ['/api/analytics/centrality?kinds=Alien&types=LIKES', ['kinds', 'types']],
    ['/api/analytics/centrality?asOf=yesterday&colour=red', ['asOf', 'colour']],
    ['/api/analytics/communities?types=&limit=abc', ['limit', 'types']],
    ['/api/analytics/communities?measure=pagerank', ['measure']],
    ['/api/analytics/interlocks?a=elon-musk', ['b']],
    ['/api/analytics/interlocks?a=elon-musk&b=elon-musk', ['b']],
    ['/api/analytics/interlocks?a=elon-musk&b=microsoft&types=INVESTED_IN,NOPE', ['types']],
  ])('%s is a 400 naming %j', async (path, params) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect([...new Set(body.error.details.map((d: { path: string }) => d.path.split('.')[0]))].sort()).toEqual(params);
  });

  it('refuses a slice larger than the server allows with a 400 that says how to narrow it', async () => {
    const small = analyticsService(server.db, { ...DEFAULT_LIMITS, maxEdges: 10 }, () => undefined);
    const refused = small.centrality(resolveSlice({}), 'degree', 5);
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toThrow(/more than 10 relationships; narrow it/);
    await expect(small.centrality(resolveSlice({ types: ['INVESTED_IN'] }), 'degree', 5)).resolves.toMatchObject({ relationships: 6 });
  });
});
