// Ingested documents: the Source entity an article becomes, beside its DocumentState (the
// suggestions made from it and the curator's decisions), the graph the extractor reads, and the
// one transaction that writes an accepted batch with its history entry.
import neo4j, { type ManagedTransaction, type Node, type Relationship } from 'neo4j-driver';
import {
  DOCUMENT_STATE_LABEL,
  ENTITY_LABEL,
  type EntityRecord,
  type KindName,
  type RelationshipRecord,
  type RelationshipTypeName,
} from '../../graph-schema';
import type { HistoryChange, Suggestions } from '../../graph-schema/contract/curation.shapes';
import { ConflictError } from '../errors';
import type { Database } from '../neo4j/database';
import { entityRow, writeEntities } from './entities.repository';
import { recordHistory } from './history.repository';
import { pagedList, type Page } from './paged';
import { encodeSourceRef, nodeToEntity, relationshipToEdge, toPlain, type Edge, type Entity } from './records';
import { relationshipRow, writeRelationships } from './relationships.repository';
import { relationshipType } from './schema-names';

/** What the extractor is told the graph holds; bounded so a large graph costs a bounded read. */
export interface KnownGraph {
  entities: { id: string; kind: KindName; name: string; nameJa?: string; aliases: string[] }[];
  relationships: { id: string; type: RelationshipTypeName; source: string; target: string }[];
}
const KNOWN_ENTITIES = 50_000;
const KNOWN_RELATIONSHIPS = 200_000;

export interface DocumentState {
  suggestions: Suggestions;
  accepted: string[];
  rejected: string[];
  ingestedAt: string;
}

export interface StoredDocument {
  source: Entity;
  state: DocumentState;
}

/** Claims and documents are not what an article mentions by name, so the extractor is not shown them. */
export async function loadKnownGraph(db: Database): Promise<KnownGraph> {
  return db.read(async (tx) => {
    const [entities, relationships] = await Promise.all([
      tx.run(
        `MATCH (n:${ENTITY_LABEL}) WHERE NOT n:Claim AND NOT n:Source
         RETURN n.id AS id, [l IN labels(n) WHERE l <> $entity][0] AS kind, n.name AS name, n.nameJa AS nameJa,
                coalesce(n.aliases, []) AS aliases
         LIMIT $limit`,
        { entity: ENTITY_LABEL, limit: neo4j.int(KNOWN_ENTITIES) },
      ),
      tx.run(
        `MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL}) WHERE NOT a:Claim AND NOT b:Claim
         RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target
         LIMIT $limit`,
        { limit: neo4j.int(KNOWN_RELATIONSHIPS) },
      ),
    ]);
    return {
      entities: entities.records.map((r) => ({
        id: r.get('id') as string,
        kind: r.get('kind') as KindName,
        name: r.get('name') as string,
        ...(r.get('nameJa') ? { nameJa: r.get('nameJa') as string } : {}),
        aliases: r.get('aliases') as string[],
      })),
      relationships: relationships.records.map((r) => ({
        id: r.get('id') as string,
        type: r.get('type') as RelationshipTypeName,
        source: r.get('source') as string,
        target: r.get('target') as string,
      })),
    };
  });
}

/** The first of `base`, `base-2`, `base-3`… that no entity holds, read inside the writing transaction. */
async function freeId(tx: ManagedTransaction, base: string): Promise<string> {
  const taken = await tx.run(`MATCH (n:${ENTITY_LABEL}) WHERE n.id = $base OR n.id STARTS WITH $prefix RETURN n.id AS id`, {
    base,
    prefix: `${base}-`,
  });
  const ids = new Set(taken.records.map((r) => r.get('id') as string));
  if (!ids.has(base)) return base;
  for (let n = 2; ; n++) if (!ids.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Writes the Source (under the first free id from `baseId`), its DocumentState and the history
 * entry in one transaction, and returns the Source as stored.
 */
export async function createDocument(
  db: Database,
  args: { baseId: string; source: (id: string) => EntityRecord; suggestions: Suggestions; actor: string },
): Promise<Entity> {
  return db.write(async (tx) => {
    const id = await freeId(tx, args.baseId);
    const record = args.source(id);
    await writeEntities(tx, 'Source', [entityRow(record)], 'create');
    await tx.run(`CREATE (d:${DOCUMENT_STATE_LABEL} {id: $id, suggestions: $suggestions, accepted: [], rejected: [], ingestedAt: $at})`, {
      id,
      suggestions: JSON.stringify(args.suggestions),
      at: new Date().toISOString(),
    });
    const created = await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN n`, { id });
    const source = nodeToEntity(created.records[0].get('n') as Node);
    await recordHistory(tx, { actor: args.actor, action: 'create', changes: [{ target: 'entity', id, before: null, after: source }] });
    return source;
  });
}

function stateOf(node: Node): DocumentState {
  const props = toPlain(node.properties) as Record<string, unknown>;
  return {
    suggestions: JSON.parse(props.suggestions as string) as Suggestions,
    accepted: (props.accepted as string[] | undefined) ?? [],
    rejected: (props.rejected as string[] | undefined) ?? [],
    ingestedAt: props.ingestedAt as string,
  };
}

/** The document with this id: a Source that has a DocumentState; undefined for any other id. */
export async function documentById(db: Database, id: string): Promise<StoredDocument | undefined> {
  return db.read(async (tx) => {
    const result = await tx.run(`MATCH (d:${DOCUMENT_STATE_LABEL} {id: $id}) MATCH (s:Source {id: $id}) RETURN s, d`, { id });
    const row = result.records[0];
    return row ? { source: nodeToEntity(row.get('s') as Node), state: stateOf(row.get('d') as Node) } : undefined;
  });
}

/** Documents newest first. */
export async function listDocuments(db: Database, paging: { limit: number; offset: number }): Promise<Page<StoredDocument>> {
  return db.read((tx) =>
    pagedList(
      tx,
      {
        count: `MATCH (d:${DOCUMENT_STATE_LABEL}) WHERE EXISTS { MATCH (:Source {id: d.id}) } RETURN count(d) AS total`,
        page: `MATCH (d:${DOCUMENT_STATE_LABEL}) MATCH (s:Source {id: d.id})
               RETURN s, d ORDER BY d.ingestedAt DESC, d.id SKIP $offset LIMIT $limit`,
      },
      paging,
      (r) => ({ source: nodeToEntity(r.get('s') as Node), state: stateOf(r.get('d') as Node) }),
    ),
  );
}

/** An accepted batch, checked by the service: new records to create and stored relationships to cite. */
export interface AcceptBatch {
  document: string;
  entities: EntityRecord[];
  relationships: (RelationshipRecord & { id: string })[];
  corroborations: { type: RelationshipTypeName; id: string; paragraph: number }[];
  accepted: string[];
  rejected: string[];
  actor: string;
  note?: string;
}

export interface AcceptWritten {
  entities: Entity[];
  relationships: Edge[];
  corroborated: string[];
  history: string;
}

/**
 * Writes the batch in one transaction: entities (a taken id fails the uniqueness constraint),
 * relationships (each end checked inside the write), further citations on stored relationships,
 * the document's decisions and one history entry with the before and after of every change.
 * Anything that fails rolls all of it back.
 */
export async function acceptBatch(db: Database, batch: AcceptBatch): Promise<AcceptWritten> {
  return db.write(async (tx) => {
    const changes: HistoryChange[] = [];
    const byKind = groupBy(batch.entities, (e) => e.kind);
    for (const [kind, records] of byKind) await writeEntities(tx, kind, records.map(entityRow), 'create');
    const created =
      batch.entities.length === 0
        ? []
        : (
            await tx.run(`UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) RETURN n`, { ids: batch.entities.map((e) => e.id) })
          ).records.map((r) => nodeToEntity(r.get('n') as Node));
    for (const entity of created) changes.push({ target: 'entity', id: entity.id, before: null, after: entity });

    const edges: Edge[] = [];
    for (const [type, rels] of groupBy(batch.relationships, (r) => r.type)) {
      await writeRelationships(tx, type, rels.map(relationshipRow), 'create');
      const result = await tx.run(
        `UNWIND $ids AS id MATCH (a)-[r:${relationshipType(type)} {id: id}]->(b) RETURN r, a.id AS s, b.id AS t`,
        { ids: rels.map((r) => r.id) },
      );
      edges.push(...result.records.map((r) => relationshipToEdge(r.get('r') as Relationship, r.get('s') as string, r.get('t') as string)));
    }
    for (const edge of edges) changes.push({ target: 'relationship', id: edge.id, before: null, after: edge });

    const corroborated: string[] = [];
    for (const c of batch.corroborations) {
      const ref = encodeSourceRef({ source: batch.document, paragraph: c.paragraph });
      const before = await tx.run(`MATCH (a)-[r:${relationshipType(c.type)} {id: $id}]->(b) RETURN r, a.id AS s, b.id AS t`, {
        id: c.id,
      });
      const row = before.records[0];
      if (!row) throw new ConflictError(`relationship "${c.id}" was deleted while this write ran`);
      const beforeEdge = relationshipToEdge(row.get('r') as Relationship, row.get('s') as string, row.get('t') as string);
      corroborated.push(c.id);
      if (beforeEdge.sources.some((s) => s.source === batch.document && s.paragraph === c.paragraph)) continue;
      const after = await tx.run(
        `MATCH (a)-[r:${relationshipType(c.type)} {id: $id}]->(b) SET r.sources = coalesce(r.sources, []) + $ref RETURN r, a.id AS s, b.id AS t`,
        { id: c.id, ref },
      );
      const a = after.records[0];
      changes.push({
        target: 'relationship',
        id: c.id,
        before: beforeEdge,
        after: relationshipToEdge(a.get('r') as Relationship, a.get('s') as string, a.get('t') as string),
      });
    }

    await tx.run(
      `MATCH (d:${DOCUMENT_STATE_LABEL} {id: $id})
       SET d.accepted = [k IN coalesce(d.accepted, []) WHERE NOT k IN $rejected] + [k IN $accepted WHERE NOT k IN coalesce(d.accepted, [])],
           d.rejected = [k IN coalesce(d.rejected, []) WHERE NOT k IN $accepted] + [k IN $rejected WHERE NOT k IN coalesce(d.rejected, [])]`,
      { id: batch.document, accepted: batch.accepted, rejected: batch.rejected },
    );
    const history = await recordHistory(tx, { actor: batch.actor, action: 'accept', note: batch.note, changes });
    return { entities: created, relationships: edges, corroborated, history };
  });
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
