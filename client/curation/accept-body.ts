// The accept body built from a review: only the ticked items, every reference resolved (a new
// entity created, or the existing one it was linked to), the unticked ones listed as rejected; and
// the way back from a refused accept's issues (`relationships.2.type`) to the card they are about.
import type { SchemaDocument } from '../graph/types';
import { t } from '../i18n/i18n';
import type { AcceptInput, Issue } from './curator-api';
import { claimProblem, relationshipProblem, resolveRef, type Review } from './review-model';

/** Which item each sent array position stands for, so an issue's path finds its card. */
export interface Sent {
  entities: string[];
  relationships: string[];
  claims: string[];
}

export interface Built {
  input: AcceptInput;
  sent: Sent;
  /** Problems found before sending, by item key (relationship or claim key, entity ref). */
  problems: Map<string, string>;
}

const refOf = (review: Review, ref: string) => {
  const resolved = resolveRef(review, ref);
  return 'ref' in resolved ? resolved.ref : ref;
};

export function buildAccept(review: Review, schema: SchemaDocument, note?: string): Built {
  const problems = new Map<string, string>();
  const sent: Sent = { entities: [], relationships: [], claims: [] };
  const input: AcceptInput = { entities: [], relationships: [], claims: [], rejected: [], ...(note?.trim() ? { note: note.trim() } : {}) };
  for (const r of review.relationships) {
    if (!r.accepted) {
      if (!r.hand) input.rejected.push(r.key);
      continue;
    }
    const problem = relationshipProblem(review, schema, r);
    if (problem) problems.set(r.key, problem);
    sent.relationships.push(r.key);
    const { key, type, properties, paragraph } = r;
    input.relationships.push({
      ...(r.hand ? {} : { key }),
      type,
      from: refOf(review, r.from),
      to: refOf(review, r.to),
      properties,
      paragraph,
    });
  }
  for (const c of review.claims) {
    if (!c.accepted) {
      input.rejected.push(c.key);
      continue;
    }
    const problem = claimProblem(review, c);
    if (problem) problems.set(c.key, problem);
    sent.claims.push(c.key);
    input.claims.push({
      key: c.key,
      text: c.text.trim(),
      claimKind: c.claimKind,
      by: [refOf(review, c.by)],
      about: c.about.map((ref) => refOf(review, ref)),
      ...(c.statedOn ? { statedOn: c.statedOn } : {}),
      ...(c.dueBy ? { dueBy: c.dueBy } : {}),
      paragraph: c.paragraph,
    });
  }
  for (const e of review.entities.values()) {
    if (e.known) continue;
    if (e.decision !== 'create') {
      if (!e.hand) input.rejected.push(e.ref);
      continue;
    }
    if (!e.name.trim()) problems.set(e.ref, t('giveName'));
    sent.entities.push(e.ref);
    const used = [
      ...input.relationships.filter((r) => r.from === e.ref || r.to === e.ref),
      ...input.claims.filter((c) => [...c.by, ...c.about].includes(e.ref)),
    ].map((x) => x.paragraph);
    const paragraphs = e.paragraphs.length ? e.paragraphs : [...new Set(used)].sort((a, b) => a - b);
    input.entities.push({
      ref: e.ref,
      kind: e.kind as AcceptInput['entities'][number]['kind'],
      name: e.name.trim(),
      aliases: e.aliases.map((a) => a.trim()).filter(Boolean),
      properties: {},
      paragraphs: paragraphs.length ? paragraphs : [1],
    });
  }
  return { input, sent, problems };
}

/**
 * The issues of a refused accept, by the key of the item each names (`relationships.2.type` is the
 * third relationship sent); issues that name no item are kept under '' for the form as a whole.
 */
export function issuesByItem(issues: readonly Issue[], sent: Sent): Map<string, string[]> {
  const byItem = new Map<string, string[]>();
  for (const issue of issues) {
    const [list, index, ...rest] = issue.path.replace(/^body\./, '').split('.');
    const key = list in sent ? sent[list as keyof Sent][Number(index)] : undefined;
    const where = key === undefined ? '' : key;
    const field = key === undefined ? issue.path : rest.join('.');
    byItem.set(where, [...(byItem.get(where) ?? []), field ? `${field}: ${issue.message}` : issue.message]);
  }
  return byItem;
}
