// The graph at large: filtered by kinds, types and date for the picture, and whole for export.
import type { Node, Record as Neo4jRecord } from 'neo4j-driver';
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

/** Reads the whole graph record by record, for export: each pass is a cursor in one read
 *  transaction, ordered so two exports of one graph are identical. */
export interface GraphCursor {
  entities(each: (entity: Entity) => Promise<void> | void): Promise<void>;
  edges(each: (edge: Edge) => Promise<void> | void): Promise<void>;
}

/**
 * Runs `use` with cursors over every entity and relationship. Records are pulled as `use` consumes
 * them (the driver fetches in batches and pauses while its buffer is full), so memory stays flat
 * whatever the size of the graph; the transaction's own long timeout bounds a client that stalls.
 */
export async function readWholeGraph<T>(db: Database, use: (cursor: GraphCursor) => Promise<T>, timeoutMs = 600_000): Promise<T> {
  return db.read(async (tx) => {
    const each = async <R>(query: string, read: (record: Neo4jRecord) => R, visit: (row: R) => Promise<void> | void) => {
      for await (const record of tx.run(query)) await visit(read(record));
    };
    return use({
      entities: (visit) => each(`MATCH (n:${ENTITY_LABEL}) RETURN n ORDER BY n.id`, (r) => nodeToEntity(r.get('n') as Node), visit),
      edges: (visit) =>
        each(`MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL}) RETURN r, a.id AS s, b.id AS t ORDER BY r.id`, readEdge, visit),
    });
  }, timeoutMs);
}
