// Export, wipe, import, export: the graph comes back identical. Also GraphML, and POST /api/import.
import { createHash } from 'node:crypto';
import { getJson, TEST_TOKEN, useTestServer } from '../support/test-server';

const server = useTestServer();

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const auth = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };

describe('export and import', () => {
  it('round-trips the whole graph exactly', async () => {
    const first = (await getJson(`${server.url}/api/export?format=json`)).body;
    expect(first.entities.length).toBeGreaterThan(100);
    await server.db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    expect((await getJson(`${server.url}/api/stats`)).body.kinds.Person).toBe(0);
    const imported = await getJson(`${server.url}/api/import`, { method: 'POST', headers: auth, body: JSON.stringify(first) });
    expect(imported).toMatchObject({ status: 200, body: { entities: first.entities.length, relationships: first.relationships.length } });
    const second = (await getJson(`${server.url}/api/export?format=json`)).body;
    expect(hash(second)).toBe(hash(first));
  });

  it('imports all or nothing', async () => {
    const before = (await getJson(`${server.url}/api/stats`)).body.kinds;
    const body = {
      entities: [{ id: 'import-test-ok', kind: 'Organization', name: 'OK', sources: [{ source: 'src-000', paragraph: 1 }] }],
      relationships: [{ type: 'FOUNDED', from: 'import-test-ok', to: 'missing-entity', sources: [{ source: 'src-000', paragraph: 1 }] }],
    };
    const { status, body: answer } = await getJson(`${server.url}/api/import`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify(body),
    });
    expect(status).toBe(400);
    expect(answer.error.details).toContainEqual(
      expect.objectContaining({ in: 'body', path: 'to', message: 'unknown entity id "missing-entity"' }),
    );
    expect((await getJson(`${server.url}/api/stats`)).body.kinds).toEqual(before);
  });

  it('exports GraphML with every node and edge', async () => {
    const res = await fetch(`${server.url}/api/export?format=graphml`);
    const xml = await res.text();
    expect(res.headers.get('content-type')).toMatch(/graphml/);
    expect(xml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
    expect(xml).toContain('<node id="elon-musk">');
    expect(xml).toMatch(/<edge id="microsoft:INVESTED_IN:openai:2023" source="microsoft" target="openai">/);
  });
});
