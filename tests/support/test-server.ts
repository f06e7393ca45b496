// The real app on a free port against the test Neo4j, called over real HTTP.
import type { Server } from 'node:http';
import { createApp } from '../../server/app';
import { combineTokens, type NamedToken } from '../../server/http/tokens';
import { connect, type Database } from '../../server/neo4j/database';
import { configureHttpServer } from '../../server/http/http-server';

export const TEST_TOKEN = 'test-api-token-0123456789abcdef';

export function testDatabase(queryTimeoutMs = 10_000): Database {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run these tests through jest, whose global set-up starts Neo4j');
  return connect({ uri, user: 'neo4j', password: process.env.TEST_NEO4J_PASSWORD!, database: 'neo4j', queryTimeoutMs });
}

export interface TestServer {
  url: string;
  db: Database;
  logs: string[];
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** `null` starts the server with writes disabled. */
  apiToken?: string | null;
  writesPerMinute?: number;
  /** Wrong tokens per client per minute before 429; high by default, since suites try many on purpose. */
  tokenFailuresPerMinute?: number;
  /** The server's TRUST_PROXY setting. */
  trustProxy?: string;
  /** Named tokens beside TEST_TOKEN (which stays a curator named api-token unless apiToken says otherwise). */
  tokens?: NamedToken[];
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const db = testDatabase();
  const logs: string[] = [];
  const app = createApp({
    db,
    config: {
      API_TOKEN: options.apiToken === null ? undefined : (options.apiToken ?? TEST_TOKEN),
      WRITE_RATE_LIMIT: options.writesPerMinute ?? 10_000,
      CORS_ORIGIN: undefined,
      TRUST_PROXY: options.trustProxy,
      ...(options.tokens
        ? {
            tokens: combineTokens({
              apiToken: options.apiToken === null ? undefined : (options.apiToken ?? TEST_TOKEN),
              lists: [options.tokens],
            }).tokens,
          }
        : {}),
    },
    log: (m) => logs.push(m),
    tokenFailuresPerMinute: options.tokenFailuresPerMinute ?? 10_000,
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  configureHttpServer(server);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    logs,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await db.close();
    },
  };
}

/**
 * The suite's server: started before its first test and closed after its last, once `beforeClose`
 * (the suite's clean-up, which may still call the server) has run. Read its fields inside tests.
 */
export function useTestServer(
  options: TestServerOptions & { beforeClose?: (server: TestServer) => Promise<unknown> | void } = {},
): Omit<TestServer, 'close'> {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(options);
  });
  afterAll(async () => {
    if (!started) return;
    try {
      await options.beforeClose?.(started);
    } finally {
      await started.close();
    }
  });
  const current = (): TestServer => {
    if (!started) throw new Error('the test server is only there inside the suite (beforeAll, tests, afterAll)');
    return started;
  };
  return {
    get url() {
      return current().url;
    },
    get db() {
      return current().db;
    },
    get logs() {
      return current().logs;
    },
  };
}

export async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body, headers: res.headers };
}
