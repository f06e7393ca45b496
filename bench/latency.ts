// Read latency, three ways under one load: the repositories' own functions (the exact Cypher each
// endpoint runs) called through neo4j-driver in this process — the database floor; the same
// requests over HTTP to the running server with autocannon; and, for the HTTP stack alone, the
// project's Express app against a bare node:http server sending the same JSON.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import type { Database } from '../server/neo4j/database';
import { listClaims } from '../server/repositories/claims.repository';
import { entityById, searchEntities } from '../server/repositories/entities.repository';
import { neighbourhood, shortestPaths } from '../server/repositories/paths-and-neighbourhoods.repository';
import type { KindName } from '../graph-schema';
import { powerLawIndex, random } from './generate';

/** One endpoint: its HTTP path for a request number, and the repository call the route makes. */
export interface EndpointCase {
  name: string;
  path: (i: number) => string;
  direct(db: Database, i: number): Promise<unknown>;
}

export function endpointCases(idsByKind: Record<KindName, string[]>, searchWords: string[], seed = 7): EndpointCase[] {
  const rnd = random(seed);
  const all = Object.values(idsByKind).flat();
  const N = 4096;
  // Power-law picks, so hubs are asked for as often as a busy explorer would ask for them.
  const pickAny = () => {
    const kinds = Object.keys(idsByKind) as KindName[];
    const ids = idsByKind[kinds[Math.floor(rnd() * kinds.length)]];
    return ids[powerLawIndex(rnd, ids.length, 2)];
  };
  const uniform = Array.from({ length: N }, () => all[Math.floor(rnd() * all.length)]);
  const skewed = Array.from({ length: N }, pickAny);
  const pairs = Array.from({ length: N }, () => {
    const a = pickAny();
    let b = pickAny();
    while (b === a) b = pickAny();
    return [a, b] as const;
  });
  const words = Array.from({ length: N }, () => searchWords[Math.floor(rnd() * searchWords.length)]);
  const people = idsByKind.Person;
  const claimants = Array.from({ length: N }, () => people[powerLawIndex(rnd, people.length, 2)]);
  const at = <T>(list: T[], i: number) => list[i % list.length];
  const enc = encodeURIComponent;
  // The defaults below are the ones the routes' zod schemas fill in.
  return [
    { name: 'entity by id', path: (i) => `/api/entities/${enc(at(uniform, i))}`, direct: (db, i) => entityById(db, at(uniform, i)) },
    {
      name: '1-hop neighbours',
      path: (i) => `/api/entities/${enc(at(skewed, i))}/neighbors?depth=1`,
      direct: (db, i) => neighbourhood(db, { id: at(skewed, i), depth: 1, direction: 'both', limit: 200 }),
    },
    {
      name: '2-hop neighbours',
      path: (i) => `/api/entities/${enc(at(skewed, i))}/neighbors?depth=2`,
      direct: (db, i) => neighbourhood(db, { id: at(skewed, i), depth: 2, direction: 'both', limit: 200 }),
    },
    {
      name: 'shortest paths',
      path: (i) => `/api/paths?from=${enc(at(pairs, i)[0])}&to=${enc(at(pairs, i)[1])}`,
      direct: (db, i) => shortestPaths(db, { from: at(pairs, i)[0], to: at(pairs, i)[1], maxDepth: 4 }),
    },
    {
      name: 'full-text search',
      path: (i) => `/api/entities?q=${enc(at(words, i))}`,
      direct: (db, i) => searchEntities(db, { q: at(words, i), limit: 20, offset: 0 }),
    },
    {
      name: 'claims by person',
      path: (i) => `/api/claims?by=${enc(at(claimants, i))}`,
      direct: (db, i) => listClaims(db, { by: at(claimants, i), limit: 20, offset: 0 }),
    },
  ];
}

export interface LatencyFigures {
  p50: number;
  p99: number;
  max: number;
  requestsPerSecond: number;
  requests: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** `connections` workers call the repository function back to back for `seconds`. */
export async function measureDirect(
  db: Database,
  c: EndpointCase,
  connections: number,
  seconds: number,
  offset: number,
): Promise<LatencyFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let next = offset;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const i = next++;
        const t = performance.now();
        try {
          await c.direct(db, i);
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? 0,
    requestsPerSecond: latencies.length / elapsed,
    requests: latencies.length,
    errors,
  };
}

/**
 * autocannon against `baseUrl`, each request's path chosen by `path(i)`. Latencies are taken from
 * its per-response event (sub-millisecond) rather than its histogram, which buckets whole ms.
 * With `until`, it runs until that settles instead of for `seconds`, and counts only the responses
 * that came before (autocannon itself stops at its next one-second tick).
 */
export async function measureHttp(
  baseUrl: string,
  path: (i: number) => string,
  connections: number,
  seconds: number,
  offset: number,
  until?: Promise<unknown>,
): Promise<LatencyFigures & { bytesPerRequest: number }> {
  let next = offset;
  const latencies: number[] = [];
  let counting = true;
  const started = performance.now();
  let elapsed = seconds;
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration: until ? 3600 : seconds,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: path(next++) }) }],
    // Without a callback autocannon returns its instance, which is also a promise of the result.
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    if (counting && status >= 200 && status < 300) latencies.push(responseTime);
  });
  const stop = () => {
    counting = false;
    elapsed = (performance.now() - started) / 1000;
    instance.stop();
  };
  until?.then(stop, stop);
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const requests = until ? latencies.length : result.requests.total;
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? 0,
    requestsPerSecond: requests / elapsed,
    requests,
    errors: result.errors + result.timeouts + result.non2xx,
    bytesPerRequest: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
  };
}
