// Facts a sentence states of several names at once or by apposition: every item of a list shares
// what is said of one of them, `Person of Organization` is an affiliation, and `the statement`
// refers back to the signed document the article named.
import { suggestFacts } from '../../server/curation/extract';
import type { DocumentLanguage } from '../../server/curation/text/language';
import { knownGraph } from './curation-extract.fixtures';

function facts(paragraphs: string[], language: DocumentLanguage): string[] {
  const s = suggestFacts({ language, paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })) }, knownGraph());
  const name = new Map(s.entities.map((e) => [e.ref, e.name]));
  return s.relationships.map((r) => `${r.type} ${name.get(r.from) ?? r.from} -> ${name.get(r.to) ?? r.to}`);
}

describe('a list of names', () => {
  it('makes every investor listed after `from` an investor, not only the nearest, and never the other way round', () => {
    const found = facts(
      ['Lumen Labs raised $300 million from investors including Benchmark Capital, Index Ventures and Accel Partners.'],
      'en',
    );
    expect(found.sort()).toEqual([
      'INVESTED_IN Accel Partners -> Lumen Labs',
      'INVESTED_IN Benchmark Capital -> Lumen Labs',
      'INVESTED_IN Index Ventures -> Lumen Labs',
    ]);
  });

  it('reads an agent noun as the verb only with `in` after it (an investor in X)', () => {
    expect(facts(['Benchmark Capital is an investor in Lumen Labs.'], 'en')).toEqual(['INVESTED_IN Benchmark Capital -> Lumen Labs']);
  });

  it('does not lend a name’s relationship to a list it also stands in elsewhere in the sentence', () => {
    const found = facts(['英伟达、微软和Arm是技术合作伙伴，甲骨文将与英伟达合作建设计算系统。'], 'zh');
    expect(found.filter((f) => f.startsWith('PARTNERS_WITH 甲骨文') || f.endsWith('-> 甲骨文'))).not.toContainEqual(
      expect.stringMatching(/微软|Microsoft|Arm/),
    );
  });
});

describe('apposition', () => {
  it('reads `Person of Organization` as working for it', () => {
    expect(facts(['The panel heard Mira Chen of Lumen Labs and others.'], 'en')).toContainEqual('WORKS_FOR Mira Chen -> Lumen Labs');
  });

  it('reads `the director of` an organisation as leading it', () => {
    expect(facts(['The report was written by Mira Chen, the director of the Institute for Robot Ethics.'], 'en')).toContainEqual(
      'LEADS Mira Chen -> Institute for Robot Ethics',
    );
  });
});

describe('the statement', () => {
  it('refers back to the signed document named before, so its organiser authored it', () => {
    expect(
      facts(
        ['The Institute for Robot Ethics published the Declaration on Robot Safety.', 'The statement was organised by Mira Chen.'],
        'en',
      ),
    ).toContainEqual('AUTHORED Mira Chen -> Declaration on Robot Safety');
  });

  it('is no petition where none was named (`said in a statement`)', () => {
    const s = suggestFacts(
      { language: 'en', paragraphs: [{ n: 1, text: 'Lumen Robotics said in a statement that the statement was final.' }] },
      knownGraph(),
    );
    expect(s.entities.filter((e) => e.kind === 'Petition')).toEqual([]);
  });
});

describe('a bare 公司 opening a clause', () => {
  it('is the company the paragraph is about', () => {
    expect(facts(['星辰AI成立于2021年，总部位于上海。公司首席执行官王小明表示，目标是通用智能。'], 'zh')).toContainEqual(
      'LEADS 王小明 -> 星辰AI',
    );
  });
});
