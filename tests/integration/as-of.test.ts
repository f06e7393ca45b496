// The graph as of a date, by graph-schema's time rules: an entity exists from its own date, a
// relationship holds from its start to its end, and nothing appears before it existed. The API's
// answer is checked with the same pure rules the explorer's time slider applies.
import { entityExistsFrom, entityKinds, holdsAsOf, relationshipSpan, relationshipTypes } from '../../graph-schema';
import { getJson, useTestServer } from '../support/test-server';

const server = useTestServer();
const kindDefinitions = new Map(entityKinds.map((k) => [k.label as string, k.meta]));
const relationshipDefinitions = new Map(relationshipTypes.map((r) => [r.type as string, r.meta]));

describe.each(['2019-12', '2023-03', '2024'])('GET /api/graph?asOf=%s', (asOf) => {
  it('holds no entity dated after it and no relationship that did not hold then', async () => {
    const { status, body } = await getJson(`${server.url}/api/graph?asOf=${asOf}&limit=5000`);
    expect(status).toBe(200);
    expect(body.nodes.length).toBeGreaterThan(0);
    const late = body.nodes.filter((n: any) => {
      const from = entityExistsFrom(kindDefinitions.get(n.kind)!, n);
      return from !== undefined && !holdsAsOf({ start: from }, asOf);
    });
    expect(late.map((n: any) => n.id)).toEqual([]);
    const notHolding = body.edges.filter(
      (e: any) => !holdsAsOf(relationshipSpan(relationshipDefinitions.get(e.type)!, e.properties), asOf),
    );
    expect(notHolding.map((e: any) => e.id)).toEqual([]);
  });
});

it('shows fewer entities as of 2019 than as of 2024, and the whole graph without a date', async () => {
  const count = async (query: string) => (await getJson(`${server.url}/api/graph?limit=5000${query}`)).body.nodes.length as number;
  const [early, late, all] = [await count('&asOf=2019-12'), await count('&asOf=2024'), await count('')];
  expect(early).toBeLessThan(late);
  expect(late).toBeLessThanOrEqual(all);
});

it('shows no one leading a company before the documents or the public record date it', async () => {
  const { body } = await getJson(`${server.url}/api/graph?asOf=2014&limit=5000`);
  const leads = body.edges.filter((e: any) => e.type === 'LEADS').map((e: any) => e.id);
  expect(leads).not.toContain('sam-altman:LEADS:openai');
  expect(leads).not.toContain('elon-musk:LEADS:xai');
  expect(leads).not.toContain('elon-musk:LEADS:twitter');
});

it('keeps a fact nothing dates in every view, marked undated rather than dated', async () => {
  for (const asOf of ['2014', '2024']) {
    const { body } = await getJson(`${server.url}/api/graph?asOf=${asOf}&limit=5000`);
    const rivalry = body.edges.find((e: any) => e.id === 'meta:COMPETES_WITH:google');
    expect(rivalry?.properties).toMatchObject({ undated: true });
    expect(relationshipSpan(relationshipDefinitions.get('COMPETES_WITH')!, rivalry.properties)).toEqual({});
  }
});
