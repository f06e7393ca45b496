// The filtered graph the explorer draws, with its force-directed positions: both kept per filter
// until the database commits again (committed-cache.ts), so the layout runs once per graph state
// and a reload, a second reader or a second tab gets the picture at the cost of one empty read.
// The layout runs in the worker thread (on the event loop fcose held the server for seconds under
// load, and reads in flight meanwhile ran past their time limit), and a budget bounds how often:
// anyone may ask for pictures of as many filters as they like (every asOf date is another one),
// and past the budget a picture comes without positions and the explorer lays it out itself.
import type { Database } from '../neo4j/database';
import { cachedUntilNextCommit } from '../repositories/committed-cache';
import { filteredGraph } from '../repositories/graph.repository';
import type { Graph } from '../repositories/records';
import { runInWorker } from '../analytics/run-in-worker';
import { POSITIONS_UP_TO, type Positions } from './picture-layout';

export type GraphFilter = { kinds?: string[]; types?: string[]; asOf?: string; limit: number };
export type Picture = Graph & { truncated: boolean; positions?: Positions };

/** How many filters' pictures are kept at once; the oldest goes first. */
const KEPT_FILTERS = 32;

/**
 * How long a reader waits for a layout in the worker (its start-up included): past that the
 * picture goes without positions, laid out in the page, and a later read of the same graph state
 * gets them.
 */
const LAYOUT_WAIT_MS = 3_000;

/** Server-side layouts allowed per minute, whoever asks. */
export const LAYOUTS_PER_MINUTE = 20;

export function pictureService(db: Database, layoutsPerMinute = LAYOUTS_PER_MINUTE) {
  const kept = new Map<string, () => Promise<Graph & { truncated: boolean }>>();
  /** Positions per filter, for the graph object they were computed from: a commit brings a new one. */
  const laidOut = new Map<string, { graph: Graph; positions: Promise<Positions | undefined> }>();
  const layoutsRun: number[] = [];
  const mayLayOut = () => {
    const now = Date.now();
    while (layoutsRun.length && layoutsRun[0] <= now - 60_000) layoutsRun.shift();
    if (layoutsRun.length >= layoutsPerMinute) return false;
    layoutsRun.push(now);
    return true;
  };
  /** Starts the layout of this graph state in the worker; a later read of the same state gets it. */
  const layOut = (key: string, graph: Graph) => {
    const positions = runInWorker({ task: 'layout', graph }, { timeoutMs: 60_000, label: 'picture layout', log: () => undefined })
      .then((result) => (result.task === 'layout' ? result.positions : undefined))
      .catch(() => undefined);
    laidOut.set(key, { graph, positions });
    if (laidOut.size > KEPT_FILTERS) laidOut.delete(laidOut.keys().next().value!);
    return positions;
  };

  return async (filter: GraphFilter): Promise<Picture> => {
    const key = JSON.stringify([filter.kinds ?? null, filter.types ?? null, filter.asOf ?? null, filter.limit]);
    let entry = kept.get(key);
    if (!entry) {
      entry = cachedUntilNextCommit(db, () => filteredGraph(db, filter));
      kept.set(key, entry);
      if (kept.size > KEPT_FILTERS) kept.delete(kept.keys().next().value!);
    }
    const graph = await entry();
    const done = laidOut.get(key);
    if (done?.graph === graph) {
      // Waited for only briefly: a layout still running leaves this answer to the explorer's own.
      const positions = await Promise.race([done.positions, new Promise<undefined>((r) => setTimeout(r, LAYOUT_WAIT_MS))]);
      return positions ? { ...graph, positions } : graph;
    }
    if (graph.nodes.length === 0 || graph.nodes.length > POSITIONS_UP_TO || !mayLayOut()) return graph;
    const positions = await Promise.race([layOut(key, graph), new Promise<undefined>((r) => setTimeout(r, LAYOUT_WAIT_MS))]);
    return positions ? { ...graph, positions } : graph;
  };
}
