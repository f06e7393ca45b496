// Export, wipe, import, export: the graph comes back identical. Also GraphML, and POST /api/import.
// The export is streamed: it is exactly the compact JSON of the whole file, at most two run at once
// (a third is told to come back), HEAD costs nothing, and health answers while exports are held open.
import { createHash } from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import { ENTITY_LABEL } from '../../graph-schema';
import { getJson, TEST_TOKEN, useTestServer } from '../support/test-server';

const LOAD_PREFIX = 'export-load-';
const server = useTestServer({
  beforeClose: ({ db }) =>
    db.write((tx) => tx.run(`MATCH (n:${ENTITY_LABEL}) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: LOAD_PREFIX })),
});

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

  it('streams JSON that is byte for byte the compact serialisation of the file', async () => {
    const res = await fetch(`${server.url}/api/export?format=json`);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await res.text();
    expect(text).toBe(JSON.stringify(JSON.parse(text)));
    expect(text.startsWith('{"$comment":"Exported from the AI industry graph')).toBe(true);
  });

  it('answers HEAD with the headers of the export and no body', async () => {
    const json = await fetch(`${server.url}/api/export?format=json`, { method: 'HEAD' });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const graphml = await fetch(`${server.url}/api/export?format=graphml`, { method: 'HEAD' });
    expect(graphml.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(graphml.headers.get('content-disposition')).toBe('attachment; filename="ai-industry-graph.graphml"');
    expect(await graphml.text()).toBe('');
  });
});

describe('exports held open by slow clients', () => {
  /** An export whose reader takes the headers and then stops reading, so the server must wait. */
  function stalledExport(format: string): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const req = http.get(`${server.url}/api/export?format=${format}`, (res) => {
        res.pause();
        resolve(res);
      });
      req.on('error', () => undefined);
      setTimeout(() => reject(new Error('no headers within 20 s')), 20_000).unref();
    });
  }

  beforeAll(async () => {
    // Enough text that an export cannot fit into the sockets' buffers: a stalled reader holds it open.
    await server.db.write((tx) =>
      tx.run(
        `UNWIND range(1, 6000) AS i
         CREATE (n:${ENTITY_LABEL}:Organization { id: $p + i, name: 'Export load ' + i, aliases: [], sources: ['src-003#2'], description: $text })`,
        { p: LOAD_PREFIX, text: 'x'.repeat(3_900) },
      ),
    );
  });

  it('runs two at once, answers a third 503 with Retry-After, and keeps HEAD and health answering', async () => {
    const held = [await stalledExport('json'), await stalledExport('graphml')];
    try {
      expect(held.map((r) => r.statusCode)).toEqual([200, 200]);
      const third = await getJson(`${server.url}/api/export?format=json`);
      expect(third.status).toBe(503);
      expect(third.body.error.code).toBe('EXPORTS_BUSY');
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await fetch(`${server.url}/api/export?format=json`, { method: 'HEAD' })).status).toBe(200);
      expect((await getJson(`${server.url}/api/health`)).status).toBe(200);
    } finally {
      for (const res of held) res.destroy();
    }
    // A client that went away gives its place back; the slot is freed once the server notices.
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      const res = await fetch(`${server.url}/api/export?format=json`);
      status = res.status;
      await res.arrayBuffer();
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
  });
});
