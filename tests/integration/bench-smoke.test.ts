// A small run of the benchmark (1k entities, one short round of every measurement) so that
// `npm run bench` cannot rot. It asserts that every row is there with sane figures, never how fast
// they are: speed belongs in the benchmark's own report, not in `npm test`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatTable } from '../../bench/report';
import { FULL_DEFAULTS, runBenchmark, type BenchResult } from '../../bench/run';

describe('npm run bench, at 1k entities', () => {
  const resultsDir = mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
  let result: BenchResult;
  let table: string;
  const lines: string[] = [];

  beforeAll(async () => {
    result = await runBenchmark({
      ...FULL_DEFAULTS,
      entities: 1000,
      seconds: 1,
      rounds: 1,
      connections: 2,
      batchSizes: [250, 1000],
      loadRounds: 1,
      subgraphSizes: [300],
      fpsSizes: [300],
      fpsSeconds: 1,
      seedRepeats: 1,
      expandRepeats: 1,
      heap: '768m',
      pageCache: '128m',
      resultsDir,
      log: (line) => lines.push(line),
    });
    table = formatTable(result);
  }, 900_000);

  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('generates about ten relationships per entity and loads them all through the loader', () => {
    expect(result.load.entities).toBeGreaterThanOrEqual(1000);
    expect(result.load.relationships).toBe(10_000);
    expect(result.load.sweep.map((s) => s.batchSize)).toEqual([250, 1000]);
    for (const row of result.load.sweep) {
      expect(row.entitiesPerSecond).toBeGreaterThan(0);
      expect(row.relationshipsPerSecond).toBeGreaterThan(0);
    }
    expect([250, 1000]).toContain(result.load.bestBatchSize);
    // The floor sends the same rows without writing them, so it is measured and reported.
    expect(result.load.transportFloor.rows).toBeGreaterThan(0);
    expect(result.load.transportFloor.rowsPerSecond).toBeGreaterThan(0);
    expect(table).toContain('transport floor');
  });

  it('loads the same files through the offline importer into a new store and reports it beside the loader', () => {
    const bulk = result.bulkLoad;
    expect(bulk.entities).toBe(result.load.entities);
    expect(bulk.relationships).toBe(10_000);
    for (const phase of [bulk.validateSeconds, bulk.csvSeconds, bulk.importerSeconds, bulk.startSeconds, bulk.schemaSeconds])
      expect(phase).toBeGreaterThanOrEqual(0);
    expect(bulk.totalSeconds).toBeGreaterThanOrEqual(bulk.validateSeconds + bulk.importerSeconds + bulk.startSeconds);
    expect(table).toMatch(
      /bulk path \(offline importer into a new store\): [\d.]+ s (ok|MISSED) against [\d.]+ s through the loader above/,
    );
    expect(lines.some((l) => l.startsWith('load: the same files through the offline importer'))).toBe(true);
  });

  it('records how busy the machine was during the run', () => {
    const load = result.machine.loadAverage;
    expect(load.max).toBeGreaterThanOrEqual(load.mean);
    expect(load.mean).toBeGreaterThanOrEqual(0);
    expect(table).toMatch(/Load average \(1 min\) during the run: start [\d.]+, mean [\d.]+, max [\d.]+ on \d+ cores/);
  });

  it('measures every endpoint through the driver and the API without errors', () => {
    expect(result.endpoints.map((e) => e.name)).toEqual([
      'entity by id',
      '1-hop neighbours',
      '2-hop neighbours',
      'shortest paths',
      'full-text search',
      'claims by person',
    ]);
    for (const e of result.endpoints) {
      expect(e.driver.requests).toBeGreaterThan(0);
      expect(e.api.requests).toBeGreaterThan(0);
      expect(e.driver.errors + e.api.errors).toBe(0);
      expect(e.driver.p50).toBeGreaterThan(0);
      expect(e.api.p99).toBeGreaterThanOrEqual(e.api.p50);
      expect(Number.isFinite(e.ratioP50)).toBe(true);
      expect(e.api.bytesPerRequest).toBeGreaterThan(0);
    }
  });

  it('compares the Express stack with bare node:http on the same JSON', () => {
    expect(result.httpFloor.bare.requestsPerSecond).toBeGreaterThan(0);
    expect(result.httpFloor.express.requestsPerSecond).toBeGreaterThan(0);
    expect(result.httpFloor.ratioRequestsPerSecond).toBeGreaterThan(0);
    expect(result.httpFloor.bytes).toBeGreaterThan(1000);
  });

  it('measures analytics through the API: each measure cold and then cached, and other routes alone and while cold runs compute', () => {
    const a = result.analytics;
    expect(a.slice.entities).toBeGreaterThan(0);
    expect(a.slice.relationships).toBeGreaterThan(0);
    expect(a.measures.map((m) => m.name)).toEqual(['degree', 'PageRank', 'Louvain']);
    for (const m of a.measures) {
      expect(m.coldStatus).toBe(200);
      expect(m.coldMs).toBeGreaterThan(0);
      expect(m.cached.requests).toBeGreaterThan(0);
      expect(m.cached.errors).toBe(0);
      expect(m.cached.p99).toBeGreaterThanOrEqual(m.cached.p50);
    }
    expect(a.runs.count).toBe(4);
    expect(a.runs.failed).toBe(0);
    expect(a.others.map((o) => o.name)).toEqual(['entity by id', '1-hop neighbours']);
    for (const o of a.others) {
      expect(o.alone.requests).toBeGreaterThan(0);
      expect(o.during.requests).toBeGreaterThan(0);
      expect(o.alone.errors + o.during.errors).toBe(0);
    }
    expect(table).toContain(`6. Analytics through the API, default slice (${a.slice.entities} entities`);
    for (const name of ['degree', 'PageRank', 'Louvain']) {
      expect(table).toMatch(
        new RegExp(
          `goal, ${name} cold \\(first request after the load\\): \\d+ ms; baseline, the same answer cached: p99 [\\d.]+ ms; target ≤ \\d+ ms: (met|MISSED)`,
        ),
      );
      expect(table).toMatch(
        new RegExp(
          `goal, ${name} cached, p99 of \\d+ requests: [\\d.]+ ms; baseline, entity by id: p99 [\\d.]+ ms; target ≤ 50 ms: (met|MISSED)`,
        ),
      );
    }
    for (const name of ['entity by id', '1-hop neighbours'])
      expect(table).toMatch(
        new RegExp(
          `goal, ${name} p99 while analytics computes \\(4 cold runs, [\\d.]+ s, \\d+ requests\\): [\\d.]+ ms; baseline, without: [\\d.]+ ms \\(ratio [\\d.]+\\); target ratio ≤ 2: (met|MISSED)`,
        ),
      );
  });

  it('times the explorer in Chromium: seed render, a subgraph, an expand, and panning by drag and wheel and by script', () => {
    expect(result.client.firstRenderMs).toBeGreaterThan(0);
    expect(result.client.firstRenderNodes).toBeGreaterThan(10);
    expect(result.client.subgraphs).toHaveLength(2);
    expect(result.client.subgraphs[0].nodes).toBeGreaterThan(0);
    expect(result.client.expandHub?.nodesAdded).toBeGreaterThan(0);
    expect(result.client.fps[0].fps).toBeGreaterThan(0);
    expect(result.client.fps[0].programmaticFps).toBeGreaterThan(0);
  });

  it('sets the first picture against the page laying it out itself, and the canvas renderer against WebGL on the same pictures', () => {
    expect(result.client.firstRenderPageLayoutMs).toBeGreaterThan(0);
    expect(result.client.subgraphs.map((s) => s.renderer).sort()).toEqual(['canvas', 'webgl']);
    expect(result.client.fps.map((f) => f.renderer).sort()).toEqual(['canvas', 'webgl']);
    expect(result.client.webgl).toBeTruthy();
    expect(table).toMatch(
      /goal 3, first picture of the seed \(\d+ nodes\), median: \d+ ms .* baseline, layout in the page: \d+ ms .*: (met|MISSED)/,
    );
    expect(table).toMatch(/goal 4, drag and wheel at \d+ nodes: [\d.]+ frames\/s \(canvas\); baseline webgl/);
  });

  it('reports peak memory and writes the table and the JSON', () => {
    expect(result.peakMemoryMiB.neo4j).toBeGreaterThan(100);
    expect(result.peakMemoryMiB.server).toBeGreaterThan(10);
    const written = JSON.parse(readFileSync(result.file!, 'utf8')) as BenchResult;
    expect(written.endpoints).toHaveLength(6);
    for (const heading of ['1. Load', '2-3. Database floor', '4. HTTP floor', '5. Client', '6. Analytics', 'Peak memory'])
      expect(table).toContain(heading);
    for (const e of result.endpoints) expect(table).toContain(e.name);
    expect(lines.some((l) => l.startsWith('load:'))).toBe(true);
  });
});
