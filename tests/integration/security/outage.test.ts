// An outage answered at once: the API reaches the test Neo4j through a TCP relay that the test can
// cut and restore. Once a request or a health check has found the database unreachable, further
// requests are answered 503 without trying it again, and the first successful ping lets them through.
import net from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../../server/app';
import { connect, type Database } from '../../../server/neo4j/database';
import { send } from './security.fixtures';

/** A relay to the test Neo4j's Bolt port that refuses and drops connections while cut. */
async function boltRelay() {
  const target = new URL(process.env.TEST_NEO4J_URI!);
  let cut = false;
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  return {
    uri: `bolt://127.0.0.1:${(relay.address() as net.AddressInfo).port}`,
    cut() {
      cut = true;
      for (const s of sockets) s.destroy();
    },
    restore() {
      cut = false;
    },
    close: () => new Promise<void>((resolve) => relay.close(() => resolve())),
  };
}

describe('a database outage', () => {
  let relay: Awaited<ReturnType<typeof boltRelay>>;
  let db: Database;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    relay = await boltRelay();
    db = connect({ uri: relay.uri, user: 'neo4j', password: process.env.TEST_NEO4J_PASSWORD!, database: 'neo4j', queryTimeoutMs: 10_000 });
    const app = createApp({ db, config: { API_TOKEN: undefined, WRITE_RATE_LIMIT: 10, CORS_ORIGIN: undefined }, log: () => undefined });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await db.close();
    await relay.close();
  });

  it('is answered 503 without asking the database once it is known to be down, and ends with the first good ping', async () => {
    expect((await send(`${url}/api/entities/elon-musk`, 'GET')).status).toBe(200);
    relay.cut();
    const health = await send(`${url}/api/health`, 'GET');
    expect(health.status).toBe(503);
    // Known to be down: answered from what the health check found, without a new attempt.
    const fast = await send(`${url}/api/entities/elon-musk`, 'GET');
    expect(fast.status).toBe(503);
    expect(fast.body.error).toEqual({
      code: 'DATABASE_UNAVAILABLE',
      message: 'the database is down (its last check failed); try again shortly',
      details: [],
    });
    relay.restore();
    // The breaker's own ping (every second) closes it; no request is needed to find out.
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await send(`${url}/api/entities/elon-musk`, 'GET')).status;
    }
    expect(status).toBe(200);
  });

  it('is noticed by a failing request as well as by the health check', async () => {
    relay.cut();
    try {
      const first = await send(`${url}/api/stats`, 'GET');
      expect(first.status).toBe(503);
      expect(first.body.error.message).not.toContain('its last check failed');
      const next = await send(`${url}/api/stats`, 'GET');
      expect(next.body.error.message).toBe('the database is down (its last check failed); try again shortly');
    } finally {
      relay.restore();
    }
  });
});
