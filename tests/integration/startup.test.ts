// The real start-up path, as `npm start` runs it: its own Neo4j on free ports with a temporary
// data folder and a generated password, health up, a clean stop on SIGTERM with no Java left, and
// the data (and a password its owner changed) kept for the next start. Also the clear failures: a taken Bolt or HTTP port and an unusable data folder.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { passwordFile } from '../../server/neo4j/local-neo4j';
import { freePort } from '../support/free-port';

const ROOT = path.resolve(__dirname, '../..');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '128m', NEO4J_URI: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForHealth(url: string, started: Started, timeoutMs = 150_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`the server exited early:\n${started.output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return res.json();
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no health within ${timeoutMs} ms:\n${started.output()}`);
}

function javaProcessesFor(dataDir: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', `Launcher ${dataDir}`])
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** Whether the Neo4j on `bolt` lets `neo4j` log in with `password`. */
async function logsIn(bolt: number, password: string): Promise<boolean> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${bolt}`, neo4j.auth.basic('neo4j', password));
  try {
    return await driver.verifyAuthentication();
  } finally {
    await driver.close();
  }
}

/** A PATH holding only the named tools, to play a machine that lacks the others. */
const pathDirs: string[] = [];
afterAll(() => pathDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function toolsOnly(tools: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ai-graph-path-'));
  pathDirs.push(dir);
  for (const tool of tools) symlinkSync(execFileSync('which', [tool]).toString().trim(), path.join(dir, tool));
  return dir;
}

describe('npm start', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ai-graph-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts Neo4j, seeds, serves health and the page, and stops cleanly on SIGTERM', async () => {
    const [port, bolt] = [await freePort(), await freePort()];
    const first = start({ PORT: String(port), NEO4J_BOLT_PORT: String(bolt), NEO4J_DATA_DIR: dataDir });
    expect(await waitForHealth(`http://127.0.0.1:${port}`, first)).toEqual({ status: 'ok', neo4j: 'up' });
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(await page.text()).toMatch(/<div\s+id="cy"/);
    expect(first.output()).toMatch(/resolving Neo4j[\s\S]*starting Neo4j[\s\S]*loaded \d+ entities[\s\S]*Open http:\/\/localhost:\d+\//);
    expect(javaProcessesFor(dataDir)).toHaveLength(1);

    // Its own password, generated, kept owner-only in the data folder and never printed.
    const password = readFileSync(passwordFile(dataDir), 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(statSync(passwordFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(first.output()).not.toContain(password);
    expect(await logsIn(bolt, 'local-graph-password')).toBe(false);
    // Its owner changes it, in Neo4j and in the file: the next start must not reset it.
    const changed = `${password}-changed`;
    const driver = neo4j.driver(`bolt://127.0.0.1:${bolt}`, neo4j.auth.basic('neo4j', password));
    await driver.executeQuery('ALTER CURRENT USER SET PASSWORD FROM $password TO $changed', { password, changed }, { database: 'system' });
    await driver.close();
    writeFileSync(passwordFile(dataDir), `${changed}\n`);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(javaProcessesFor(dataDir)).toEqual([]);

    const second = start({ PORT: String(port), NEO4J_BOLT_PORT: String(bolt), NEO4J_DATA_DIR: dataDir });
    await waitForHealth(`http://127.0.0.1:${port}`, second);
    expect(second.output()).toMatch(/the database holds \d+ entities: seed not loaded again/);
    expect(await logsIn(bolt, changed)).toBe(true);
    expect(await logsIn(bolt, password)).toBe(false);
    const musk = await fetch(`http://127.0.0.1:${port}/api/entities/elon-musk`);
    expect(musk.status).toBe(200);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    expect(javaProcessesFor(dataDir)).toEqual([]);
  });

  it('with NEO4J_URI set, starts no Neo4j of its own and serves from that server', async () => {
    const port = await freePort();
    const run = start({
      PORT: String(port),
      NEO4J_URI: process.env.TEST_NEO4J_URI!,
      NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD!,
      NEO4J_DATA_DIR: '/dev/null/never-used',
    });
    try {
      expect(await waitForHealth(`http://127.0.0.1:${port}`, run)).toEqual({ status: 'ok', neo4j: 'up' });
      expect(run.output()).toContain(`using the Neo4j at ${process.env.TEST_NEO4J_URI}`);
      expect(run.output()).not.toContain('starting Neo4j');
      expect(javaProcessesFor('/dev/null/never-used')).toEqual([]);
      expect((await fetch(`http://127.0.0.1:${port}/api/entities/openai`)).status).toBe(200);
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
  });

  it('fails with one clear line when the Bolt port is taken, leaving no Neo4j behind', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const bolt = (blocker.address() as net.AddressInfo).port;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ai-graph-port-'));
    try {
      const run = start({ PORT: String(await freePort()), NEO4J_BOLT_PORT: String(bolt), NEO4J_DATA_DIR: dir });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`port ${bolt} (NEO4J_BOLT_PORT) is already in use`);
      expect(run.output()).not.toMatch(/\n\s+at /);
      expect(javaProcessesFor(dir)).toEqual([]);
    } finally {
      blocker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with one clear line when the HTTP port is taken, and stops the Neo4j it started', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as net.AddressInfo).port;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ai-graph-http-port-'));
    try {
      const run = start({ PORT: String(port), NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: dir, SEED_ON_EMPTY: 'false' });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain('starting Neo4j');
      expect(run.output()).toContain(`\u2716 port ${port} (PORT) on 127.0.0.1 is already in use`);
      expect(run.output()).not.toContain('listening on');
      expect(run.output()).not.toMatch(/\n\s+at /);
      expect(javaProcessesFor(dir)).toEqual([]);
    } finally {
      blocker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with one clear line when the data folder cannot be written', async () => {
    const run = start({ PORT: String(await freePort()), NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: '/dev/null/neo4j' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('data folder /dev/null/neo4j (NEO4J_DATA_DIR) is not writable');
  });

  it('says in one line what to install when Java is missing', async () => {
    const run = start({ PATH: toolsOnly(['node']), PORT: String(await freePort()) });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/\u2716 Java 17 or newer is required .*install a JDK 17\+/);
    expect(run.output()).not.toMatch(/\n\s+at /);
  });

  it('says in one line what to install when Maven is missing at install time', async () => {
    const install = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['server/scripts/postinstall.ts'], {
      cwd: ROOT,
      env: { ...process.env, PATH: toolsOnly(['node', 'java']) },
    });
    let output = '';
    install.stdout.on('data', (d) => (output += d));
    install.stderr.on('data', (d) => (output += d));
    expect(await new Promise((resolve) => install.on('exit', resolve))).toBe(1);
    expect(output).toMatch(/\u2716 Maven is required .*install it/);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('refuses a bad configuration, naming every bad value', async () => {
    const run = start({ PORT: 'eighty', NEO4J_PASSWORD: 'short' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/invalid configuration: PORT: .*; NEO4J_PASSWORD: must be at least 8 characters/);
  });
});
