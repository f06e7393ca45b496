// Keeps the explorer bundle in dist/client in step with client/ before browser tests run, so they
// never test a stale page. Rebuilds only when a source is newer than the bundle, and under a lock,
// because other test runs on this machine may be serving the same folder at the same moment.
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildClient, CLIENT_DIST } from '../../server/client-dist';

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = [path.join(ROOT, 'client'), path.join(ROOT, 'graph-schema')];
const LOCK = path.join(ROOT, 'dist', '.client-build.lock');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function bundleTime(): number {
  try {
    return statSync(path.join(CLIENT_DIST, 'index.html')).mtimeMs;
  } catch {
    return 0;
  }
}

export function bundleIsStale(): boolean {
  return Math.max(...SOURCES.map(newestSource)) > bundleTime();
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK); // atomic: only one run holds it
      break;
    } catch {
      // A lock older than two minutes belongs to a run that died mid-build.
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 120_000) rmdirSync(LOCK);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmdirSync(LOCK);
  }
}

/** Builds the client when client/ or graph-schema/ changed since the last build. */
export async function ensureFreshBundle(): Promise<void> {
  if (!bundleIsStale()) return;
  await withLock(async () => {
    if (bundleIsStale()) await buildClient();
  });
}
