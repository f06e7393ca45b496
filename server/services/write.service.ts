// The rules every write obeys before it reaches the database: records fit graph-schema, cite at
// least one existing Source, join only kinds their type allows, and refer to entities that exist.
import { EntityRecord, RelationshipRecord, relationshipId, typeOfRelationshipId, type SourceRef } from '../../graph-schema';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { validateDataset } from '../loader/validate-dataset';
import type { Database } from '../neo4j/database';
import * as writes from '../repositories/entity.repository';
import { entityById } from '../repositories/graph.repository';
import { kindsOfIds } from '../repositories/import.repository';
import type { Edge, Entity } from '../repositories/records';
import type { ClaimInput } from '../../graph-schema/contract';

/** Runs the loader's cross-checks on a single write, so the API and the loader agree on validity. */
async function checkAgainstGraph(db: Database, entities: EntityRecord[], relationships: RelationshipRecord[]) {
  const { dataset, problems } = await validateDataset([{ file: 'body', content: { entities, relationships } }], (ids) =>
    kindsOfIds(db, ids),
  );
  if (problems.length > 0)
    throw new ValidationError(
      problems.map((p) => `${p.field ? `${p.field}: ` : ''}${p.message}`).join('; '),
      problems.map((p) => ({ in: 'body', path: p.field, message: p.message, record: p.record })),
    );
  return dataset;
}

function requireSources(sources: SourceRef[], kind?: string) {
  if (sources.length === 0 && kind !== 'Source')
    throw new ValidationError('sources: a write must cite at least one source', [
      { in: 'body', path: 'sources', message: 'must cite at least one source' },
    ]);
}

export async function createEntity(db: Database, record: EntityRecord): Promise<Entity> {
  requireSources(record.sources, record.kind);
  const existing = await kindsOfIds(db, [record.id]);
  if (existing.has(record.id)) throw new ConflictError(`an entity with id "${record.id}" already exists`);
  await checkAgainstGraph(db, [record], []);
  return writes.createEntity(db, record);
}

export async function patchEntity(db: Database, id: string, patch: Record<string, unknown>): Promise<Entity> {
  const current = await entityById(db, id);
  if (!current) throw new NotFoundError(`no entity has id "${id}"`);
  const { sources, ...rest } = current.entity;
  const merged = { ...rest, sources, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === null) delete (merged as Record<string, unknown>)[key];
  const parsed = EntityRecord.safeParse(merged);
  if (!parsed.success)
    throw new ValidationError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      parsed.error.issues.map((i) => ({ in: 'body', path: i.path.join('.'), message: i.message })),
    );
  requireSources(parsed.data.sources, parsed.data.kind);
  await checkAgainstGraph(db, [parsed.data], []);
  const updated = await writes.replaceEntity(db, parsed.data);
  if (!updated) throw new NotFoundError(`no entity has id "${id}"`);
  return updated;
}

export async function deleteEntity(db: Database, id: string) {
  const deleted = await writes.deleteEntity(db, id);
  if (!deleted) throw new NotFoundError(`no entity has id "${id}"`);
  return { deleted: id, relationshipsDeleted: deleted.relationships };
}

export async function createRelationship(db: Database, record: RelationshipRecord): Promise<Edge> {
  const [rel] = (await checkAgainstGraph(db, [], [record])).relationships;
  return writes.createRelationship(db, rel);
}

export async function deleteRelationship(db: Database, id: string) {
  const type = typeOfRelationshipId(id);
  if (!type || !(await writes.deleteRelationship(db, type, id))) throw new NotFoundError(`no relationship has id "${id}"`);
  return { deleted: id };
}

export async function createClaim(db: Database, input: ClaimInput): Promise<Entity> {
  const { by, about, ...fields } = input;
  const claim = EntityRecord.parse({ ...fields, kind: 'Claim' });
  requireSources(claim.sources);
  const existing = await kindsOfIds(db, [claim.id]);
  if (existing.has(claim.id)) throw new ConflictError(`an entity with id "${claim.id}" already exists`);
  const made = by.map((who) => ({
    type: 'MADE_CLAIM' as const,
    from: who,
    to: claim.id,
    properties: claim.kind === 'Claim' && claim.statedOn ? { date: claim.statedOn } : {},
    sources: claim.sources,
  }));
  const subjects = about.map((what) => ({ type: 'ABOUT' as const, from: claim.id, to: what, properties: {}, sources: claim.sources }));
  const dataset = await checkAgainstGraph(db, [claim], [...made, ...subjects]);
  const withIds = dataset.relationships.map((r) => ({ ...r, id: r.id ?? relationshipId(r) }));
  return writes.createClaim(
    db,
    claim,
    withIds.filter((r) => r.type === 'MADE_CLAIM'),
    withIds.filter((r) => r.type === 'ABOUT'),
  );
}
