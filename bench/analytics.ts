// Network analytics on the benchmark's generated graph, through the API (issue 18): each measure's
// first request after the load, which computes it (projection read, worker start, graph build and
// the run itself), then the p99 of repeated requests, which the cache answers until the next
// commit; and another route's latency while cold runs go on, against the same route alone,
// measured in the same run with the same load generator.
import { performance } from 'node:perf_hooks';
import { measureHttp, type LatencyFigures } from './latency';

/** Issue 18's targets, on this 2-core machine at 100k entities / 1M relationships. */
export const ANALYTICS_GOALS = { coldMs: { degree: 3000, PageRank: 3000, Louvain: 10_000 }, cachedP99Ms: 50, otherP99Ratio: 2 };

type MeasureName = keyof typeof ANALYTICS_GOALS.coldMs;

/** The default slice (every kind but claims and sources), so the figures are the ones a reader gets first. */
const MEASURED: { name: MeasureName; path: string }[] = [
  { name: 'degree', path: '/api/analytics/centrality?measure=degree&limit=10' },
  { name: 'PageRank', path: '/api/analytics/centrality?measure=pagerank&limit=10' },
  { name: 'Louvain', path: '/api/analytics/communities?limit=10' },
];

/** Runs no request has asked for yet, so each computes while the other route is measured beside it. */
const LOADING = [
  '/api/analytics/centrality?measure=pagerank&direction=in&limit=10',
  '/api/analytics/centrality?measure=degree&direction=in&limit=10',
  '/api/analytics/centrality?measure=pagerank&direction=out&limit=10',
  '/api/analytics/centrality?measure=degree&direction=out&limit=10',
];

export interface AnalyticsFigures {
  /** The default slice as the API reports it. */
  slice: { entities: number; relationships: number };
  measures: { name: MeasureName; coldMs: number; coldStatus: number; cached: LatencyFigures }[];
  /** The cold runs the other routes were measured beside. */
  runs: { count: number; ms: number; failed: number };
  others: { name: string; alone: LatencyFigures; during: LatencyFigures }[];
}

type Route = { name: string; path: (i: number) => string };

/** One request, timed to its last byte. */
async function timed(url: string): Promise<{ ms: number; status: number; body: unknown }> {
  const t = performance.now();
  const res = await fetch(url);
  const body: unknown = await res.json().catch(() => undefined);
  return { ms: performance.now() - t, status: res.status, body };
}

export async function measureAnalytics(
  baseUrl: string,
  others: Route[],
  options: { connections: number; seconds: number; log: (line: string) => void },
): Promise<AnalyticsFigures> {
  const { connections, seconds, log } = options;
  log('analytics: each measure cold, then cached');
  const measures: AnalyticsFigures['measures'] = [];
  let slice = { entities: 0, relationships: 0 };
  for (const m of MEASURED) {
    const cold = await timed(baseUrl + m.path);
    if (m.name === 'PageRank' && cold.status === 200) {
      const { entities, relationships } = cold.body as { entities: number; relationships: number };
      slice = { entities, relationships };
    }
    const cached = await measureHttp(baseUrl, () => m.path, connections, seconds, 0);
    measures.push({ name: m.name, coldMs: cold.ms, coldStatus: cold.status, cached });
    log(`  ${m.name}: cold ${Math.round(cold.ms)} ms (${cold.status}), cached p99 ${cached.p99.toFixed(2)} ms`);
  }
  // The other routes side by side, as a busy explorer asks them, alone and then beside cold runs.
  log(`analytics: ${others.map((o) => o.name).join(', ')} alone, then while cold runs compute`);
  const alone = await Promise.all(others.map((o) => measureHttp(baseUrl, o.path, connections, seconds, 200_000)));
  const loading = (async () => {
    const runs = [];
    for (const path of LOADING) runs.push(await timed(baseUrl + path));
    return runs;
  })();
  const during = await Promise.all(others.map((o) => measureHttp(baseUrl, o.path, connections, seconds, 200_000, loading)));
  const done = await loading;
  const runs = { count: done.length, ms: done.reduce((sum, r) => sum + r.ms, 0), failed: done.filter((r) => r.status !== 200).length };
  const figures = others.map((o, i) => ({ name: o.name, alone: alone[i], during: during[i] }));
  for (const o of figures)
    log(
      `  ${o.name} p99 ${o.alone.p99.toFixed(2)} ms alone, ${o.during.p99.toFixed(2)} ms during ${runs.count} runs (${Math.round(runs.ms)} ms)`,
    );
  return { slice, measures, runs, others: figures };
}

/** One line per goal: the figure, its same-run baseline and met or missed. */
export function analyticsGoalLines(a: AnalyticsFigures): string[] {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const ms = (n: number) => `${Math.round(n)} ms`;
  const lines = a.measures.flatMap((m) => {
    const target = ANALYTICS_GOALS.coldMs[m.name];
    const cold =
      m.coldStatus === 200
        ? `${ms(m.coldMs)}; baseline, the same answer cached: p99 ${m.cached.p99.toFixed(1)} ms; target ≤ ${target} ms: ${verdict(m.coldMs <= target)}`
        : `failed with ${m.coldStatus} after ${ms(m.coldMs)}; target ≤ ${target} ms: MISSED`;
    return [
      `goal, ${m.name} cold (first request after the load): ${cold}`,
      `goal, ${m.name} cached, p99 of ${m.cached.requests} requests: ${m.cached.p99.toFixed(1)} ms; ` +
        `baseline, ${a.others[0].name}: p99 ${a.others[0].alone.p99.toFixed(1)} ms; target ≤ ${ANALYTICS_GOALS.cachedP99Ms} ms: ` +
        verdict(m.cached.errors === 0 && m.cached.p99 <= ANALYTICS_GOALS.cachedP99Ms),
    ];
  });
  for (const o of a.others) {
    const ratio = o.alone.p99 > 0 ? o.during.p99 / o.alone.p99 : Infinity;
    lines.push(
      `goal, ${o.name} p99 while analytics computes (${a.runs.count} cold runs, ${(a.runs.ms / 1000).toFixed(1)} s, ${o.during.requests} requests): ` +
        `${o.during.p99.toFixed(1)} ms; baseline, without: ${o.alone.p99.toFixed(1)} ms (ratio ${ratio.toFixed(2)}); ` +
        `target ratio ≤ ${ANALYTICS_GOALS.otherP99Ratio}: ${verdict(o.during.requests > 0 && ratio <= ANALYTICS_GOALS.otherP99Ratio && a.runs.failed === 0)}`,
    );
  }
  return lines;
}
