// The write guard, as a matrix: every write endpoint found in the declarations × seven ways of
// presenting (or not) the token. Only the right token writes; every other case is a 401 that
// leaves the graph exactly as it was. A write route added without a request here, or without
// the guard, fails this file.
import { startTestServer, TEST_TOKEN, useTestServer } from '../../support/test-server';
import { declaredEndpoints, deleteByPrefix, graphState, send, writeEndpoints } from './security.fixtures';

const json = { 'Content-Type': 'application/json' };
const CASES: [string, Record<string, string>, string][] = [
  ['no header', json, ''],
  ['an empty bearer', { ...json, Authorization: 'Bearer ' }, ''],
  ['a malformed header', { ...json, Authorization: `Token ${TEST_TOKEN}` }, ''],
  [
    'a wrong token of the same length',
    { ...json, Authorization: `Bearer ${TEST_TOKEN.replace(/.$/, (c) => (c === 'f' ? 'e' : 'f'))}` },
    '',
  ],
  ['the right token in other case', { ...json, Authorization: `Bearer ${TEST_TOKEN.toUpperCase()}` }, ''],
  ['the right token with spaces', { ...json, Authorization: `Bearer  ${TEST_TOKEN} ` }, ''],
  ['the token in the query string', json, `?access_token=${TEST_TOKEN}&token=${TEST_TOKEN}`],
];
const RIGHT = { ...json, Authorization: `Bearer ${TEST_TOKEN}` };

const ref = [{ source: 'src-003', paragraph: 2 }];
const ORG = 'auth-matrix-org';
const REL = `${ORG}:PARTNERS_WITH:nvidia:auth`;
/** One request per write route, in an order where each succeeds with the right token. */
const REQUESTS: Record<string, { path: string; body?: unknown; status: number }> = {
  'post /api/entities': {
    path: '/api/entities',
    body: { id: ORG, kind: 'Organization', name: 'Auth Matrix Org', sources: ref },
    status: 201,
  },
  'patch /api/entities/:id': { path: `/api/entities/${ORG}`, body: { country: 'JP' }, status: 200 },
  'post /api/relationships': {
    path: '/api/relationships',
    body: { type: 'PARTNERS_WITH', from: ORG, to: 'nvidia', key: 'auth', sources: ref },
    status: 201,
  },
  'delete /api/relationships/:id': { path: `/api/relationships/${encodeURIComponent(REL)}`, status: 200 },
  'post /api/claims': {
    path: '/api/claims',
    body: {
      id: 'auth-matrix-claim',
      name: 'Auth claim',
      text: 'A claim.',
      claimKind: 'opinion',
      by: ['elon-musk'],
      // About nvidia too: a claim about the org alone would (rightly) keep the org from being deleted.
      about: [ORG, 'nvidia'],
      sources: ref,
    },
    status: 201,
  },
  'post /api/import': {
    path: '/api/import',
    body: { entities: [{ id: 'auth-matrix-imported', kind: 'Organization', name: 'Imported', sources: ref }], relationships: [] },
    status: 200,
  },
  'delete /api/entities/:id': { path: `/api/entities/${ORG}`, status: 200 },
};

const server = useTestServer({ beforeClose: ({ db }) => deleteByPrefix(db, 'auth-matrix-') });

describe('the authorisation matrix', () => {
  const writes = writeEndpoints();
  const names = writes.map((ep) => `${ep.method} ${ep.path}`);

  it('knows a request for every write route, and every route that changes state is a write', () => {
    expect(names.sort()).toEqual(Object.keys(REQUESTS).sort());
    for (const ep of declaredEndpoints())
      if (ep.method !== 'get')
        expect({ route: `${ep.method} ${ep.path}`, writes: ep.writes }).toEqual({ route: `${ep.method} ${ep.path}`, writes: true });
  });

  it.each(CASES)('refuses %s on every write route with 401 and writes nothing', async (_name, headers, suffix) => {
    const before = await graphState(server.db);
    for (const [route, request] of Object.entries(REQUESTS)) {
      const method = route.split(' ')[0].toUpperCase();
      const answer = await send(server.url + request.path + suffix, method, request.body, headers);
      expect({ route, status: answer.status, code: answer.body?.error?.code }).toEqual({ route, status: 401, code: 'UNAUTHORIZED' });
    }
    expect(await graphState(server.db)).toEqual(before);
  });

  it('lets the right token write on every write route', async () => {
    const before = await graphState(server.db);
    for (const [route, request] of Object.entries(REQUESTS)) {
      const method = route.split(' ')[0].toUpperCase();
      const answer = await send(server.url + request.path, method, request.body, RIGHT);
      expect({ route, status: answer.status }).toEqual({ route, status: request.status });
    }
    // The org was created then deleted; the claim and the imported entity remain.
    const after = await graphState(server.db);
    expect(after.nodes).toBe(before.nodes + 2);
  });

  it('answers 403 and writes nothing on every write route when the server has no token', async () => {
    const readOnly = await startTestServer({ apiToken: null });
    try {
      const before = await graphState(readOnly.db);
      for (const [route, request] of Object.entries(REQUESTS)) {
        const answer = await send(readOnly.url + request.path, route.split(' ')[0].toUpperCase(), request.body, RIGHT);
        expect({ route, status: answer.status }).toEqual({ route, status: 403 });
      }
      expect(await graphState(readOnly.db)).toEqual(before);
    } finally {
      await readOnly.close();
    }
  });
});
