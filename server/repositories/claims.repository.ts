// Claims: the list filtered by who made them, what they are about, their kind and text, and the
// write of a claim together with its claimants and subjects.
import type { Node } from 'neo4j-driver';
import { ENTITY_LABEL, predictionStatus, todayIso, type EntityRecord, type RelationshipRecord } from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { entityRef, entityRow, writeEntities } from './entities.repository';
import { pagedList } from './paged';
import { nodeToEntity, type ClaimView, type Entity, type TrackRecord } from './records';
import { relationshipRow, writeRelationships } from './relationships.repository';
import { entitySnapshot, readRelationshipSnapshot, recordHistory, type Author } from './history.repository';

export async function listClaims(
  db: Database,
  args: { by?: string; about?: string; kind?: string; q?: string; limit: number; offset: number },
): Promise<{ items: ClaimView[]; total: number }> {
  const match = args.by
    ? `MATCH (:${ENTITY_LABEL} {id: $by})-[:MADE_CLAIM]->(c:Claim)`
    : args.about
      ? `MATCH (c:Claim)-[:ABOUT]->(:${ENTITY_LABEL} {id: $about})`
      : 'MATCH (c:Claim)';
  const where = `WHERE ($kind IS NULL OR c.claimKind = $kind)
    AND ($about IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:${ENTITY_LABEL} {id: $about}) })
    AND ($q IS NULL OR toLower(c.text) CONTAINS $q OR toLower(c.name) CONTAINS $q OR toLower(coalesce(c.textJa, '')) CONTAINS $q)`;
  const params = { by: args.by ?? null, about: args.about ?? null, kind: args.kind ?? null, q: args.q?.toLowerCase() ?? null };
  return db.read((tx) =>
    pagedList(
      tx,
      {
        count: `${match} ${where} RETURN count(DISTINCT c) AS total`,
        page: `${match} ${where}
       WITH DISTINCT c ORDER BY coalesce(c.statedOn, '') DESC, c.id SKIP $offset LIMIT $limit
       CALL (c) { OPTIONAL MATCH (who)-[:MADE_CLAIM]->(c) RETURN collect(who) AS claimants }
       CALL (c) { OPTIONAL MATCH (c)-[:ABOUT]->(what) RETURN collect(what) AS subjects }
       RETURN c, claimants, subjects`,
        params,
      },
      args,
      claimView,
    ),
  );
}

/** A row with the claim as `c` and its `claimants` and `subjects`, with a prediction's status as of today. */
export function claimView(r: { get(key: string): unknown }): ClaimView {
  const claim = nodeToEntity(r.get('c') as Node);
  return {
    claim,
    claimants: (r.get('claimants') as Node[]).map(entityRef),
    subjects: (r.get('subjects') as Node[]).map(entityRef),
    ...(claim.claimKind === 'prediction' ? { status: predictionStatus(claim, todayIso()) } : {}),
  };
}

/** Every prediction `by` made with its status, and the tally; undefined when `by` does not exist. */
export async function trackRecord(db: Database, by: string): Promise<TrackRecord | undefined> {
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (who:${ENTITY_LABEL} {id: $by})
       OPTIONAL CALL (who) {
         MATCH (who)-[:MADE_CLAIM]->(c:Claim {claimKind: 'prediction'})
         CALL (c) { OPTIONAL MATCH (x)-[:MADE_CLAIM]->(c) RETURN collect(x) AS claimants }
         CALL (c) { OPTIONAL MATCH (c)-[:ABOUT]->(w) RETURN collect(w) AS subjects }
         RETURN c, claimants, subjects
         LIMIT 1000
       }
       RETURN who, c, claimants, subjects`,
      { by },
    ),
  );
  if (result.records.length === 0) return undefined;
  const predictions = result.records
    .filter((r) => r.get('c') !== null)
    .map(claimView)
    .sort((a, b) => dueKey(a).localeCompare(dueKey(b)) || a.claim.id.localeCompare(b.claim.id));
  const count = (status: string) => predictions.filter((p) => p.status === status).length;
  const counts = {
    made: predictions.length,
    cameTrue: count('came-true'),
    partly: count('partly'),
    didNot: count('did-not'),
    unresolvable: count('unresolvable'),
    open: count('open'),
    due: count('due'),
    overdue: count('overdue'),
  };
  return {
    by: entityRef(result.records[0].get('who') as Node),
    counts: { ...counts, resolved: counts.cameTrue + counts.partly + counts.didNot + counts.unresolvable },
    predictions,
  };
}
/** Soonest due first; a prediction without a due date after every dated one. */
const dueKey = (view: ClaimView) => (typeof view.claim.dueBy === 'string' ? view.claim.dueBy : '\uffff');

/** A claim with its claimants and subjects, written together so none exists without the others. */
export async function createClaim(
  db: Database,
  claim: EntityRecord,
  made: (RelationshipRecord & { id: string })[],
  about: (RelationshipRecord & { id: string })[],
  author: Author,
): Promise<Entity> {
  return db.write(async (tx) => {
    await writeEntities(tx, claim.kind, [entityRow(claim)], 'create');
    // A claimant or subject deleted since the write rules were checked is a conflict here, and
    // the claim is rolled back with it: no claim is left without who made it.
    for (const rels of [made, about]) if (rels.length > 0) await writeRelationships(tx, rels[0].type, rels.map(relationshipRow), 'create');
    const created = await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN n`, { id: claim.id });
    const node = created.records[0].get('n') as Node;
    const edges = [];
    for (const rel of [...made, ...about])
      edges.push({
        target: 'relationship' as const,
        id: rel.id,
        before: null,
        after: await readRelationshipSnapshot(tx, rel.id, rel.type),
      });
    await recordHistory(tx, {
      ...author,
      action: 'create',
      changes: [{ target: 'entity', id: claim.id, before: null, after: entitySnapshot(node) }, ...edges],
    });
    return nodeToEntity(node);
  });
}
