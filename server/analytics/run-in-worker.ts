// Runs an analytics job in a worker thread, one at a time (the measures use a whole core each),
// with a time limit that ends the worker, and progress in the server log for long runs. A worker
// that answered stays for the next job a while: starting one costs about 2 s of a loaded core
// (tsx compiles the measures again), which every picture layout paid before.
// The worker is TypeScript: it is started through tsx's CommonJS hook, which works whether the
// server runs under `node --import tsx`, under jest, or plainly (Node 20 does not apply a parent's
// `--import` loader to a worker's entry file).
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { UnavailableError } from '../errors';
import type { Job, JobResult, WorkerMessage } from './worker-protocol';

const ENTRY = path.join(__dirname, 'measures.worker.ts');
const BOOT = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).require(${JSON.stringify(ENTRY)}, __filename)`;

export interface RunOptions {
  timeoutMs: number;
  /** Runs shorter than this say nothing; longer ones log each phase. */
  quietMs?: number;
  label: string;
  log: (message: string) => void;
}

let queue: Promise<unknown> = Promise.resolve();

/** How long a worker that answered waits for another job before it ends. */
const IDLE_MS = 60_000;
let idle: { worker: Worker; timer: NodeJS.Timeout } | undefined;

let started = 0;
/** How many worker threads have been started since the server began: the cost the idle worker saves. */
export const workersStarted = () => started;

/** Drops one job's listeners. Not removeAllListeners(): a Worker's own newListener hook, which
 *  starts its message port when a 'message' listener is added, would go with them. */
function forgetJob(worker: Worker) {
  for (const event of ['message', 'error', 'exit']) worker.removeAllListeners(event);
}

function takeWorker(): Worker {
  if (!idle) {
    started++;
    return new Worker(BOOT, { eval: true });
  }
  const { worker, timer } = idle;
  idle = undefined;
  clearTimeout(timer);
  forgetJob(worker);
  worker.ref();
  return worker;
}

/** Keeps a worker that answered, without keeping the process alive for it. */
function keepWorker(worker: Worker) {
  forgetJob(worker);
  if (idle) void idle.worker.terminate();
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = undefined;
    void worker.terminate();
  }, IDLE_MS).unref();
  worker.once('exit', () => {
    if (idle?.worker === worker) idle = undefined;
  });
  worker.unref();
  idle = { worker, timer };
}

export function runInWorker(job: Job, options: RunOptions): Promise<JobResult> {
  const run = queue.then(() => runNow(job, options));
  queue = run.catch(() => undefined);
  return run;
}

function runNow(job: Job, { timeoutMs, quietMs = 2_000, label, log }: RunOptions): Promise<JobResult> {
  const started = Date.now();
  const worker = takeWorker();
  const pending: string[] = [];
  const say = (message: string) => {
    pending.push(message);
    if (Date.now() - started < quietMs) return;
    for (const line of pending.splice(0)) log(`analytics ${label}: ${line}`);
  };
  const heartbeat = setInterval(() => say(`still running after ${Math.round((Date.now() - started) / 1000)} s`), 5_000);
  return new Promise<JobResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      say(`stopped at its time limit of ${timeoutMs} ms`);
      reject(new UnavailableError(`the analysis took longer than ${timeoutMs / 1000} s; narrow the slice`, 'QUERY_TIMEOUT'));
      void worker.terminate();
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      clearInterval(heartbeat);
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') return say(message.message);
      clearTimeout(timer);
      clearInterval(heartbeat);
      keepWorker(worker);
      if (message.type === 'done') {
        say(`done in ${Date.now() - started} ms`);
        resolve(message.result);
      } else reject(new Error(`analytics worker failed: ${message.message}`));
    });
    worker.on('error', (error) => {
      finish();
      reject(error);
    });
    // A worker that dies without answering (out of memory) must not leave its caller waiting.
    worker.on('exit', (code) => {
      finish();
      reject(new Error(`analytics worker exited with code ${code} before answering`));
    });
    worker.postMessage(job);
  });
}
