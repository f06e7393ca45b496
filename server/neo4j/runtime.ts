// The local Neo4j runtime's prerequisites: a Java 17+ runtime, Maven, the Neo4j jars that Maven
// copies from Maven Central into neo4j-runtime/lib (once; a marker file records success), and the
// launcher compiled into neo4j-runtime/build (once; javac against 850 jars costs seconds of CPU,
// which every start would otherwise pay again in Java's single-file source mode).
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SetupError } from '../errors';
import { step } from '../cli/progress';

export const RUNTIME_DIR = path.resolve(__dirname, '../../neo4j-runtime');
export const LIB_DIR = path.join(RUNTIME_DIR, 'lib');
/** Holds the compiled Launcher class; goes on the classpath after the jars. */
export const LAUNCHER_DIR = path.join(RUNTIME_DIR, 'build');
const LAUNCHER_SOURCE = path.join(RUNTIME_DIR, 'Launcher.java');
const POM = path.join(RUNTIME_DIR, 'pom.xml');
const MARKER = path.join(LIB_DIR, '.complete');

function run(command: string, args: string[], timeoutMs = 30_000): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs }, (error, stdout, stderr) =>
      error ? reject(new Error(error.message, { cause: error })) : resolve({ stdout, stderr }),
    );
  });
}

export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!match) throw new SetupError(`${POM} does not name a neo4j.version`);
  return match[1];
}

export async function checkJava(): Promise<void> {
  let output: string;
  try {
    const { stdout, stderr } = await run('java', ['-version']);
    output = stderr + stdout;
  } catch {
    throw new SetupError(
      'Java 17 or newer is required to run the local Neo4j: install a JDK 17+ (e.g. apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : 0;
  if (major < 17)
    throw new SetupError(
      `Java ${major || 'of unknown version'} found, but Neo4j 5 needs Java 17 or newer: install a JDK 17+ (e.g. apt-get install openjdk-17-jdk-headless).`,
    );
}

export async function checkMaven(): Promise<void> {
  let output: string;
  try {
    output = (await run('mvn', ['-v'])).stdout;
  } catch {
    throw new SetupError(
      'Maven is required to fetch the Neo4j jars: install it (e.g. apt-get install maven), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const match = /Apache Maven (\d+)\.(\d+)/.exec(output);
  if (!match || Number(match[1]) < 3 || (Number(match[1]) === 3 && Number(match[2]) < 6))
    throw new SetupError(`Maven 3.6 or newer is required to fetch the Neo4j jars (found: ${match ? match[0] : 'unknown'}).`);
}

export function jarsPresent(): boolean {
  return existsSync(MARKER) && readFileSync(MARKER, 'utf8').trim() === neo4jVersion();
}

export async function ensureNeo4jJars(): Promise<void> {
  const version = neo4jVersion();
  if (jarsPresent()) {
    step(`Neo4j ${version} jars already in neo4j-runtime/lib`);
    return;
  }
  step(`resolving Neo4j Community ${version} from Maven Central into neo4j-runtime/lib (once)`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      'mvn',
      ['-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${LIB_DIR}`, '-DincludeScope=runtime'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let tail = '';
    let downloads = 0;
    let reported = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      downloads += (text.match(/Downloaded from/g) ?? []).length;
      // One line per 100 artifacts: Maven's own output is too chatty to pass through.
      if (downloads - reported >= 100) {
        reported = downloads - (downloads % 100);
        step(`  ${reported} artifacts downloaded\u2026`);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new SetupError(
              `Maven could not fetch the Neo4j jars (exit ${code}):\n${tail
                .split('\n')
                .filter((l) => l.includes('ERROR'))
                .slice(0, 5)
                .join('\n')}`,
            ),
          ),
    );
  });
  writeFileSync(MARKER, version);
  step(`Neo4j ${version} jars ready`);
}

function launcherCompiled(): boolean {
  const compiled = path.join(LAUNCHER_DIR, 'Launcher.class');
  return existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(LAUNCHER_SOURCE).mtimeMs;
}

/** Compiles Launcher.java when its class is missing or older than the source. */
export async function ensureLauncherCompiled(): Promise<void> {
  if (launcherCompiled()) return;
  step('compiling neo4j-runtime/Launcher.java');
  // Compiled aside and renamed into place, so a concurrent start never sees half a build.
  const staging = mkdtempSync(path.join(RUNTIME_DIR, '.build-'));
  try {
    await run('javac', ['-d', staging, '-cp', `${LIB_DIR}${path.sep}*`, LAUNCHER_SOURCE], 180_000);
    rmSync(LAUNCHER_DIR, { recursive: true, force: true });
    renameSync(staging, LAUNCHER_DIR);
  } catch (error) {
    if (!launcherCompiled()) {
      const detail = (error as { stderr?: string }).stderr?.split('\n')[0] ?? (error as Error).message;
      throw new SetupError(`could not compile neo4j-runtime/Launcher.java (is a full JDK 17+ with javac installed?): ${detail}`);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
