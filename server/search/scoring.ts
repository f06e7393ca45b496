// Ranks search candidates: how well a normalised query matches an entity's names, then the kind's
// search weight, then fixed tie-breaks, so the same query always gives the same order.
// Tiers, best first: the whole name or an alias (exact), the start of one (prefix), words of one
// (word: every query word starts a word of the name; in Japanese and Chinese, which have no
// spaces, anywhere in it), and, for Latin queries of 4+ letters, one or two typos (fuzzy).
// A query that only occurs inside a Latin word is no match: `agi` does not find "unimaginable".
import { SEARCH_EXACT_SCORE } from '../../graph-schema/rules';
import { compact, isWordChar, normalise } from './normalise';

export type MatchTier = 'exact' | 'prefix' | 'word' | 'fuzzy';
const TIERS: readonly MatchTier[] = ['exact', 'prefix', 'word', 'fuzzy'];

/**
 * The score the API reports per tier; the kind's weight adds less than the gap between tiers, so
 * any score at or above EXACT_SCORE is an exact match.
 */
export const TIER_SCORES: Readonly<Record<MatchTier, number>> = {
  exact: SEARCH_EXACT_SCORE,
  prefix: SEARCH_EXACT_SCORE - 1,
  word: SEARCH_EXACT_SCORE - 2,
  fuzzy: SEARCH_EXACT_SCORE - 3,
};
export const EXACT_SCORE = TIER_SCORES.exact;

export interface SearchQuery {
  /** Normalised words, separated by single spaces. */
  text: string;
  compact: string;
  words: string[];
  /** How many typos are forgiven: 0 unless the query is Latin of 4+ characters. */
  maxEdits: number;
}

export interface Candidate {
  id: string;
  kind: string;
  name: string;
  nameJa?: string;
  aliases?: readonly string[];
}

export interface Ranked<C extends Candidate> {
  candidate: C;
  tier: MatchTier;
  score: number;
}

export function searchQuery(text: string): SearchQuery {
  const normalised = normalise(text);
  const c = compact(normalised);
  const latin = c.length > 0 && [...c].every(isWordChar);
  return {
    text: normalised,
    compact: c,
    words: normalised ? normalised.split(' ') : [],
    maxEdits: !latin || c.length < 4 ? 0 : c.length < 6 ? 1 : 2,
  };
}

/** Whether `word` occurs in `value` where a word begins (or the query is not Latin, which has no word boundaries). */
function atWordStart(value: string, word: string): boolean {
  for (let at = value.indexOf(word); at >= 0; at = value.indexOf(word, at + 1))
    if (at === 0 || !isWordChar(value[at - 1]) || !isWordChar(word[0])) return true;
  return false;
}

/** Optimal-string-alignment distance (a swap of neighbours is one typo), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    if (Math.min(...row) > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/** How one name (already normalised) matches the query, or undefined when it does not. */
export function matchTier(query: SearchQuery, value: string): MatchTier | undefined {
  if (!query.compact || !value) return undefined;
  const valueCompact = compact(value);
  if (value === query.text || valueCompact === query.compact) return 'exact';
  if (value.startsWith(query.text) || valueCompact.startsWith(query.compact)) return 'prefix';
  if (query.words.every((w) => atWordStart(value, w))) return 'word';
  if (query.maxEdits > 0) {
    const close = (s: string) => editDistance(query.compact, s, query.maxEdits) <= query.maxEdits;
    if (close(valueCompact) || value.split(' ').some(close)) return 'fuzzy';
  }
  return undefined;
}

const tierIndex = (t: MatchTier) => TIERS.indexOf(t);

/** The best tier over an entity's name, Japanese name and aliases, with which of them matched (0: name). */
function bestMatch(query: SearchQuery, c: Candidate): { tier: MatchTier; field: number } | undefined {
  const names = [c.name, c.nameJa, ...(c.aliases ?? [])];
  let best: { tier: MatchTier; field: number } | undefined;
  names.forEach((name, field) => {
    if (!name) return;
    const tier = matchTier(query, normalise(name));
    if (tier && (!best || tierIndex(tier) < tierIndex(best.tier))) best = { tier, field: Math.min(field, 2) };
  });
  return best;
}

/**
 * The candidates that match, best first: by tier, then by the kind's search weight, then the
 * English name before the Japanese one before an alias, the shorter name, the name, the id.
 */
export function rankCandidates<C extends Candidate>(
  query: SearchQuery,
  candidates: readonly C[],
  weightOf: (kind: string) => number,
): Ranked<C>[] {
  const matched = candidates.flatMap((candidate) => {
    const best = bestMatch(query, candidate);
    return best ? [{ candidate, ...best, weight: weightOf(candidate.kind) }] : [];
  });
  matched.sort(
    (a, b) =>
      tierIndex(a.tier) - tierIndex(b.tier) ||
      b.weight - a.weight ||
      a.field - b.field ||
      a.candidate.name.length - b.candidate.name.length ||
      (a.candidate.name < b.candidate.name ? -1 : a.candidate.name > b.candidate.name ? 1 : 0) ||
      (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0),
  );
  // The weight moves a score by less than one tier, so the score alone tells an exact match.
  return matched.map(({ candidate, tier, weight }) => ({
    candidate,
    tier,
    score: TIER_SCORES[tier] + Math.round(Math.max(0, Math.min(1, weight)) * 0.5 * 1000) / 1000,
  }));
}
