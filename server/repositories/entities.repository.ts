// Entities: search, one entity with its claim counts and documents, and single-entity writes.
import type { ManagedTransaction, Node } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { ENTITY_LABEL, NAME_SEARCH_INDEX, entityKinds, type EntityRecord } from '../../graph-schema';
import { candidateQuery } from '../search/lucene-query';
import { rankCandidates, searchQuery } from '../search/scoring';
import { ConflictError } from '../errors';
import type { Database } from '../neo4j/database';
import { pagedList } from './paged';
import { definedOnly, encodeSourceRef, nodeToEntity, toPlain, type Entity, type EntityRef } from './records';
import { entitySnapshot, recordHistory, relationshipsOf, type Author } from './history.repository';

export type { EntityRef } from './records';
import { kindLabel } from './schema-names';
import type { WriteMode } from './relationships.repository';

export function entityRef(node: Node): EntityRef {
  const e = nodeToEntity(node);
  return { id: e.id, kind: e.kind, name: e.name };
}

/** The properties an entity is stored with: its kind is a label, its sources encoded strings. */
export function entityRow(entity: EntityRecord): { id: string; props: Record<string, unknown> } {
  const { kind: _kind, sources, ...fields } = entity;
  return { id: entity.id, props: definedOnly({ ...fields, sources: sources.map(encodeSourceRef) }) };
}

/** The full-text query that fetches search candidates for user text ('' when there is nothing to search for). */
export function luceneQuery(text: string): string {
  return candidateQuery(text);
}

/**
 * How many index hits are ranked for one page: more than a page, so the ranking can bring an exact
 * match up from behind the index's own order, and bounded, so a short prefix on a large graph
 * costs the same as a long name.
 */
const SEARCH_CANDIDATES = 500;

const searchWeights = new Map<string, number>(entityKinds.map((k) => [k.label, k.searchWeight]));

export async function searchEntities(
  db: Database,
  args: { q?: string; kind?: string; limit: number; offset: number },
): Promise<{ items: (Entity & { score?: number })[]; total: number }> {
  return db.read(async (tx) => {
    if (args.q) {
      const query = luceneQuery(args.q);
      if (!query) return { items: [], total: 0 };
      const result = await tx.run(
        `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
         WHERE $kind IS NULL OR $kind IN labels(node)
         RETURN node LIMIT $candidates`,
        {
          index: NAME_SEARCH_INDEX,
          query,
          kind: args.kind ?? null,
          candidates: neo4j.int(Math.max(SEARCH_CANDIDATES, args.offset + args.limit)),
        },
      );
      const entities = result.records.map((r) => nodeToEntity(r.get('node') as Node));
      const ranked = rankCandidates(searchQuery(args.q), entities, (kind) => searchWeights.get(kind) ?? 1);
      return {
        total: ranked.length,
        items: ranked.slice(args.offset, args.offset + args.limit).map((r) => ({ ...r.candidate, score: r.score })),
      };
    }
    const label = args.kind ? kindLabel(args.kind) : ENTITY_LABEL;
    return pagedList(
      tx,
      {
        count: `MATCH (n:${label}) RETURN count(n) AS total`,
        page: `MATCH (n:${label}) RETURN n ORDER BY n.name, n.id SKIP $offset LIMIT $limit`,
      },
      args,
      (r) => nodeToEntity(r.get('n') as Node),
    );
  });
}

export interface EntityDetail {
  entity: Entity;
  claimCount: { made: number; about: number };
  sourceDocuments: Entity[];
}

export async function entityById(db: Database, id: string): Promise<EntityDetail | undefined> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (n:${ENTITY_LABEL} {id: $id})
       CALL (n) { OPTIONAL MATCH (n)-[:MADE_CLAIM]->(c:Claim) RETURN count(c) AS made }
       CALL (n) { OPTIONAL MATCH (c:Claim)-[:ABOUT]->(n) RETURN count(c) AS about }
       CALL (n) {
         UNWIND coalesce(n.sources, []) AS ref
         WITH DISTINCT split(ref, '#')[0] AS sourceId
         MATCH (s:Source {id: sourceId})
         RETURN collect(s) AS documents
       }
       RETURN n, made, about, documents`,
      { id },
    );
    const row = result.records[0];
    if (!row) return undefined;
    return {
      entity: nodeToEntity(row.get('n') as Node),
      claimCount: { made: toPlain(row.get('made')) as number, about: toPlain(row.get('about')) as number },
      sourceDocuments: (row.get('documents') as Node[]).map(nodeToEntity),
    };
  });
}

/** The kinds of the given ids that already exist in the database. */
export async function kindsOfIds(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  return db.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id})
       RETURN n.id AS id, [l IN labels(n) WHERE l <> $entity][0] AS kind`,
      { ids, entity: ENTITY_LABEL },
    );
    return new Map(result.records.map((r) => [r.get('id') as string, r.get('kind') as string]));
  });
}

export async function countEntities(db: Database): Promise<number> {
  return db.read(async (tx) => {
    const result = await tx.run(`MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS count`);
    return (result.records[0].get('count') as { toNumber(): number }).toNumber();
  });
}

/**
 * Writes entities of one kind inside the caller's transaction. A node has exactly one kind, and
 * that holds inside the write, not only in a read before it: with 'merge', an id already stored as
 * another kind (perhaps by a write that committed a moment ago; the id's uniqueness lock orders the
 * two) is left untouched and reported, and the caller's transaction rolls back. With 'create' the
 * uniqueness constraint refuses a taken id.
 */
export async function writeEntities(
  tx: ManagedTransaction,
  kind: string,
  rows: { id: string; props: Record<string, unknown> }[],
  mode: WriteMode,
): Promise<void> {
  if (rows.length === 0) return;
  const label = kindLabel(kind);
  if (mode === 'create') {
    await tx.run(`UNWIND $rows AS row CREATE (n:${ENTITY_LABEL}:${label}) SET n = row.props`, { rows });
    return;
  }
  const result = await tx.run(
    `UNWIND $rows AS row
     MERGE (n:${ENTITY_LABEL} {id: row.id})
     WITH n, row, [l IN labels(n) WHERE l <> $entity] AS kinds
     WITH n, row, kinds, kinds = [] OR kinds = [$label] AS fits
     WITH n, row, kinds, fits, n.mergedIds AS merged
     FOREACH (_ IN CASE WHEN fits THEN [1] ELSE [] END | SET n = row.props, n:${label}, n.mergedIds = merged)
     RETURN collect(CASE WHEN NOT fits THEN {id: row.id, stored: kinds[0]} END)[0..20] AS clashes`,
    { rows, entity: ENTITY_LABEL, label },
  );
  const clashes = result.records[0].get('clashes') as { id: string; stored: string }[];
  if (clashes.length === 0) return;
  const details = clashes.map((c) => ({
    in: 'body' as const,
    path: 'entities',
    record: c.id,
    message: `is stored as a ${c.stored}, not a ${label}`,
  }));
  throw new ConflictError(`an entity has one kind: ${details.map((d) => `${d.record} ${d.message}`).join('; ')}`, details);
}

export async function createEntity(db: Database, record: EntityRecord, author: Author): Promise<Entity> {
  const row = entityRow(record);
  return db.write(async (tx) => {
    await writeEntities(tx, record.kind, [row], 'create');
    const result = await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN n`, { id: record.id });
    const node = result.records[0].get('n') as Node;
    await recordHistory(tx, {
      ...author,
      action: 'create',
      changes: [{ target: 'entity', id: record.id, before: null, after: entitySnapshot(node) }],
    });
    return nodeToEntity(node);
  });
}

/** Takes the entity's write lock first, so what the transaction reads next cannot change under it. */
const LOCKED = `MATCH (n:${ENTITY_LABEL} {id: $id}) SET n.__lock = true REMOVE n.__lock WITH n`;

/**
 * Changes one entity in one transaction: its write lock is taken, the stored entity read, `change`
 * given it (it merges and validates, and may refuse), and its answer written. Two concurrent
 * changes of different fields both land: the second reads what the first committed.
 */
export async function updateEntity(
  db: Database,
  id: string,
  change: (current: Entity) => Promise<EntityRecord> | EntityRecord,
  author: Author,
): Promise<Entity | undefined> {
  return db.write(async (tx) => {
    const current = await tx.run(`${LOCKED} RETURN n`, { id });
    if (!current.records[0]) return undefined;
    const before = current.records[0].get('n') as Node;
    const record = await change(nodeToEntity(before));
    const row = entityRow(record);
    const result = await tx.run(
      `MATCH (n:${ENTITY_LABEL}:${kindLabel(record.kind)} {id: $id})
       WITH n, n.mergedIds AS merged SET n = $props SET n.mergedIds = merged RETURN n`,
      { id, props: row.props },
    );
    if (!result.records[0]) throw new ConflictError(`an entity has one kind: "${id}" cannot become a ${record.kind}`);
    const after = result.records[0].get('n') as Node;
    await recordHistory(tx, {
      ...author,
      action: 'update',
      changes: [{ target: 'entity', id, before: entitySnapshot(before), after: entitySnapshot(after) }],
    });
    return nodeToEntity(after);
  });
}

/** What deleting an entity would leave dangling; at most 20 of each. */
export interface Dependents {
  /** Entities and relationships that cite it, when it is a Source. */
  citedBy: string[];
  /** Claims that it alone made, or that are about it alone. */
  claims: string[];
}

async function dependentsOf(tx: ManagedTransaction, id: string): Promise<Dependents> {
  const result = await tx.run(
    `MATCH (n:${ENTITY_LABEL} {id: $id})
     CALL (n) {
       WITH n WHERE n:Source
       CALL (n) {
         MATCH (e:${ENTITY_LABEL}) WHERE any(ref IN e.sources WHERE ref STARTS WITH $prefix) RETURN e.id AS citing
         UNION
         MATCH ()-[r]->() WHERE any(ref IN r.sources WHERE ref STARTS WITH $prefix) RETURN r.id AS citing
       }
       RETURN collect(citing)[0..20] AS citedBy
     }
     CALL (n) {
       OPTIONAL MATCH (n)-[:MADE_CLAIM]->(c:Claim) WHERE COUNT { (c)<-[:MADE_CLAIM]-() } = 1
       WITH n, collect(c.id) AS made
       OPTIONAL MATCH (c:Claim)-[:ABOUT]->(n) WHERE COUNT { (c)-[:ABOUT]->() } = 1
       WITH made, collect(c.id) AS about
       RETURN made + about AS claims
     }
     RETURN coalesce(citedBy, []) AS citedBy, claims[0..20] AS claims`,
    { id, prefix: `${id}#` },
  );
  const row = result.records[0];
  return row ? { citedBy: row.get('citedBy') as string[], claims: row.get('claims') as string[] } : { citedBy: [], claims: [] };
}

/**
 * Deletes an entity with its relationships, unless that would leave a dangling citation or a claim
 * with no claimant or no subject: then nothing is deleted and the dependents are named. The lock
 * comes first, so a citation or claim written concurrently is either seen here or waits and fails.
 */
export async function deleteEntity(
  db: Database,
  id: string,
  author: Author,
): Promise<{ relationships: number } | { dependents: Dependents } | undefined> {
  return db.write(async (tx) => {
    const locked = await tx.run(`${LOCKED} RETURN n`, { id });
    if (!locked.records[0]) return undefined;
    const dependents = await dependentsOf(tx, id);
    if (dependents.citedBy.length > 0 || dependents.claims.length > 0) return { dependents };
    // Recorded with every relationship it takes along, so that a revert recreates them too.
    await recordHistory(tx, {
      ...author,
      action: 'delete',
      changes: [
        { target: 'entity', id, before: entitySnapshot(locked.records[0].get('n') as Node), after: null },
        ...(await relationshipsOf(tx, id)).map((edge) => ({
          target: 'relationship' as const,
          id: edge.id as string,
          before: edge,
          after: null,
        })),
      ],
    });
    const result = await tx.run(
      `MATCH (n:${ENTITY_LABEL} {id: $id})
       CALL (n) { OPTIONAL MATCH (n)-[r]-() RETURN count(r) AS rels }
       DETACH DELETE n
       RETURN rels`,
      { id },
    );
    return { relationships: toPlain(result.records[0].get('rels')) as number };
  });
}
