// What a careful HTTP API gets right beyond its routes: idle connections kept longer than a
// client keeps them, 405 with Allow on a known path, the JSON
// envelope for a request line or headers too long to read, 415 with its own code, query numbers
// written only in decimal digits, the bearer scheme in any case, wrong tokens rate limited, and
// bodies that repeat a key or are not UTF-8 refused. Every refusal is the API's error envelope.
import http, { type Server } from 'node:http';
import net from 'node:net';
import { createApp } from '../../../server/app';
import { configureHttpServer } from '../../../server/http/http-server';
import { startTestServer, testDatabase, TEST_TOKEN, useTestServer } from '../../support/test-server';
import { auth, deleteByPrefix, graphState, send } from './security.fixtures';

const server = useTestServer({ beforeClose: ({ db }) => deleteByPrefix(db, 'protocol-') });
const ref = [{ source: 'src-003', paragraph: 2 }];

describe('methods', () => {
  it.each([
    ['PUT', '/api/entities', 'GET, POST, HEAD, OPTIONS'],
    ['DELETE', '/api/entities', 'GET, POST, HEAD, OPTIONS'],
    ['POST', '/api/entities/elon-musk', 'GET, PATCH, DELETE, HEAD, OPTIONS'],
    ['PUT', '/api/export', 'GET, HEAD, OPTIONS'],
    ['GET', '/api/import', 'POST, OPTIONS'],
  ])('answers %s on %s with 405 and Allow: %s', async (method, path, allow) => {
    const answer = await send(server.url + path, method, undefined, {});
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe(allow);
    expect(answer.body.error).toMatchObject({ code: 'METHOD_NOT_ALLOWED', details: [] });
  });

  it('answers OPTIONS on a known path with 204 and Allow, and still 404 on an unknown path', async () => {
    const options = await send(`${server.url}/api/stats`, 'OPTIONS', undefined, {});
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    const unknown = await send(`${server.url}/api/nowhere`, 'PUT', undefined, {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
  });
});

describe('connections', () => {
  it('tells clients it keeps an idle connection for 65 s, longer than their own idle limit, so none reuses one being closed', async () => {
    const agent = new http.Agent({ keepAlive: true });
    const header = await new Promise<string | undefined>((resolve, reject) =>
      http
        .get(`${server.url}/api/health`, { agent }, (res) => (res.resume(), resolve(res.headers['keep-alive'] as string | undefined)))
        .on('error', reject),
    );
    agent.destroy();
    expect(header).toBe('timeout=65');
  });
});

describe('requests Node cannot read', () => {
  let own: { server: Server; port: number; close(): Promise<void> };
  beforeAll(async () => {
    const db = testDatabase();
    const app = createApp({ db, config: { API_TOKEN: undefined, WRITE_RATE_LIMIT: 10, CORS_ORIGIN: undefined } });
    const s = http.createServer(app);
    configureHttpServer(s);
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    own = {
      server: s,
      port: (s.address() as { port: number }).port,
      close: async () => {
        await new Promise<void>((resolve) => s.close(() => resolve()));
        await db.close();
      },
    };
  });
  afterAll(() => own.close());

  /** Raw HTTP, since fetch itself refuses some of what a hostile client sends. */
  function raw(request: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(own.port, '127.0.0.1', () => socket.end(request));
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
  }
  const bodyOf = (text: string) => JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));

  it('answers a URL longer than the server reads with 431 in the JSON envelope', async () => {
    const text = await raw(`GET /api/entities?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1\.1 431 /);
    expect(text).toMatch(/content-type: application\/json/i);
    expect(bodyOf(text).error).toMatchObject({ code: 'HEADERS_TOO_LARGE', details: [] });
  });

  it('answers headers longer than the server reads with 431 in the JSON envelope', async () => {
    const text = await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Filler: ${'b'.repeat(20_000)}\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(text).error.code).toBe('HEADERS_TOO_LARGE');
  });

  it('answers bytes that are not HTTP with 400 in the JSON envelope', async () => {
    const text = await raw('THIS IS NOT HTTP\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(text).error.code).toBe('BAD_REQUEST');
  });
});

describe('bodies', () => {
  it.each([
    ['a text body', { ...auth, 'Content-Type': 'text/plain' }],
    ['JSON in a charset the server does not read', { ...auth, 'Content-Type': 'application/json; charset=latin1' }],
    ['JSON in an encoding the server does not read', { ...auth, 'Content-Encoding': 'compress' }],
  ])('answers %s with 415 UNSUPPORTED_MEDIA_TYPE', async (_name, headers) => {
    const answer = await send(`${server.url}/api/entities`, 'POST', { id: 'protocol-x' }, headers);
    expect(answer.status).toBe(415);
    expect(answer.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a body that names one key twice, at any depth, and writes nothing', async () => {
    const before = await graphState(server.db);
    const twice = `{"id":"protocol-twice","kind":"Organization","name":"A","name":"B","sources":${JSON.stringify(ref)}}`;
    const nested = `{"id":"protocol-nested","kind":"Organization","name":"N","sources":[{"source":"src-003","paragraph":2,"paragraph":3}]}`;
    const escaped = `{"id":"protocol-escaped","kind":"Organization","name":"E","\\u006eame":"F","sources":${JSON.stringify(ref)}}`;
    for (const [body, key] of [
      [twice, 'name'],
      [nested, 'paragraph'],
      [escaped, 'name'],
    ]) {
      const answer = await send(`${server.url}/api/entities`, 'POST', body);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({
        code: 'BAD_REQUEST',
        message: `the request body names the key "${key}" twice in one object`,
      });
    }
    expect(await graphState(server.db)).toEqual(before);
  });

  it('accepts the same key in different objects and a value that looks like a key', async () => {
    const body = `{"id":"protocol-distinct","kind":"Organization","name":"name","aliases":["name"],"sources":[{"source":"src-003","paragraph":2},{"source":"src-002","paragraph":1}]}`;
    expect((await send(`${server.url}/api/entities`, 'POST', body)).status).toBe(201);
  });

  it('refuses a body that is not valid UTF-8 instead of storing U+FFFD', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"id":"protocol-latin","kind":"Organization","name":"Caf'),
      Buffer.from([0xe9]),
      Buffer.from(`","sources":${JSON.stringify(ref)}}`),
    ]);
    const res = await fetch(`${server.url}/api/entities`, { method: 'POST', headers: auth, body: bytes });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'BAD_REQUEST', message: 'the request body is not valid UTF-8', details: [] } });
    expect((await send(`${server.url}/api/entities/protocol-latin`, 'GET')).status).toBe(404);
  });
});

describe('query numbers', () => {
  it.each(['0x10', '1e2', '10.0', '+5', ' 5', '5 ', '-1', ''])('refuses limit=%j with 400 naming limit', async (value) => {
    const answer = await send(`${server.url}/api/entities?limit=${encodeURIComponent(value)}`, 'GET');
    expect(answer.status).toBe(400);
    expect(answer.body.error.details).toContainEqual(expect.objectContaining({ in: 'query', path: 'limit' }));
  });

  it('refuses an empty offset= rather than reading it as 0, and accepts plain digits', async () => {
    const empty = await send(`${server.url}/api/entities?offset=`, 'GET');
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toContainEqual(expect.objectContaining({ in: 'query', path: 'offset' }));
    expect((await send(`${server.url}/api/entities?limit=16&offset=0`, 'GET')).body.items).toHaveLength(16);
    expect((await send(`${server.url}/api/entities/elon-musk/neighbors?depth=1e0`, 'GET')).status).toBe(400);
  });
});

describe('the bearer token', () => {
  it('accepts the scheme in any case (RFC 7235), the token only exactly', async () => {
    for (const scheme of ['bearer', 'BEARER', 'bEaReR']) {
      const headers = { 'Content-Type': 'application/json', Authorization: `${scheme} ${TEST_TOKEN}` };
      const answer = await send(`${server.url}/api/entities/protocol-nobody`, 'DELETE', undefined, headers);
      expect({ scheme, status: answer.status }).toEqual({ scheme, status: 404 });
    }
    const wrongCase = { 'Content-Type': 'application/json', Authorization: `bearer ${TEST_TOKEN.toUpperCase()}` };
    expect((await send(`${server.url}/api/entities/protocol-nobody`, 'DELETE', undefined, wrongCase)).status).toBe(401);
  });

  it('refuses a client with 429 and Retry-After after 20 wrong tokens in a minute, even with the right one', async () => {
    const limited = await startTestServer({ tokenFailuresPerMinute: 20 });
    try {
      const wrong = { 'Content-Type': 'application/json', Authorization: `Bearer ${'w'.repeat(TEST_TOKEN.length)}` };
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++)
        statuses.push((await send(`${limited.url}/api/entities/protocol-nobody`, 'DELETE', undefined, wrong)).status);
      expect(statuses).toEqual([...Array(20).fill(401), 429, 429]);
      const right = await send(`${limited.url}/api/entities/protocol-nobody`, 'DELETE', undefined, auth);
      expect(right.status).toBe(429);
      expect(right.body.error.code).toBe('TOO_MANY_WRITES');
      expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await send(`${limited.url}/api/health`, 'GET')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('behind a trusted proxy, counts wrong tokens per client it forwards, not for all of them together', async () => {
    const proxied = await startTestServer({ tokenFailuresPerMinute: 3, trustProxy: 'loopback' });
    try {
      const from = (client: string, token: string) => ({
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'X-Forwarded-For': client,
      });
      const wrong = 'w'.repeat(TEST_TOKEN.length);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await send(`${proxied.url}/api/entities/protocol-nobody`, 'DELETE', undefined, from('203.0.113.7', wrong))).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
      // Another client behind the same proxy still gets in with the right token.
      const other = await send(`${proxied.url}/api/entities/protocol-nobody`, 'DELETE', undefined, from('203.0.113.8', TEST_TOKEN));
      expect(other.status).toBe(404);
    } finally {
      await proxied.close();
    }
  });

  it('does not count the right token against a client', async () => {
    const limited = await startTestServer({ tokenFailuresPerMinute: 3 });
    try {
      for (let i = 0; i < 6; i++)
        expect((await send(`${limited.url}/api/entities/protocol-nobody`, 'DELETE', undefined, auth)).status).toBe(404);
    } finally {
      await limited.close();
    }
  });
});
