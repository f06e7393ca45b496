// Named tokens with roles: a reader's token is refused on every write route of the contract (403,
// nothing written) yet identifies its holder; a curator's writes are recorded under its name; the
// old API_TOKEN is still a curator named api-token; a malformed tokens file stops the server at
// start-up with a message that names the entry.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ENTITY_LABEL } from '../../../graph-schema';
import { sha256Hex } from '../../../server/http/tokens';
import { getJson, TEST_TOKEN, useTestServer } from '../../support/test-server';
import { graphState, send, writeEndpoints } from './security.fixtures';

const READER = 'reader-token-5f0c1e9a7b3d48e2a6c4f18b';
const CURATOR = 'curator-token-90d27e3c5a1b5f0c1e9a7b3d';
const server = useTestServer({
  tokens: [
    { name: 'rita', role: 'reader', sha256: sha256Hex(READER) },
    { name: 'cora', role: 'curator', sha256: sha256Hex(CURATOR) },
  ],
  beforeClose: ({ db }) => db.write((tx) => tx.run(`MATCH (n:${ENTITY_LABEL}) WHERE n.id STARTS WITH 'tokens-' DETACH DELETE n`)),
});
const bearer = (token: string) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });

describe('named tokens', () => {
  it('refuse a reader on every write route with 403, naming the token, and write nothing', async () => {
    const writes = writeEndpoints();
    expect(writes.map((ep) => ep.name)).toEqual(expect.arrayContaining(['POST /api/entities/:id/merge', 'POST /api/history/:id/revert']));
    const before = await graphState(server.db);
    for (const ep of writes) {
      const answer = await send(server.url + ep.example.path, ep.method.toUpperCase(), ep.example.body, bearer(READER));
      expect({ route: ep.name, status: answer.status, code: answer.body?.error?.code, message: answer.body?.error?.message }).toEqual({
        route: ep.name,
        status: 403,
        code: 'FORBIDDEN',
        message: `the token "rita" is a reader's: writes need a curator's token`,
      });
    }
    expect(await graphState(server.db)).toEqual(before);
  });

  it("record a curator's writes under the token's name", async () => {
    const lab = {
      id: 'tokens-lab',
      kind: 'Organization',
      name: 'Tokens Lab',
      orgType: 'company',
      sources: [{ source: 'src-001', paragraph: 1 }],
    };
    expect((await send(`${server.url}/api/entities`, 'POST', lab, bearer(CURATOR))).status).toBe(201);
    expect((await send(`${server.url}/api/entities/tokens-lab`, 'DELETE', undefined, bearer(TEST_TOKEN))).status).toBe(200);
    const entries = (await getJson(`${server.url}/api/history?entity=tokens-lab`)).body.items;
    expect(entries.map((e: { actor: string; action: string }) => [e.action, e.actor])).toEqual([
      ['delete', 'api-token'],
      ['create', 'cora'],
    ]);
  });

  it('tell who is signed in: name and role for any configured token, 401 otherwise', async () => {
    const whoami = (headers: Record<string, string>) => getJson(`${server.url}/api/whoami`, { headers });
    expect(await whoami(bearer(READER))).toMatchObject({ status: 200, body: { name: 'rita', role: 'reader' } });
    expect(await whoami(bearer(CURATOR))).toMatchObject({ status: 200, body: { name: 'cora', role: 'curator' } });
    expect(await whoami(bearer(TEST_TOKEN))).toMatchObject({ status: 200, body: { name: 'api-token', role: 'curator' } });
    expect(await whoami({})).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHORIZED' } } });
    expect(await whoami(bearer(`${READER}x`))).toMatchObject({
      status: 401,
      body: { error: { message: 'the bearer token is missing or wrong' } },
    });
  });
});

describe('a malformed tokens configuration', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tokens-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops the server at start-up with one message naming the file, entry and field, before anything starts', async () => {
    const file = path.join(dir, 'tokens.json');
    writeFileSync(
      file,
      JSON.stringify([
        { name: 'ana', role: 'curator', sha256: sha256Hex('a') },
        { name: 'bo', role: 'curator', sha256: 'not-a-hash' },
      ]),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: path.resolve(__dirname, '../../..'),
      env: { ...process.env, API_TOKENS_FILE: file, NEO4J_URI: '', NEO4J_DATA_DIR: path.join(dir, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).not.toBe(0);
    expect(output).toMatch(/invalid configuration: API_TOKENS_FILE: .*tokens\.json \[1\.sha256\]: must be the SHA-256 of the token/);
    expect(output).not.toMatch(/starting|listening/i);
  });
});
