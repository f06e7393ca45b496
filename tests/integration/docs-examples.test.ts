// Every route's documented example is a real request: each one is run against the seeded database
// and must give the route's declared success status and a body its declared response schema
// parses, so the docs page can never show a stale example or the contract a wrong shape.
import { declaredRoutes, successStatus, type DeclaredRoute, type MediaType } from '../../graph-schema/contract';
import { DOCUMENT_STATE_LABEL } from '../../graph-schema';
import { getJson, TEST_TOKEN, useTestServer } from '../support/test-server';

const EXAMPLE_DOCUMENT = 'doc-example-a-lab-raises-money';
const server = useTestServer({
  // The examples leave the lab, an imported entity and an ingested document behind; remove them so other suites see the seed.
  beforeClose: async ({ url, db }) => {
    for (const id of ['claim-example-lab-robots-2030', 'example-robotics-lab', 'example-chip-startup', EXAMPLE_DOCUMENT])
      await fetch(`${url}/api/entities/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${TEST_TOKEN}` } });
    await db.write((tx) => tx.run(`MATCH (d:${DOCUMENT_STATE_LABEL} {id: $id}) DELETE d`, { id: EXAMPLE_DOCUMENT }));
  },
});

const routes = declaredRoutes();

/** Reads run first; the write examples build on each other (the lab is created, changed, linked,
 *  quoted, then unlinked and deleted; a document is ingested, read and accepted), so they run in
 *  this order, with the reads of what a write made. A new write route must be placed. */
const WRITE_ORDER = [
  'POST /api/entities',
  'PATCH /api/entities/:id',
  'POST /api/relationships',
  'POST /api/claims',
  'POST /api/import',
  'POST /api/documents',
  'GET /api/documents/:id',
  'POST /api/documents/:id/accept',
  'POST /api/entities/:id/merge',
  'POST /api/history/:id/revert',
  'DELETE /api/relationships/:id',
  'DELETE /api/entities/:id',
];
const runOrder = (route: DeclaredRoute) => WRITE_ORDER.indexOf(route.name);

describe('the documented examples', () => {
  it('place every write route in the order they run', () => {
    expect(routes.filter((route) => route.method !== 'get' && runOrder(route) < 0).map((route) => route.name)).toEqual([]);
  });

  it('are shown on the docs page', async () => {
    const html = await (await fetch(`${server.url}/api/docs`)).text();
    for (const route of routes) expect(html).toContain(route.example.path.replace(/&/g, '&amp;'));
  });

  it('all answer with their declared status and a body their declared schema parses, when run in order', async () => {
    for (const route of [...routes].sort((a, b) => runOrder(a) - runOrder(b))) {
      const { path, body } = route.example;
      const res = await getJson(`${server.url}${path}`, {
        method: route.method.toUpperCase(),
        headers: route.writes || route.identifies ? { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' } : {},
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const status = successStatus(route);
      // The error body is part of the compared text, so a failure says why the example broke.
      const answer = `${route.name} ${path} -> ${res.status}${res.status >= 400 ? ` ${JSON.stringify(res.body)}` : ''}`;
      expect(answer).toBe(`${route.name} ${path} -> ${status}`);
      const parsed = route.responses[status].content['application/json' as MediaType]!.safeParse(res.body);
      expect({ route: route.name, issues: parsed.success ? [] : parsed.error.issues.slice(0, 3) }).toEqual({
        route: route.name,
        issues: [],
      });
    }
  });
});
