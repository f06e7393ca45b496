// The history of writes: one HistoryEntry node per write, recorded inside the write's own
// transaction so a write and its record commit or fail together. Before and after are stored as
// JSON text because Neo4j properties cannot hold nested maps. Also here: the snapshots a change
// records (an entity or an edge as the API shows it, plus a survivor's merged ids), the list, and
// the revert that applies an entry's inverse after checking nothing it touched has moved on.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction, Node, Relationship } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { ENTITY_LABEL, HISTORY_LABEL, typeOfRelationshipId, type EntityRecord } from '../../graph-schema';
import type { HistoryChange, HistoryEntry } from '../../graph-schema/contract/curation.shapes';
import { ConflictError, NotFoundError } from '../errors';
import type { Database } from '../neo4j/database';
import { entityRow } from './entities.repository';
import { nodeToEntity, relationshipToEdge, toPlain } from './records';
import { kindLabel, relationshipType } from './schema-names';
import { relationshipRow, writeRelationships } from './relationships.repository';

/** Who writes, and why: every write takes one. */
export interface Author {
  actor: string;
  note?: string;
}

export interface HistoryRecord extends Author {
  action: HistoryEntry['action'];
  changes: HistoryChange[];
  reverts?: string;
  summary?: HistoryEntry['summary'];
}

/** Writes the entry in the caller's transaction and returns its id. */
export async function recordHistory(tx: ManagedTransaction, record: HistoryRecord): Promise<string> {
  const id = `h-${randomUUID()}`;
  await tx.run(
    `CREATE (h:${HISTORY_LABEL} {id: $id, at: $at, actor: $actor, action: $action, note: $note, reverts: $reverts,
       changes: $changes, subjects: $subjects, summary: $summary})`,
    {
      id,
      at: new Date().toISOString(),
      actor: record.actor,
      action: record.action,
      note: record.note ?? null,
      reverts: record.reverts ?? null,
      changes: JSON.stringify(record.changes),
      // The ids a change touches, listed so that "the history of this entity" is an indexed lookup.
      subjects: [...new Set(record.changes.flatMap((c) => subjectsOf(c)))],
      summary: record.summary ? JSON.stringify(record.summary) : null,
    },
  );
  return id;
}

/** An entity change touches its entity; a relationship change touches the relationship and both ends. */
function subjectsOf(change: HistoryChange): string[] {
  if (change.target === 'entity') return [change.id];
  const ends = [change.before, change.after].flatMap((r) => (r ? [r.source, r.target, r.from, r.to] : []));
  return [change.id, ...ends.filter((x): x is string => typeof x === 'string')];
}

// ---- snapshots ------------------------------------------------------------------------------------

export type Snapshot = Record<string, unknown>;

/** An entity as the API shows it, with the ids merged into it (bookkeeping the API hides). */
export function entitySnapshot(node: Node): Snapshot {
  const merged = toPlain(node.properties.mergedIds) as string[] | undefined;
  return { ...nodeToEntity(node), ...(merged && merged.length > 0 ? { mergedIds: merged } : {}) };
}

export async function readEntitySnapshot(tx: ManagedTransaction, id: string): Promise<Snapshot | null> {
  const result = await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN n`, { id });
  return result.records[0] ? entitySnapshot(result.records[0].get('n') as Node) : null;
}

/** The edge with this id, found by the type its id names. */
export async function readRelationshipSnapshot(tx: ManagedTransaction, id: string, type?: string): Promise<Snapshot | null> {
  const named = type ?? typeOfRelationshipId(id);
  if (!named) return null;
  const result = await tx.run(
    `MATCH (a:${ENTITY_LABEL})-[r:${relationshipType(named)} {id: $id}]->(b:${ENTITY_LABEL}) RETURN r, a.id AS s, b.id AS t`,
    { id },
  );
  const row = result.records[0];
  return row ? { ...relationshipToEdge(row.get('r') as Relationship, row.get('s') as string, row.get('t') as string) } : null;
}

/** Every relationship of an entity, in both directions, each once. */
export async function relationshipsOf(tx: ManagedTransaction, id: string): Promise<Snapshot[]> {
  const result = await tx.run(
    `MATCH (n:${ENTITY_LABEL} {id: $id})-[r]-(:${ENTITY_LABEL})
     WITH DISTINCT r
     RETURN r, startNode(r).id AS s, endNode(r).id AS t ORDER BY r.id`,
    { id },
  );
  return result.records.map((row) => ({
    ...relationshipToEdge(row.get('r') as Relationship, row.get('s') as string, row.get('t') as string),
  }));
}

/** The properties an entity snapshot is stored with, merged ids included. */
function entityProps(snapshot: Snapshot): Record<string, unknown> {
  const { mergedIds, ...entity } = snapshot;
  return { ...entityRow(entity as unknown as EntityRecord).props, ...(mergedIds ? { mergedIds } : {}) };
}

/** Writes an edge snapshot back as it was (its id, ends, properties and citations). */
export async function writeEdgeSnapshot(tx: ManagedTransaction, edge: Snapshot): Promise<void> {
  const e = edge as { id: string; type: string; source: string; target: string; key?: string; properties: Record<string, unknown> };
  const row = relationshipRow({
    id: e.id,
    type: e.type,
    from: e.source,
    to: e.target,
    key: e.key,
    properties: e.properties,
    sources: (edge.sources as EntityRecord['sources']) ?? [],
  } as Parameters<typeof relationshipRow>[0]);
  await writeRelationships(tx, e.type, [row], 'create');
}

/** JSON with keys sorted, so two records compare by content whatever the order of their fields. */
export function canonical(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sorted(value) ?? null);
}

// ---- reading ------------------------------------------------------------------------------------

function entryOf(node: Node): HistoryEntry {
  const p = toPlain(node.properties) as Record<string, unknown>;
  return {
    id: p.id as string,
    at: p.at as string,
    actor: p.actor as string,
    action: p.action as HistoryEntry['action'],
    ...(typeof p.note === 'string' ? { note: p.note } : {}),
    changes: JSON.parse(p.changes as string) as HistoryChange[],
    ...(typeof p.reverts === 'string' ? { reverts: p.reverts } : {}),
    ...(typeof p.revertedBy === 'string' ? { revertedBy: p.revertedBy } : {}),
    ...(typeof p.summary === 'string' ? { summary: JSON.parse(p.summary) as HistoryEntry['summary'] } : {}),
  };
}

export async function listHistory(
  db: Database,
  args: { entity?: string; since?: string; limit: number; offset: number },
): Promise<{ items: HistoryEntry[]; total: number }> {
  // Stored times are UTC with a Z, so an offset given by the caller is turned into the same form to compare as text.
  const since = args.since ? new Date(args.since).toISOString() : null;
  const where = `WHERE ($entity IS NULL OR $entity IN h.subjects) AND ($since IS NULL OR h.at >= $since)`;
  return db.read(async (tx) => {
    const params = { entity: args.entity ?? null, since };
    const total = await tx.run(`MATCH (h:${HISTORY_LABEL}) ${where} RETURN count(h) AS total`, params);
    const page = await tx.run(`MATCH (h:${HISTORY_LABEL}) ${where} RETURN h ORDER BY h.at DESC, h.id DESC SKIP $offset LIMIT $limit`, {
      ...params,
      offset: neo4j.int(args.offset),
      limit: neo4j.int(args.limit),
    });
    return { total: toPlain(total.records[0].get('total')) as number, items: page.records.map((r) => entryOf(r.get('h') as Node)) };
  });
}

/** `h-last` names the caller's own newest write that is neither a revert nor reverted. */
export const LAST_OWN_ENTRY = 'h-last';

async function lockedEntry(tx: ManagedTransaction, id: string, actor: string): Promise<HistoryEntry | undefined> {
  const result =
    id === LAST_OWN_ENTRY
      ? await tx.run(
          `MATCH (h:${HISTORY_LABEL} {actor: $actor}) WHERE h.action <> 'revert' AND h.revertedBy IS NULL
           WITH h ORDER BY h.at DESC, h.id DESC LIMIT 1
           SET h.__lock = true REMOVE h.__lock RETURN h`,
          { actor },
        )
      : await tx.run(`MATCH (h:${HISTORY_LABEL} {id: $id}) SET h.__lock = true REMOVE h.__lock RETURN h`, { id });
  return result.records[0] ? entryOf(result.records[0].get('h') as Node) : undefined;
}

// ---- revert -------------------------------------------------------------------------------------

const describeRecord = (change: HistoryChange) => `${change.target} "${change.id}"`;

/**
 * Applies the inverse of an entry in one transaction and records it as a 'revert'. Every record
 * the entry touched must still be as the entry left it; otherwise nothing is written and the
 * answer names what changed. The entities involved are locked first, so a concurrent write either
 * lands before (and is seen) or waits.
 */
export async function revertEntry(db: Database, id: string, author: Author): Promise<HistoryEntry> {
  return db.write(async (tx) => {
    const entry = await lockedEntry(tx, id, author.actor);
    if (!entry)
      throw new NotFoundError(id === LAST_OWN_ENTRY ? `"${author.actor}" has no write left to revert` : `no history entry has id "${id}"`);
    if (entry.revertedBy) throw new ConflictError(`history entry "${entry.id}" was reverted already, by "${entry.revertedBy}"`);
    if (entry.action === 'import' || entry.changes.length === 0)
      throw new ConflictError(
        `history entry "${entry.id}" is an import, recorded by its counts and not record by record: it cannot be reverted`,
      );

    const ends = entry.changes.flatMap((c) =>
      c.target === 'entity' ? [c.id] : [c.before, c.after].flatMap((r) => (r ? [r.source as string, r.target as string] : [])),
    );
    await tx.run(`UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) SET n.__lock = true REMOVE n.__lock`, {
      ids: [...new Set(ends)].sort(),
    });

    const current = async (c: HistoryChange) =>
      c.target === 'entity' ? readEntitySnapshot(tx, c.id) : readRelationshipSnapshot(tx, c.id, (c.before ?? c.after)?.type as string);
    const moved: { in: 'body'; path: string; record: string; message: string }[] = [];
    for (const change of entry.changes) {
      const now = await current(change);
      if (canonical(now) === canonical(change.after)) continue;
      moved.push({
        in: 'body',
        path: change.target,
        record: change.id,
        message: change.after === null ? 'exists again' : now === null ? 'has been deleted since' : 'has changed since',
      });
    }
    if (moved.length > 0)
      throw new ConflictError(
        `history entry "${entry.id}" cannot be reverted: ${moved
          .slice(0, 20)
          .map((m) => `${m.path} "${m.record}" ${m.message}`)
          .join('; ')}`,
        moved.slice(0, 20),
      );

    const rels = entry.changes.filter((c) => c.target === 'relationship');
    const ents = entry.changes.filter((c) => c.target === 'entity');
    // Relationships the entry left go first, so that entities it created can be deleted bare.
    for (const change of rels.filter((c) => c.after !== null)) {
      const type = change.after!.type as string;
      await tx.run(`MATCH ()-[r:${relationshipType(type)} {id: $id}]->() DELETE r`, { id: change.id });
    }
    for (const change of ents.filter((c) => c.before === null)) {
      const others = await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id})-[r]-() RETURN DISTINCT r.id AS id LIMIT 20`, { id: change.id });
      if (others.records.length > 0)
        throw new ConflictError(
          `history entry "${entry.id}" cannot be reverted: ${describeRecord(change)} has relationships written since: ${others.records
            .map((r) => r.get('id') as string)
            .join(', ')}`,
        );
      await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) DELETE n`, { id: change.id });
    }
    for (const change of ents.filter((c) => c.before !== null)) {
      const props = entityProps(change.before!);
      if (change.after !== null) await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) SET n = $props`, { id: change.id, props });
      else
        await tx.run(`CREATE (n:${ENTITY_LABEL}:${kindLabel(change.before!.kind as string)}) SET n = $props`, {
          props,
        });
    }
    for (const change of rels.filter((c) => c.before !== null)) await writeEdgeSnapshot(tx, change.before!);

    const revertId = await recordHistory(tx, {
      actor: author.actor,
      note: author.note,
      action: 'revert',
      reverts: entry.id,
      changes: entry.changes.map((c) => ({ target: c.target, id: c.id, before: c.after, after: c.before })),
    });
    await tx.run(`MATCH (h:${HISTORY_LABEL} {id: $id}) SET h.revertedBy = $revertId`, { id: entry.id, revertId });
    const written = await tx.run(`MATCH (h:${HISTORY_LABEL} {id: $id}) RETURN h`, { id: revertId });
    return entryOf(written.records[0].get('h') as Node);
  });
}
