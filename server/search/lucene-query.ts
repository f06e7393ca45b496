// User text becomes a Lucene query for the full-text name index that fetches candidates; the
// ranking (scoring.ts) then decides what is a hit. So the query leans to recall: the normalised
// text and the text as typed (the index stores names as written, in either Chinese script), a
// prefix on the last Latin word, the words run together ("open ai" → "openai"), a fuzzy term for
// Latin words of 4+ letters, and Japanese or Chinese words left unquoted so the CJK analyzer's
// bigrams match even where a middle dot or space splits the stored name.
import { Converter } from 'opencc-js';
import { compact, isWordChar, normalise } from './normalise';

const toSimplified = Converter({ from: 't', to: 'cn' });
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;

/** Words as typed: width and case folded, punctuation dropped, nothing else changed. */
function asTyped(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(SEPARATORS, ' ').trim();
}

function wordClause(word: string, last: boolean): string {
  if (![...word].every(isWordChar)) return `(${word})`;
  const terms = [word];
  if (last) terms.push(`${word}*`);
  if (word.length >= 4) terms.push(`${word}~${word.length < 6 ? 1 : 2}`);
  return terms.length === 1 ? word : `(${terms.join(' OR ')})`;
}

function variantClause(words: string[]): string {
  const clauses = words.map((w, i) => wordClause(w, i === words.length - 1));
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(' AND ')})`;
}

/**
 * The candidate query; '' when nothing is left to search for. Every term is made of letters,
 * digits and marks only (never Lucene syntax), lower-cased so AND/OR/NOT are words.
 */
export function candidateQuery(text: string): string {
  const typed = asTyped(text);
  const normalised = normalise(text);
  const variants = new Set<string>();
  for (const form of [normalised, typed, toSimplified(typed)]) {
    if (!form) continue;
    variants.add(form);
    if (form.includes(' ')) variants.add(compact(form));
  }
  const clauses = [...variants].map((v) => variantClause(v.split(' ')));
  return clauses.length <= 1 ? (clauses[0] ?? '') : clauses.join(' OR ');
}
