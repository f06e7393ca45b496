// Starts and stops what the benchmark measures: its own Neo4j (temporary store, free port, memory
// sized for a 2-core machine that also runs Chromium) and its own HTTP server processes, and reads
// their peak resident memory from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { connect, type Database } from '../server/neo4j/database';
import { startLocalNeo4j, type LocalNeo4j } from '../server/neo4j/local-neo4j';
import { applySchema } from '../server/repositories/schema.repository';
import { freePort } from '../tests/support/free-port';

export const BENCH_PASSWORD = 'bench-neo4j-password';

export interface BenchNeo4j {
  neo4j: LocalNeo4j;
  /** The API's time limit (5 s), for the database floor. */
  db: Database;
  /** A loader's time limit (10 min): validating 100k ids against the store takes longer than 5 s on a busy machine. */
  loaderDb: Database;
  dataDir: string;
  stop(): Promise<void>;
}

/** The local Neo4j the benchmark measures, on the given store, sized as the run asks. */
export async function startBenchStore(dataDir: string, memory: { heap: string; pageCache: string }) {
  return startLocalNeo4j({
    dataDir,
    boltPort: await freePort(),
    password: BENCH_PASSWORD,
    heap: memory.heap,
    pageCache: memory.pageCache,
    startTimeoutMs: 180_000,
    transactionTimeout: '600s',
  });
}

export async function startBenchNeo4j(options: { heap: string; pageCache: string }): Promise<BenchNeo4j> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ai-graph-bench-'));
  const neo4j = await startBenchStore(dataDir, options);
  const db = connect({ uri: neo4j.uri, user: 'neo4j', password: BENCH_PASSWORD, database: 'neo4j', queryTimeoutMs: 5_000 });
  const loaderDb = connect({ uri: neo4j.uri, user: 'neo4j', password: BENCH_PASSWORD, database: 'neo4j', queryTimeoutMs: 600_000 });
  await applySchema(loaderDb);
  return {
    neo4j,
    db,
    loaderDb,
    dataDir,
    async stop() {
      await db.close().catch(() => undefined);
      await loaderDb.close().catch(() => undefined);
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Runs bench/server.child.ts under tsx in a separate process and waits for its port. */
export function startServerProcess(mode: 'express' | 'bare', env: Record<string, string> = {}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'server.child.ts'), mode], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the ${mode} server did not start within 60 s`)), 60_000);
    child.once('exit', (code) => reject(new Error(`the ${mode} server exited during start-up (code ${code})`)));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^LISTENING (\d+)/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: `http://127.0.0.1:${match[1]}`,
        pid: child.pid!,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          }),
      });
    });
  });
}

/** Peak resident set size of a process so far (VmHWM), in MiB; 0 once it has gone. */
export function peakRssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}
