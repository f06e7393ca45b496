// The extractor on models and roles: names that carry their kind in their last word, models named
// by their maker or described by their size, who leads and works for whom, which unit belongs to
// which organisation, and which model is compared with which. Each case is a sentence and the fact
// it states.
import { suggestFacts, type KnownGraph } from '../../server/curation/extract';
import type { DocumentLanguage } from '../../server/curation/text/language';
import { knownGraph } from './curation-extract.fixtures';

const suggest = (language: DocumentLanguage, texts: string[], known: KnownGraph = knownGraph()) =>
  suggestFacts({ language, publishedOn: '2024-09', paragraphs: texts.map((text, i) => ({ n: i + 1, text })) }, known);

/** The facts as [type, from, to], each end by its graph id or, for a new entity, its name. */
function facts(language: DocumentLanguage, texts: string[], known?: KnownGraph): string[][] {
  const s = suggest(language, texts, known);
  const name = (ref: string) => s.entities.find((e) => e.ref === ref && !e.known)?.name ?? ref;
  return s.relationships.map((r) => [r.type, name(r.from), name(r.to)]);
}
const entities = (language: DocumentLanguage, texts: string[]) =>
  suggest(language, texts)
    .entities.filter((e) => !e.known)
    .map((e) => [e.name, e.kind]);

describe('organisation names that end in their kind’s word', () => {
  it('keeps a university’s or an institute’s word in its Japanese name, and reads the title after it as employment', () => {
    const text = 'スタンフォード大学のAI研究者のアンドリュー・ン氏が講演した。';
    expect(entities('ja', [text])).toContainEqual(['スタンフォード大学', 'Organization']);
    expect(facts('ja', [text])).toContainEqual(['WORKS_FOR', 'アンドリュー・ン', 'スタンフォード大学']);
  });

  it('takes a dotted katakana name ending in a company word for an organisation, not a person', () => {
    const text = 'コンステレーション・エナジーの社長兼CEOのジョー・ドミンゲス氏はこう述べた。';
    expect(entities('ja', [text])).toContainEqual(['コンステレーション・エナジー', 'Organization']);
    expect(facts('ja', [text])).toEqual(
      expect.arrayContaining([
        ['WORKS_FOR', 'ジョー・ドミンゲス', 'コンステレーション・エナジー'],
        ['LEADS', 'ジョー・ドミンゲス', 'コンステレーション・エナジー'],
      ]),
    );
  });
});
