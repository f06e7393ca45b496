// The server as an operator runs it, for the fault tests: `npm start` (or the server alone) spawned
// in a process group of its own, as a supervisor starts it rather than a terminal, with its own
// Neo4j on free ports and a temporary data folder; plus what an operator looks at afterwards:
// the health route, the port, and the Java processes that name the data folder.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';

const ROOT = path.resolve(__dirname, '../..');

export interface RunningServer {
  child: ChildProcess;
  url: string;
  port: number;
  dataDir: string;
  output: () => string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `npm start` (or, with `direct`, the server itself) detached, in its own process group. */
export async function startServer(
  options: { direct?: boolean; env?: Record<string, string>; dataDir?: string } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const bolt = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'ai-graph-ops-'));
  const [command, args] = options.direct ? [process.execPath, ['--import', 'tsx', 'server/main.ts']] : ['npm', ['start']];
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEO4J_URI: '',
      PORT: String(port),
      NEO4J_BOLT_PORT: String(bolt),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '128m',
      NEO4J_START_TIMEOUT_S: '240',
      ...options.env,
    },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, url: `http://127.0.0.1:${port}`, port, dataDir, output: () => output, exited };
}

export async function health(url: string): Promise<{ status: string } | undefined> {
  try {
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
    return (await res.json()) as { status: string };
  } catch {
    return undefined;
  }
}

/** Waits until /api/health answers `ok`; fails early, with the server's output, if it exits. */
export async function waitForHealthy(server: RunningServer, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) throw new Error(`the server exited early:\n${server.output()}`);
    if ((await health(server.url))?.status === 'ok') return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no healthy answer within ${timeoutMs} ms:\n${server.output()}`);
}

/** Waits until the server's output matches `pattern`. */
export async function waitForOutput(server: RunningServer, pattern: RegExp, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(server.output())) {
    if (Date.now() > deadline) throw new Error(`no output matching ${pattern} within ${timeoutMs} ms:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Resolves with what `promise` gives, or rejects naming `what` once `ms` pass. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms))),
  ]);
}

/** The pids pgrep finds for its arguments; none when it finds nothing (it then exits 1). */
function pgrep(...args: string[]): number[] {
  try {
    return execFileSync('pgrep', args).toString().trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The pids of the Java processes whose command line names the data folder. */
export const javaProcessesFor = (dataDir: string): number[] => pgrep('-f', `Launcher ${dataDir}`);

/** The pids of the direct children of a process. */
export const childrenOf = (pid: number): number[] => pgrep('-P', String(pid));

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether something accepts TCP connections on the port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Last resort after a failed test: nothing of the run may outlive it. */
export function killEverything(server: RunningServer | undefined): void {
  if (!server) return;
  for (const pid of [...javaProcessesFor(server.dataDir), ...childrenOf(server.child.pid!), server.child.pid!]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}
