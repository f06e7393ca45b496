// The limits: bodies over the limit are 413, page sizes over their cap and depths over 3 are 400,
// too many writes are 429 with Retry-After, and none of this keeps other clients waiting.
import { BODY_LIMIT } from '../../../server/app';
import { startTestServer, useTestServer } from '../../support/test-server';
import { auth, declaredEndpoints, send } from './security.fixtures';

const server = useTestServer();

const limitBytes = () => Number(/^(\d+)mb$/.exec(BODY_LIMIT)![1]) * 1024 * 1024;

describe('limits', () => {
  const withBody = declaredEndpoints().filter((ep) => ep.body);

  it.each(withBody.map((ep) => [`${ep.method.toUpperCase()} ${ep.path}`, ep] as const))(
    '%s answers 413 to a body over the limit',
    async (_n, ep) => {
      const big = JSON.stringify({ id: 'limit-test', name: 'x'.repeat(limitBytes() + 10) });
      const answer = await send(server.url + ep.path.replace(':id', 'elon-musk'), ep.method.toUpperCase(), big);
      expect(answer.status).toBe(413);
      expect(answer.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    },
  );

  const paged = declaredEndpoints().filter((ep) => ep.method === 'get' && ep.query && 'limit' in ((ep.query as any).shape ?? {}));
  it.each(paged.map((ep) => [`${ep.method.toUpperCase()} ${ep.path}`, ep] as const))(
    '%s answers 400 to a page size over its cap',
    async (_n, ep) => {
      const shape = (ep.query as any).shape;
      // limit is a default around a pipe that reads decimal digits into an integer with its bounds.
      const max = shape.limit.def.innerType.def.out.maxValue as number;
      expect(Number.isFinite(max)).toBe(true);
      // The route's own documented example supplies the path and whatever else it requires.
      const withLimit = (limit: number) => {
        const url = new URL(ep.example.path, server.url);
        url.searchParams.set('limit', String(limit));
        return url.toString();
      };
      const over = await send(withLimit(max + 1), 'GET');
      expect(over.status).toBe(400);
      expect(over.body.error.details).toContainEqual(expect.objectContaining({ in: 'query', path: 'limit' }));
      expect((await send(withLimit(max), 'GET')).status).toBe(200);
    },
  );

  it('answers 400 to a depth over 3, and to maxDepth over 6 for paths', async () => {
    const deep = await send(`${server.url}/api/entities/elon-musk/neighbors?depth=4`, 'GET');
    expect(deep.status).toBe(400);
    expect(deep.body.error.details).toContainEqual(expect.objectContaining({ path: 'depth' }));
    expect((await send(`${server.url}/api/entities/elon-musk/neighbors?depth=3`, 'GET')).status).toBe(200);
    expect((await send(`${server.url}/api/paths?from=elon-musk&to=openai&maxDepth=7`, 'GET')).status).toBe(400);
  });

  it('answers 429 with Retry-After to too many writes, and keeps serving reads meanwhile', async () => {
    const limited = await startTestServer({ writesPerMinute: 5 });
    try {
      const statuses: number[] = [];
      const retryAfter: (string | null)[] = [];
      const writes = Array.from({ length: 20 }, () => send(`${limited.url}/api/entities/limit-nobody`, 'DELETE', undefined, auth));
      const reads = Array.from({ length: 10 }, () => send(`${limited.url}/api/entities?q=musk`, 'GET'));
      const [w, r] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
      for (const a of w) {
        statuses.push(a.status);
        if (a.status === 429) retryAfter.push(a.headers.get('retry-after'));
      }
      expect(statuses.filter((s) => s === 404)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(15);
      for (const value of retryAfter) expect(Number(value)).toBeGreaterThan(0);
      expect(w.find((a) => a.status === 429)!.body.error.code).toBe('TOO_MANY_WRITES');
      expect(r.map((a) => a.status)).toEqual(Array(10).fill(200));
    } finally {
      await limited.close();
    }
  });

  it('keeps answering other requests while oversized bodies and rate-limited writes pour in', async () => {
    const limited = await startTestServer({ writesPerMinute: 3 });
    try {
      const big = JSON.stringify({ name: 'x'.repeat(limitBytes() + 10) });
      const flood = Array.from({ length: 30 }, (_, i) =>
        i % 2 === 0
          ? send(`${limited.url}/api/entities`, 'POST', big)
          : send(`${limited.url}/api/entities/limit-nobody`, 'DELETE', undefined, auth),
      );
      const started = Date.now();
      const health = await send(`${limited.url}/api/health`, 'GET');
      const elapsed = Date.now() - started;
      const answers = await Promise.all(flood);
      expect(health.status).toBe(200);
      // A generous sanity bound, not a benchmark: a stalled server would take tens of seconds.
      expect(elapsed).toBeLessThan(10_000);
      expect(new Set(answers.map((a) => a.status))).toEqual(new Set([413, 404, 429].filter((s) => answers.some((a) => a.status === s))));
      expect(answers.every((a) => [413, 404, 429].includes(a.status))).toBe(true);
    } finally {
      await limited.close();
    }
  });
});
