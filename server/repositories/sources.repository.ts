// Sources: every document with how often it is cited, and one document with what it supports.
import type { Node } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { ENTITY_LABEL } from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { nodeToEntity, toPlain, type Edge, type Entity } from './records';
import { readEdge } from './relationships.repository';

const int = (n: number) => neo4j.int(n);

export async function listSources(db: Database): Promise<(Entity & { citations: number })[]> {
  return db.read(async (tx) => {
    const sources = await tx.run(`MATCH (s:Source) RETURN s ORDER BY s.publishedOn, s.id`);
    // One pass over every citation (not one per source, which is quadratic), each entity or
    // relationship counted once per source it cites.
    const counts = await tx.run(
      `CALL () {
         MATCH (n:${ENTITY_LABEL}) WHERE n.sources IS NOT NULL RETURN n.sources AS refs
         UNION ALL
         MATCH ()-[r]->() WHERE r.sources IS NOT NULL RETURN r.sources AS refs
       }
       UNWIND reduce(ids = [], ref IN refs |
         CASE WHEN split(ref, '#')[0] IN ids THEN ids ELSE ids + split(ref, '#')[0] END) AS sourceId
       RETURN sourceId, count(*) AS citations`,
    );
    const citations = new Map(counts.records.map((r) => [r.get('sourceId') as string, toPlain(r.get('citations')) as number]));
    return sources.records.map((r) => {
      const source = nodeToEntity(r.get('s') as Node);
      return { ...source, citations: citations.get(source.id) ?? 0 };
    });
  });
}

export async function sourceWithSupport(
  db: Database,
  id: string,
  limit: number,
): Promise<{ source: Entity; entities: Entity[]; edges: Edge[] } | undefined> {
  return db.read(async (tx) => {
    const source = await tx.run('MATCH (s:Source {id: $id}) RETURN s', { id });
    if (source.records.length === 0) return undefined;
    const prefix = `${id}#`;
    const entities = await tx.run(
      `MATCH (n:${ENTITY_LABEL}) WHERE any(ref IN n.sources WHERE ref STARTS WITH $prefix)
       RETURN n ORDER BY n.id LIMIT $limit`,
      { prefix, limit: int(limit) },
    );
    const edges = await tx.run(
      `MATCH (a)-[r]->(b) WHERE any(ref IN r.sources WHERE ref STARTS WITH $prefix)
       RETURN r, a.id AS s, b.id AS t ORDER BY r.id LIMIT $limit`,
      { prefix, limit: int(limit) },
    );
    return {
      source: nodeToEntity(source.records[0].get('s') as Node),
      entities: entities.records.map((r) => nodeToEntity(r.get('n') as Node)),
      edges: edges.records.map(readEdge),
    };
  });
}
