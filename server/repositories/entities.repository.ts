// Entities: search, one entity with its claim counts and documents, and single-entity writes.
import type { Node } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { ENTITY_LABEL, NAME_SEARCH_INDEX, type EntityRecord } from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { pagedList } from './paged';
import { definedOnly, encodeSourceRef, nodeToEntity, toPlain, type Entity } from './records';
import { kindLabel } from './schema-names';

export interface EntityRef {
  id: string;
  kind: string;
  name: string;
}

export function entityRef(node: Node): EntityRef {
  const e = nodeToEntity(node);
  return { id: e.id, kind: e.kind, name: e.name };
}

/** The properties an entity is stored with: its kind is a label, its sources encoded strings. */
export function entityRow(entity: EntityRecord): { id: string; props: Record<string, unknown> } {
  const { kind: _kind, sources, ...fields } = entity;
  return { id: entity.id, props: definedOnly({ ...fields, sources: sources.map(encodeSourceRef) }) };
}

/** Escapes Lucene syntax so user text is searched as text, then allows a prefix on the last word. */
export function luceneQuery(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return '';
  return words
    .map((w, i) => {
      // A Latin word being typed matches as a prefix; CJK text is matched as bigrams.
      const prefix = i === words.length - 1 && /^[a-z0-9]+$/.test(w) ? `${w}*` : '';
      return prefix ? `(${w} OR ${prefix})` : `"${w}"`;
    })
    .join(' AND ');
}

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
         WITH collect({node: node, score: score}) AS hits
         RETURN size(hits) AS total, hits[$offset..$end] AS page`,
        {
          index: NAME_SEARCH_INDEX,
          query,
          kind: args.kind ?? null,
          offset: neo4j.int(args.offset),
          end: neo4j.int(args.offset + args.limit),
        },
      );
      const row = result.records[0];
      const page = row.get('page') as { node: Node; score: number }[];
      return {
        total: toPlain(row.get('total')) as number,
        items: page.map((hit) => ({ ...nodeToEntity(hit.node), score: Math.round(hit.score * 1000) / 1000 })),
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

export async function createEntity(db: Database, record: EntityRecord): Promise<Entity> {
  const row = entityRow(record);
  return db.write(async (tx) => {
    // CREATE, not MERGE: the uniqueness constraint turns a taken id into a ConflictError.
    const result = await tx.run(`CREATE (n:${ENTITY_LABEL}:${kindLabel(record.kind)}) SET n = $props RETURN n`, { props: row.props });
    return nodeToEntity(result.records[0].get('n') as Node);
  });
}

export async function replaceEntity(db: Database, record: EntityRecord): Promise<Entity | undefined> {
  const row = entityRow(record);
  return db.write(async (tx) => {
    const result = await tx.run(`MATCH (n:${ENTITY_LABEL}:${kindLabel(record.kind)} {id: $id}) SET n = $props RETURN n`, {
      id: record.id,
      props: row.props,
    });
    return result.records[0] ? nodeToEntity(result.records[0].get('n') as Node) : undefined;
  });
}

export async function deleteEntity(db: Database, id: string): Promise<{ relationships: number } | undefined> {
  return db.write(async (tx) => {
    const result = await tx.run(
      `MATCH (n:${ENTITY_LABEL} {id: $id})
       CALL (n) { OPTIONAL MATCH (n)-[r]-() RETURN count(r) AS rels }
       DETACH DELETE n
       RETURN rels`,
      { id },
    );
    return result.records[0] ? { relationships: toPlain(result.records[0].get('rels')) as number } : undefined;
  });
}
