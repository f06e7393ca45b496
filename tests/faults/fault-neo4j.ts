// A Neo4j of a fault test's own: a fresh temporary folder, a free port, graph-schema applied.
// It can be killed (SIGKILL, no shutdown) or stopped and started again on the same store and port.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, waitUntilReachable, type Database } from '../../server/neo4j/database';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j/local-neo4j';
import { applySchema } from '../../server/repositories/schema.repository';
import { exportJson } from '../../server/services/transfer.service';
import { createHash } from 'node:crypto';
import { freePort } from '../support/free-port';

export const FAULT_PASSWORD = 'fault-neo4j-password';

export class FaultNeo4j {
  local?: LocalNeo4j;
  private constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<FaultNeo4j> {
    const f = new FaultNeo4j(mkdtempSync(path.join(os.tmpdir(), 'ai-graph-fault-')), await freePort());
    await f.boot();
    const db = f.connect();
    try {
      await applySchema(db);
    } finally {
      await db.close();
    }
    return f;
  }

  get uri() {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** Starts (or restarts, recovering the store) and returns the seconds it took. */
  async boot(): Promise<number> {
    const started = Date.now();
    this.local = await startLocalNeo4j({
      dataDir: this.dataDir,
      boltPort: this.port,
      password: FAULT_PASSWORD,
      heap: '512m',
      pageCache: '128m',
      startTimeoutMs: 240_000,
    });
    return (Date.now() - started) / 1000;
  }

  connect(queryTimeoutMs = 60_000): Database {
    return connect({ uri: this.uri, user: 'neo4j', password: FAULT_PASSWORD, database: 'neo4j', queryTimeoutMs });
  }

  /** SIGKILL of the Java process: no shutdown hook, no checkpoint. */
  async kill(): Promise<void> {
    const child = this.local!.process;
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.local = undefined;
  }

  async stop(): Promise<void> {
    await this.local?.stop();
    this.local = undefined;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export async function reachable(db: Database) {
  await waitUntilReachable(db, 60_000);
}

/** The canonical hash of the whole graph: the export is ordered by id, so equal graphs hash equal. */
export async function graphHash(db: Database): Promise<string> {
  return createHash('sha256')
    .update(JSON.stringify(await exportJson(db)))
    .digest('hex');
}

export async function wipe(db: Database): Promise<void> {
  // In slices: one transaction for a large graph would hit the per-transaction memory limit.
  for (;;) {
    const deleted = await db.write(async (tx) =>
      (await tx.run('MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS c')).records[0].get('c').toNumber(),
    );
    if (deleted === 0) return;
  }
}
