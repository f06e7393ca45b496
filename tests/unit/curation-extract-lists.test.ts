// Facts a sentence states of several names at once or by apposition: every item of a list shares
// what is said of one of them, `Person of Organization` is an affiliation, and `the statement`
// refers back to the signed document the article named.
import { suggestFacts } from '../../server/curation/extract';
import type { DocumentLanguage } from '../../server/curation/text/language';
import { knownGraph, suggestArticle } from './curation-extract.fixtures';

function facts(paragraphs: string[], language: DocumentLanguage): string[] {
  const s = suggestArticle(language, paragraphs);
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

describe('Japanese objects and Chinese kind words', () => {
  it('takes the name marked by を right before the signal as its object (XをもとにY, Xを子会社化)', () => {
    expect(facts(['同社はモデル「Orca 2」をもとに、新しいモデル「Whale-7b」を開発した。'], 'ja')).toContainEqual(
      'BASED_ON Whale-7b -> Orca 2',
    );
    expect(facts(['NTTは2025年、ELYZAを連結子会社化した。'], 'ja')).toContainEqual('SUBSIDIARY_OF ELYZA -> NTT');
  });

  it('reads a quoted name after its kind word as one name, whatever known names it holds', () => {
    const s = suggestFacts(
      { language: 'ja', paragraphs: [{ n: 1, text: '同社は大規模言語モデル「OpenAI-japanese-7b」を公開した。' }] },
      knownGraph(),
    );
    expect(s.entities.map((e) => [e.name, e.kind])).toContainEqual(['OpenAI-japanese-7b', 'AIModel']);
  });

  it('names a company by the people it has (X创始人) and a product by the word for it (产品X), which it releases', () => {
    expect(facts(['腾讯创始人马化腾表示，市场需要它。', '2024年，腾讯发布了人工智能产品元宝。'], 'zh')).toEqual(
      expect.arrayContaining(['FOUNDED 马化腾 -> 腾讯', 'OFFERS 腾讯 -> 元宝']),
    );
  });
});
