// What the curator decides about one document's suggestions, as plain data and pure functions: the
// choices start from the suggestions, the edits change them (a new entity created, linked to an
// existing one, or left out, and each reference resolved accordingly), and the entities and
// facts the curator adds by hand join the same review. No DOM here; its problems read in the
// interface's language.
import type { RelationshipDocument, SchemaDocument } from '../graph/types';
import { t } from '../i18n/i18n';
import type { Ingested } from './curator-api';

type Suggested = Ingested['suggestions'];

export interface EntityChoice {
  ref: string;
  name: string;
  kind: string;
  known: boolean;
  aliases: string[];
  paragraphs: number[];
  /** For a new entity: create it, or stand for an existing one instead, or leave it out. */
  decision: 'create' | 'link' | 'reject';
  linked?: { id: string; name: string; kind: string };
  /** Added by the curator, not suggested: never listed as rejected. */
  hand?: boolean;
}

/** `hand`: added by the curator; its key names the card only and is not sent. */
export type RelationshipChoice = Suggested['relationships'][number] & { accepted: boolean; hand?: boolean };
export type ClaimChoice = Suggested['claims'][number] & { accepted: boolean; text: string };

export interface Review {
  documentId: string;
  entities: Map<string, EntityChoice>;
  relationships: RelationshipChoice[];
  claims: ClaimChoice[];
}

/** Suggestions at or above this confidence start ticked; the curator unticks what is wrong. */
export const PRESELECT_CONFIDENCE = 0.5;

export function startReview(ingested: Ingested): Review {
  const { document, suggestions } = ingested;
  const entities = new Map<string, EntityChoice>();
  for (const e of suggestions.entities)
    entities.set(e.ref, {
      ref: e.ref,
      name: e.name,
      kind: e.kind,
      known: e.known,
      aliases: [...e.aliases],
      paragraphs: [...new Set(e.mentions.map((m) => m.paragraph))].sort((a, b) => a - b),
      decision: 'create',
    });
  return {
    documentId: document.id,
    entities,
    relationships: suggestions.relationships.map((r) => ({
      ...r,
      properties: { ...r.properties },
      accepted: r.confidence >= PRESELECT_CONFIDENCE,
    })),
    claims: suggestions.claims.map((c) => ({ ...c, about: [...c.about], accepted: c.confidence >= PRESELECT_CONFIDENCE, text: '' })),
  };
}

/** The entity a reference stands for now: a linked new one is the existing entity it was linked to. */
export function entityOf(review: Review, ref: string): { name: string; kind: string } | undefined {
  const e = review.entities.get(ref);
  return e?.decision === 'link' && e.linked ? e.linked : e;
}

/** The relationship types that may join these two kinds, in the schema's order. */
export function fittingTypes(schema: SchemaDocument, fromKind: string, toKind: string): RelationshipDocument[] {
  return schema.relationships.filter((r) => r.from.includes(fromKind) && r.to.includes(toKind));
}

/** The reference to send for `ref`, or why it cannot be sent. */
export function resolveRef(review: Review, ref: string): { ref: string } | { problem: string } {
  const e = review.entities.get(ref);
  if (!ref.startsWith('new:') || !e) return { ref };
  if (e.decision === 'link') return e.linked ? { ref: e.linked.id } : { problem: t('pickLinked', { name: e.name }) };
  if (e.decision === 'reject') return { problem: t('leftOut', { name: e.name }) };
  return { ref };
}

/** A relationship's problem before anything is sent: an end left out, or a type its ends cannot take. */
export function relationshipProblem(review: Review, schema: SchemaDocument, r: RelationshipChoice): string | undefined {
  if (!r.from || !r.to) return t('pickBothEnds');
  for (const end of [r.from, r.to]) {
    const resolved = resolveRef(review, end);
    if ('problem' in resolved) return resolved.problem;
  }
  const [from, to] = [entityOf(review, r.from), entityOf(review, r.to)];
  if (from && to && !fittingTypes(schema, from.kind, to.kind).some((t) => t.type === r.type))
    return t('cannotJoin', { type: r.type, from: from.kind, to: to.kind });
  return undefined;
}

export function claimProblem(review: Review, c: ClaimChoice): string | undefined {
  if (!c.text.trim()) return t('writeClaim');
  for (const end of [c.by, ...c.about]) {
    const resolved = resolveRef(review, end);
    if ('problem' in resolved) return resolved.problem;
  }
  return undefined;
}

/** The paragraphs that carry a suggestion, each with its relationships, claims and new entities. */
export function byParagraph(
  review: Review,
): Map<number, { relationships: RelationshipChoice[]; claims: ClaimChoice[]; entities: EntityChoice[] }> {
  const groups = new Map<number, { relationships: RelationshipChoice[]; claims: ClaimChoice[]; entities: EntityChoice[] }>();
  const group = (n: number) => groups.get(n) ?? groups.set(n, { relationships: [], claims: [], entities: [] }).get(n)!;
  for (const e of review.entities.values()) if (!e.known) group(e.paragraphs[0] ?? 1).entities.push(e);
  for (const r of review.relationships) group(r.paragraph).relationships.push(r);
  for (const c of review.claims) group(c.paragraph).claims.push(c);
  return groups;
}

/** A new entity the curator adds, cited by the paragraph it was added in. */
export function addEntity(review: Review, paragraph: number, name: string, kind: string): EntityChoice {
  let n = review.entities.size + 1;
  while (review.entities.has(`new:hand-${n}`)) n++;
  const entity: EntityChoice = {
    ref: `new:hand-${n}`,
    name,
    kind,
    known: false,
    aliases: [],
    paragraphs: [paragraph],
    decision: 'create',
    hand: true,
  };
  review.entities.set(entity.ref, entity);
  return entity;
}

/** A relationship the curator adds, ticked, its ends to be picked. */
export function addRelationship(review: Review, paragraph: number, type: RelationshipChoice['type']): RelationshipChoice {
  let n = review.relationships.length + 1;
  while (review.relationships.some((r) => r.key === `hand-${n}`)) n++;
  const r: RelationshipChoice = {
    key: `hand-${n}`,
    type,
    from: '',
    to: '',
    properties: {},
    paragraph,
    evidence: '',
    start: 0,
    confidence: 1,
    known: false,
    accepted: true,
    hand: true,
  };
  review.relationships.push(r);
  return r;
}
