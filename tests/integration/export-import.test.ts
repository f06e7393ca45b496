// Export, wipe, import, export: the graph comes back identical. Also GraphML, and POST /api/import.
// The export is streamed: it is exactly the compact JSON of the whole file, at most two run at once
// (a third is told to come back), HEAD costs nothing, and health answers while exports are held open.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http, { type IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ENTITY_LABEL } from '../../graph-schema';
import { loadFilesWithProgress } from '../../server/cli/load-files';
import { UnavailableError } from '../../server/errors';
import type { Database } from '../../server/neo4j/database';
import { getJson, TEST_TOKEN, useTestServer } from '../support/test-server';

const LOAD_PREFIX = 'export-load-';
const CLI_PREFIX = 'cli-import-';
const server = useTestServer({
  beforeClose: ({ db }) =>
    db.write((tx) =>
      tx.run(`MATCH (n:${ENTITY_LABEL}) WHERE n.id STARTS WITH $p OR n.id STARTS WITH $q DETACH DELETE n`, {
        p: LOAD_PREFIX,
        q: CLI_PREFIX,
      }),
    ),
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

describe('npm run import', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ref = [{ source: 'src-003', paragraph: 2 }];

  it('shows escape sequences and line breaks from a file as visible text, never raw', async () => {
    const file = path.join(dir, 'hostile.json');
    const fake = '\u001b[2J\u001b[H\u2714 Import OK';
    writeFileSync(
      file,
      JSON.stringify({
        entities: [{ id: 'cli-import-ok', kind: 'Organization', name: 'Fine', sources: ref }],
        relationships: [{ type: 'PARTNERS_WITH', from: 'cli-import-ok', to: `x\n${fake}`, sources: ref }],
      }),
    );
    const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', 'server/scripts/import.ts', file],
        {
          cwd: path.resolve(__dirname, '../..'),
          env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD },
        },
        (_error, stdout, stderr) => resolve({ code: child.exitCode, out: stdout + stderr }),
      );
    });
    expect(run.code).toBe(1);
    // eslint-disable-next-line no-control-regex -- no escape or bell may reach the terminal
    expect(run.out).not.toMatch(/[\u001b\u0007\u009b]/);
    expect(run.out.split('\n').some((line) => line.startsWith('\u2714'))).toBe(false);
    expect(run.out).toContain('x\\u000a\\u001b[2J\\u001b[H\u2714 Import OK');
    expect(run.out).toMatch(/^\u2716 1 problem found; nothing was loaded:$/m);
  });

  it('says after a crash between batches that running it again completes it, and it does', async () => {
    const file = path.join(dir, 'batched.json');
    const entities = Array.from({ length: 30 }, (_, i) => ({
      id: `${CLI_PREFIX}batch-${i}`,
      kind: 'Organization',
      name: `Batch ${i}`,
      sources: ref,
    }));
    writeFileSync(file, JSON.stringify({ entities, relationships: [] }));
    // The database goes away after two batches have committed: the third write never arrives.
    let writes = 0;
    const failing: Database = {
      ...server.db,
      read: (work, timeoutMs) => server.db.read(work, timeoutMs),
      write: (work, timeoutMs) =>
        ++writes > 2
          ? Promise.reject(new UnavailableError('the database is unreachable; try again shortly'))
          : server.db.write(work, timeoutMs),
    };
    await expect(loadFilesWithProgress(failing, [file], { atomicUpTo: 10, batchSize: 10 })).rejects.toThrow(
      'the import stopped after 2 batches had been written (the database is unreachable; try again shortly); run the same import again to complete it (records already written are matched by id, not repeated)',
    );
    const count = async () =>
      (await getJson(`${server.url}/api/entities?q=${encodeURIComponent('Batch')}&limit=200`)).body.items.filter((e: { id: string }) =>
        e.id.startsWith(`${CLI_PREFIX}batch-`),
      ).length;
    expect(await count()).toBe(20);
    await loadFilesWithProgress(server.db, [file], { atomicUpTo: 10, batchSize: 10 });
    expect(await count()).toBe(30);
  });
});
