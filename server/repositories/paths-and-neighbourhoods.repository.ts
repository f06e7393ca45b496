// Paths and neighbourhoods: the graph around one entity, ring by ring, and the shortest paths
// between two.
import type { Node, Relationship } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { ENTITY_LABEL } from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { nodeToEntity, relationshipToEdge, type Edge, type Entity, type Graph } from './records';
import { readEdge } from './relationships.repository';
import { typePattern } from './schema-names';

const int = (n: number) => neo4j.int(n);

type Direction = 'in' | 'out' | 'both';

const EXPAND = {
  out: (types: string) => `(a)-[r${types}]->(m:${ENTITY_LABEL})`,
  in: (types: string) => `(a)<-[r${types}]-(m:${ENTITY_LABEL})`,
  both: (types: string) => `(a)-[r${types}]-(m:${ENTITY_LABEL})`,
};

/**
 * The graph around an entity, breadth first: each ring is one bounded query, and expansion stops
 * once `limit` nodes are found, so a hub with thousands of neighbours costs one capped query.
 */
export async function neighbourhood(
  db: Database,
  args: { id: string; depth: number; types?: string[]; direction: Direction; limit: number },
): Promise<Graph | undefined> {
  const pattern = EXPAND[args.direction](typePattern(args.types));
  const cap = int(Math.max(args.limit * 4, 100));
  return db.read(async (tx) => {
    const nodes = new Map<string, Entity>();
    const edges = new Map<string, Edge>();
    const take = (records: { get(key: string): unknown }[]): string[] => {
      const next: string[] = [];
      for (const record of records) {
        if (record.get('r') === null) continue;
        const m = record.get('m') as Node;
        const mid = m.properties.id as string;
        if (!nodes.has(mid)) {
          if (nodes.size >= args.limit) continue;
          nodes.set(mid, nodeToEntity(m));
          next.push(mid);
        }
        const edge = readEdge(record);
        edges.set(edge.id, edge);
      }
      return next;
    };
    // The entity and its first ring in one round trip. Choosing the first `limit - 1` distinct
    // neighbours before their relationships keeps a hub from sending rows whose far end is dropped.
    const first = await tx.run(
      `MATCH (a:${ENTITY_LABEL} {id: $id})
       OPTIONAL CALL (a) {
         MATCH ${pattern}
         WITH DISTINCT m LIMIT $neighbours
         MATCH ${pattern}
         RETURN r, startNode(r).id AS s, endNode(r).id AS t, m
         LIMIT $cap
       }
       RETURN a, r, s, t, m`,
      { id: args.id, cap, neighbours: int(Math.max(args.limit - 1, 0)) },
    );
    if (first.records.length === 0) return undefined;
    const root = nodeToEntity(first.records[0].get('a') as Node);
    nodes.set(root.id, root);
    let frontier = args.limit > 1 ? take(first.records) : [];
    for (let ring = 2; ring <= args.depth && frontier.length > 0 && nodes.size < args.limit; ring++) {
      const result = await tx.run(
        `UNWIND $frontier AS fid
         MATCH (a:${ENTITY_LABEL} {id: fid})
         MATCH ${pattern}
         RETURN r, startNode(r).id AS s, endNode(r).id AS t, m
         LIMIT $cap`,
        { frontier, cap },
      );
      frontier = take(result.records);
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
  });
}

/**
 * How many shortest paths are read at most to find the distinct routes among them. Between two
 * hubs of a large graph the shortest paths multiply beyond counting (every combination of parallel
 * relationships and of equally short detours), and all of them would be enumerated before DISTINCT.
 */
const PATHS_SCANNED = 2_000;

/**
 * The distinct shortest routes between two entities. Parallel relationships multiply paths (five
 * ties at each of two hops are 25 paths of one route), so paths are reduced to their sequences of
 * entities first, and each route then carries every relationship between its neighbours.
 */
export async function shortestPaths(
  db: Database,
  args: { from: string; to: string; maxDepth: number; types?: string[]; avoid?: string[]; limit?: number },
): Promise<{ paths: Graph[]; missing: string[] }> {
  if (!Number.isInteger(args.maxDepth) || args.maxDepth < 1 || args.maxDepth > 8) throw new Error('bad depth');
  const types = typePattern(args.types);
  // With something to avoid, the predicate sits inside a quantified path pattern, where the
  // shortest-path search applies it at each step: as a WHERE on the finished path (allShortestPaths)
  // it made Neo4j fall back to enumerating every path up to maxDepth when the shortest ones failed
  // it, and a depth of 6 ran past the query's time limit.
  // The two ends are never avoided (the predicate also sees the last step's end).
  const avoid = (args.avoid ?? []).filter((id) => id !== args.from && id !== args.to);
  const shortest = avoid.length
    ? `ALL SHORTEST (a)(()-[${types}]-(n) WHERE NOT n.id IN $avoid){1,${args.maxDepth}}(b)`
    : `allShortestPaths((a)-[${types}*..${args.maxDepth}]-(b))`;
  return db.read(async (tx) => {
    const ends = await tx.run(`UNWIND [$from, $to] AS id OPTIONAL MATCH (n:${ENTITY_LABEL} {id: id}) RETURN id, n IS NOT NULL AS found`, {
      from: args.from,
      to: args.to,
    });
    const missing = ends.records.filter((r) => !r.get('found')).map((r) => r.get('id') as string);
    if (missing.length > 0) return { paths: [], missing };
    const result = await tx.run(
      `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
       MATCH p = ${shortest}
       WITH p LIMIT $scanned
       WITH DISTINCT nodes(p) AS ns
       LIMIT $limit
       UNWIND range(0, size(ns) - 2) AS i
       WITH ns, i, ns[i] AS x, ns[i + 1] AS y
       MATCH (x)-[r${types}]-(y)
       WITH ns, i, collect({r: r, s: startNode(r).id, t: endNode(r).id}) AS hop
       ORDER BY i
       RETURN ns, collect(hop) AS hops`,
      { from: args.from, to: args.to, avoid, limit: neo4j.int(args.limit ?? 10), scanned: neo4j.int(PATHS_SCANNED) },
    );
    const paths = result.records
      .map((record) => ({
        nodes: (record.get('ns') as Node[]).map(nodeToEntity),
        edges: (record.get('hops') as { r: Relationship; s: string; t: string }[][]).flat().map((x) => relationshipToEdge(x.r, x.s, x.t)),
      }))
      // A stable order for the same graph: by the names along each route.
      .sort((p, q) => routeKey(p).localeCompare(routeKey(q)));
    return { paths, missing: [] };
  });
}

const routeKey = (route: Graph) => route.nodes.map((n) => n.name).join('\u0000');
