// Single writes from the API: each checks the write rules against the stored graph, then writes
// in one transaction, which also records the write in the history under its author. A taken id is
// a conflict; a missing one is not found.
import { EntityRecord, RelationshipRecord, relationshipId, typeOfRelationshipId } from '../../graph-schema';
import { entityTag } from '../domain/entity-tag';
import { relationshipIdBreach, writeRuleBreaches, type WriteSet } from '../domain/write-rules';
import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from '../errors';
import type { Database } from '../neo4j/database';
import { createClaim as writeClaim } from '../repositories/claims.repository';
import * as entities from '../repositories/entities.repository';
import type { Edge, Entity } from '../repositories/records';
import * as relationships from '../repositories/relationships.repository';
import type { ClaimInput } from '../../graph-schema/contract';
import type { Author } from '../repositories/history.repository';

const inBody = { entity: () => 'body', relationship: () => 'body' };

/** Gives each relationship its id, refusing a given one that is not the derived id. */
function withIds(records: RelationshipRecord[]): WriteSet['relationships'] {
  return records.map((rel) => {
    const wrong = relationshipIdBreach(rel);
    if (wrong) throw new ValidationError(`id: ${wrong}`, [{ in: 'body', path: 'id', message: wrong, record: rel.id }]);
    return { ...rel, id: rel.id ?? relationshipId(rel) };
  });
}

async function obeyWriteRules(db: Database, write: WriteSet): Promise<void> {
  const breaches = await writeRuleBreaches(write, (ids) => entities.kindsOfIds(db, ids), inBody, {
    knownRelationships: (ids) => relationships.storedRelationshipIds(db, ids),
  });
  if (breaches.length > 0)
    throw new ValidationError(
      breaches.map((b) => `${b.field ? `${b.field}: ` : ''}${b.message}`).join('; '),
      breaches.map((b) => ({ in: 'body', path: b.field, message: b.message, record: b.record })),
    );
}

export async function createEntity(db: Database, record: EntityRecord, author: Author): Promise<Entity> {
  const existing = await entities.kindsOfIds(db, [record.id]);
  if (existing.has(record.id)) throw new ConflictError(`an entity with id "${record.id}" already exists`);
  await obeyWriteRules(db, { entities: [record], relationships: [] });
  return entities.createEntity(db, record, author);
}

export async function patchEntity(
  db: Database,
  id: string,
  patch: Record<string, unknown>,
  author: Author,
  ifMatch?: string,
): Promise<Entity> {
  const updated = await entities.updateEntity(
    db,
    id,
    async (current) => {
      if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== entityTag(current))
        throw new PreconditionFailedError(`entity "${id}" has changed since it was read; read it again and reapply the change`);
      const { sources, ...rest } = current;
      const merged = { ...rest, sources, ...patch };
      for (const [key, value] of Object.entries(patch)) if (value === null) delete (merged as Record<string, unknown>)[key];
      const parsed = EntityRecord.safeParse(merged);
      if (!parsed.success)
        throw new ValidationError(
          parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
          parsed.error.issues.map((i) => ({ in: 'body', path: i.path.join('.'), message: i.message })),
        );
      await obeyWriteRules(db, { entities: [parsed.data], relationships: [] });
      return parsed.data;
    },
    author,
  );
  if (!updated) throw new NotFoundError(`no entity has id "${id}"`);
  return updated;
}

export async function deleteEntity(db: Database, id: string, author: Author) {
  const deleted = await entities.deleteEntity(db, id, author);
  if (!deleted) throw new NotFoundError(`no entity has id "${id}"`);
  if ('dependents' in deleted) {
    const { citedBy, claims } = deleted.dependents;
    const what = [
      ...(citedBy.length > 0 ? [`it is cited by ${citedBy.join(', ')}`] : []),
      ...(claims.length > 0 ? [`claims would be left without a claimant or subject: ${claims.join(', ')}`] : []),
    ];
    throw new ConflictError(`entity "${id}" cannot be deleted while ${what.join('; and ')}`, deleted.dependents);
  }
  return { deleted: id, relationshipsDeleted: deleted.relationships };
}

export async function createRelationship(db: Database, record: RelationshipRecord, author: Author): Promise<Edge> {
  const write = { entities: [], relationships: withIds([record]) };
  await obeyWriteRules(db, write);
  return relationships.createRelationship(db, write.relationships[0], author);
}

export async function deleteRelationship(db: Database, id: string, author: Author) {
  const type = typeOfRelationshipId(id);
  if (!type || !(await relationships.deleteRelationship(db, type, id, author))) throw new NotFoundError(`no relationship has id "${id}"`);
  return { deleted: id };
}

export async function createClaim(db: Database, input: ClaimInput, author: Author): Promise<Entity> {
  const { by, about, ...fields } = input;
  const claim = EntityRecord.parse({ ...fields, kind: 'Claim' });
  const existing = await entities.kindsOfIds(db, [claim.id]);
  if (existing.has(claim.id)) throw new ConflictError(`an entity with id "${claim.id}" already exists`);
  const made = by.map((who) => ({
    type: 'MADE_CLAIM' as const,
    from: who,
    to: claim.id,
    properties: claim.kind === 'Claim' && claim.statedOn ? { date: claim.statedOn } : {},
    sources: claim.sources,
  }));
  const subjects = about.map((what) => ({ type: 'ABOUT' as const, from: claim.id, to: what, properties: {}, sources: claim.sources }));
  const write = { entities: [claim], relationships: withIds([...made, ...subjects]) };
  await obeyWriteRules(db, write);
  return writeClaim(
    db,
    claim,
    write.relationships.filter((r) => r.type === 'MADE_CLAIM'),
    write.relationships.filter((r) => r.type === 'ABOUT'),
    author,
  );
}

/** The author of a write as the router hands it over: the guard has named the token on every write. */
export function authorOf(request: { actor?: string; note?: string }): Author {
  if (request.actor === undefined) throw new Error('a write reached its handler without the token guard naming its actor');
  return { actor: request.actor, ...(request.note !== undefined ? { note: request.note } : {}) };
}
