// The graph at large: filtered by kinds, types and date for the picture, and whole for export.
import type { Node } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { ENTITY_LABEL, asOfPredicate } from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { nodeToEntity, type Edge, type Entity, type Graph } from './records';
import { readEdge } from './relationships.repository';
import { labelPattern, typePattern } from './schema-names';

const int = (n: number) => neo4j.int(n);

const AS_OF = asOfPredicate({ from: 'a', rel: 'r', to: 'b' });

/**
 * The graph filtered by kinds and types, as of a date by graph-schema's time rules: a relationship
 * shows while it holds and both its ends exist.
 */
export async function filteredGraph(
  db: Database,
  args: { kinds?: string[]; types?: string[]; asOf?: string; limit: number },
): Promise<Graph & { truncated: boolean }> {
  const kinds = labelPattern(args.kinds);
  const types = typePattern(args.types);
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (a:${kinds})-[r${types}]->(b:${kinds})
       WHERE ${AS_OF}
       RETURN r, a.id AS s, b.id AS t, a, b
       LIMIT $limit`,
      { asOf: args.asOf ?? null, limit: int(args.limit + 1) },
    );
    const nodes = new Map<string, Entity>();
    const edges: Edge[] = [];
    for (const record of result.records.slice(0, args.limit)) {
      for (const key of ['a', 'b']) {
        const node = record.get(key) as Node;
        if (!nodes.has(node.properties.id as string)) nodes.set(node.properties.id as string, nodeToEntity(node));
      }
      edges.push(readEdge(record));
    }
    return { nodes: [...nodes.values()], edges, truncated: result.records.length > args.limit };
  });
}

/** Every entity and relationship, for export; ordered so two exports of one graph are identical. */
export async function wholeGraph(db: Database): Promise<Graph> {
  return db.read(async (tx) => {
    const nodes = await tx.run(`MATCH (n:${ENTITY_LABEL}) RETURN n ORDER BY n.id`);
    const rels = await tx.run(`MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL}) RETURN r, a.id AS s, b.id AS t ORDER BY r.id`);
    return { nodes: nodes.records.map((r) => nodeToEntity(r.get('n') as Node)), edges: rels.records.map(readEdge) };
  }, 120_000);
}
