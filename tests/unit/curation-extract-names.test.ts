// New names the extractor must see in articles nobody tuned it to: Chinese names jieba cuts into
// pieces, companies listed before 等…公司, Japanese full names before a title, versions written in
// lower case, and one entity named twice with the second name in parentheses.
import { EntityIndex } from '../../server/curation/extract/entity-index';
import { findNewNames, prepareDocument } from '../../server/curation/extract/new-entities';
import type { DocumentLanguage } from '../../server/curation/text/language';
import { suggestArticle } from './curation-extract.fixtures';

function names(text: string, language: DocumentLanguage): [string, string][] {
  prepareDocument([text], language);
  return findNewNames(text, language, []).map((c) => [c.name, c.kind]);
}

function entitiesOf(paragraphs: string[], language: DocumentLanguage) {
  const { entities } = suggestArticle(language, paragraphs, { known: { entities: [], relationships: [] } });
  return entities.map((e) => ({
    name: e.name,
    kind: e.kind,
    aliases: e.aliases,
    paragraphs: [...new Set(e.mentions.map((m) => m.paragraph))],
  }));
}

describe('Chinese names jieba does not know', () => {
  it('joins a surname to the given name that follows it (闫/nr 俊杰/nr is 闫俊杰)', () => {
    expect(names('创始人闫俊杰毕业于中国科学院。', 'zh')).toContainEqual(['闫俊杰', 'Person']);
    expect(names('MiniMax首席执行官闫俊杰认为，多模态是方向。', 'zh')).toContainEqual(['闫俊杰', 'Person']);
  });

  it('joins a one-character given name to the character after it, and never takes an office for a company (现任…梁汝波)', () => {
    expect(names('现任首席执行官是梁汝波。', 'zh')).toEqual([['梁汝波', 'Person']]);
  });

  it('reads a surname character used as a preposition as the preposition (向企业客户提供)', () => {
    expect(names('该平台负责向企业客户提供服务。', 'zh')).toEqual([]);
  });

  it('stops the given name at a word that cannot be part of it (杨植麟担任…)', () => {
    expect(names('杨植麟担任该公司首席执行官。', 'zh')).toEqual([['杨植麟', 'Person']]);
  });

  it('takes the items listed before 等 and a word for companies as companies, but not a referring word or a thing', () => {
    expect(names('该公司与零一万物、阶跃星辰等初创企业展开竞争。', 'zh')).toEqual([
      ['零一万物', 'Organization'],
      ['阶跃星辰', 'Organization'],
    ]);
    expect(names('芯片、服务器等硬件公司也受益。', 'zh')).toEqual([]);
  });
});

describe('Japanese full names before a title', () => {
  it('keeps a name of up to five kanji whose parts are also common words (三木谷浩史会長)', () => {
    expect(names('楽天グループの三木谷浩史会長は語った。', 'ja')).toContainEqual(['三木谷浩史', 'Person']);
  });

  it('never takes an office for a person (取締役会長)', () => {
    expect(names('同社の取締役会長は退任した。', 'ja')).toEqual([]);
  });
});

describe('model versions written in lower case', () => {
  it('keeps the version with the name, and the name is a model (Kimi k2)', () => {
    expect(names('Moonshot launched Kimi k2 in July.', 'en')).toContainEqual(['Kimi k2', 'AIModel']);
  });
});

describe('one entity named twice, the second name in parentheses', () => {
  it('makes an acronym after a name its alias, found wherever the article uses it', () => {
    expect(entitiesOf(['Thinking Machines Lab (TML) raised $2 billion.', 'TML is led by Mira Murati.'], 'en')).toContainEqual({
      name: 'Thinking Machines Lab',
      kind: 'Organization',
      aliases: ['TML'],
      paragraphs: [1, 2],
    });
  });

  it('makes a Chinese name before a Latin one in parentheses its alias, after the description that precedes it', () => {
    expect(entitiesOf(['创业公司面壁智能（ModelBest）发布了新模型。', '面壁智能总部位于北京。'], 'zh')).toContainEqual({
      name: 'ModelBest',
      kind: 'Organization',
      aliases: ['面壁智能'],
      paragraphs: [1, 2],
    });
  });

  it('reads a remark in parentheses as a remark, not as a name', () => {
    const grok = entitiesOf(['マスク氏は自社の大モデルGrok(xAIによって開発された)を紹介した。'], 'ja').find((e) => e.name === 'Grok');
    expect(grok?.aliases).toEqual([]);
  });
});

describe('English names that hold a joining word', () => {
  it('joins an institution’s head noun to what follows of, for or on (University of Toronto, Center for AI Safety)', () => {
    expect(names('She studied at the University of Toronto before joining the Center for AI Safety.', 'en')).toEqual([
      ['University of Toronto', 'Organization'],
      ['Center for AI Safety', 'Organization'],
    ]);
  });

  it('names a signed document by its head noun (Statement on AI Risk) as a petition', () => {
    expect(names('Researchers backed the Statement on AI Risk.', 'en')).toContainEqual(['Statement on AI Risk', 'Petition']);
  });

  it('does not join two names that only stand side by side (Bank of America and Merrill Lynch)', () => {
    expect(names('The Bank of America and Merrill Lynch met.', 'en')).toContainEqual(['Bank of America', 'Organization']);
  });
});

describe('more name shapes', () => {
  it('takes a Chinese brand ending in AI for a company, known later without the AI', () => {
    expect(entitiesOf(['星辰AI成立于2021年。', '星辰发布了新产品。'], 'zh')).toContainEqual({
      name: '星辰AI',
      kind: 'Organization',
      aliases: [],
      paragraphs: [1, 2],
    });
  });

  it('keeps a company word that belongs to the name (News Corp, Lumen Labs)', () => {
    expect(names('The Post is owned by News Corp.', 'en')).toContainEqual(['News Corp', 'Organization']);
  });
});

describe('known katakana names inside longer ones', () => {
  it('finds no known name in a person’s name joined by a middle dot, but keeps it in a compound', () => {
    const index = new EntityIndex([
      { id: 'laion', kind: 'Organization', name: 'LAION', aliases: ['ライオン'] },
      { id: 'google', kind: 'Organization', name: 'Google', aliases: ['グーグル'] },
    ]);
    expect(index.find('研究者のライオン・ジョーンズ氏').map((m) => m.ref)).toEqual([]);
    expect(index.find('グーグルエンジニアのライオンと、ライオンの研究者').map((m) => m.ref)).toEqual(['google', 'laion', 'laion']);
  });
});
