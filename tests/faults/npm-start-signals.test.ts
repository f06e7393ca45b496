// `npm start` stopped the way systemd, a container runtime or a CI script stops it: SIGTERM to the
// npm process alone, which was started in a process group of its own, not from a terminal. The
// server behind it must drain, stop its Neo4j and exit 0, leaving neither Java nor the port behind.
import { rmSync } from 'node:fs';
import {
  alive,
  childrenOf,
  javaProcessesFor,
  killEverything,
  listening,
  startServer,
  waitForHealthy,
  within,
  type RunningServer,
} from './server-process';

// The drain's own deadline (10 s) plus a clean Neo4j shutdown on a loaded two-core machine.
const STOP_DEADLINE_MS = 90_000;

let server: RunningServer | undefined;
afterEach(() => {
  killEverything(server);
  if (server) rmSync(server.dataDir, { recursive: true, force: true });
  server = undefined;
});

describe('npm start under a supervisor', () => {
  it('stops the server and its Neo4j cleanly when only the npm process gets SIGTERM', async () => {
    server = await startServer({ env: { SEED_ON_EMPTY: 'false' } });
    await waitForHealthy(server);
    const npm = server.child.pid!;
    const [node] = childrenOf(npm);
    expect(node).toBeDefined();
    expect(javaProcessesFor(server.dataDir)).toHaveLength(1);

    const signalled = Date.now();
    process.kill(npm, 'SIGTERM');
    const exit = await within(server.exited, STOP_DEADLINE_MS, 'the exit of npm start');
    process.stdout.write(`\u25b8 npm start stopped ${((Date.now() - signalled) / 1000).toFixed(1)} s after SIGTERM\n`);

    expect(exit).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('SIGTERM received: stopping');
    expect(server.output()).toContain('stopped cleanly');
    expect(alive(node)).toBe(false);
    expect(await listening(server.port)).toBe(false);
    expect(javaProcessesFor(server.dataDir)).toEqual([]);
  });

  it('stops cleanly on its own when npm is killed outright and cannot relay anything', async () => {
    server = await startServer({ env: { SEED_ON_EMPTY: 'false' } });
    await waitForHealthy(server);
    const [node] = childrenOf(server.child.pid!);
    const marker = server.output().length;

    const killed = Date.now();
    process.kill(server.child.pid!, 'SIGKILL');
    await server.exited;
    const deadline = killed + STOP_DEADLINE_MS;
    while (alive(node) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    process.stdout.write(`\u25b8 the orphaned server stopped ${((Date.now() - killed) / 1000).toFixed(1)} s after npm was killed\n`);

    expect(alive(node)).toBe(false);
    expect(server.output().slice(marker)).toContain('the process that started the server is gone: stopping');
    expect(server.output().slice(marker)).toContain('stopped cleanly');
    expect(await listening(server.port)).toBe(false);
    expect(javaProcessesFor(server.dataDir)).toEqual([]);
  });
});
