// Error hygiene: no answer, however it was provoked, shows a stack frame, a file path, a Neo4j
// error code or Cypher; every answer carries helmet's headers, a strict CSP and no X-Powered-By.
import type { Server } from 'node:http';
import { createApp } from '../../../server/app';
import { connect } from '../../../server/neo4j/database';
import { useTestServer } from '../../support/test-server';
import { auth, leaksIn, send, type Sent } from './security.fixtures';

const server = useTestServer({ writesPerMinute: 3 });

/** Requests that provoke every kind of answer: successes, each error class, and the page. */
const PROVOCATIONS: [string, string, unknown?, Record<string, string>?][] = [
  ['GET', '/'],
  ['GET', '/api/health'],
  ['GET', '/api/openapi.json'],
  ['GET', '/api/docs'],
  ['GET', '/api/entities?q=musk'],
  ['GET', '/api/nope'],
  ['GET', '/nope.js'],
  ['GET', '/api/entities/No_Such'],
  ['GET', '/api/entities/no-such-entity'],
  ['GET', '/api/entities?limit=abc&limit=2'],
  ['GET', '/api/entities/%E0%A4%A'],
  ['GET', '/api/graph?asOf=2024-02-30'],
  ['POST', '/api/entities', '{"id": ', auth],
  ['POST', '/api/entities', 'x', { ...auth, 'Content-Type': 'text/plain' }],
  ['POST', '/api/entities', JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }), auth],
  ['POST', '/api/entities', { id: 'elon-musk', kind: 'Person', name: 'Dup', sources: [{ source: 'src-003', paragraph: 1 }] }, auth],
  ['POST', '/api/entities', { id: 'x' }, { 'Content-Type': 'application/json' }],
  ['POST', '/api/import', { entities: [{ id: 'hyg', kind: 'Nope' }] }, auth],
  ['DELETE', '/api/relationships/garbage', undefined, auth],
  ['DELETE', '/api/entities/hygiene-nobody', undefined, auth],
  ['DELETE', '/api/entities/hygiene-nobody', undefined, auth],
];

function checkHeaders(answer: Sent, what: string) {
  const h = answer.headers;
  expect({ what, poweredBy: h.get('x-powered-by') }).toEqual({ what, poweredBy: null });
  expect({ what, nosniff: h.get('x-content-type-options') }).toEqual({ what, nosniff: 'nosniff' });
  expect({ what, frame: h.get('x-frame-options') }).toEqual({ what, frame: 'SAMEORIGIN' });
  expect(h.get('referrer-policy')).toBe('no-referrer');
  expect(h.get('strict-transport-security')).toMatch(/max-age=\d+/);
  const csp = h.get('content-security-policy') ?? '';
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );
  expect({ what, defaultSrc: directives['default-src'] }).toEqual({ what, defaultSrc: ["'self'"] });
  expect(directives['script-src']).toEqual(["'self'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(directives['frame-ancestors']).toEqual(["'none'"]);
  expect(directives['base-uri']).toEqual(["'none'"]);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
}

describe('error hygiene and security headers', () => {
  it.each(PROVOCATIONS.map((p) => [`${p[0]} ${p[1].slice(0, 60)}`, p] as const))(
    '%s: no internals in the answer, every security header',
    async (_n, [method, path, body, headers]) => {
      const answer = await send(server.url + path, method, body, headers ?? {});
      expect({ path, leaks: leaksIn(answer.text) }).toEqual({ path, leaks: [] });
      if (answer.status >= 400)
        expect(answer.body).toEqual({ error: { code: expect.any(String), message: expect.any(String), details: expect.anything() } });
      expect(answer.status).toBeLessThan(500);
      checkHeaders(answer, `${method} ${path}`);
    },
  );

  it('answers an unexpected database failure with a bare 500, and logs the detail instead', async () => {
    // A real driver pointed at a database that does not exist: Neo4j answers with its own error
    // code and message, which the server must keep to its log.
    const db = connect({
      uri: process.env.TEST_NEO4J_URI!,
      user: 'neo4j',
      password: process.env.TEST_NEO4J_PASSWORD!,
      database: 'no-such-database',
      queryTimeoutMs: 5000,
    });
    const logs: string[] = [];
    const app = createApp({ db, config: { API_TOKEN: undefined, WRITE_RATE_LIMIT: 10, CORS_ORIGIN: undefined }, log: (m) => logs.push(m) });
    const http = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const port = (http.address() as { port: number }).port;
      for (const path of ['/api/entities?q=musk', '/api/entities/elon-musk', '/api/stats', '/api/export']) {
        const answer = await send(`http://127.0.0.1:${port}${path}`, 'GET');
        expect(answer.status).toBeGreaterThanOrEqual(500);
        expect({ path, leaks: leaksIn(answer.text) }).toEqual({ path, leaks: [] });
        expect(answer.body.error.message).not.toMatch(/no-such-database|Neo\.|neo4j/i);
        checkHeaders(answer, path);
      }
      expect(logs.join('\n')).toMatch(/no-such-database|Neo\./);
    } finally {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await db.close();
    }
  });
});
