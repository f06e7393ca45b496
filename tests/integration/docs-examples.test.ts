// Every route's documented example is a real request: each one is run against the seeded database
// and must give the route's declared success status, so the docs page can never show a stale example.
import { apiEndpoints } from '../../server/app';
import type { Endpoint } from '../../server/http/endpoint';
import { getJson, TEST_TOKEN, useTestServer } from '../support/test-server';

const server = useTestServer({
  // The examples leave a claim and an imported entity behind; remove them so other suites see the seed.
  beforeClose: async ({ url }) => {
    for (const id of ['claim-example-lab-robots-2030', 'example-chip-startup'])
      await fetch(`${url}/api/entities/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${TEST_TOKEN}` } });
  },
});

const endpoints = apiEndpoints({} as never);

/** Reads run first; the write examples build on each other (the lab is created, changed, linked,
 *  quoted, then unlinked and deleted), so they run in this order. A new write route must be placed. */
const WRITE_ORDER = [
  'POST /api/entities',
  'PATCH /api/entities/:id',
  'POST /api/relationships',
  'POST /api/claims',
  'POST /api/import',
  'DELETE /api/relationships/:id',
  'DELETE /api/entities/:id',
];
const routeName = (ep: Endpoint) => `${ep.method.toUpperCase()} ${ep.path}`;
const runOrder = (ep: Endpoint) => (ep.method === 'get' ? -1 : WRITE_ORDER.indexOf(routeName(ep)));

describe('the documented examples', () => {
  it('exist for every route', () => {
    expect(endpoints.filter((ep) => !ep.example).map(routeName)).toEqual([]);
  });

  it('place every write route in the order they run', () => {
    expect(endpoints.filter((ep) => ep.method !== 'get' && runOrder(ep) < 0).map(routeName)).toEqual([]);
  });

  it('are shown on the docs page', async () => {
    const html = await (await fetch(`${server.url}/api/docs`)).text();
    for (const ep of endpoints) expect(html).toContain(ep.example!.path.replace(/&/g, '&amp;'));
  });

  it('all answer with their declared status when run in order', async () => {
    for (const ep of [...endpoints].sort((a, b) => runOrder(a) - runOrder(b))) {
      const { path, body } = ep.example!;
      const res = await getJson(`${server.url}${path}`, {
        method: ep.method.toUpperCase(),
        headers: ep.writes ? { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' } : {},
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      // The error body is part of the compared text, so a failure says why the example broke.
      const answer = `${ep.method.toUpperCase()} ${path} -> ${res.status}${res.status >= 400 ? ` ${JSON.stringify(res.body)}` : ''}`;
      expect(answer).toBe(`${ep.method.toUpperCase()} ${path} -> ${ep.response.status}`);
    }
  });
});
