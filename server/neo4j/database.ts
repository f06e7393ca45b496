// The one door to Neo4j: a driver with bounded waits, read and write transactions with a timeout,
// and the translation of driver failures into the project's error family. Repositories receive a
// `Database`; nothing else imports neo4j-driver.
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Session } from 'neo4j-driver';
import { ConflictError, UnavailableError } from '../errors';

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

export interface Database {
  readonly name: string;
  read<T>(work: Work<T>, timeoutMs?: number): Promise<T>;
  write<T>(work: Work<T>, timeoutMs?: number): Promise<T>;
  /** Resolves when the database answers a trivial query, rejects with UnavailableError otherwise. */
  ping(): Promise<void>;
  /**
   * A mark of the last transaction the database committed, whoever wrote it (this server, the
   * command-line loader, another server): what a cache of a whole-graph answer is keyed on. It is
   * the driver's bookmark after an empty read, opaque but equal until the next commit. (Neo4j
   * Community reports `lastCommittedTxn` as null in SHOW DATABASES.) Undefined if none came back.
   */
  commitMark(): Promise<string | undefined>;
  close(): Promise<void>;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED']);

/** Keeps the database's own words for the server log (never for the client): what a 503 hides. */
function withCause<E extends Error>(translated: E, cause: Neo4jError): E {
  Object.defineProperty(translated, 'cause', { value: `${cause.code}: ${cause.message.split('\n')[0]}`, enumerable: false });
  return translated;
}

/** Maps a driver failure to the project's errors; anything unrecognised is rethrown as is. */
export function translateDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (UNAVAILABLE_CODES.has(code) || (error.retriable && !code.startsWith('Neo.TransientError.Transaction')))
    return new UnavailableError('the database is unreachable; try again shortly');
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  )
    return withCause(
      new UnavailableError('the query took longer than its time limit; narrow it (smaller depth or limit)', 'QUERY_TIMEOUT'),
      error,
    );
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
    return new ConflictError('an entity or relationship with that id already exists');
  // A node or relationship deleted by a concurrent transaction between this one's match and its
  // read of it: the answer would describe something that no longer exists.
  if (/Unable to load (NODE|RELATIONSHIP)/i.test(error.message))
    return new ConflictError('the graph changed while this request ran (something it reads was deleted); try again');
  if (code.startsWith('Neo.TransientError'))
    return withCause(new UnavailableError('the database is busy; try again shortly', 'DATABASE_BUSY'), error);
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit')
    return new UnavailableError('the server could not log in to the database (check NEO4J_USER and NEO4J_PASSWORD)');
  return error;
}

export function connect(options: DatabaseOptions): Database {
  const driver: Driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    // Bounded waits, so a database that is down costs a request seconds, not half a minute.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
    userAgent: 'ai-industry-graph/0.1',
  });

  /** A session for one piece of work: driver failures translated, the session always closed. */
  const inSession = async <T>(mode: 'read' | 'write', use: (session: Session) => Promise<T>): Promise<T> => {
    const session = driver.session({
      database: options.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await use(session);
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  };

  const run = <T>(mode: 'read' | 'write', work: Work<T>, timeoutMs: number): Promise<T> =>
    inSession(mode, (session) => {
      const config = { timeout: timeoutMs };
      return mode === 'read' ? session.executeRead(work, config) : session.executeWrite(work, config);
    });

  return {
    name: options.database,
    read: (work, timeoutMs = options.queryTimeoutMs) => run('read', work, timeoutMs),
    write: (work, timeoutMs = options.queryTimeoutMs) => run('write', work, timeoutMs),
    // No managed transaction here: its retries (maxTransactionRetryTime) would hold a health
    // check for seconds against a database that is down. One try, answered within 1.5 s.
    async ping() {
      const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          session.run('RETURN 1', {}, { timeout: 1_500 }),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new UnavailableError('the database did not answer within 1.5 s')), 1_500);
          }),
        ]);
      } catch (error) {
        throw translateDriverError(error);
      } finally {
        clearTimeout(timer);
        session.close().catch(() => undefined);
      }
    },
    commitMark: () =>
      inSession('read', async (session) => {
        await session.executeRead((tx) => tx.run('RETURN 1'), { timeout: 1_500 });
        const marks = session.lastBookmarks();
        return marks.length > 0 ? marks.join(' ') : undefined;
      }),
    close: () => driver.close(),
  };
}

/** Waits until the database answers, for servers that are still starting. */
export async function waitUntilReachable(db: Database, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await db.ping();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
