// Merging a duplicate into its survivor, in one transaction recorded in full (every relationship
// moved, merged or dropped, both entities before and after), so that reverting the entry
// un-merges exactly. The merged id is kept on the survivor (`mergedIds`) and keeps resolving.
import type { ManagedTransaction, Node } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { ENTITY_LABEL, NAME_SEARCH_INDEX, relationshipId, type EntityRecord, type SourceRef } from '../../graph-schema';
import { duplicateVerdict, withoutLegalForm, type DuplicateVerdict } from '../domain/duplicates';
import type { HistoryChange } from '../../graph-schema/contract/curation.shapes';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import type { Database } from '../neo4j/database';
import { entityRef, entityRow, luceneQuery, type EntityRef } from './entities.repository';
import {
  entitySnapshot,
  readRelationshipSnapshot,
  recordHistory,
  relationshipsOf,
  writeEdgeSnapshot,
  type Author,
  type Snapshot,
} from './history.repository';
import { encodeSourceRef, nodeToEntity, toPlain, type Entity } from './records';
import { kindLabel, relationshipType } from './schema-names';

const unique = <T>(items: T[]) => [...new Set(items)];

/** Source references in order, each once (compared as "source#paragraph"). */
function unionOfSources(...lists: SourceRef[][]): SourceRef[] {
  const seen = new Set<string>();
  return lists.flat().filter((ref) => {
    const key = encodeSourceRef(ref);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function lockBoth(tx: ManagedTransaction, ids: string[]): Promise<Map<string, Node>> {
  // Locked in id order, so two merges of the same pair in opposite directions cannot deadlock.
  const result = await tx.run(`UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) SET n.__lock = true REMOVE n.__lock RETURN n`, {
    ids: [...ids].sort(),
  });
  return new Map(result.records.map((r) => [(r.get('n') as Node).properties.id as string, r.get('n') as Node]));
}

/** What would be left dangling by removing a Source: the records that cite it, at most 20. */
async function citationsOf(tx: ManagedTransaction, id: string): Promise<string[]> {
  const result = await tx.run(
    `CALL () {
       MATCH (e:${ENTITY_LABEL}) WHERE any(ref IN e.sources WHERE ref STARTS WITH $prefix) RETURN e.id AS citing
       UNION
       MATCH (:${ENTITY_LABEL})-[r]->(:${ENTITY_LABEL}) WHERE any(ref IN r.sources WHERE ref STARTS WITH $prefix) RETURN r.id AS citing
     }
     RETURN citing LIMIT 20`,
    { prefix: `${id}#` },
  );
  return result.records.map((r) => r.get('citing') as string);
}

export async function mergeEntities(
  db: Database,
  mergedId: string,
  intoId: string,
  author: Author,
): Promise<{ survivor: Entity; merged: string; history: string }> {
  if (mergedId === intoId)
    throw new ValidationError('an entity cannot be merged into itself', [
      { in: 'body', path: 'into', message: 'must differ from the merged id' },
    ]);
  return db.write(async (tx) => {
    const nodes = await lockBoth(tx, [mergedId, intoId]);
    const gone = nodes.get(mergedId);
    const survivorNode = nodes.get(intoId);
    if (!gone) throw new NotFoundError(`no entity has id "${mergedId}"`);
    if (!survivorNode) throw new NotFoundError(`no entity has id "${intoId}" (the survivor named by into)`);
    const merged = entitySnapshot(gone);
    const before = entitySnapshot(survivorNode);
    if (merged.kind !== before.kind)
      throw new ValidationError(
        `only entities of the same kind can be merged: "${mergedId}" is a ${String(merged.kind)}, "${intoId}" a ${String(before.kind)}`,
        [{ in: 'body', path: 'into', message: `must be a ${String(merged.kind)}, as "${mergedId}" is` }],
      );
    // Citations of a Source live inside other records; moving them is not done here, so a cited
    // Source stays as it is rather than leave those citations dangling.
    if (merged.kind === 'Source') {
      const citing = await citationsOf(tx, mergedId);
      if (citing.length > 0)
        throw new ConflictError(`source "${mergedId}" is cited by ${citing.join(', ')}: a cited source cannot be merged`, {
          citedBy: citing,
          claims: [],
        });
    }

    const changes: HistoryChange[] = [];
    const moving = await relationshipsOf(tx, mergedId);
    for (const edge of moving) {
      await tx.run(`MATCH ()-[r:${relationshipType(edge.type as string)} {id: $id}]->() DELETE r`, { id: edge.id });
      changes.push({ target: 'relationship', id: edge.id as string, before: edge, after: null });
    }
    const touched = new Map<string, { before: Snapshot | null; after: Snapshot }>();
    for (const edge of moving) {
      const from = edge.source === mergedId ? intoId : (edge.source as string);
      const to = edge.target === mergedId ? intoId : (edge.target as string);
      // A relationship between the two would join the survivor to itself: it is dropped (and recorded as deleted above).
      if (from === to) continue;
      const id = relationshipId({ from, to, type: edge.type as string, key: edge.key as string | undefined });
      const seen = touched.get(id);
      const existing = seen ? seen.after : await readRelationshipSnapshot(tx, id, edge.type as string);
      const moved: Snapshot = existing
        ? { ...existing, sources: unionOfSources(existing.sources as SourceRef[], edge.sources as SourceRef[]) }
        : { ...edge, id, source: from, target: to };
      if (existing) await tx.run(`MATCH ()-[r:${relationshipType(edge.type as string)} {id: $id}]->() DELETE r`, { id });
      await writeEdgeSnapshot(tx, moved);
      const written = await readRelationshipSnapshot(tx, id, edge.type as string);
      touched.set(id, { before: seen ? seen.before : existing, after: written! });
    }
    for (const [id, { before: was, after }] of touched) changes.push({ target: 'relationship', id, before: was, after });

    await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) DELETE n`, { id: mergedId });
    const survivorName = before.name as string;
    const aliases = unique([...(before.aliases as string[]), merged.name as string, ...(merged.aliases as string[])]).filter(
      (alias) => alias !== survivorName,
    );
    const { mergedIds: survivorMerged, ...survivorEntity } = before;
    const record = {
      ...survivorEntity,
      aliases,
      sources: unionOfSources(before.sources as SourceRef[], merged.sources as SourceRef[]),
    } as unknown as EntityRecord;
    const mergedIds = unique([
      ...((survivorMerged as string[] | undefined) ?? []),
      mergedId,
      ...((merged.mergedIds as string[] | undefined) ?? []),
    ]);
    const result = await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) SET n = $props RETURN n`, {
      id: intoId,
      props: { ...entityRow(record).props, mergedIds },
    });
    const survivor = result.records[0].get('n') as Node;
    changes.unshift(
      { target: 'entity', id: mergedId, before: merged, after: null },
      { target: 'entity', id: intoId, before, after: entitySnapshot(survivor) },
    );
    const history = await recordHistory(tx, { ...author, action: 'merge', changes });
    return { survivor: nodeToEntity(survivor), merged: mergedId, history };
  });
}

/** The survivor an id was merged into, if it was; a merged id is never an entity's own. */
export async function survivorOf(db: Database, id: string): Promise<string | undefined> {
  const result = await db.read((tx) =>
    tx.run(`MATCH (n:${ENTITY_LABEL}) WHERE n.mergedIds IS NOT NULL AND $id IN n.mergedIds RETURN n.id AS id LIMIT 1`, { id }),
  );
  return result.records[0] ? (toPlain(result.records[0].get('id')) as string) : undefined;
}

/** Full-text hits per name looked up; each name and alias of the entity is one lookup. */
const CANDIDATES_PER_NAME = 50;

/** Names an entity is known by, in every script it is written in. */
const namesOf = (entity: Entity) => [entity.name, ...entity.aliases, ...(typeof entity.nameJa === 'string' ? [entity.nameJa] : [])];

/** Other entities of the same kind that may be this one; undefined when it does not exist. */
export async function duplicateCandidates(
  db: Database,
  id: string,
): Promise<{ entity: EntityRef; candidates: ({ entity: EntityRef } & DuplicateVerdict)[] } | undefined> {
  return db.read(async (tx) => {
    const found = await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN n`, { id });
    if (!found.records[0]) return undefined;
    const node = found.records[0].get('n') as Node;
    const entity = nodeToEntity(node);
    const names = namesOf(entity);
    const pool = new Map<string, Node>();
    // Each name is looked up as written and without its legal form ("Facebook, Inc." finds "Facebook").
    const lookups = new Set(names.slice(0, 20).flatMap((name) => [luceneQuery(name), luceneQuery(withoutLegalForm(name))]));
    for (const query of lookups) {
      if (!query) continue;
      const hits = await tx.run(
        `CALL db.index.fulltext.queryNodes($index, $query) YIELD node
         WHERE node:${kindLabel(entity.kind)} AND node.id <> $id
         RETURN node LIMIT $limit`,
        { index: NAME_SEARCH_INDEX, query, id, limit: neo4j.int(CANDIDATES_PER_NAME) },
      );
      for (const r of hits.records) pool.set((r.get('node') as Node).properties.id as string, r.get('node') as Node);
    }
    const candidates = [...pool.values()].flatMap((candidate) => {
      const verdict = duplicateVerdict(names, namesOf(nodeToEntity(candidate)));
      return verdict ? [{ entity: entityRef(candidate), ...verdict }] : [];
    });
    const rank = (reason: DuplicateVerdict['reason']) => (reason === 'same-name' ? 0 : 1);
    candidates.sort(
      (a, b) => rank(a.reason) - rank(b.reason) || a.entity.name.localeCompare(b.entity.name) || a.entity.id.localeCompare(b.entity.id),
    );
    return { entity: entityRef(node), candidates };
  });
}
