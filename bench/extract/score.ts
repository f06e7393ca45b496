// How a document's suggestions compare with what a curator expects: recall and precision of
// entities, relationships (type and both ends, either order for a symmetric type), figures and
// claims (speaker and paragraph). An expected end is a graph id, or names separated by `|` for
// an entity the graph does not hold, matched against the names a suggestion proposes.
import { relationshipDefinition } from '../../graph-schema';
import type { Suggestions } from '../../graph-schema/contract/curation.shapes';
import { compact, normalise } from '../../server/search/normalise';
import { findQuantities, type QuantityMention } from '../../server/curation/text/quantities';

export interface Expectations {
  entities: { ref: string; kind: string }[];
  relationships: { type: string; from: string; to: string }[];
  quantities?: { paragraph: number; measure: string; value: number; unit?: string }[];
  claims: { by: string; paragraph?: number; paragraphs?: number[]; claimKind: string }[];
}

/** Matched and proposed counts of one measure; summed over documents before dividing. */
export interface Tally {
  expected: number;
  found: number;
  suggested: number;
  correct: number;
}
export const emptyTally = (): Tally => ({ expected: 0, found: 0, suggested: 0, correct: 0 });
export const addTally = (a: Tally, b: Tally): Tally => ({
  expected: a.expected + b.expected,
  found: a.found + b.found,
  suggested: a.suggested + b.suggested,
  correct: a.correct + b.correct,
});
export const recall = (t: Tally) => (t.expected === 0 ? NaN : t.found / t.expected);
export const precision = (t: Tally) => (t.suggested === 0 ? NaN : t.correct / t.suggested);

export interface DocumentScore {
  entities: Tally;
  relationships: Tally;
  quantities?: Tally;
  claims: Tally;
}

const key = (name: string) => compact(normalise(name));

type Fact = { type: string; from: string; to: string };

/** What identifies a GPU cluster besides its names: how many accelerators of which part it holds. */
export interface ClusterFigures {
  chipCount?: number;
  chipModel?: string;
}

const PART_NUMBER = /(?<![A-Za-z0-9])(?:[ABHLV]\d{2,3}|G[BH]\d{3}|MI\d{3})(?![0-9])/i;

/**
 * Whether a description counts the cluster's accelerators: the same count and, where both name one,
 * the same part (`35万台のH100` is the 350,000-H100 fleet however the curators named it).
 */
export function describesCluster(description: string, figures: ClusterFigures): boolean {
  if (!figures.chipCount) return false;
  const counted = (['ja', 'zh', 'en'] as const).some((language) =>
    findQuantities(description, language).some((q) => q.measure === 'count' && q.value === figures.chipCount),
  );
  const part = PART_NUMBER.exec(description)?.[0].toUpperCase();
  const model = figures.chipModel ? PART_NUMBER.exec(figures.chipModel)?.[0].toUpperCase() : undefined;
  return counted && (!part || !model || part === model);
}

/**
 * Whether a suggested fact is an expected one: same type, ends by id or by a proposed name; a new
 * cluster also by the figures its description states, matched against the expected cluster's.
 */
export function factMatcher(
  suggestions: Suggestions,
  namesById: ReadonlyMap<string, string[]>,
  clustersById: ReadonlyMap<string, ClusterFigures> = new Map(),
) {
  const descriptions = new Map(suggestions.entities.map((e) => [e.ref, [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]]));
  const entityNames = new Map([...descriptions].map(([ref, names]) => [ref, new Set(names.map(key))]));
  const kinds = new Map(suggestions.entities.map((e) => [e.ref, e.kind]));
  const is = (ref: string, expectedEnd: string) =>
    expectedEnd.split('|').some((alt) => {
      if (ref === alt) return true;
      if (!ref.startsWith('new:')) return false;
      const names = entityNames.get(ref);
      if ((namesById.get(alt) ?? [alt]).some((n) => names?.has(key(n)))) return true;
      const figures = clustersById.get(alt);
      return !!figures && kinds.get(ref) === 'GPUCluster' && (descriptions.get(ref) ?? []).some((d) => describesCluster(d, figures));
    });
  const matches = (r: Fact, x: Fact) =>
    r.type === x.type &&
    ((is(r.from, x.from) && is(r.to, x.to)) || (!!relationshipDefinition(r.type)?.meta.symmetric && is(r.from, x.to) && is(r.to, x.from)));
  return { is, matches };
}

export function scoreDocument(
  suggestions: Suggestions,
  quantities: { paragraph: number; mention: QuantityMention }[],
  expected: Expectations,
  /** Every name of an entity the expectations name by id. */
  namesById: ReadonlyMap<string, string[]>,
  /** The figures of the GPU clusters the expectations name by id. */
  clustersById?: ReadonlyMap<string, ClusterFigures>,
): DocumentScore {
  const { is, matches } = factMatcher(suggestions, namesById, clustersById);

  const entities: Tally = {
    expected: expected.entities.length,
    found: expected.entities.filter((x) => suggestions.entities.some((e) => is(e.ref, x.ref))).length,
    suggested: suggestions.entities.length,
    correct: suggestions.entities.filter((e) => expected.entities.some((x) => is(e.ref, x.ref))).length,
  };

  const facts = new Map<string, Fact>();
  for (const r of suggestions.relationships) facts.set(`${r.type}|${r.from}|${r.to}`, r);
  const expectedFacts = [...new Map(expected.relationships.map((x) => [`${x.type}|${x.from}|${x.to}`, x])).values()];
  const relationships: Tally = {
    expected: expectedFacts.length,
    found: expectedFacts.filter((x) => [...facts.values()].some((r) => matches(r, x))).length,
    suggested: facts.size,
    correct: [...facts.values()].filter((r) => expectedFacts.some((x) => matches(r, x))).length,
  };

  const sameQuantity = (q: { paragraph: number; mention: QuantityMention }, x: NonNullable<Expectations['quantities']>[number]) =>
    q.paragraph === x.paragraph &&
    q.mention.measure === x.measure &&
    Math.abs(q.mention.value - x.value) <= Math.abs(x.value) * 0.005 &&
    (x.unit === undefined || q.mention.unit === x.unit);
  const quantityTally = expected.quantities
    ? {
        expected: expected.quantities.length,
        found: expected.quantities.filter((x) => quantities.some((q) => sameQuantity(q, x))).length,
        suggested: quantities.length,
        correct: quantities.filter((q) => expected.quantities!.some((x) => sameQuantity(q, x))).length,
      }
    : undefined;

  const claimMatches = (c: Suggestions['claims'][number], x: Expectations['claims'][number]) =>
    (x.paragraphs ?? [x.paragraph]).includes(c.paragraph) && x.by !== '' && is(c.by, x.by);
  const claims: Tally = {
    expected: expected.claims.length,
    found: expected.claims.filter((x) => suggestions.claims.some((c) => claimMatches(c, x))).length,
    suggested: suggestions.claims.length,
    correct: suggestions.claims.filter((c) => expected.claims.some((x) => claimMatches(c, x))).length,
  };
  return { entities, relationships, ...(quantityTally ? { quantities: quantityTally } : {}), claims };
}
