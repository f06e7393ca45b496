// The rules every write obeys, whether it arrives as seed files, an import or one API call: an id
// is given once and keeps its kind, a relationship's id is derived from it, a relationship joins
// entities that exist and whose kinds its type allows, and every citation names a Source. Facts
// are also checked for sense: no relationship from an entity to itself, a symmetric one stored in
// one direction only, no end before its start, no date of a fact far in the future (a prediction's
// due date may be), no start date beside "undated", no outside marker for a value the record does
// not hold, and no citation given twice. Sources do not record how many paragraphs they
// have, so a paragraph number is only checked to be a positive whole number (by the schema).
import {
  datingError,
  endOfPeriod,
  endpointError,
  kindDefinition,
  relationshipDefinition,
  relationshipId,
  relationshipSpan,
  type EntityRecord,
  type RelationshipRecord,
} from '../../graph-schema';

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

/** Which of the given relationship ids are stored. */
export type KnownRelationships = (ids: string[]) => Promise<Set<string>>;

export interface RuleOptions {
  /** Finds stored relationships, so a symmetric one is not stored the other way round too. */
  knownRelationships?: KnownRelationships;
  /** The day dates are judged against; today by default. */
  today?: Date;
}

/** Dates that say when something is due rather than when it happened: these may lie in the future. */
const FUTURE_ALLOWED = new Set(['dueBy']);
/** How far ahead a fact's date may lie: announced plans (a cluster, a law in force) are dated ahead. */
const FUTURE_YEARS = 1;

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
export async function writeRuleBreaches(
  write: WriteSet,
  knownKinds: KnownKinds,
  origins: Origins,
  options: RuleOptions = {},
): Promise<RuleBreach[]> {
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
  breaches.push(...senseBreaches(write, origins, options.today ?? new Date()));
  if (options.knownRelationships) breaches.push(...(await storedReverseBreaches(write, origins, options.knownRelationships)));
  return breaches;
}

/** The id the same symmetric relationship has when written the other way round. */
function reverseId(rel: RelationshipRecord & { id: string }): string | undefined {
  if (!relationshipDefinition(rel.type)?.meta.symmetric) return undefined;
  return relationshipId({ ...rel, from: rel.to, to: rel.from });
}

/** Rules a record breaks on its own or against the rest of the write set, without the database. */
export function senseBreaches(write: WriteSet, origins: Origins, today: Date): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  const limit = new Date(today);
  limit.setUTCFullYear(limit.getUTCFullYear() + FUTURE_YEARS);
  const latest = limit.toISOString().slice(0, 10);
  // A partial date names a period: it is too far ahead when the period starts after the limit.
  const datesTooLate = (origin: string, record: string, prefix: string, dates: [string, unknown][]) => {
    for (const [name, value] of dates)
      if (typeof value === 'string' && !FUTURE_ALLOWED.has(name) && value.slice(0, 10) > latest)
        breaches.push({
          origin,
          record,
          field: prefix + name,
          message: `${value} is more than ${FUTURE_YEARS} year in the future (after ${latest}); only a due date (dueBy) may be`,
        });
  };
  const repeatedCitations = (origin: string, record: string, sources: { source: string; paragraph: number }[]) => {
    const seen = new Set<string>();
    sources.forEach((ref, i) => {
      const key = `${ref.source}#${ref.paragraph}`;
      if (seen.has(key))
        breaches.push({ origin, record, field: `sources.${i}`, message: `cites ${ref.source} paragraph ${ref.paragraph} twice` });
      seen.add(key);
    });
  };

  // A marker naming a value the record does not hold would vouch for nothing.
  const outsideUnheld = (origin: string, record: string, prefix: string, values: Record<string, unknown>) =>
    ((values.outsideFields as string[] | undefined) ?? []).forEach((name, i) => {
      if (name === 'outsideFields' || values[name] === undefined)
        breaches.push({ origin, record, field: `${prefix}outsideFields.${i}`, message: `names "${name}", which the record does not hold` });
    });

  write.entities.forEach((e, index) => {
    const origin = origins.entity(index);
    const info = kindDefinition(e.kind)?.meta.propertyInfo ?? {};
    const props = e as unknown as Record<string, unknown>;
    outsideUnheld(origin, e.id, '', props);
    datesTooLate(
      origin,
      e.id,
      '',
      Object.keys(info)
        .filter((name) => info[name].type === 'date')
        .map((name) => [name, props[name]]),
    );
    repeatedCitations(origin, e.id, e.sources);
  });

  const inWrite = new Map(write.relationships.map((rel, index) => [rel.id, index]));
  write.relationships.forEach((rel, index) => {
    const origin = origins.relationship(index);
    const record = rel.id;
    if (rel.from === rel.to) breaches.push({ origin, record, field: 'to', message: `a relationship cannot join "${rel.from}" to itself` });
    const reverse = reverseId(rel);
    // Reported on the second of the pair only, so a file's author sees which one to drop.
    const other = reverse === undefined || reverse === rel.id ? undefined : inWrite.get(reverse);
    if (other !== undefined && other < index)
      breaches.push({
        origin,
        record,
        field: 'from',
        message: `${rel.type} has no direction and ${reverse} is in this write already (in ${origins.relationship(other)}); give it once`,
      });
    const def = relationshipDefinition(rel.type);
    const properties = (rel.properties ?? {}) as Record<string, unknown>;
    outsideUnheld(origin, record, 'properties.', properties);
    if (def) {
      const info = def.meta.propertyInfo;
      datesTooLate(
        origin,
        record,
        'properties.',
        Object.keys(info)
          .filter((name) => info[name].type === 'date')
          .map((name) => [name, properties[name]]),
      );
      const dating = datingError(def.meta, properties, false);
      if (dating) breaches.push({ origin, record, field: 'properties.undated', message: dating });
      const span = relationshipSpan(def.meta, properties);
      if (span.start !== undefined && span.end !== undefined && endOfPeriod(span.end) < span.start) {
        const endName = def.meta.temporal!.end.find((n) => properties[n] === span.end)!;
        breaches.push({ origin, record, field: `properties.${endName}`, message: `ends (${span.end}) before it starts (${span.start})` });
      }
    }
    repeatedCitations(origin, record, rel.sources);
  });
  return breaches;
}

/** A symmetric relationship whose reverse is already stored: the same fact twice. */
async function storedReverseBreaches(write: WriteSet, origins: Origins, known: KnownRelationships): Promise<RuleBreach[]> {
  const candidates = write.relationships.flatMap((rel, index) => {
    const reverse = reverseId(rel);
    return reverse === undefined || reverse === rel.id ? [] : [{ rel, index, reverse }];
  });
  if (candidates.length === 0) return [];
  const stored = await known(candidates.map((c) => c.reverse));
  return candidates
    .filter((c) => stored.has(c.reverse))
    .map(({ rel, index, reverse }) => ({
      origin: origins.relationship(index),
      record: rel.id,
      field: 'from',
      message: `${rel.type} has no direction and ${reverse} is stored already: the same fact the other way round`,
    }));
}

/** A prediction's outcome rests on a Source too, often a web page outside the curated documents. */
function outcomeSourceOf(entity: EntityRecord): string | undefined {
  const source = (entity as Record<string, unknown>).outcomeSource;
  return typeof source === 'string' ? source : undefined;
}
