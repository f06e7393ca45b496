// The write guard, as one matrix: every write route of the contract, sent as its own documented
// example, × seven ways of presenting (or not) the token. Every wrong way is a 401 and a server
// without a token answers 403, and either leaves the graph exactly as it was. That the right
// token writes is shown by the same examples in docs-examples.test.ts, run in order.
import { startTestServer, TEST_TOKEN, useTestServer } from '../../support/test-server';
import { declaredEndpoints, graphState, send, writeEndpoints } from './security.fixtures';

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

const server = useTestServer();

describe('the authorisation matrix', () => {
  const writes = writeEndpoints();
  const sendExample = (url: string, ep: (typeof writes)[number], headers: Record<string, string>, suffix = '') =>
    send(url + ep.example.path + suffix, ep.method.toUpperCase(), ep.example.body, headers);

  it('guards every route that changes state', () => {
    expect(writes.length).toBeGreaterThanOrEqual(7);
    for (const ep of declaredEndpoints())
      if (ep.method !== 'get') expect({ route: ep.name, writes: ep.writes }).toEqual({ route: ep.name, writes: true });
  });

  it.each(CASES)('refuses %s on every write route with 401 and writes nothing', async (_name, headers, suffix) => {
    const before = await graphState(server.db);
    for (const ep of writes) {
      const answer = await sendExample(server.url, ep, headers, suffix);
      expect({ route: ep.name, status: answer.status, code: answer.body?.error?.code }).toEqual({
        route: ep.name,
        status: 401,
        code: 'UNAUTHORIZED',
      });
    }
    expect(await graphState(server.db)).toEqual(before);
  });

  it('answers 403 and writes nothing on every write route when the server has no token', async () => {
    const readOnly = await startTestServer({ apiToken: null });
    try {
      const before = await graphState(readOnly.db);
      for (const ep of writes) {
        const answer = await sendExample(readOnly.url, ep, RIGHT);
        expect({ route: ep.name, status: answer.status, message: answer.body?.error?.message }).toEqual({
          route: ep.name,
          status: 403,
          message: expect.stringMatching(/writes are disabled/),
        });
      }
      expect(await graphState(readOnly.db)).toEqual(before);
    } finally {
      await readOnly.close();
    }
  });
});
