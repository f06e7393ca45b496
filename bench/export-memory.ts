// Peak memory of the API server while exports run: a generated graph (bench/generate.ts) loaded
// into the benchmark's own Neo4j, then three exports requested at once while /api/health is asked
// every 200 ms. Prints the server's peak resident memory (VmHWM) before and after, what each export
// answered, and the slowest health answer. Outside `npm test`:
//   npm run bench:export-memory -- --entities 20000 --format graphml
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDataset, readDatasetFiles } from '../server/loader/load-dataset';
import { generateGraph, writeSeedFiles } from './generate';
import { BENCH_PASSWORD, peakRssMiB, startBenchNeo4j, startServerProcess } from './stack';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}

const entities = Number(option('entities', '20000'));
const format = option('format', 'graphml');
const concurrent = Number(option('concurrent', '3'));
const log = (line: string) => process.stdout.write(`${line}\n`);

async function exportOnce(url: string): Promise<{ status: number; bytes: number; seconds: number }> {
  const started = performance.now();
  const res = await fetch(`${url}/api/export?format=${format}`);
  let bytes = 0;
  // Read and drop: the client keeps nothing, so only the server's memory is measured.
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  return { status: res.status, bytes, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ai-graph-export-mem-'));
  const graph = generateGraph({ entities });
  writeSeedFiles(graph, dataDir);
  log(`generated ${graph.entities.length} entities, ${graph.relationships.length} relationships`);
  const neo = await startBenchNeo4j({ heap: option('heap', '2g'), pageCache: option('pagecache', '1g') });
  try {
    const l0 = performance.now();
    // One batch at a time: two concurrent CREATE batches of relationships can deadlock on shared hub nodes.
    await loadDataset(neo.loaderDb, readDatasetFiles([dataDir]), { mode: 'batched', batchSize: 5000, concurrency: 1 });
    log(`loaded in ${((performance.now() - l0) / 1000).toFixed(1)} s`);
    rmSync(dataDir, { recursive: true, force: true });
    const server = await startServerProcess('express', {
      BENCH_NEO4J_URI: neo.neo4j.uri,
      BENCH_NEO4J_PASSWORD: BENCH_PASSWORD,
    });
    try {
      await (await fetch(`${server.url}/api/health`)).text();
      const baseline = peakRssMiB(server.pid);
      let slowestHealth = 0;
      let healthFailures = 0;
      let running = true;
      const health = (async () => {
        while (running) {
          const t = performance.now();
          const res = await fetch(`${server.url}/api/health`).catch(() => undefined);
          if (!res || res.status !== 200) healthFailures++;
          await res?.text();
          slowestHealth = Math.max(slowestHealth, performance.now() - t);
          await new Promise((r) => setTimeout(r, 200));
        }
      })();
      const e0 = performance.now();
      const answers = await Promise.all(Array.from({ length: concurrent }, () => exportOnce(server.url)));
      const wall = (performance.now() - e0) / 1000;
      running = false;
      await health;
      const result = {
        entities: graph.entities.length,
        relationships: graph.relationships.length,
        format,
        concurrent,
        baselinePeakRssMiB: baseline,
        peakRssMiB: peakRssMiB(server.pid),
        answers: answers.map((a) => ({ status: a.status, megabytes: +(a.bytes / 1e6).toFixed(1), seconds: +a.seconds.toFixed(1) })),
        wallSeconds: +wall.toFixed(1),
        slowestHealthMs: Math.round(slowestHealth),
        healthFailures,
        loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
      };
      log(JSON.stringify(result, null, 2));
    } finally {
      await server.stop();
    }
  } finally {
    await neo.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
