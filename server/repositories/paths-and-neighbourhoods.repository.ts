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

/** Every shortest path between two entities (up to 25), each hop with its relationship and sources. */
export async function shortestPaths(
  db: Database,
  args: { from: string; to: string; maxDepth: number; types?: string[] },
): Promise<{ paths: Graph[]; missing: string[] }> {
  if (!Number.isInteger(args.maxDepth) || args.maxDepth < 1 || args.maxDepth > 8) throw new Error('bad depth');
  return db.read(async (tx) => {
    const ends = await tx.run(`UNWIND [$from, $to] AS id OPTIONAL MATCH (n:${ENTITY_LABEL} {id: id}) RETURN id, n IS NOT NULL AS found`, {
      from: args.from,
      to: args.to,
    });
    const missing = ends.records.filter((r) => !r.get('found')).map((r) => r.get('id') as string);
    if (missing.length > 0) return { paths: [], missing };
    const result = await tx.run(
      `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
       MATCH p = allShortestPaths((a)-[${typePattern(args.types)}*..${args.maxDepth}]-(b))
       RETURN nodes(p) AS ns, [r IN relationships(p) | {r: r, s: startNode(r).id, t: endNode(r).id}] AS rs
       LIMIT 25`,
      { from: args.from, to: args.to },
    );
    const paths = result.records.map((record) => ({
      nodes: (record.get('ns') as Node[]).map(nodeToEntity),
      edges: (record.get('rs') as { r: Relationship; s: string; t: string }[]).map((x) => relationshipToEdge(x.r, x.s, x.t)),
    }));
    return { paths, missing: [] };
  });
}
