// User text becomes a safe Lucene query that fetches search candidates: operators are text, the
// last Latin word is a prefix, Latin words of 4+ letters may carry typos, and the normalised form
// is asked for beside the text as typed.
import { luceneQuery } from '../../server/repositories/entities.repository';

/** The only shapes a term may take: letters, digits and marks, with an optional prefix star or fuzzy suffix. */
const TERM = /^[\p{L}\p{N}\p{M}]+(?:\*|~[12])?$/u;
const terms = (q: string) => q.split(/[\s()]+/).filter((t) => t && t !== 'AND' && t !== 'OR');

describe('full-text queries from user text', () => {
  it('turns the word being typed into a prefix', () => {
    expect(luceneQuery('mus')).toBe('(mus OR mus*)');
  });
  it('forgives one typo in a word of 4 or 5 letters and two in a longer one', () => {
    expect(luceneQuery('opnai')).toBe('(opnai OR opnai* OR opnai~1)');
    expect(luceneQuery('Microsft')).toBe('(microsft OR microsft* OR microsft~2)');
  });
  it('leaves Japanese and Chinese unquoted, so the bigrams match across a missing middle dot', () => {
    expect(luceneQuery('イーロンマスク')).toBe('(イーロンマスク)');
  });
  it('asks for the simplified and honorific-free form beside the text as typed', () => {
    expect(luceneQuery('馬斯克')).toBe('(马斯克) OR (馬斯克)');
    expect(luceneQuery('マスクさん')).toBe('(マスク) OR (マスクさん)');
  });
  it('asks for words run together too', () => {
    expect(luceneQuery('open ai')).toBe('((open OR open~1) AND (ai OR ai*)) OR (openai OR openai* OR openai~2)');
  });
  it('lower-cases, so the operators AND/OR/NOT lose their meaning', () => {
    expect(terms(luceneQuery('Musk AND NOT openai')).every((t) => t === t.toLowerCase())).toBe(true);
  });
  it.each(['musk AND NOT*', 'a:b', '"unbalanced', 'x~2 y^3', '(((', 'title:/.*/', 'a && b || !c', '\\', '} MATCH (n) DETACH DELETE n //'])(
    'keeps %p within the safe grammar',
    (text) => {
      for (const term of terms(luceneQuery(text))) expect(term).toMatch(TERM);
    },
  );
  it('gives nothing to search for punctuation alone', () => {
    expect(luceneQuery('  ?!  ')).toBe('');
  });
});
