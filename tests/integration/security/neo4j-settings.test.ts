// The local Neo4j's own defences, read back from the running DBMS with SHOW SETTINGS: bounded
// transactions, bounded lock waits and memory, Bolt on localhost only, authentication on, and no
// LOAD CSV from files on the server. The test Neo4j is started by the same launcher as `npm start`.
import { testDatabase } from '../../support/test-server';
import type { Database } from '../../../server/neo4j/database';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

const NAMES = [
  'db.transaction.timeout',
  'db.lock.acquisition.timeout',
  'db.memory.transaction.max',
  'server.bolt.listen_address',
  'dbms.security.auth_enabled',
  'dbms.security.allow_csv_import_from_file_urls',
  'server.http.enabled',
];

async function settings(): Promise<Record<string, string>> {
  return db.read(async (tx) => {
    const result = await tx.run('SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value', { names: NAMES });
    return Object.fromEntries(result.records.map((r) => [r.get('name') as string, String(r.get('value'))]));
  });
}

const seconds = (v: string) => {
  const m = /^(\d+)(ms|s|m)?$/.exec(v.trim());
  if (!m) return NaN;
  return Number(m[1]) * ({ ms: 0.001, s: 1, m: 60 } as Record<string, number>)[m[2] ?? 's'];
};
const bytes = (v: string) => {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgKMG]i?[bB]?)?$/.exec(v.trim());
  if (!m) return NaN;
  return (
    Number(m[1]) * ({ k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[(m[2] ?? '').charAt(0).toLowerCase()] || Number(m[1])
  );
};

describe('the local Neo4j settings', () => {
  it('bound every transaction in time, lock wait and memory', async () => {
    const s = await settings();
    expect(seconds(s['db.transaction.timeout'])).toBeGreaterThan(0);
    expect(seconds(s['db.transaction.timeout'])).toBeLessThanOrEqual(600);
    expect(seconds(s['db.lock.acquisition.timeout'])).toBeGreaterThan(0);
    expect(seconds(s['db.lock.acquisition.timeout'])).toBeLessThanOrEqual(60);
    process.stdout.write(`\u25b8 settings: ${JSON.stringify(s)}\n`);
    expect(bytes(s['db.memory.transaction.max'])).toBeGreaterThan(0);
    expect(bytes(s['db.memory.transaction.max'])).toBeLessThanOrEqual(4 * 1024 ** 3);
  });

  it('listen on localhost only, with authentication on and no HTTP connector', async () => {
    const s = await settings();
    expect(s['server.bolt.listen_address']).toMatch(/^(127\.0\.0\.1|localhost):\d+$/);
    expect(s['dbms.security.auth_enabled']).toBe('true');
    expect(s['server.http.enabled']).toBe('false');
  });

  it('refuse file URLs in LOAD CSV, in the settings and in practice', async () => {
    expect((await settings())['dbms.security.allow_csv_import_from_file_urls']).toBe('false');
    await expect(db.read((tx) => tx.run("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN count(line)"))).rejects.toThrow(
      /allow_csv_import_from_file_urls' is false|file URLs|not allowed/i,
    );
  });

  it('is Neo4j 5.26', async () => {
    const version = await db.read(
      async (tx) => (await tx.run('CALL dbms.components() YIELD versions RETURN versions[0] AS v')).records[0].get('v') as string,
    );
    process.stdout.write(`\u25b8 Neo4j ${version}\n`);
    expect(version).toMatch(/^5\.26\.\d+$/);
  });
});
