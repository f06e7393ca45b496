// The worker thread's entry: runs each job it is sent, one after another, reports each phase as it
// ends, and answers with the scores, groups or positions. Kept off the main thread so the API answers other
// requests while a large graph is measured.
import { parentPort } from 'node:worker_threads';
import { pictureLayout } from '../services/picture-layout';
import { buildGraph, centrality, communities, degrees } from './measures';
import type { Job, WorkerMessage } from './worker-protocol';

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

parentPort!.on('message', (job: Job) => {
  const started = Date.now();
  const phase = (what: string) => post({ type: 'progress', message: `${what} after ${Date.now() - started} ms` });
  try {
    if (job.task === 'layout') {
      const positions = pictureLayout(job.graph);
      phase('picture laid out');
      post({ type: 'done', result: { task: 'layout', positions } });
    } else if (job.task === 'centrality' && job.measure === 'degree') {
      const scores = degrees(job.projection, job.direction);
      phase('degree counted');
      post({ type: 'done', result: { task: 'centrality', scores } });
    } else if (job.task === 'centrality') {
      const graph = buildGraph(job.projection, job.direction);
      phase(`graph built (${graph.order} entities, ${graph.size} edges)`);
      const scores = centrality(graph, job.measure);
      phase(`${job.measure} computed`);
      post({ type: 'done', result: { task: 'centrality', scores } });
    } else {
      const found = communities(job.projection, job.seed);
      phase(`communities found (${found.groups.length})`);
      post({ type: 'done', result: { task: 'communities', ...found } });
    }
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
