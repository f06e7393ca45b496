// Starts and stops the project's own Neo4j: the embedded DBMS of neo4j-runtime/Launcher.java (run
// as the compiled class `Launcher <data dir> <conf>`, which is how tests find the process) in a
// child JVM, with its store in a data folder and Bolt on 127.0.0.1 only; and, for the server,
// keeps it running by restarting it when it dies.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { SetupError } from '../errors';
import { ensureLauncherCompiled, jarsPresent, LAUNCHER_DIR, LIB_DIR } from './runtime';

export interface LocalNeo4jOptions {
  dataDir: string;
  boltPort: number;
  password: string;
  /**
   * The store already has `password` (or one its owner chose since): do not set it again. Unset,
   * the password is (re)applied on start, so that the environment decides what clients present.
   */
  keepPassword?: boolean;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  /** Transaction timeout enforced by the DBMS itself, a backstop behind the driver's. */
  transactionTimeout?: string;
}

export interface LocalNeo4j {
  uri: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Where the local DBMS keeps its store, logs and transaction logs: also where the offline importer writes. */
export function storeDirectories(dataDir: string): Record<string, string> {
  return {
    'server.directories.data': path.join(dataDir, 'data'),
    'server.directories.logs': path.join(dataDir, 'logs'),
    'server.directories.transaction.logs.root': path.join(dataDir, 'data', 'transactions'),
  };
}

/** The settings of the local DBMS: safe defaults for a single-user machine shared with a browser. */
export function neo4jConf(options: LocalNeo4jOptions): string {
  const settings: Record<string, string> = {
    ...storeDirectories(options.dataDir),
    'server.bolt.enabled': 'true',
    'server.bolt.listen_address': `127.0.0.1:${options.boltPort}`,
    'server.bolt.advertised_address': `127.0.0.1:${options.boltPort}`,
    'server.http.enabled': 'false',
    'server.https.enabled': 'false',
    'dbms.security.auth_enabled': 'true',
    'dbms.security.allow_csv_import_from_file_urls': 'false',
    'db.transaction.timeout': options.transactionTimeout ?? '60s',
    'db.lock.acquisition.timeout': '10s',
    'db.memory.transaction.max': '512m',
    'server.memory.pagecache.size': options.pageCache,
    'dbms.usage_report.enabled': 'false',
  };
  return Object.entries(settings)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new SetupError(
          error.code === 'EADDRINUSE'
            ? `port ${port} (NEO4J_BOLT_PORT) is already in use: stop what holds it or choose another port`
            : `cannot use port ${port} (NEO4J_BOLT_PORT): ${error.message}`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Creates the data folder if needed and makes it its owner's alone: the store and the password live there. */
function assertWritable(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    accessSync(dir, constants.W_OK);
    writeFileSync(path.join(dir, '.write-probe'), '', { mode: 0o600 });
  } catch {
    throw new SetupError(`data folder ${dir} (NEO4J_DATA_DIR) is not writable`);
  }
}

/** The file in the data folder that holds the local Neo4j's password, readable by its owner only. */
export const passwordFile = (dataDir: string) => path.join(dataDir, 'neo4j-password');

/**
 * The password of the local Neo4j in `dataDir`: the one kept in its password file, or on the first
 * start a new random one, written there (mode 0600) and never printed. `mustSet` says whether the
 * store has yet to be given it (a new password, or no store yet); a kept password is not set again,
 * so one its owner changed (in Neo4j and in the file) is not reset.
 */
export function localPassword(dataDir: string): { password: string; mustSet: boolean } {
  assertWritable(dataDir);
  const file = passwordFile(dataDir);
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 8) {
      chmodSync(file, 0o600);
      return { password: kept, mustSet: !existsSync(path.join(dataDir, 'data', 'databases', 'system')) };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new SetupError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { password, mustSet: true };
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function spawnLauncher(options: LocalNeo4jOptions, confPath: string): ChildProcess {
  return spawn(
    'java',
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-cp',
      `${LIB_DIR}${path.sep}*${path.delimiter}${LAUNCHER_DIR}`,
      'Launcher',
      options.dataDir,
      confPath,
    ],
    {
      // stdin stays open: the launcher shuts Neo4j down when it closes, so a killed parent
      // never leaves an orphaned database holding the store.
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group: Ctrl-C in a terminal reaches only the server, which answers what is
      // in flight and then stops Neo4j itself, rather than Neo4j vanishing under those requests.
      detached: true,
      env: { ...process.env, NEO4J_PASSWORD: options.keepPassword ? '' : options.password },
    },
  );
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  if (!jarsPresent()) throw new SetupError('the Neo4j jars are missing from neo4j-runtime/lib: run `npm install` first');
  assertWritable(options.dataDir);
  await assertPortFree(options.boltPort);
  await ensureLauncherCompiled();
  const confPath = path.join(options.dataDir, 'neo4j.conf');
  writeFileSync(confPath, neo4jConf(options), { mode: 0o600 });

  // The store's files are created by Neo4j: an owner-only umask while it is spawned (the child
  // inherits it) keeps them from being readable by other users, whatever the user's umask.
  const umask = process.umask(0o077);
  let child: ChildProcess;
  try {
    child = spawnLauncher(options, confPath);
  } finally {
    process.umask(umask);
  }
  const output: string[] = [];
  const remember = (line: string) => {
    output.push(line);
    if (output.length > 40) output.shift();
  };
  readline.createInterface({ input: child.stderr! }).on('line', remember);
  const lines = readline.createInterface({ input: child.stdout! });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 60_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  };

  await new Promise<void>((resolve, reject) => {
    const fail = (message: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new SetupError(message));
    };
    const timer = setTimeout(
      () =>
        fail(
          `Neo4j did not start within ${Math.round(options.startTimeoutMs / 1000)} s (NEO4J_START_TIMEOUT_S); its logs are in ${options.dataDir}/logs`,
        ),
      options.startTimeoutMs,
    );
    lines.on('line', (line) => {
      remember(line);
      if (line.startsWith('NEO4J_READY')) {
        clearTimeout(timer);
        resolve();
      } else if (line.startsWith('NEO4J_FAILED')) {
        fail(`Neo4j failed to start: ${line.slice('NEO4J_FAILED'.length).trim()}`);
      }
    });
    child.once('error', (error) => fail(`could not run java: ${error.message}`));
    child.once('exit', (code) => {
      clearTimeout(timer);
      const detail = output
        .filter((l) => /error|exception|failed/i.test(l))
        .slice(-3)
        .join(' | ');
      reject(new SetupError(`Neo4j exited during start-up (code ${code})${detail ? `: ${detail}` : ''}`));
    });
  });
  child.removeAllListeners('exit');
  return { uri: `bolt://127.0.0.1:${options.boltPort}`, process: child, stop };
}

export interface Supervision {
  /** One line per event: the exit, each restart and how long it took. */
  log: (message: string) => void;
  /** Called once when restarts keep failing; the supervisor has stopped trying. */
  onGiveUp: (reason: string) => void;
  /** Failures (an unexpected exit or a failed restart) that may happen within `windowMs`. */
  maxFailures?: number;
  windowMs?: number;
  /** The wait before restart number `attempt` (1-based). */
  backoffMs?: (attempt: number) => number;
}

export interface SupervisedNeo4j {
  uri: string;
  stop(): Promise<void>;
}

/**
 * Starts the local Neo4j and keeps it running: when the Java process exits on its own (killed,
 * out of memory), it is started again on the same store and port after a growing pause, so the
 * driver reconnects and the API recovers without anyone acting. When it keeps failing, the
 * supervisor gives up and says so, so that the server can exit and its own supervisor can act.
 */
export async function superviseLocalNeo4j(options: LocalNeo4jOptions, supervision: Supervision): Promise<SupervisedNeo4j> {
  const { log, onGiveUp, maxFailures = 3, windowMs = 10 * 60_000 } = supervision;
  const backoffMs = supervision.backoffMs ?? ((attempt: number) => Math.min(1000 * 2 ** (attempt - 1), 30_000));
  let running: LocalNeo4j | undefined = await startLocalNeo4j(options);
  let stopped = false;
  let restarting: Promise<void> | undefined;
  let pause: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const failures: number[] = [];

  const failed = (reason: string): boolean => {
    const now = Date.now();
    failures.push(now);
    while (failures.length > 0 && now - failures[0] > windowMs) failures.shift();
    if (failures.length < maxFailures) return false;
    stopped = true;
    onGiveUp(
      `Neo4j failed ${failures.length} times within ${Math.round(windowMs / 60_000)} min (last: ${reason}); its logs are in ${options.dataDir}/logs`,
    );
    return true;
  };

  const restart = async (reason: string) => {
    if (failed(reason)) return;
    for (let attempt = 1; !stopped; attempt++) {
      const wait = backoffMs(attempt);
      log(`Neo4j ${reason}: restarting it in ${(wait / 1000).toFixed(0)} s (attempt ${attempt})`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        pause = setTimeout(resolve, wait);
      });
      if (stopped) return;
      const started = Date.now();
      try {
        running = await startLocalNeo4j(options);
      } catch (error) {
        reason = `did not start again: ${(error as Error).message}`;
        if (failed(reason)) return;
        continue;
      }
      if (stopped) return running.stop();
      log(`Neo4j restarted in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      watch(running);
      return;
    }
  };

  const watch = (local: LocalNeo4j) => {
    local.process.once('exit', (code, signal) => {
      if (stopped || running !== local) return;
      running = undefined;
      restarting = restart(signal ? `was killed (${signal})` : `exited with code ${code}`).finally(() => (restarting = undefined));
    });
  };
  watch(running);

  return {
    uri: running.uri,
    async stop() {
      stopped = true;
      clearTimeout(pause);
      wake?.();
      await restarting;
      await running?.stop();
      running = undefined;
    },
  };
}
