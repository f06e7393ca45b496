// The filtered graph the explorer draws, with its force-directed positions: both kept per filter
// until the database commits again (committed-cache.ts), so the layout runs once per graph state
// and a reload, a second reader or a second tab gets the picture at the cost of one empty read.
import type { Database } from '../neo4j/database';
import { cachedUntilNextCommit } from '../repositories/committed-cache';
import { filteredGraph } from '../repositories/graph.repository';
import type { Graph } from '../repositories/records';
import { pictureLayout, type Positions } from './picture-layout';

export type GraphFilter = { kinds?: string[]; types?: string[]; asOf?: string; limit: number };
export type Picture = Graph & { truncated: boolean; positions?: Positions };

/** How many filters' pictures are kept at once; the oldest goes first. */
const KEPT_FILTERS = 32;

export function pictureService(db: Database) {
  const kept = new Map<string, () => Promise<Picture>>();
  return (filter: GraphFilter): Promise<Picture> => {
    const key = JSON.stringify([filter.kinds ?? null, filter.types ?? null, filter.asOf ?? null, filter.limit]);
    let entry = kept.get(key);
    if (!entry) {
      entry = cachedUntilNextCommit(db, async () => {
        const graph = await filteredGraph(db, filter);
        const positions = pictureLayout(graph);
        return positions ? { ...graph, positions } : graph;
      });
      kept.set(key, entry);
      if (kept.size > KEPT_FILTERS) kept.delete(kept.keys().next().value!);
    }
    return entry();
  };
}
