// The history of writes: one HistoryEntry node per write, recorded inside the write's own
// transaction so a write and its record commit or fail together. Before and after are stored as
// JSON text because Neo4j properties cannot hold nested maps.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { HISTORY_LABEL } from '../../graph-schema';
import type { HistoryChange, HistoryEntry } from '../../graph-schema/contract/curation.shapes';

export interface HistoryRecord {
  actor: string;
  action: HistoryEntry['action'];
  note?: string;
  changes: HistoryChange[];
  reverts?: string;
}

/** Writes the entry in the caller's transaction and returns its id. */
export async function recordHistory(tx: ManagedTransaction, record: HistoryRecord): Promise<string> {
  const id = `h-${randomUUID()}`;
  await tx.run(
    `CREATE (h:${HISTORY_LABEL} {id: $id, at: $at, actor: $actor, action: $action, note: $note, reverts: $reverts,
       changes: $changes, subjects: $subjects})`,
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
