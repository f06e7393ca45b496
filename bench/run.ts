// `npm run bench -- --entities 10000|100000`: generates a graph, starts its own Neo4j and server,
// and measures load, the database floor against the API, the HTTP stack against bare node:http,
// network analytics through the API and the explorer in Chromium. Each comparison runs in the same run, alternated after a warm-up.
// Prints a table and writes JSON under bench/results/.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SEED_DIR, loadDataset, readDatasetFiles } from '../server/loader/load-dataset';
import { buildClient, clientBuilt } from '../server/client-dist';
import { measureAnalytics, type AnalyticsFigures } from './analytics';
import { measureClient, measureSeedRender, type ClientFigures } from './client';
import { generateGraph, writeSeedFiles } from './generate';
import { endpointCases, measureDirect, measureHttp, type LatencyFigures } from './latency';
import { measureBulkLoad, type BulkLoadResult } from './bulk-load';
import { measureLoad, type LoadResult } from './load';
import { formatTable } from './report';
import { BENCH_PASSWORD, peakRssMiB, startBenchNeo4j, startServerProcess } from './stack';

export interface BenchOptions {
  entities: number;
  /** Seconds each side of each comparison runs per round. */
  seconds: number;
  rounds: number;
  connections: number;
  batchSizes: number[];
  loadRounds: number;
  subgraphSizes: number[];
  fpsSizes: number[];
  fpsSeconds: number;
  /** Loads of the seed page per side (server positions, page layout); the median of each is reported. */
  seedRepeats: number;
  expandRepeats: number;
  heap: string;
  pageCache: string;
  resultsDir: string;
  log: (line: string) => void;
}

export interface EndpointResult {
  name: string;
  driver: LatencyFigures;
  api: LatencyFigures & { bytesPerRequest: number };
  ratioP50: number;
  ratioP99: number;
}

export interface BenchResult {
  startedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    /** One-minute load average sampled every 10 s: how busy the machine was besides the benchmark. */
    loadAverage: { start: number; mean: number; max: number };
  };
  options: Omit<BenchOptions, 'log'>;
  generateSeconds: number;
  load: LoadResult;
  /** The same files through the offline importer into a store of their own. */
  bulkLoad: BulkLoadResult;
  endpoints: EndpointResult[];
  httpFloor: { bare: LatencyFigures; express: LatencyFigures; ratioRequestsPerSecond: number; bytes: number };
  analytics: AnalyticsFigures;
  client: ClientFigures;
  peakMemoryMiB: { neo4j: number; server: number; bench: number };
  totalSeconds: number;
  file?: string;
}

export const FULL_DEFAULTS: Omit<BenchOptions, 'entities' | 'log'> = {
  seconds: 5,
  rounds: 2,
  connections: 4,
  batchSizes: [500, 1000, 2500, 5000, 10000],
  loadRounds: 2,
  subgraphSizes: [1000, 5000, 10000],
  fpsSizes: [1000, 5000, 10000],
  fpsSeconds: 3,
  seedRepeats: 3,
  expandRepeats: 5,
  heap: '3g',
  pageCache: '2g',
  resultsDir: path.join(__dirname, 'results'),
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Merges rounds: medians of each figure, totals of counts. */
function merge<T extends LatencyFigures>(rounds: T[]): T {
  const out = { ...rounds[0] };
  for (const key of Object.keys(out) as (keyof T)[]) {
    const values = rounds.map((r) => r[key] as unknown as number);
    (out[key] as unknown as number) = key === 'requests' || key === 'errors' ? values.reduce((a, b) => a + b, 0) : median(values);
  }
  return out;
}

export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const { log } = options;
  const began = performance.now();
  const stamp = new Date().toISOString();
  // The benchmark itself keeps about two processes busy; a load average well above the core
  // count means something else shared the machine and the absolute figures suffer.
  const loadSamples = [os.loadavg()[0]];
  const loadSampler = setInterval(() => loadSamples.push(os.loadavg()[0]), 10_000);
  loadSampler.unref();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ai-graph-bench-data-'));
  log(`generating ${options.entities} entities (fixed seed)`);
  const g0 = performance.now();
  const graph = generateGraph({ entities: options.entities });
  writeSeedFiles(graph, dataDir);
  const generateSeconds = (performance.now() - g0) / 1000;
  const searchWords = graph.entities.slice(0, 5000).map((e) => String(e.name).split(' ')[0].slice(0, 4).toLowerCase());
  const idsByKind = graph.idsByKind;
  const relationshipCount = graph.relationships.length;
  // Degrees, to find a hub for the client's expand: the most connected organisation.
  const hub = idsByKind.Organization[0];
  const start = idsByKind.Person[idsByKind.Person.length - 1];
  (graph as { entities: unknown[]; relationships: unknown[] }).entities = [];
  (graph as { entities: unknown[]; relationships: unknown[] }).relationships = [];
  log(`generated ${relationshipCount} relationships in ${generateSeconds.toFixed(1)} s`);

  if (!clientBuilt()) {
    log('building the client');
    await buildClient();
  }
  log(`starting Neo4j (heap ${options.heap}, page cache ${options.pageCache})`);
  const neo = await startBenchNeo4j({ heap: options.heap, pageCache: options.pageCache });
  const stops: (() => Promise<void>)[] = [() => neo.stop()];
  try {
    const server = await startServerProcess('express', { BENCH_NEO4J_URI: neo.neo4j.uri, BENCH_NEO4J_PASSWORD: BENCH_PASSWORD });
    stops.unshift(() => server.stop());

    // 5a. The seed alone, as a new user first sees it.
    await loadDataset(neo.loaderDb, readDatasetFiles([SEED_DIR]));
    log('client: first render of the seed graph');
    const seed = await measureSeedRender(server.url, options.seedRepeats);
    log(
      `  seed graph (${seed.nodes} nodes) drawn ${Math.round(seed.ms)} ms after navigation (${Math.round(seed.pageLayoutMs)} ms with the layout in the page)`,
    );

    // 1. Load.
    log(`load: ${options.entities} entities and ${relationshipCount} relationships through the loader`);
    const load = await measureLoad(neo.loaderDb, dataDir, { batchSizes: options.batchSizes, rounds: options.loadRounds, log });
    log(
      `  loaded in ${load.totalSeconds.toFixed(1)} s (validation ${load.validateSeconds.toFixed(1)} s); best batch ${load.bestBatchSize}`,
    );
    log('load: the same files through the offline importer (bulk path), into a new store');
    const bulkLoad = await measureBulkLoad(dataDir, { heap: options.heap, pageCache: options.pageCache, log });
    rmSync(dataDir, { recursive: true, force: true });

    // 2 and 3. Database floor against the API, alternated.
    const cases = endpointCases(idsByKind, searchWords);
    log('warm-up: every endpoint, driver and API');
    for (const c of cases) {
      await measureDirect(neo.db, c, options.connections, Math.max(1, options.seconds / 2), 100_000);
      await measureHttp(server.url, c.path, options.connections, Math.max(1, options.seconds / 2), 100_000);
    }
    const endpoints: EndpointResult[] = [];
    for (const c of cases) {
      const driverRounds: LatencyFigures[] = [];
      const apiRounds: (LatencyFigures & { bytesPerRequest: number })[] = [];
      for (let round = 0; round < options.rounds; round++) {
        // Same request sequence for both sides of a round; which side goes first alternates.
        const offset = round * 50_000;
        const driver = () => measureDirect(neo.db, c, options.connections, options.seconds, offset).then((r) => driverRounds.push(r));
        const api = () => measureHttp(server.url, c.path, options.connections, options.seconds, offset).then((r) => apiRounds.push(r));
        if (round % 2 === 0) {
          await driver();
          await api();
        } else {
          await api();
          await driver();
        }
      }
      const driver = merge(driverRounds);
      const api = merge(apiRounds);
      const row = { name: c.name, driver, api, ratioP50: api.p50 / driver.p50, ratioP99: api.p99 / driver.p99 };
      endpoints.push(row);
      log(
        `  ${c.name}: driver p50 ${driver.p50.toFixed(2)} p99 ${driver.p99.toFixed(2)} ms; API p50 ${api.p50.toFixed(2)} p99 ${api.p99.toFixed(2)} ms, ${Math.round(api.requestsPerSecond)} req/s, ${api.errors} errors`,
      );
    }

    // 4. The HTTP stack alone: the same JSON from Express and from bare node:http.
    log('HTTP floor: Express stack against bare node:http, /api/schema');
    const bare = await startServerProcess('bare');
    stops.unshift(() => bare.stop());
    const schemaPath = () => '/api/schema';
    await measureHttp(bare.url, schemaPath, options.connections * 2, 1, 0);
    await measureHttp(server.url, schemaPath, options.connections * 2, 1, 0);
    const bareRounds: LatencyFigures[] = [];
    const expressRounds: (LatencyFigures & { bytesPerRequest: number })[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? [bare, server] : [server, bare];
      for (const target of order) {
        const figures = await measureHttp(target.url, schemaPath, options.connections * 2, options.seconds, 0);
        (target === bare ? bareRounds : expressRounds).push(figures);
      }
    }
    const bareFigures = merge(bareRounds);
    const expressFigures = merge(expressRounds);
    const httpFloor = {
      bare: bareFigures,
      express: expressFigures,
      ratioRequestsPerSecond: expressFigures.requestsPerSecond / bareFigures.requestsPerSecond,
      bytes: expressRounds[0].bytesPerRequest,
    };
    log(`  bare ${Math.round(bareFigures.requestsPerSecond)} req/s, Express ${Math.round(expressFigures.requestsPerSecond)} req/s`);
    const bareServerPeak = peakRssMiB(bare.pid);
    await bare.stop();
    stops.shift();

    // 6. Analytics, before the explorer: its pages ask for key players, which would warm the cache.
    const others = cases.filter((c) => c.name === 'entity by id' || c.name === '1-hop neighbours');
    const analytics = await measureAnalytics(server.url, others, {
      connections: Math.max(1, Math.round(options.connections / others.length)),
      seconds: options.seconds,
      log,
    });

    // 5b. The explorer on the large graph.
    log('client: subgraphs, expand of a hub, panning');
    const client = await measureClient(server.url, {
      subgraphSizes: options.subgraphSizes,
      fpsSizes: options.fpsSizes,
      fpsSeconds: options.fpsSeconds,
      hub,
      start,
      expandRepeats: options.expandRepeats,
      log,
    });

    const peakMemoryMiB = {
      neo4j: peakRssMiB(neo.neo4j.process.pid!),
      server: Math.max(peakRssMiB(server.pid), bareServerPeak),
      bench: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    const result: BenchResult = {
      startedAt: stamp,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverage: {
          start: loadSamples[0],
          mean: loadSamples.reduce((a, b) => a + b, 0) / loadSamples.length,
          max: Math.max(...loadSamples),
        },
      },
      options: { ...options, log: undefined } as unknown as Omit<BenchOptions, 'log'>,
      generateSeconds,
      load,
      bulkLoad,
      endpoints,
      httpFloor,
      analytics,
      client: { firstRenderMs: seed.ms, firstRenderPageLayoutMs: seed.pageLayoutMs, firstRenderNodes: seed.nodes, ...client },
      peakMemoryMiB,
      totalSeconds: (performance.now() - began) / 1000,
    };
    mkdirSync(options.resultsDir, { recursive: true });
    result.file = path.join(options.resultsDir, `bench-${options.entities}-${stamp.replace(/[:.]/g, '-')}.json`);
    writeFileSync(result.file, JSON.stringify(result, null, 2));
    return result;
  } finally {
    clearInterval(loadSampler);
    for (const stop of stops) await stop().catch(() => undefined);
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
  }
}

function parseArgs(argv: string[]): Partial<BenchOptions> {
  const out: Partial<BenchOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = inline ?? argv[++i];
    if (flag === '--entities') out.entities = Number(value);
    else if (flag === '--seconds') out.seconds = Number(value);
    else if (flag === '--rounds') out.rounds = Number(value);
    else if (flag === '--connections') out.connections = Number(value);
    else throw new Error(`unknown option ${flag} (known: --entities N, --seconds S, --rounds R, --connections C)`);
  }
  if (out.entities !== undefined && (!Number.isInteger(out.entities) || out.entities < 100 || out.entities > 1_000_000))
    throw new Error('--entities must be a whole number between 100 and 1000000');
  return out;
}

if (require.main === module) {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string) => process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  runBenchmark({ ...FULL_DEFAULTS, entities: 10_000, ...args, log })
    .then((result) => {
      process.stdout.write(`\n${formatTable(result)}\n\nJSON: ${result.file}\n`);
    })
    .catch((error) => {
      process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    });
}
