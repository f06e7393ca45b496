// Property-based fuzzing of every route, generated from /api/openapi.json: valid requests and
// invalid ones (wrong types, missing fields, huge numbers, unicode, empty strings, deep JSON).
// Whatever arrives, the answer is never a 5xx, always a status the document lists for that
// operation, always the error shape, and every 2xx body fits the declared response schema.
// FUZZ_RUNS sets requests per route (default 1000, the full run); FUZZ_SEED replays a run.
import fc from 'fast-check';
import { ErrorBody, successStatus, type MediaType } from '../../../graph-schema/contract';
import { KIND_NAMES, RELATIONSHIP_TYPE_NAMES } from '../../../graph-schema';
import { TEST_TOKEN, useTestServer } from '../../support/test-server';
import { deepJson, invalidValue, mutatedObject, nastyScalar, validValue, type Hints, type JsonSchema } from './json-schema.arbitrary';
import { declaredEndpoints, deleteByPrefix, graphState, leaksIn, send, type GraphState } from './security.fixtures';

// `npm test` is the full run (about six minutes on 2 cores); FUZZ_RUNS=100 is quicker while working.
const REQUESTS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
/** Requests sent at once in each generated case: the server must also cope with company. */
const PARALLEL = 4;
const PREFIX = 'fuzz-';

let openapi: any;
let before: GraphState;
const sent: Record<string, number> = {};

const server = useTestServer({
  writesPerMinute: 100_000,
  beforeClose: async ({ db }) => {
    await deleteByPrefix(db, PREFIX);
    const total = Object.values(sent).reduce((a, b) => a + b, 0);
    process.stdout.write(`\u25b8 fuzz: ${total} requests over ${Object.keys(sent).length} routes: ${JSON.stringify(sent)}\n`);
  },
});
beforeAll(async () => {
  process.stdout.write(`\u25b8 fuzz: seed ${SEED}, ${REQUESTS_PER_ROUTE} requests per route (FUZZ_SEED/FUZZ_RUNS to change)\n`);
  openapi = withoutRefs((await send(`${server.url}/api/openapi.json`, 'GET')).body);
  before = await graphState(server.db);
});

/** The document with every local $ref replaced by what it names (our schemas have no cycles), so
 *  the generators read plain JSON Schema; a $ref's sibling keys (a description) are kept. */
function withoutRefs(document: any): any {
  const resolve = (node: any): any => {
    if (Array.isArray(node)) return node.map(resolve);
    if (node === null || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string') {
      const { $ref, ...siblings } = node;
      const target = $ref
        .slice(2)
        .split('/')
        .reduce((at: any, part: string) => at[part], document);
      return { ...resolve(target), ...resolve(siblings) };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, resolve(v)]));
  };
  return resolve(document);
}

const SEED_IDS = ['elon-musk', 'openai', 'microsoft', 'nvidia', 'src-003', 'claim-musk-agi-2025', 'no-such-entity'];
const readHints: Hints = {
  id: fc.oneof(fc.constantFrom(...SEED_IDS), fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/)),
  lists: { types: RELATIONSHIP_TYPE_NAMES, kinds: KIND_NAMES },
};
// Writes only ever name ids of their own, so a generated PATCH or DELETE cannot change the seed.
const writeHints: Hints = { ...readHints, id: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/).map((s) => PREFIX + s) };

/** Every declared endpoint, named as the OpenAPI document names it. */
function operations(): { method: string; path: string }[] {
  return declaredEndpoints().map((ep) => ({ method: ep.method, path: ep.path.replace(/:(\w+)/g, '{$1}') }));
}

interface Request {
  valid: boolean;
  path: string;
  query: [string, string][];
  body?: unknown;
  rawBody?: string;
  contentType: string;
}

const asText = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? 'undefined'));

function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%E0%A4%A'; // a lone surrogate cannot be encoded: send a malformed escape instead
  }
}

function requestArbitrary(method: string, path: string, op: any, writes: boolean): fc.Arbitrary<Request> {
  const hints = writes ? writeHints : readHints;
  const params: any[] = op.parameters ?? [];
  const paramValue = (p: any, valid: boolean): fc.Arbitrary<string | undefined> => {
    let good: fc.Arbitrary<unknown> = validValue(p.schema as JsonSchema, hints);
    if (hints.lists[p.name] && p.in === 'query')
      good = fc.uniqueArray(fc.constantFrom(...hints.lists[p.name]), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(','));
    const arb = valid ? good : fc.oneof(good, invalidValue(p.schema as JsonSchema));
    const text = arb.map(asText);
    return p.required ? text : fc.option(text, { nil: undefined, freq: 2 });
  };
  const bodySchema: JsonSchema | undefined = op.requestBody?.content?.['application/json']?.schema;
  const importable = bodySchema ?? {};

  return fc.boolean().chain((valid) => {
    const pathParts = params
      .filter((p) => p.in === 'path')
      .map((p) => paramValue(p, valid).map((v) => [p.name, v ?? ''] as [string, string]));
    const queryParts = params
      .filter((p) => p.in === 'query')
      .map((p) => paramValue(p, valid).map((v) => [p.name, v] as [string, string | undefined]));
    const extraQuery = valid
      ? fc.constant([])
      : fc.array(fc.tuple(fc.constantFrom('unknown', 'limit', '__proto__', 'constructor', ''), fc.string({ maxLength: 10 })), {
          maxLength: 2,
        });
    let body: fc.Arbitrary<{ body?: unknown; rawBody?: string }> = fc.constant({});
    if (bodySchema) {
      const good = validValue(importable, hints).map((b) => ({ body: b }));
      body = valid
        ? good
        : fc.oneof(
            mutatedObject(importable, hints).map((b) => ({ body: b })),
            nastyScalar.map((b) => ({ body: b })),
            fc.jsonValue({ maxDepth: 6 }).map((b) => ({ body: b })),
            deepJson.map((raw) => ({ rawBody: raw })),
            fc
              .constantFrom('{', '{"id": ', "{'a':1}", '\u0000', '', '{"a":1}{"b":2}', '{"__proto__": {"polluted": true}}')
              .map((raw) => ({ rawBody: raw })),
          );
    }
    const contentType = valid
      ? fc.constant('application/json')
      : fc.constantFrom('application/json', 'application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded');
    return fc
      .record({ pathParts: fc.tuple(...pathParts), queryParts: fc.tuple(...queryParts), extraQuery, body, contentType })
      .map(({ pathParts, queryParts, extraQuery, body, contentType }): Request => {
        let concrete = path;
        for (const [name, value] of pathParts) concrete = concrete.replace(`{${name}}`, encodeSegment(value.length > 0 ? value : 'x'));
        const query = [...queryParts.filter((q): q is [string, string] => q[1] !== undefined), ...extraQuery];
        return { valid, path: concrete, query, ...body, contentType };
      });
  });
}

function queryString(query: [string, string][]): string {
  if (query.length === 0) return '';
  return '?' + query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeSegment(v)}`).join('&');
}

describe('fuzzing every route from the OpenAPI document', () => {
  const routes = operations();

  it('covers every declared endpoint', () => {
    expect(routes.length).toBeGreaterThanOrEqual(17);
  });

  it.each(routes.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))(
    '%s: never a 5xx, only documented statuses, the error shape, and valid 2xx bodies',
    async (name, route) => {
      const op = openapi.paths[route.path][route.method];
      const ep = declaredEndpoints().find((e) => e.method === route.method && e.path.replace(/:(\w+)/g, '{$1}') === route.path)!;
      const documented = Object.keys(op.responses).map(Number);
      const writes = Boolean(ep.writes);
      const cases = fc.array(requestArbitrary(route.method, route.path, op, writes), { minLength: PARALLEL, maxLength: PARALLEL });
      sent[name] = 0;
      await fc.assert(
        fc.asyncProperty(cases, async (requests) => {
          const answers = await Promise.all(
            requests.map((r) => {
              const headers: Record<string, string> = { 'Content-Type': r.contentType };
              if (writes) headers.Authorization = `Bearer ${TEST_TOKEN}`;
              const body = r.rawBody ?? (r.body === undefined ? undefined : JSON.stringify(r.body));
              return send(server.url + r.path + queryString(r.query), route.method.toUpperCase(), body, headers);
            }),
          );
          sent[name] += answers.length;
          answers.forEach((answer, i) => {
            const where = `${route.method.toUpperCase()} ${requests[i].path}${queryString(requests[i].query)} -> ${answer.status} ${answer.text.slice(0, 300)}`;
            // Four requests go at once, so a third export meets the declared bound: a documented
            // 503 that says when to come back is the contract, not a server fault.
            const busy =
              answer.status === 503 && answer.body?.error?.code === 'EXPORTS_BUSY' && Number(answer.headers.get('retry-after')) > 0;
            if (answer.status >= 500 && !(busy && ep.concurrency)) throw new Error(`5xx: ${where}`);
            if (!documented.includes(answer.status)) throw new Error(`undocumented status: ${where}`);
            const leaks = leaksIn(answer.text);
            if (leaks.length > 0 && answer.status >= 400) throw new Error(`leaks ${leaks.join(', ')}: ${where}`);
            if (answer.status >= 200 && answer.status < 300) {
              const declared = ep.responses[successStatus(ep)].content;
              if (answer.headers.get('content-type')?.includes('json')) {
                const parsed = declared['application/json' as MediaType]!.safeParse(answer.body);
                if (!parsed.success) throw new Error(`2xx body does not fit the schema: ${where}: ${parsed.error.message.slice(0, 300)}`);
              } else if (!answer.text.startsWith('<?xml')) throw new Error(`2xx that is neither JSON nor GraphML: ${where}`);
            } else if (!ErrorBody.safeParse(answer.body).success) throw new Error(`error without the error shape: ${where}`);
          });
        }),
        { numRuns: Math.ceil(REQUESTS_PER_ROUTE / PARALLEL), seed: SEED, endOnFailure: false, interruptAfterTimeLimit: undefined },
      );
      expect(sent[name]).toBeGreaterThanOrEqual(REQUESTS_PER_ROUTE);
    },
    600_000,
  );

  it('left the seed as it was (fuzz writes only ever named fuzz- ids)', async () => {
    await deleteByPrefix(server.db, PREFIX);
    // The history keeps its record of the fuzz writes that succeeded; the graph is back as it was.
    const { history: _after, ...after } = await graphState(server.db);
    const { history: _before, ...seed } = before;
    expect(after).toEqual(seed);
  });
});
