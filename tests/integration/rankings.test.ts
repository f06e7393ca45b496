// The rankings over real HTTP on the seeded Neo4j: who receives and gives funding, who operates
// the most compute (built and planned apart), who predicts the most, and bad queries refused.
import { ComputeRanking, FundingRanking, PredictionRanking, TrackRecord } from '../../graph-schema/contract';
import { getJson, useTestServer } from '../support/test-server';

const server = useTestServer();
const get = (path: string) => getJson(server.url + path);

describe('GET /api/analytics/funding', () => {
  it('ranks OpenAI first by funding received: Microsoft three times, Musk once, one amount known (Microsoft\u2019s US$1 billion of 2019)', async () => {
    const { status, body } = await get('/api/analytics/funding?side=received');
    expect(status).toBe(200);
    const ranking = FundingRanking.parse(body);
    expect(ranking.items[0]).toMatchObject({
      entity: { id: 'openai' },
      count: 4,
      unknownAmounts: 3,
      amounts: [{ currency: 'USD', total: 1_000_000_000, count: 1 }],
    });
    expect(ranking.items[0].counterparts.map((c) => c.id)).toEqual(['microsoft', 'elon-musk']);
  });

  it('ranks Microsoft first by funding given', async () => {
    const ranking = FundingRanking.parse((await get('/api/analytics/funding?side=given')).body);
    expect(ranking.items[0]).toMatchObject({ entity: { id: 'microsoft' }, count: 3 });
    expect(ranking.side).toBe('given');
  });

  it('counts only the funding that held on the as-of date', async () => {
    const now = FundingRanking.parse((await get('/api/analytics/funding?side=received')).body);
    const then = FundingRanking.parse((await get('/api/analytics/funding?side=received&asOf=2000')).body);
    expect(then.asOf).toBe('2000');
    expect(then.items.length).toBeLessThan(now.items.length);
    expect(then.items.map((i) => i.entity.id)).not.toContain('openai');
  });
});

describe('GET /api/analytics/compute', () => {
  it('puts built compute ahead of planned: xAI\u2019s built H100s first, Meta\u2019s planned fleet counted apart', async () => {
    const { status, body } = await get('/api/analytics/compute');
    expect(status).toBe(200);
    const ranking = ComputeRanking.parse(body);
    expect(ranking.items[0]).toMatchObject({ owner: { id: 'xai' }, built: { clusters: 2, h100Equivalents: 115000 } });
    const meta = ranking.items.find((i) => i.owner.id === 'meta');
    expect(meta).toMatchObject({ built: { clusters: 0 }, planned: { clusters: 1, h100Equivalents: 600000, chipCount: 350000 } });
  });

  it('says how many clusters state no figure rather than counting them as zero compute', async () => {
    const ranking = ComputeRanking.parse((await get('/api/analytics/compute?limit=500')).body);
    expect(ranking.items.find((i) => i.owner.id === 'microsoft')).toMatchObject({
      built: { clusters: 2, chipCount: 25000, withoutFigures: 1 },
    });
  });
});

describe('GET /api/analytics/predictions', () => {
  it('agrees with each speaker\u2019s track record', async () => {
    const { status, body } = await get('/api/analytics/predictions?limit=5');
    expect(status).toBe(200);
    const ranking = PredictionRanking.parse(body);
    expect(ranking.items.length).toBeGreaterThan(0);
    for (const row of ranking.items) {
      const record = TrackRecord.parse((await get(`/api/claims/track-record?by=${row.speaker.id}`)).body);
      expect(row).toMatchObject({
        made: record.counts.made,
        resolved: record.counts.resolved,
        cameTrue: record.counts.cameTrue,
        overdue: record.counts.overdue,
        pending: record.counts.open + record.counts.due,
      });
    }
    const made = ranking.items.map((i) => i.made);
    expect(made).toEqual([...made].sort((a, b) => b - a));
  });
});

describe('bad ranking queries', () => {
  it.each([
    ['/api/analytics/funding?side=sideways', 'side'],
    ['/api/analytics/funding?limit=0', 'limit'],
    ['/api/analytics/compute?asOf=yesterday', 'asOf'],
    ['/api/analytics/predictions?by=elon-musk', 'by'],
  ])('%s is a 400 that names %s', async (path, field) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain(field);
  });
});
