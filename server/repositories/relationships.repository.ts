// Relationships: the filtered list, and single-relationship writes.
import type { Node, Relationship } from 'neo4j-driver';
import { ENTITY_LABEL, type RelationshipRecord } from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { entityRef, type EntityRef } from './entities.repository';
import { pagedList } from './paged';
import { definedOnly, encodeSourceRef, relationshipToEdge, toPlain, type Edge } from './records';
import { relationshipType, typePattern } from './schema-names';

/** An edge from a row that returns the relationship as `r` and its ends' ids as `s` and `t`. */
export function readEdge(record: { get(key: string): unknown }): Edge {
  return relationshipToEdge(record.get('r') as Relationship, record.get('s') as string, record.get('t') as string);
}

/** The ends and properties a relationship is stored with: its sources as encoded strings. */
export function relationshipRow(rel: RelationshipRecord & { id: string }) {
  return {
    from: rel.from,
    to: rel.to,
    props: definedOnly({ ...rel.properties, id: rel.id, key: rel.key, sources: rel.sources.map(encodeSourceRef) }),
  };
}

export async function listRelationships(
  db: Database,
  args: { type?: string; from?: string; to?: string; limit: number; offset: number },
): Promise<{ items: (Edge & { sourceEntity: EntityRef; targetEntity: EntityRef })[]; total: number }> {
  const types = typePattern(args.type ? [args.type] : undefined);
  // Anchoring on a given endpoint lets the id index drive the query instead of a full scan.
  const a = args.from ? `(a:${ENTITY_LABEL} {id: $from})` : `(a:${ENTITY_LABEL})`;
  const b = args.to ? `(b:${ENTITY_LABEL} {id: $to})` : `(b:${ENTITY_LABEL})`;
  return db.read((tx) =>
    pagedList(
      tx,
      {
        count: `MATCH ${a}-[r${types}]->${b} RETURN count(r) AS total`,
        page: `MATCH ${a}-[r${types}]->${b}
         RETURN r, a.id AS s, b.id AS t, a, b
         ORDER BY type(r), r.id SKIP $offset LIMIT $limit`,
        params: { from: args.from ?? null, to: args.to ?? null },
      },
      args,
      (r) => ({
        ...readEdge(r),
        sourceEntity: entityRef(r.get('a') as Node),
        targetEntity: entityRef(r.get('b') as Node),
      }),
    ),
  );
}

export async function createRelationship(db: Database, rel: RelationshipRecord & { id: string }): Promise<Edge> {
  const row = relationshipRow(rel);
  return db.write(async (tx) => {
    const result = await tx.run(
      `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
       CREATE (a)-[r:${relationshipType(rel.type)}]->(b) SET r = $props
       RETURN r`,
      { from: row.from, to: row.to, props: row.props },
    );
    return relationshipToEdge(result.records[0].get('r') as Relationship, row.from, row.to);
  });
}

export async function deleteRelationship(db: Database, type: string, id: string): Promise<boolean> {
  return db.write(async (tx) => {
    const result = await tx.run(`MATCH ()-[r:${relationshipType(type)} {id: $id}]->() DELETE r RETURN count(*) AS n`, { id });
    return (toPlain(result.records[0].get('n')) as number) > 0;
  });
}
