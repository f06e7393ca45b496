// The measures themselves, as pure functions over a projection, computed by graphology's
// maintained implementations. The worker runs them; unit tests call them directly.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import closeness from 'graphology-metrics/centrality/closeness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { weightedDegree, weightedInDegree } from 'graphology-metrics/node/weighted-degree';
import type { Projection } from '../repositories/analytics.repository';
import { seededRandom } from './seeded-random';
import type { Direction } from './slice';

export const MEASURES = ['degree', 'pagerank', 'betweenness', 'closeness'] as const;
export type Measure = (typeof MEASURES)[number];

type Weighted = { weight: number };
/** The projection's entity ids, which the graph's node keys (their indices) stand for. */
type Ids = { ids: readonly string[] };
type SliceGraph = Graph<object, Weighted, Ids>;

/**
 * The projection as a graphology graph whose edges point the way a measure should credit them:
 * as stored for `in`, reversed for `out`, undirected for `both`. Parallel relationships become one
 * edge weighted by their number (three funding rounds count three times in degree); a symmetric
 * type (competes with) counts both ways. Nodes are keyed by their index in the projection, not by
 * id: V8 keeps integer-like keys in the adjacency objects' fast elements store, and at 200,000
 * edges the graph built about a third faster so (docs/analytics.md); the scores go back to ids.
 */
export function buildGraph(projection: Projection, direction: Direction): SliceGraph {
  const graph = new Graph<object, Weighted, Ids>({ type: direction === 'both' ? 'undirected' : 'directed', allowSelfLoops: false });
  graph.replaceAttributes({ ids: projection.ids });
  const n = projection.ids.length;
  const keys = Array.from({ length: n }, (_, i) => String(i));
  for (const key of keys) graph.addNode(key);
  // Parallel edges summed by a numeric key first: graphology's per-edge update is several times slower.
  const weights = new Map<number, number>();
  const add = (from: number, to: number) => {
    if (from === to) return;
    const key = direction === 'both' && from > to ? to * n + from : from * n + to;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  };
  for (let i = 0; i < projection.source.length; i++) {
    const [from, to] = direction === 'out' ? [projection.target[i], projection.source[i]] : [projection.source[i], projection.target[i]];
    add(from, to);
    if (projection.symmetric[i] && direction !== 'both') add(to, from);
  }
  for (const [key, weight] of weights) graph.addEdge(keys[Math.floor(key / n)], keys[key % n], { weight });
  return graph;
}

/** Scores keyed by node index, keyed by entity id. */
function byId(graph: SliceGraph, scores: Record<string, number>): Record<string, number> {
  const ids = graph.getAttribute('ids');
  return Object.fromEntries(Object.entries(scores).map(([node, score]) => [ids[Number(node)], score]));
}

/** Each entity's score by `measure`. Degree counts relationships; the others use path structure. */
export function centrality(graph: SliceGraph, measure: Measure): Record<string, number> {
  // An empty slice ranks nobody (the path measures' queues refuse a capacity of 0).
  if (graph.order === 0) return {};
  switch (measure) {
    case 'degree': {
      const count = graph.type === 'undirected' ? weightedDegree : weightedInDegree;
      return byId(graph, Object.fromEntries(graph.mapNodes((node) => [node, count(graph, node, 'weight')])));
    }
    case 'pagerank':
      return byId(graph, pageRank(graph));
    case 'betweenness':
      // Unweighted: a path through three funding rounds is no shorter than through one.
      return byId(graph, betweenness(graph, { getEdgeWeight: null, normalized: true }));
    case 'closeness':
      return byId(graph, closeness(graph, { wassermanFaust: true }));
  }
}

/**
 * Degree straight from the projection, in one pass over its arrays and without building a graph
 * (at 100,000 entities the build is most of a run): the same counts as graphology's weighted
 * degree on `buildGraph`'s graph, which a unit test checks. A relationship counts once for each end
 * when direction is ignored; when it matters, for the end it credits, and a symmetric one for both.
 */
export function degrees(projection: Projection, direction: Direction): Record<string, number> {
  const count = new Float64Array(projection.ids.length);
  for (let i = 0; i < projection.source.length; i++) {
    const [source, target] = [projection.source[i], projection.target[i]];
    if (source === target) continue;
    if (direction === 'both' || projection.symmetric[i]) {
      count[source]++;
      count[target]++;
    } else count[direction === 'in' ? target : source]++;
  }
  return Object.fromEntries(projection.ids.map((id, i) => [id, count[i]]));
}

/**
 * PageRank, with its two edge cases answered rather than thrown: without relationships every
 * entity ranks alike (graphology's iteration never converges there), and a graph that does not
 * settle to 1e-9 within 200 rounds is given 1,000 rounds at 1e-6, still far finer than a ranking needs.
 */
function pageRank(graph: SliceGraph): Record<string, number> {
  if (graph.size === 0) return Object.fromEntries(graph.mapNodes((node) => [node, 1 / graph.order]));
  try {
    return pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 200, tolerance: 1e-9 });
  } catch {
    return pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 1000, tolerance: 1e-6 });
  }
}

export interface Ranked {
  id: string;
  score: number;
  rank: number;
}

/** Highest first, ties by id so equal answers come in one order; tied scores share a rank. */
export function rank(scores: Record<string, number>): Ranked[] {
  const sorted = Object.entries(scores).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  let rankOf = 0;
  return sorted.map(([id, score], i) => {
    if (i === 0 || score !== sorted[i - 1][1]) rankOf = i + 1;
    return { id, score, rank: rankOf };
  });
}

export interface Communities {
  /** Members of each group, the most central (weighted degree) first; largest group first. */
  groups: { members: string[]; degrees: number[] }[];
  modularity: number;
}

/** Louvain on the undirected, weighted projection, with a seeded random order. */
export function communities(projection: Projection, seed = 42): Communities {
  const graph = buildGraph(projection, 'both');
  if (graph.size === 0) return { groups: [], modularity: 0 };
  const found = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  const byGroup = new Map<number, { id: string; degree: number }[]>();
  graph.forEachNode((node) => {
    const c = found.communities[node];
    if (!byGroup.has(c)) byGroup.set(c, []);
    byGroup.get(c)!.push({ id: projection.ids[Number(node)], degree: weightedDegree(graph, node, 'weight') });
  });
  const byRank = (a: { id: string; degree: number }, b: { id: string; degree: number }) =>
    b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const groups = [...byGroup.values()]
    .map((members) => members.sort(byRank))
    .sort((a, b) => b.length - a.length || byRank(a[0], b[0]))
    .map((members) => ({ members: members.map((m) => m.id), degrees: members.map((m) => m.degree) }));
  return { groups, modularity: found.modularity };
}
