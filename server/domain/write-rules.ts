// The rules every write obeys, whether it arrives as seed files, an import or one API call: an id
// is given once and keeps its kind, a relationship's id is derived from it, a relationship joins
// entities that exist and whose kinds its type allows, and every citation names a Source.
import { endpointError, relationshipId, type EntityRecord, type RelationshipRecord } from '../../graph-schema';

/** Records already parsed against graph-schema, each relationship with its id. */
export interface WriteSet {
  entities: EntityRecord[];
  relationships: (RelationshipRecord & { id: string })[];
}

/** Kinds of ids the write refers to but does not define, as the database knows them. */
export type KnownKinds = (ids: string[]) => Promise<Map<string, string>>;

/** Where each record came from, by its place in the write set: a file name, or the request body. */
export interface Origins {
  entity(index: number): string;
  relationship(index: number): string;
}

export interface RuleBreach {
  origin: string;
  /** The entity's or relationship's id. */
  record: string;
  field: string;
  message: string;
}

/** Why a relationship's given id is refused, or undefined when it is absent or the derived one. */
export function relationshipIdBreach(rel: RelationshipRecord): string | undefined {
  if (rel.id === undefined || rel.id === relationshipId(rel)) return undefined;
  return `must be "${relationshipId(rel)}" (from:TYPE:to[:key]) or left out`;
}

/** Every rule the write set breaks, against itself and the entities already stored. */
export async function writeRuleBreaches(write: WriteSet, knownKinds: KnownKinds, origins: Origins): Promise<RuleBreach[]> {
  const breaches: RuleBreach[] = [];
  const kindOf = new Map<string, string>();
  const firstOrigin = new Map<string, string>();
  write.entities.forEach((e, index) => {
    const origin = origins.entity(index);
    const first = firstOrigin.get(e.id);
    if (first !== undefined) breaches.push({ origin, record: e.id, field: 'id', message: `duplicate id (first defined in ${first})` });
    else {
      firstOrigin.set(e.id, origin);
      kindOf.set(e.id, e.kind);
    }
  });

  const referenced = new Set<string>(kindOf.keys());
  for (const rel of write.relationships) referenced.add(rel.from).add(rel.to);
  for (const item of [...write.entities, ...write.relationships]) for (const ref of item.sources) referenced.add(ref.source);
  for (const e of write.entities) if (outcomeSourceOf(e)) referenced.add(outcomeSourceOf(e)!);
  const stored = await knownKinds([...referenced]);
  write.entities.forEach((e, index) => {
    const existing = stored.get(e.id);
    if (existing !== undefined && existing !== e.kind)
      breaches.push({
        origin: origins.entity(index),
        record: e.id,
        field: 'kind',
        message: `id already exists as a ${existing}, not a ${e.kind}`,
      });
  });
  const resolveKind = (id: string) => kindOf.get(id) ?? stored.get(id);

  const firstRelationship = new Map<string, string>();
  write.relationships.forEach((rel, index) => {
    const origin = origins.relationship(index);
    const record = rel.id;
    const first = firstRelationship.get(rel.id);
    if (first !== undefined)
      breaches.push({ origin, record, field: 'key', message: `duplicate relationship (first in ${first}); give each a distinct "key"` });
    else firstRelationship.set(rel.id, origin);
    const fromKind = resolveKind(rel.from);
    const toKind = resolveKind(rel.to);
    if (fromKind === undefined) breaches.push({ origin, record, field: 'from', message: `unknown entity id "${rel.from}"` });
    if (toKind === undefined) breaches.push({ origin, record, field: 'to', message: `unknown entity id "${rel.to}"` });
    if (fromKind !== undefined && toKind !== undefined) {
      const wrong = endpointError(rel.type, fromKind, toKind);
      if (wrong) breaches.push({ origin, record, field: 'type', message: wrong });
    }
  });

  const checkSources = (origin: string, record: string, sources: { source: string }[]) =>
    sources.forEach((ref, i) => {
      const kind = resolveKind(ref.source);
      if (kind !== 'Source')
        breaches.push({
          origin,
          record,
          field: `sources.${i}.source`,
          message: kind === undefined ? `unknown source "${ref.source}"` : `"${ref.source}" is a ${kind}, not a Source`,
        });
    });
  write.entities.forEach((e, index) => checkSources(origins.entity(index), e.id, e.sources));
  write.relationships.forEach((rel, index) => checkSources(origins.relationship(index), rel.id, rel.sources));
  write.entities.forEach((e, index) => {
    const source = outcomeSourceOf(e);
    const kind = source === undefined ? 'Source' : resolveKind(source);
    if (kind !== 'Source')
      breaches.push({
        origin: origins.entity(index),
        record: e.id,
        field: 'outcomeSource',
        message: kind === undefined ? `unknown source "${source}"` : `"${source}" is a ${kind}, not a Source`,
      });
  });
  return breaches;
}

/** A prediction's outcome rests on a Source too, often a web page outside the curated documents. */
function outcomeSourceOf(entity: EntityRecord): string | undefined {
  const source = (entity as Record<string, unknown>).outcomeSource;
  return typeof source === 'string' ? source : undefined;
}
