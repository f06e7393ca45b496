// The local Neo4j dying under a running server (kill -9 of its Java, as the kernel's OOM killer or
// an operator would): the server restarts it on the same store and health comes back by itself;
// when it keeps dying, the server gives up, stops and exits non-zero so its own supervisor acts.
import { rmSync } from 'node:fs';
import {
  health,
  javaProcessesFor,
  killEverything,
  listening,
  startServer,
  waitForHealthy,
  waitForOutput,
  within,
  type RunningServer,
} from './server-process';

let server: RunningServer | undefined;
afterEach(() => {
  killEverything(server);
  if (server) rmSync(server.dataDir, { recursive: true, force: true });
  server = undefined;
});

describe('the server watching its local Neo4j', () => {
  it('restarts a Neo4j killed with SIGKILL, says so, and serves the same data again', async () => {
    server = await startServer({ direct: true });
    await waitForHealthy(server);
    const [java] = javaProcessesFor(server.dataDir);

    const killed = Date.now();
    process.kill(java, 'SIGKILL');
    const deadline = Date.now() + 30_000;
    while ((await health(server.url))?.status === 'ok' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect((await health(server.url))?.status).not.toBe('ok');
    await waitForOutput(server, /Neo4j restarted in [\d.]+ s/);
    await waitForHealthy(server);
    process.stdout.write(`\u25b8 health ok again ${((Date.now() - killed) / 1000).toFixed(1)} s after kill -9 of Neo4j\n`);

    expect(server.output()).toMatch(/Neo4j was killed \(SIGKILL\): restarting it in \d+ s \(attempt 1\)/);
    expect(javaProcessesFor(server.dataDir)).toHaveLength(1);
    expect(javaProcessesFor(server.dataDir)).not.toContain(java);
    expect((await fetch(`${server.url}/api/entities/openai`)).status).toBe(200);

    server.child.kill('SIGTERM');
    expect(await within(server.exited, 90_000, 'the exit of the server')).toEqual({ code: 0, signal: null });
    expect(javaProcessesFor(server.dataDir)).toEqual([]);
  });

  it('exits non-zero with one clear line when Neo4j keeps dying, leaving no Java and no port behind', async () => {
    server = await startServer({ direct: true, env: { SEED_ON_EMPTY: 'false' } });
    await waitForHealthy(server);
    const running = server;

    // Every Java that appears on this data folder is killed at once, restarts included.
    let kills = 0;
    const killer = setInterval(() => {
      for (const pid of javaProcessesFor(running.dataDir)) {
        try {
          process.kill(pid, 'SIGKILL');
          kills++;
        } catch {
          /* gone already */
        }
      }
    }, 200);
    const exit = await within(server.exited, 180_000, 'the exit of the server').finally(() => clearInterval(killer));

    expect(exit).toEqual({ code: 1, signal: null });
    expect(kills).toBeGreaterThanOrEqual(3);
    expect(server.output()).toMatch(/\u2716 Neo4j failed 3 times within \d+ min \(last: did not start again: .*\); its logs are in /);
    expect(server.output()).not.toContain('stopped cleanly');
    expect(server.output()).not.toMatch(/\n\s+at /);
    expect(await listening(server.port)).toBe(false);
    expect(javaProcessesFor(server.dataDir)).toEqual([]);
  });
});
