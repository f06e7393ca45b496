// Fail fast while the database is known to be down. Without this every request during an outage
// waits out the driver's connection timeout and its retries (up to 9 s) before its 503. Once a
// query or a health ping finds the database unreachable, requests are answered 503 at once; a ping
// every second (and every health check) looks again, and the first that succeeds lets them through.
import type { Database } from '../neo4j/database';
import { UnavailableError } from '../errors';

export interface CircuitOptions {
  /** How often the database is pinged while it is down. */
  probeMs?: number;
}

const downError = () => new UnavailableError('the database is down (its last check failed); try again shortly');
const isDown = (error: unknown) => error instanceof UnavailableError && error.code === 'DATABASE_UNAVAILABLE';

export function withCircuitBreaker(db: Database, options: CircuitOptions = {}): Database {
  const probeMs = options.probeMs ?? 1_000;
  let down = false;
  let probe: NodeJS.Timeout | undefined;

  const schedule = () => {
    probe = setTimeout(() => void db.ping().then(close, schedule), probeMs);
    probe.unref();
  };
  const close = () => {
    down = false;
    clearTimeout(probe);
    probe = undefined;
  };
  const trip = () => {
    if (down) return;
    down = true;
    schedule();
  };
  const guarded = <T>(run: () => Promise<T>): Promise<T> => {
    if (down) return Promise.reject(downError());
    return run().catch((error: unknown) => {
      if (isDown(error)) trip();
      throw error;
    });
  };

  return {
    name: db.name,
    read: (work, timeoutMs) => guarded(() => db.read(work, timeoutMs)),
    write: (work, timeoutMs) => guarded(() => db.write(work, timeoutMs)),
    commitMark: () => guarded(() => db.commitMark()),
    // The health check always asks the database itself (bounded at 1.5 s), so it is also a probe.
    ping: () =>
      db.ping().then(close, (error: unknown) => {
        if (isDown(error)) trip();
        throw error;
      }),
    close: () => {
      clearTimeout(probe);
      return db.close();
    },
  };
}
