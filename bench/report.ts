// The benchmark's printed table: each figure next to its same-run baseline and the target.
import { analyticsGoalLines } from './analytics';
import { clientGoalLines } from './client';
import type { BenchResult } from './run';

/** The targets of issue 6, at 100k entities; a check mark says whether this run met them. */
export const TARGETS = {
  ratio: {
    '1-hop neighbours': { p50: 1.2, p99: 1.4 },
    '2-hop neighbours': { p50: 1.1, p99: 1.1 },
    'shortest paths': { p50: 1.1, p99: 1.1 },
  } as Record<string, { p50: number; p99: number }>,
  p99Ms: { '1-hop neighbours': 10, '2-hop neighbours': 60, 'shortest paths': 100, 'full-text search': 20 } as Record<string, number>,
  relationshipsPerSecond: 30_000,
  loadSeconds: 60,
  /** The bulk path, validation to constraints and indexes online (issue 19). */
  bulkLoadSeconds: 45,
  httpRatio: 0.5,
  seedRenderMs: 1000,
  expandMs: 400,
  fps: { 1000: 30, 5000: 15 } as Record<number, number>,
};

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ok' : ' MISSED');
const f = (n: number, digits = 1) => n.toFixed(digits);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatTable(r: BenchResult): string {
  const out: string[] = [];
  out.push(
    `Benchmark at ${r.load.entities} entities / ${r.load.relationships} relationships — ${r.machine.cpus} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}`,
  );
  out.push('');
  out.push('1. Load through the loader (UNWIND batches, one transaction per batch)');
  out.push(
    table(
      ['batch size', 'entities/s', 'relationships/s'],
      r.load.sweep.map((s) => [
        String(s.batchSize) + (s.batchSize === r.load.bestBatchSize ? ' (best)' : ''),
        f(s.entitiesPerSecond, 0),
        f(s.relationshipsPerSecond, 0),
      ]),
    ),
  );
  const bestRate = Math.max(...r.load.sweep.map((s) => s.relationshipsPerSecond));
  out.push(
    `whole load ${f(r.load.totalSeconds)} s (read ${f(r.load.readSeconds)} s, validate ${f(r.load.validateSeconds)} s, write ${f(r.load.writeSeconds)} s)${mark(r.load.totalSeconds <= TARGETS.loadSeconds)}; ` +
      `best ${f(bestRate, 0)} relationships/s${mark(bestRate >= TARGETS.relationshipsPerSecond)}`,
  );
  out.push(
    `transport floor (same rows to UNWIND … RETURN count(*), nothing written): ${f(r.load.transportFloor.rowsPerSecond, 0)} rows/s; ` +
      `best loader rate ÷ floor ${f(bestRate / r.load.transportFloor.rowsPerSecond, 2)}`,
  );
  const b = r.bulkLoad;
  out.push(
    `bulk path (offline importer into a new store): ${f(b.totalSeconds)} s${mark(b.totalSeconds <= TARGETS.bulkLoadSeconds)} ` +
      `against ${f(r.load.totalSeconds)} s through the loader above (validate ${f(b.validateSeconds)} s, CSV ${f(b.csvSeconds)} s, ` +
      `importer ${f(b.importerSeconds)} s, Neo4j start ${f(b.startSeconds)} s, constraints and indexes online ${f(b.schemaSeconds)} s)`,
  );
  out.push('');
  out.push(
    `2-3. Database floor (repository functions over neo4j-driver) against the API over HTTP, ${r.options.connections} connections, ms`,
  );
  out.push(
    table(
      ['endpoint', 'driver p50', 'driver p99', 'API p50', 'API p99', 'API req/s', 'ratio p50', 'ratio p99', 'bytes', 'errors'],
      r.endpoints.map((e) => {
        const t = TARGETS.ratio[e.name];
        const limit = TARGETS.p99Ms[e.name];
        return [
          e.name,
          f(e.driver.p50, 2),
          f(e.driver.p99, 2),
          f(e.api.p50, 2),
          f(e.api.p99, 2) + (limit !== undefined ? mark(e.api.p99 <= limit) : ''),
          f(e.api.requestsPerSecond, 0),
          f(e.ratioP50, 2) + (t ? mark(e.ratioP50 <= t.p50) : ''),
          f(e.ratioP99, 2) + (t ? mark(e.ratioP99 <= t.p99) : ''),
          String(e.api.bytesPerRequest),
          String(e.api.errors + e.driver.errors),
        ];
      }),
    ),
  );
  out.push('');
  const h = r.httpFloor;
  out.push(`4. HTTP floor, GET /api/schema (${h.bytes} bytes), ${r.options.connections * 2} connections`);
  out.push(
    table(
      ['server', 'req/s', 'p50 ms', 'p99 ms'],
      [
        ['bare node:http', f(h.bare.requestsPerSecond, 0), f(h.bare.p50, 2), f(h.bare.p99, 2)],
        ['Express app', f(h.express.requestsPerSecond, 0), f(h.express.p50, 2), f(h.express.p99, 2)],
      ],
    ),
  );
  out.push(`Express ÷ bare, requests/s: ${f(h.ratioRequestsPerSecond, 2)}${mark(h.ratioRequestsPerSecond >= TARGETS.httpRatio)}`);
  out.push('');
  const c = r.client;
  out.push('5. Client in headless Chromium');
  const rows: string[][] = [];
  if (c.firstRenderMs !== undefined)
    rows.push([
      `first render, seed graph (${c.firstRenderNodes} nodes)`,
      `${f(c.firstRenderMs, 0)} ms${mark(c.firstRenderMs <= TARGETS.seedRenderMs)}`,
    ]);
  for (const s of c.subgraphs)
    rows.push([`draw ${s.nodes} nodes / ${s.edges} edges, ${s.renderer}`, `${f(s.drawMs, 0)} ms (+ fetch ${f(s.fetchMs, 0)} ms)`]);
  if (c.expandHub)
    rows.push([
      `expand a hub (+${c.expandHub.nodesAdded} nodes), p50`,
      `${f(c.expandHub.p50Ms, 0)} ms${mark(c.expandHub.p50Ms <= TARGETS.expandMs)}`,
    ]);
  for (const p of c.fps) {
    const target = TARGETS.fps[Math.round(p.nodes / 1000) * 1000];
    rows.push([
      `dragging and wheeling ${p.nodes} nodes, ${p.renderer}`,
      `${f(p.fps)} frames/s${target !== undefined ? mark(p.fps >= target) : ''}`,
    ]);
    rows.push([`  the same by cy.panBy (full redraw each frame)`, `${f(p.programmaticFps)} frames/s`]);
  }
  out.push(table(['measure', 'figure'], rows));
  out.push(...clientGoalLines(c));
  out.push('');
  const a = r.analytics;
  out.push(`6. Analytics through the API, default slice (${a.slice.entities} entities, ${a.slice.relationships} relationships)`);
  out.push(
    table(
      ['measure', 'cold ms', 'cached p50', 'cached p99', 'cached req/s', 'errors'],
      a.measures.map((m) => [
        m.name,
        f(m.coldMs, 0) + (m.coldStatus === 200 ? '' : ` (${m.coldStatus})`),
        f(m.cached.p50, 2),
        f(m.cached.p99, 2),
        f(m.cached.requestsPerSecond, 0),
        String(m.cached.errors),
      ]),
    ),
  );
  out.push(...analyticsGoalLines(a));
  out.push('');
  out.push(
    `Peak memory (RSS): Neo4j ${r.peakMemoryMiB.neo4j} MiB, server ${r.peakMemoryMiB.server} MiB, benchmark process ${r.peakMemoryMiB.bench} MiB`,
  );
  const load = r.machine.loadAverage;
  out.push(
    `Total ${f(r.totalSeconds, 0)} s. Load average (1 min) during the run: start ${f(load.start, 2)}, mean ${f(load.mean, 2)}, max ${f(load.max, 2)} ` +
      `on ${r.machine.cpus} cores (Neo4j, the server, the load generator and Chromium share them).`,
  );
  return out.join('\n');
}
