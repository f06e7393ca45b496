// The extractor on models and roles: names that carry their kind in their last word, models named
// by their maker or described by their size, who leads and works for whom, which unit belongs to
// which organisation, and which model is compared with which. Each case is a sentence and the fact
// it states.
import type { KnownGraph } from '../../server/curation/extract';
import type { DocumentLanguage } from '../../server/curation/text/language';
import { familyFacts } from '../../server/curation/extract/model-families';
import { knownGraph, namedFacts, newEntities, suggestArticle } from './curation-extract.fixtures';

const suggest = (language: DocumentLanguage, texts: string[], known: KnownGraph = knownGraph()) =>
  suggestArticle(language, texts, { known, publishedOn: '2024-09' });

const facts = (language: DocumentLanguage, texts: string[], known?: KnownGraph) =>
  namedFacts(language, texts, { known, publishedOn: '2024-09' });
const entities = (language: DocumentLanguage, texts: string[]) => newEntities(language, texts, { publishedOn: '2024-09' });

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

describe('models named by their version or described by their size', () => {
  it.each<[DocumentLanguage, string, string]>([
    ['ja', 'Mistral Large 2は強力なモデルだ。', 'Mistral Large 2'],
    ['en', 'Google showed Gemini Pro 1.5 to developers.', 'Gemini Pro 1.5'],
    ['zh', '月之暗面表示，其Kimi k1.5模型表现出色。', 'Kimi k1.5'],
  ])('takes a name with an edition word or a lower-case version for a model (%s: %s)', (language, text, name) => {
    expect(entities(language, [text])).toContainEqual([name, 'AIModel']);
  });

  it('reads a model described by its size as one model per size, a version of the family named before it', () => {
    const found = suggest('ja', [
      'Alibaba社は最近、Qwen-2.5という一連の基盤モデルを発表した。これには500万パラメータの超小型モデルから720億パラメータの大型モデルまで含まれる。',
      '720億パラメータのモデルは、GPT-4と同等の性能を出す。',
    ]);
    const models = found.entities.filter((e) => e.kind === 'AIModel' && !e.known).map((e) => e.name);
    expect(models).toEqual(expect.arrayContaining(['Qwen-2.5', '500万パラメータのモデル', '720億パラメータのモデル']));
    expect(models.filter((m) => m.startsWith('720億'))).toHaveLength(1);
    const named = (ref: string) => found.entities.find((e) => e.ref === ref)?.name ?? ref;
    const read = found.relationships.map((r) => [r.type, named(r.from), named(r.to)]);
    expect(read).toEqual(
      expect.arrayContaining([
        ['VERSION_OF', '720億パラメータのモデル', 'Qwen-2.5'],
        ['VERSION_OF', '500万パラメータのモデル', 'Qwen-2.5'],
        ['DEVELOPED', 'Alibaba', '720億パラメータのモデル'],
        ['COMPETES_WITH', '720億パラメータのモデル', 'GPT-4'],
      ]),
    );
  });

  it.each<[DocumentLanguage, string, string]>([
    ['zh', 'Meta发布了4050亿参数的模型，性能出色。', '4050亿参数模型'],
    ['en', 'Meta released a 405-billion-parameter model in July.', '405-billion-parameter model'],
  ])('names a %s size description by its size', (language, text, name) => {
    expect(entities(language, [text])).toContainEqual([name, 'AIModel']);
  });

  it.each<[DocumentLanguage, string]>([
    ['ja', 'GPT-4は1.8兆パラメータのモデルだ。'],
    ['zh', 'GPT-4是1.8万亿参数的模型。'],
  ])('proposes nothing new for a size said of a model already named (%s)', (language, text) => {
    expect(entities(language, [text])).toEqual([]);
  });
});

describe('models introduced by a naming phrase or announced before their name', () => {
  it.each<[DocumentLanguage, string, string]>([
    ['ja', 'GRINっていう専門家の混合モデルやねん。', 'GRIN'],
    ['ja', 'Pixar-12Bという、初のマルチモーダルモデルだ。', 'Pixar-12B'],
    ['zh', '该公司推出了一款名为Nova的模型。', 'Nova'],
    ['en', 'The lab released a small model called Phi.', 'Phi'],
  ])('takes a name given with a naming phrase for the kind its noun says (%s: %s)', (language, text, name) => {
    expect(entities(language, [text])).toContainEqual([name, 'AIModel']);
  });

  it('reads “a new model” as the model the next sentence names, so its announcer developed it', () => {
    expect(facts('ja', ['マイクロソフトから新しいモデルが発表された。GRINという専門家の混合モデルだ。'])).toContainEqual([
      'DEVELOPED',
      'microsoft',
      'GRIN',
    ]);
  });

  it('does not read “a new model” as a model the paragraph already named', () => {
    const found = facts('ja', ['アマゾンはGPT-4を使う。マイクロソフトから新しいモデルが発表された。GPT-4より速いという。']);
    expect(found).not.toContainEqual(['DEVELOPED', 'microsoft', 'gpt-4']);
  });
});

describe('comparisons that name one side only', () => {
  it('compares the model the text was about with the models a subjectless sentence lists', () => {
    const found = facts('ja', ['Qwen-2.5は新しいモデルだ。', 'GPT-4やClaude 3.5 Sonnetのようなモデルに匹敵する性能だ。']);
    expect(found).toEqual(
      expect.arrayContaining([
        ['COMPETES_WITH', 'Qwen-2.5', 'gpt-4'],
        ['COMPETES_WITH', 'Qwen-2.5', 'Claude 3.5 Sonnet'],
      ]),
    );
    expect(found).not.toContainEqual(['COMPETES_WITH', 'gpt-4', 'Claude 3.5 Sonnet']);
  });

  it('does not imply a side where the sentence marks one of its models as the object', () => {
    const found = facts('ja', ['Qwen-2.5は新しいモデルだ。', 'GPT-4をClaude 3.5 Sonnetと比較した。']);
    expect(found.filter(([type, from, to]) => type === 'COMPETES_WITH' && [from, to].includes('Qwen-2.5'))).toEqual([]);
  });

  it('keeps to the sentence’s own subject when it has one', () => {
    const found = facts('ja', ['Qwen-2.5は新しいモデルだ。', 'Claude 3.5 SonnetはGPT-4に匹敵する。']);
    expect(found).toContainEqual(['COMPETES_WITH', 'Claude 3.5 Sonnet', 'gpt-4']);
    expect(found.filter(([type, from]) => type === 'COMPETES_WITH' && from === 'Qwen-2.5')).toEqual([]);
  });
});

describe('units named by their description, and who leads them', () => {
  it('takes a unit described after its owner’s possessive for an organisation that belongs to the owner, led by the leader named after it', () => {
    const text = 'エヌビディアのAIエージェント部門のリーダーで上級研究員のジム・ファン氏が話した。';
    expect(entities('ja', [text])).toContainEqual(['AIエージェント部門', 'Organization']);
    expect(facts('ja', [text])).toEqual(
      expect.arrayContaining([
        ['SUBSIDIARY_OF', 'AIエージェント部門', 'nvidia'],
        ['LEADS', 'ジム・ファン', 'AIエージェント部門'],
      ]),
    );
  });

  it('reads a Chinese unit the same way', () => {
    expect(facts('zh', ['微软的云计算部门推出了新服务。'])).toContainEqual(['SUBSIDIARY_OF', '云计算部门', 'microsoft']);
  });

  it('leaves the relational use of the word to the signal (`Xの子会社であるY`)', () => {
    const s = suggest('ja', ['マイクロソフトの子会社であるGitHub社が発表した。']);
    expect(s.entities.filter((e) => !e.known).map((e) => e.name)).toEqual(['GitHub']);
  });
});

describe('models named after their maker', () => {
  const withMistral = (): KnownGraph => {
    const known = knownGraph();
    known.entities.push({ id: 'mistral-ai', kind: 'Organization', name: 'Mistral AI', aliases: ['Mistral'] });
    return known;
  };

  it.each<[DocumentLanguage, string, string]>([
    ['zh', '该公司开发了开源模型Mistral 7B。', 'Mistral 7B'],
    ['ja', 'Mistral Large 2はGPT-4と同等の性能を出す。', 'Mistral Large 2'],
    ['en', 'Developers praised Mistral 8x22B and Mistral 7B.', 'Mistral 7B'],
  ])('reads a maker’s name with a version as a model the maker developed (%s: %s)', (language, text, model) => {
    expect(facts(language, [text], withMistral())).toContainEqual(['DEVELOPED', 'mistral-ai', model]);
  });

  it('takes no year, count or part number for a version', () => {
    const found = facts('ja', ['Mistral 2024年の売上は伸びた。エヌビディア H100を使う。'], withMistral());
    expect(found.filter(([type]) => type === 'DEVELOPED')).toEqual([]);
  });
});

describe('rivals listed as the object of a comparison', () => {
  it.each<[DocumentLanguage, string]>([
    ['zh', '亚马逊将与OpenAI和Anthropic展开竞争。'],
    ['en', 'Amazon will compete with OpenAI and Anthropic.'],
    ['ja', 'アマゾンは、OpenAIやアンソロピックと競合する。'],
  ])('sets each listed rival against the subject, not against each other (%s)', (language, text) => {
    const found = facts(language, [text]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['COMPETES_WITH', 'amazon', 'openai'],
        ['COMPETES_WITH', 'amazon', 'anthropic'],
      ]),
    );
    expect(found).not.toContainEqual(['COMPETES_WITH', 'openai', 'anthropic']);
  });

  it('still lets a list that is the subject compete within itself', () => {
    expect(facts('en', ['OpenAI and Anthropic compete for talent.'])).toContainEqual(['COMPETES_WITH', 'openai', 'anthropic']);
  });
});

describe('board seats and resignations', () => {
  it.each<[DocumentLanguage, string]>([
    ['ja', 'マスクは2018年にOpenAIの取締役を辞任した。'],
    ['zh', '马斯克于2018年辞去OpenAI董事职务。'],
    ['en', 'Musk resigned from the board of OpenAI in 2018.'],
  ])('reads a board seat or a resignation as employment (%s)', (language, text) => {
    expect(facts(language, [text])).toContainEqual(['WORKS_FOR', 'elon-musk', 'openai']);
  });

  it('reads taking part in running an organisation as working for it', () => {
    expect(facts('ja', ['Sam AltmanはCEOとしてOpenAIの運営に携わっている。'])).toEqual(
      expect.arrayContaining([
        ['LEADS', 'sam-altman', 'openai'],
        ['WORKS_FOR', 'sam-altman', 'openai'],
      ]),
    );
  });
});

describe('model generations stated by their names', () => {
  it('reads a model’s full release as the successor of its preview', () => {
    const names = ['o1', 'o1-preview', 'o1-mini'];
    const found = familyFacts(names.map((name) => ({ ref: name, names: [name] })));
    expect(found).toEqual(
      expect.arrayContaining([
        { type: 'VERSION_OF', from: 'o1-preview', to: 'o1' },
        { type: 'SUCCEEDS', from: 'o1', to: 'o1-preview' },
      ]),
    );
    expect(found).not.toContainEqual({ type: 'SUCCEEDS', from: 'o1', to: 'o1-mini' });
  });
});

describe('models listed beside a model', () => {
  it('takes a Latin acronym listed beside a known model for a model too', () => {
    const text = 'Grok-1.5はGPTやGPT-4にはまだ差がある。';
    expect(entities('ja', [text])).toContainEqual(['GPT', 'AIModel']);
    expect(facts('ja', [text])).toContainEqual(['COMPETES_WITH', 'Grok-1.5', 'GPT']);
  });
});

describe('units named after their organisation', () => {
  it('reads the unit’s name in Japanese text too, where a particle follows it', () => {
    expect(facts('ja', ['アルトマン氏はMicrosoft Researchを率いる。'])).toContainEqual(['LEADS', 'sam-altman', 'Microsoft Research']);
  });

  it('takes an organisation’s name with a unit’s word for the unit, part of the organisation a division of which it is said to be', () => {
    const text = 'Sam Altman now leads Microsoft AI, a new division of Microsoft.';
    expect(entities('en', [text])).toContainEqual(['Microsoft AI', 'Organization']);
    expect(facts('en', [text])).toEqual(
      expect.arrayContaining([
        ['LEADS', 'sam-altman', 'Microsoft AI'],
        ['PART_OF', 'Microsoft AI', 'microsoft'],
      ]),
    );
  });
});

describe('lists whose items carry their own qualifier', () => {
  it('keeps an item qualified by its own employer in the list, without sharing that employer', () => {
    const found = facts('zh', ['Anthropic由前微软研究员Sam Altman和前OpenAI研究员Elon Musk于2021年创立。']);
    expect(found).toEqual(
      expect.arrayContaining([
        ['FOUNDED', 'sam-altman', 'anthropic'],
        ['FOUNDED', 'elon-musk', 'anthropic'],
        ['WORKS_FOR', 'sam-altman', 'microsoft'],
        ['WORKS_FOR', 'elon-musk', 'openai'],
      ]),
    );
    expect(found).not.toContainEqual(['WORKS_FOR', 'sam-altman', 'openai']);
  });
});

describe('brands written in lower case', () => {
  it('takes a lower-case Latin word standing alone in Japanese text for a name, and a model named after it for its model', () => {
    const found = facts('ja', [
      'ほかにもmistralから新しいモデルが発表された。Pixtral-12Bという初のマルチモーダルモデルだ。',
      'Mistral Large 2はGPT-4と同等の性能を出す。',
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['DEVELOPED', 'mistral', 'Pixtral-12B'],
        ['DEVELOPED', 'mistral', 'Mistral Large 2'],
      ]),
    );
  });

  it('takes no lower-case word written beside a space or a hyphen for a name', () => {
    expect(entities('ja', ['この記事の date は古い。更新日はscale-outで決まる。'])).toEqual([]);
  });
});

describe('custom builds of a named model', () => {
  it('reads a custom build described with what it is for as a model of its own, based on the named one', () => {
    const found = facts('ja', ['OpenAIは東京オフィスを開設する。日本企業向けに最適化されたGPT-4カスタムモデルの提供を見込む。']);
    expect(found).toEqual(
      expect.arrayContaining([
        ['BASED_ON', '日本企業向けに最適化されたGPT-4カスタムモデル', 'gpt-4'],
        ['DEVELOPED', 'openai', '日本企業向けに最適化されたGPT-4カスタムモデル'],
      ]),
    );
  });

  it('leaves the subject out of the description', () => {
    expect(entities('ja', ['OpenAIは日本企業向けに最適化されたGPT-4カスタムモデルを提供する。'])).toContainEqual([
      '日本企業向けに最適化されたGPT-4カスタムモデル',
      'AIModel',
    ]);
  });

  it('reads a Chinese custom build the same way', () => {
    expect(facts('zh', ['微软推出了针对金融业优化的GPT-4定制模型。'])).toContainEqual([
      'BASED_ON',
      '针对金融业优化的GPT-4定制模型',
      'gpt-4',
    ]);
  });
});

describe('a subject carried into a sentence that opens with a name', () => {
  it('joins the carried subject to the name the sentence opens with', () => {
    expect(facts('ja', ['OpenAIは新しい計画を説明した。GPT-4を一般に公開した。'])).toContainEqual(['DEVELOPED', 'openai', 'gpt-4']);
  });
});

describe('a model said to come close to another', () => {
  it.each<[DocumentLanguage, string]>([
    ['ja', '彼は、性能はGPT-4に近づくことを目指すGrok-2を紹介したと述べた。'],
    ['zh', 'Grok-2的性能接近GPT-4。'],
    ['en', 'Grok-2 comes close to GPT-4 on coding tests.'],
  ])('reads it as rivalry between the two models, never with the person speaking (%s)', (language, text) => {
    const interview = { ja: 'マスクはインタビューに答えた。', zh: '马斯克接受了采访。', en: 'Musk gave an interview.' }[language];
    const rivals = facts(language, [interview, text])
      .filter(([type]) => type === 'COMPETES_WITH')
      .map(([, from, to]) => [from, to].sort());
    expect(rivals).toEqual([['Grok-2', 'gpt-4']]);
  });
});
