// Relationships: the filtered list, and single-relationship writes.
import type { ManagedTransaction, Node, Relationship } from 'neo4j-driver';
import { ENTITY_LABEL, typeOfRelationshipId, type RelationshipRecord } from '../../graph-schema';
import { ConflictError } from '../errors';
import type { Database } from '../neo4j/database';
import { entityRef, type EntityRef } from './entities.repository';
import { pagedList } from './paged';
import { definedOnly, encodeSourceRef, relationshipToEdge, toPlain, type Edge } from './records';
import { endpointPattern, relationshipType, typePattern } from './schema-names';
import { readRelationshipSnapshot, recordHistory, type Author } from './history.repository';

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

/**
 * How a batch is written: 'merge' finds each id first (updates in place on a re-run); 'create'
 * skips that lookup and its lock, and is used only for a kind or type that had nothing in the
 * database when the import began: the ids of one import are unique (the write rules refuse
 * duplicates), so none of its rows can meet an earlier one. At 30k entities it wrote
 * relationships ~1.7x faster than MERGE in the same run (bench/load.ts). A concurrent import of
 * the same ids still cannot duplicate them: the uniqueness constraints refuse the second commit.
 */
export type WriteMode = 'merge' | 'create';

type RelationshipRow = ReturnType<typeof relationshipRow>;

/**
 * Writes relationships of one type inside the caller's transaction and checks, in the same
 * transaction, that every one was written: each end must exist, and be of a kind the type may
 * join, when the statement runs. A read before the write cannot promise that (an end may be
 * deleted or retyped in between), and `MATCH … CREATE` silently writes nothing for a missing end,
 * so a shortfall is a conflict that rolls the whole transaction back.
 */
export async function writeRelationships(tx: ManagedTransaction, type: string, rows: RelationshipRow[], mode: WriteMode): Promise<void> {
  if (rows.length === 0) return;
  const name = relationshipType(type);
  const write = mode === 'create' ? `CREATE (a)-[r:${name}]->(b)` : `MERGE (a)-[r:${name} {id: row.props.id}]->(b)`;
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (a:${ENTITY_LABEL} {id: row.from}) WHERE a:${endpointPattern(name, 'from')}
     MATCH (b:${ENTITY_LABEL} {id: row.to}) WHERE b:${endpointPattern(name, 'to')}
     ${write}
     SET r = row.props
     RETURN count(r) AS written`,
    { rows },
  );
  if ((toPlain(result.records[0].get('written')) as number) === rows.length) return;
  const ends = await tx.run(
    `UNWIND $rows AS row
     OPTIONAL MATCH (a:${ENTITY_LABEL} {id: row.from})
     OPTIONAL MATCH (b:${ENTITY_LABEL} {id: row.to})
     WITH row, a, b WHERE a IS NULL OR b IS NULL OR NOT a:${endpointPattern(name, 'from')} OR NOT b:${endpointPattern(name, 'to')}
     RETURN row.props.id AS id, row.from AS from, row.to AS to, a IS NULL AS noFrom, b IS NULL AS noTo
     LIMIT 20`,
    { rows },
  );
  const details = ends.records.map((r) => ({
    in: 'body' as const,
    path: 'relationships',
    record: r.get('id') as string,
    message: r.get('noFrom')
      ? `its start "${r.get('from') as string}" no longer exists`
      : r.get('noTo')
        ? `its end "${r.get('to') as string}" no longer exists`
        : `its ends are no longer of kinds ${name} may join`,
  }));
  throw new ConflictError(`the graph changed while this write ran: ${details.map((d) => `${d.record}: ${d.message}`).join('; ')}`, details);
}

export async function createRelationship(db: Database, rel: RelationshipRecord & { id: string }, author: Author): Promise<Edge> {
  const row = relationshipRow(rel);
  return db.write(async (tx) => {
    await writeRelationships(tx, rel.type, [row], 'create');
    const result = await tx.run(`MATCH ()-[r:${relationshipType(rel.type)} {id: $id}]->() RETURN r`, { id: rel.id });
    const edge = relationshipToEdge(result.records[0].get('r') as Relationship, row.from, row.to);
    await recordHistory(tx, {
      ...author,
      action: 'create',
      changes: [{ target: 'relationship', id: rel.id, before: null, after: { ...edge } }],
    });
    return edge;
  });
}

export async function deleteRelationship(db: Database, type: string, id: string, author: Author): Promise<boolean> {
  return db.write(async (tx) => {
    const before = await readRelationshipSnapshot(tx, id, type);
    if (!before) return false;
    const result = await tx.run(`MATCH ()-[r:${relationshipType(type)} {id: $id}]->() DELETE r RETURN count(*) AS n`, { id });
    if ((toPlain(result.records[0].get('n')) as number) === 0) return false;
    await recordHistory(tx, { ...author, action: 'delete', changes: [{ target: 'relationship', id, before, after: null }] });
    return true;
  });
}

/** Which of these relationship ids are stored; each id names its type, so each type is asked by its own index. */
/** The stored relationships of each type between each ordered pair, whatever their key, with their dates. */
export async function relationshipsBetween(
  db: Database,
  pairs: { type: string; from: string; to: string }[],
): Promise<Map<string, { id: string; date?: string }[]>> {
  const found = new Map<string, { id: string; date?: string }[]>();
  await db.read(async (tx) => {
    for (const pair of pairs) {
      const result = await tx.run(
        `MATCH (:${ENTITY_LABEL} {id: $from})-[r:${relationshipType(pair.type)}]->(:${ENTITY_LABEL} {id: $to}) RETURN r.id AS id, r.date AS date LIMIT 100`,
        pair,
      );
      found.set(
        pairKey(pair),
        result.records.map((r) => ({
          id: r.get('id') as string,
          ...(typeof r.get('date') === 'string' ? { date: r.get('date') as string } : {}),
        })),
      );
    }
  });
  return found;
}

export const pairKey = (pair: { type: string; from: string; to: string }) => `${pair.type}|${pair.from}|${pair.to}`;

export async function storedRelationshipIds(db: Database, ids: string[]): Promise<Set<string>> {
  const byType = new Map<string, string[]>();
  for (const id of ids) {
    const type = typeOfRelationshipId(id);
    if (type) byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  return db.read(async (tx) => {
    const found = new Set<string>();
    for (const [type, group] of byType) {
      const result = await tx.run(`MATCH ()-[r:${relationshipType(type)}]->() WHERE r.id IN $ids RETURN r.id AS id`, { ids: group });
      for (const record of result.records) found.add(record.get('id') as string);
    }
    return found;
  });
}
