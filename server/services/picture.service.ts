// The filtered graph the explorer draws, with its force-directed positions: both kept per filter
// until the database commits again (committed-cache.ts), so the layout runs once per graph state
// and a reload, a second reader or a second tab gets the picture at the cost of one empty read.
// The layout runs on the event loop (up to about a second under load), so a budget bounds it:
// anyone may ask for pictures of as many filters as they like (every asOf date is another one),
// and past the budget a picture comes without positions and the explorer lays it out itself.
import type { Database } from '../neo4j/database';
import { cachedUntilNextCommit } from '../repositories/committed-cache';
import { filteredGraph } from '../repositories/graph.repository';
import type { Graph } from '../repositories/records';
import { pictureLayout, POSITIONS_UP_TO, type Positions } from './picture-layout';

export type GraphFilter = { kinds?: string[]; types?: string[]; asOf?: string; limit: number };
export type Picture = Graph & { truncated: boolean; positions?: Positions };

/** How many filters' pictures are kept at once; the oldest goes first. */
const KEPT_FILTERS = 32;

/** Server-side layouts allowed per minute, whoever asks. */
export const LAYOUTS_PER_MINUTE = 20;

export function pictureService(db: Database, layoutsPerMinute = LAYOUTS_PER_MINUTE) {
  const kept = new Map<string, () => Promise<Picture>>();
  const layoutsRun: number[] = [];
  const mayLayOut = () => {
    const now = Date.now();
    while (layoutsRun.length && layoutsRun[0] <= now - 60_000) layoutsRun.shift();
    if (layoutsRun.length >= layoutsPerMinute) return false;
    layoutsRun.push(now);
    return true;
  };
  return (filter: GraphFilter): Promise<Picture> => {
    const key = JSON.stringify([filter.kinds ?? null, filter.types ?? null, filter.asOf ?? null, filter.limit]);
    let entry = kept.get(key);
    if (!entry) {
      entry = cachedUntilNextCommit(db, async () => {
        const graph = await filteredGraph(db, filter);
        const positions = graph.nodes.length <= POSITIONS_UP_TO && mayLayOut() ? pictureLayout(graph) : undefined;
        return positions ? { ...graph, positions } : graph;
      });
      kept.set(key, entry);
      if (kept.size > KEPT_FILTERS) kept.delete(kept.keys().next().value!);
    }
    return entry();
  };
}
