// User text becomes a safe Lucene query: operators are text, the last Latin word is a prefix.
import { luceneQuery } from '../../server/repositories/entities.repository';

/** The only shapes luceneQuery may produce: quoted terms and a trailing prefix, joined by AND. */
const TERM = String.raw`(?:"[^"\s:~^\\/!&|(){}\[\]*?+-]+"|\([a-z0-9]+ OR [a-z0-9]+\*\))`;
const SAFE = new RegExp(`^${TERM}(?: AND ${TERM})*$`);

describe('full-text queries from user text', () => {
  it('turns the word being typed into a prefix', () => {
    expect(luceneQuery('mus')).toBe('(mus OR mus*)');
  });
  it('quotes CJK words so their bigrams must appear together', () => {
    expect(luceneQuery('マスク')).toBe('"マスク"');
    expect(luceneQuery('马斯克')).toBe('"马斯克"');
  });
  it('lower-cases, so the operators AND/OR/NOT lose their meaning', () => {
    expect(luceneQuery('Musk AND NOT openai')).toBe('"musk" AND "and" AND "not" AND (openai OR openai*)');
  });
  it.each(['musk AND NOT*', 'a:b', '"unbalanced', 'x~2 y^3', '(((', 'title:/.*/', 'a && b || !c', '\\', '} MATCH (n) DETACH DELETE n //'])(
    'keeps %p within the safe grammar',
    (text) => {
      const q = luceneQuery(text);
      if (q !== '') expect(q).toMatch(SAFE);
    },
  );
  it('gives nothing to search for punctuation alone', () => {
    expect(luceneQuery('  ?!  ')).toBe('');
  });
});
