// The local Neo4j's own defences, read back from the running DBMS with SHOW SETTINGS: bounded
// transactions, bounded lock waits and memory, Bolt on localhost only, authentication on, and no
// LOAD CSV from files on the server; a store its owner alone can read; and what a web page can do
// through Bolt over WebSocket, which Neo4j 5.26 cannot turn off: nothing without the password.
// The test Neo4j is started by the same launcher as `npm start`.
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
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

/** Every file and folder under `dir`. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? [full, ...walk(full)] : [full];
  });
}

describe('the local Neo4j store', () => {
  it('is readable by its owner only', () => {
    const dataDir = process.env.TEST_NEO4J_DATA_DIR!;
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const store = walk(path.join(dataDir, 'data'));
    expect(store.length).toBeGreaterThan(10);
    expect(store.filter((file) => (statSync(file).mode & 0o077) !== 0)).toEqual([]);
  });
});

/** One client-to-server WebSocket frame: binary, final, masked as RFC 6455 requires of clients. */
function frame(payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]));
  return Buffer.concat([Buffer.from([0x82, 0x80 | payload.length]), mask, masked]);
}

/** The payloads of the server's frames as they arrive (unmasked; payloads under 64 KiB). */
function frames(socket: Socket, head: Buffer): () => Promise<Buffer> {
  let buffered = head;
  const waiting: ((b: Buffer) => void)[] = [];
  const ready: Buffer[] = [];
  const drain = () => {
    for (;;) {
      if (buffered.length < 2) return;
      let length = buffered[1] & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buffered.length < 4) return;
        length = buffered.readUInt16BE(2);
        offset = 4;
      }
      if (buffered.length < offset + length) return;
      const payload = buffered.subarray(offset, offset + length);
      buffered = buffered.subarray(offset + length);
      const next = waiting.shift();
      if (next) next(payload);
      else ready.push(payload);
    }
  };
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    drain();
  });
  drain();
  return () => {
    const payload = ready.shift();
    if (payload) return Promise.resolve(payload);
    return new Promise((resolve, reject) => {
      waiting.push(resolve);
      socket.once('close', () => reject(new Error('the connection closed')));
    });
  };
}

/** A PackStream string (under 256 bytes). */
function packString(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([bytes.length < 16 ? Buffer.from([0x80 | bytes.length]) : Buffer.from([0xd0, bytes.length]), bytes]);
}

/** Bolt 4.4's HELLO, which carries the credentials, as one chunk. */
function hello(user: string, password: string): Buffer {
  const fields = { user_agent: 'a-web-page/1.0', scheme: 'basic', principal: user, credentials: password };
  const map = Buffer.concat([
    Buffer.from([0xa0 | Object.keys(fields).length]),
    ...Object.entries(fields).flatMap(([key, value]) => [packString(key), packString(value)]),
  ]);
  const message = Buffer.concat([Buffer.from([0xb1, 0x01]), map]);
  const size = Buffer.alloc(2);
  size.writeUInt16BE(message.length);
  return Buffer.concat([size, message, Buffer.from([0, 0])]);
}

/**
 * What a web page from a foreign origin gets when it opens Bolt over WebSocket on the local
 * Neo4j's port and logs in: the HTTP status of the upgrade, and the Bolt answer to HELLO.
 */
async function loginOverWebSocket(password: string): Promise<{ upgrade: number; answer?: 'SUCCESS' | 'FAILURE'; text?: string }> {
  const { port, hostname } = new URL(process.env.TEST_NEO4J_URI!);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: hostname,
      port,
      path: '/',
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        Origin: 'https://a-page-the-user-visits.example',
      },
    });
    req.once('response', (res) => {
      res.resume();
      resolve({ upgrade: res.statusCode ?? 0 });
    });
    req.once('error', reject);
    req.once('upgrade', (res, socket, head) => {
      const next = frames(socket, head);
      void (async () => {
        try {
          // The Bolt handshake: the magic preamble, then Bolt 4.4 and three empty proposals.
          socket.write(frame(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 4, ...new Array(12).fill(0)])));
          const version = await next();
          expect([...version]).toEqual([0, 0, 4, 4]);
          socket.write(frame(hello('neo4j', password)));
          const answer = await next();
          // After the chunk's size: a one-field structure whose signature says SUCCESS or FAILURE.
          const signature = answer[3];
          resolve({
            upgrade: res.statusCode ?? 0,
            answer: signature === 0x70 ? 'SUCCESS' : signature === 0x7f ? 'FAILURE' : undefined,
            text: answer.toString('latin1'),
          });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          socket.destroy();
        }
      })();
    });
    req.end();
  });
}

describe('Bolt over WebSocket from a web page of another origin', () => {
  it('refuses the password this project once published', async () => {
    const attempt = await loginOverWebSocket('local-graph-password');
    // Neo4j 5.26 upgrades whatever the Origin (README, "Why a password matters"): the login is the gate.
    expect(attempt.upgrade).toBe(101);
    expect(attempt.answer).toBe('FAILURE');
    expect(attempt.text).toContain('Neo.ClientError.Security.Unauthorized');
  });

  it('is the same channel that lets a client holding the password in, so the refusal above is the password', async () => {
    const attempt = await loginOverWebSocket(process.env.TEST_NEO4J_PASSWORD!);
    expect(attempt).toMatchObject({ upgrade: 101, answer: 'SUCCESS' });
  });
});
