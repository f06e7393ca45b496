// The extractor on products and models and who makes, offers, runs and uses them: names that the
// grammar around them marks as a product's or a model's, and the facts read from them. Each case is
// a sentence written for the test and the fact it states.
import type { KnownGraph } from '../../server/curation/extract';
import type { DocumentLanguage } from '../../server/curation/text/language';
import { knownGraph, namedFacts, newEntities } from './curation-extract.fixtures';

const facts = (language: DocumentLanguage, texts: string[], known?: KnownGraph) =>
  namedFacts(language, texts, { known, publishedOn: '2025-03' });
const entities = (language: DocumentLanguage, texts: string[]) => newEntities(language, texts);

describe('Chinese models named with the word 大模型', () => {
  it('takes a name ending in 大模型, with its version, for a model its maker developed', () => {
    const text = '微软发布了星辰大模型3.5。';
    expect(entities('zh', [text])).toContainEqual(['星辰大模型3.5', 'AIModel']);
    expect(facts('zh', [text])).toContainEqual(['DEVELOPED', 'microsoft', '星辰大模型3.5']);
  });

  it('makes the numbered name a version of the family named without the number', () => {
    expect(facts('zh', ['微软去年推出了星辰大模型。', '今年，微软又发布了星辰大模型4.0。'])).toContainEqual([
      'VERSION_OF',
      '星辰大模型4.0',
      '星辰大模型',
    ]);
  });

  it('reads a model made in house (自研) as developed by the organisation before it', () => {
    expect(facts('zh', ['这款应用基于微软自研的星辰大模型。'])).toContainEqual(['DEVELOPED', 'microsoft', '星辰大模型']);
  });

  it('takes a name the dictionary cuts into single characters (混/v 元/m) before 大模型 for a model', () => {
    expect(entities('zh', ['亚马逊发布了混元大模型。'])).toContainEqual(['混元大模型', 'AIModel']);
  });

  it.each([
    '多家公司推出了开源大模型。',
    '亚马逊发布了多模态大模型。',
    '企业使用大模型的成本正在下降。',
    '微软发布了新版大模型。',
    '亚马逊推出了首款大模型。',
  ])('proposes no model where the words before 大模型 only describe it (%s)', (text) => {
    expect(entities('zh', [text]).filter(([, kind]) => kind === 'AIModel')).toEqual([]);
  });
});

describe('Chinese items listed before 等 and a word for their kind', () => {
  it('takes an item before 等产品 for a product its owner offers', () => {
    const text = '不少用户更喜欢亚马逊的晨光助手等产品。';
    expect(entities('zh', [text])).toContainEqual(['晨光助手', 'Product']);
    expect(facts('zh', [text])).toContainEqual(['OFFERS', 'amazon', '晨光助手']);
  });

  it('takes every item of a list before 等大模型 for a model', () => {
    const found = entities('zh', ['英伟达的芯片支撑着微软的星辰、银河等大模型。']);
    expect(found).toEqual(
      expect.arrayContaining([
        ['星辰', 'AIModel'],
        ['银河', 'AIModel'],
      ]),
    );
  });

  it('takes Latin names listed before 等 and a word for models for models, wherever the script changes', () => {
    expect(entities('zh', ['用户可以使用Nimbus、Vesper等聊天机器人。'])).toEqual(
      expect.arrayContaining([
        ['Nimbus', 'AIModel'],
        ['Vesper', 'AIModel'],
      ]),
    );
  });

  it('proposes no name for 等 and the kind word themselves', () => {
    expect(entities('zh', ['微软表示，企业使用大模型等工具的成本正在下降。', '亚马逊推出了晨光助手等产品。'])).not.toContainEqual(
      expect.arrayContaining([expect.stringMatching(/^等/)]),
    );
  });
});

describe('Chinese prepositions that close a word', () => {
  it('reads the organisation after 基于 as an argument, not as a place after 于', () => {
    expect(facts('zh', ['该服务基于亚马逊开发的晨光大模型。'])).toContainEqual(['DEVELOPED', 'amazon', '晨光大模型']);
  });

  it('still reads a place after 于 as no argument of the verb', () => {
    expect(facts('zh', ['该模型于微软总部发布。'])).not.toContainEqual(expect.arrayContaining(['DEVELOPED', 'microsoft']));
  });
});

describe('what an organisation makes, read from the verb of making', () => {
  it('takes a Latin name that is the object of 開発 or 発表 for a model, and its maker for its developer', () => {
    const text = 'Anthropicは画像を説明するPrismaticも開発した。';
    expect(entities('ja', [text])).toContainEqual(['Prismatic', 'AIModel']);
    expect(facts('ja', [text])).toContainEqual(['DEVELOPED', 'anthropic', 'Prismatic']);
  });

  it('leaves an acronym after a verb of making a term (API), not a model', () => {
    expect(entities('ja', ['OpenAIはAPIを公開した。'])).not.toContainEqual(['API', 'AIModel']);
  });
});

describe('the agent a relative clause names right before its verb', () => {
  it.each<[DocumentLanguage, string, string[]]>([
    ['ja', '当時、マイクロソフトが開発したモデル「Orbit」が話題になった。', ['DEVELOPED', 'microsoft', 'Orbit']],
    ['ja', 'アマゾンが運営するサービス「Harbor」は好評だ。', ['OFFERS', 'amazon', 'Harbor']],
    ['zh', '用户更喜欢亚马逊推出的晨光助手等产品。', ['OFFERS', 'amazon', '晨光助手']],
  ])('reads the name before the clause’s verb as the one who acts (%s: %s)', (language, text, fact) => {
    expect(facts(language, [text])).toContainEqual(fact);
  });
});

describe('names whose kind the word before them says', () => {
  it('takes a name quoted after スーパーコンピューター, with its long vowel, for a cluster its builder runs', () => {
    const text = 'Anthropicは自社のスーパーコンピューター「Orca-2」を建設し、運用している。';
    expect(entities('ja', [text])).toContainEqual(['Orca-2', 'GPUCluster']);
    expect(facts('ja', [text])).toContainEqual(['OPERATES', 'anthropic', 'Orca-2']);
  });

  it.each<[DocumentLanguage, string, string]>([
    ['zh', '2024年，亚马逊推出了购物助手Rufus，帮助用户挑选商品。', 'Rufus'],
    ['ja', 'アマゾンは2024年、買い物サービスRufusを始めた。', 'Rufus'],
  ])('takes a Latin name after a word for a product for a product (%s: %s)', (language, text, name) => {
    expect(entities(language, [text])).toContainEqual([name, 'Product']);
  });

  it('reads the product a company launches as one it offers', () => {
    expect(facts('zh', ['2024年，亚马逊推出了购物助手Rufus，帮助用户挑选商品。'])).toContainEqual(['OFFERS', 'amazon', 'Rufus']);
  });
});

describe('Chinese products and their owners', () => {
  it('takes a name the dictionary lacks, cut into single characters, after a word for a product', () => {
    const text = '亚马逊推出了对话产品云谱清言。';
    expect(entities('zh', [text])).toContainEqual(['云谱清言', 'Product']);
    expect(facts('zh', [text])).toContainEqual(['OFFERS', 'amazon', '云谱清言']);
  });

  it('takes no clause of dictionary words after a word for a product for a name', () => {
    expect(entities('zh', ['这类产品竞争激烈。'])).toEqual([]);
  });

  it('takes the noun before 的 and a listed product for the company that offers it', () => {
    const text = '不少用户转向了京东的言犀等产品。';
    expect(entities('zh', [text])).toEqual(
      expect.arrayContaining([
        ['京东', 'Organization'],
        ['言犀', 'Product'],
      ]),
    );
    expect(facts('zh', [text])).toContainEqual(['OFFERS', '京东', '言犀']);
  });
});

describe('units named by their organisation’s name and a word for their work', () => {
  it('makes a research or AI unit part of the organisation its name opens with', () => {
    expect(facts('en', ['Microsoft Research will publish the paper next month.'])).toContainEqual([
      'PART_OF',
      'Microsoft Research',
      'microsoft',
    ]);
  });

  it('makes a unit named for a country no part of the organisation: it is more often a company of its own', () => {
    expect(facts('en', ['OpenAI Japan opened an office in Tokyo.']).filter(([type]) => type === 'PART_OF')).toEqual([]);
  });
});

describe('English names that a date, a verb of saying or a head noun mark', () => {
  const text = 'In March 2025 Zephyr said it had used Nvidia H100 GPUs to train its Zephyr Vision Model.';

  it('leaves the year out of the name after it, and takes a lone name that speaks for an organisation', () => {
    expect(entities('en', [text])).toContainEqual(['Zephyr', 'Organization']);
  });

  it('takes a name whose last word is Model for a model, trained on the accelerators its developer used', () => {
    expect(entities('en', [text])).toContainEqual(['Zephyr Vision Model', 'AIModel']);
    expect(facts('en', [text])).toEqual(
      expect.arrayContaining([
        ['DEVELOPED', 'Zephyr', 'Zephyr Vision Model'],
        ['TRAINED_ON', 'Zephyr Vision Model', 'Nvidia H100 GPUs'],
        ['USES', 'Zephyr', 'Nvidia H100 GPUs'],
      ]),
    );
  });

  it('still takes a full name that speaks for a person', () => {
    expect(entities('en', ['Dana Whitfield said the model was ready.'])).toContainEqual(['Dana Whitfield', 'Person']);
  });

  it('reads a term spelt out in brackets after the page’s own word as no model', () => {
    expect(entities('ja', ['OpenAIは大規模言語モデル(Large Language Model)を研究している。'])).not.toContainEqual([
      'Large Language Model',
      'AIModel',
    ]);
  });
});

describe('services a company runs, named as the objects of running them', () => {
  it.each<[DocumentLanguage, string]>([
    ['ja', 'LumoやTavaなどを運営するアマゾンは、新しい計画を発表した。'],
    ['zh', '亚马逊运营着Lumo和Tava两款应用。'],
  ])('takes the Latin names a company runs, alone or listed, for its products (%s: %s)', (language, text) => {
    expect(entities(language, [text])).toEqual(
      expect.arrayContaining([
        ['Lumo', 'Product'],
        ['Tava', 'Product'],
      ]),
    );
    expect(facts(language, [text])).toEqual(
      expect.arrayContaining([
        ['OFFERS', 'amazon', 'Lumo'],
        ['OFFERS', 'amazon', 'Tava'],
      ]),
    );
  });
});

describe('what models are trained on, read from a relative clause', () => {
  const withDataset = (): KnownGraph => {
    const known = knownGraph();
    known.entities.push({ id: 'open-images-x', kind: 'Dataset', name: 'OpenImages-X', aliases: [] });
    return known;
  };
  const text = 'アンソロピックは、LumenやKiteなどの翻訳モデルで使用される画像データセット「OpenImages-X」を公開した。';

  it('takes Latin names listed before など and a word for models for models', () => {
    expect(entities('ja', [text])).toEqual(
      expect.arrayContaining([
        ['Lumen', 'AIModel'],
        ['Kite', 'AIModel'],
      ]),
    );
  });

  it('joins the models the clause names before で使用される to the dataset it describes, as trained on it', () => {
    const found = facts('ja', [text], withDataset());
    expect(found).toEqual(
      expect.arrayContaining([
        ['TRAINED_ON', 'Lumen', 'open-images-x'],
        ['TRAINED_ON', 'Kite', 'open-images-x'],
      ]),
    );
    expect(found).not.toContainEqual(expect.arrayContaining(['USES', 'anthropic']));
  });
});

describe('Chinese companies named as the subject of launching something', () => {
  it('takes the nouns that open a clause before 推出 or 发布 for a company, which offers what it launched', () => {
    const text = '2025年3月，火箭跳动推出了写作产品墨言。';
    expect(entities('zh', [text])).toContainEqual(['火箭跳动', 'Organization']);
    expect(facts('zh', [text])).toContainEqual(['OFFERS', '火箭跳动', '墨言']);
  });

  it.each(['昨天，用户发布了评论。', '今年，公司推出了新品。', '随后，该公司发布了报告。'])(
    'takes no common noun, pronoun or time word before the verb for a company (%s)',
    (text) => {
      expect(entities('zh', [text])).toEqual([]);
    },
  );
});

describe('training develops a model, not the compute it ran on', () => {
  it.each<[DocumentLanguage, string]>([
    ['en', 'Anthropic said it had used Nvidia H100 GPUs to train its Quill 2 model.'],
    ['zh', '亚马逊用Orca超级计算机训练了Quill-2模型。'],
  ])('reads the trainer as the developer of the model only (%s: %s)', (language, text) => {
    const found = facts(language, [text]).filter(([type]) => type === 'DEVELOPED');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, , to]) => /Quill/.test(to))).toBe(true);
  });

  it('reads the cluster a Chinese model was trained on after 在 … 上 as its argument, not a place', () => {
    expect(facts('zh', ['亚马逊在Orca超级计算机上训练了Quill-2模型。'])).toContainEqual(['TRAINED_ON', 'Quill-2', 'Orca']);
  });
});

describe('building a part of a cluster supplies the cluster', () => {
  it.each<[DocumentLanguage, string, string[]]>([
    ['en', 'Nvidia supplied the chips that power the Orca supercomputer, and Amazon built its servers.', ['SUPPLIES', 'amazon', 'Orca']],
    ['ja', 'エヌビディアは、スパコン「Orca」のサーバーを構築した。', ['SUPPLIES', 'nvidia', 'Orca']],
  ])('reads the builder of its servers as a supplier, not as who runs or develops it (%s: %s)', (language, text, fact) => {
    const found = facts(language, [text]);
    expect(found).toContainEqual(fact);
    expect(found).not.toContainEqual(['OPERATES', fact[1], 'Orca']);
    expect(found).not.toContainEqual(['DEVELOPED', fact[1], 'Orca']);
  });

  it('still reads the builder of the whole cluster as its developer', () => {
    expect(facts('en', ['Amazon built the Orca supercomputer in 2024.'])).not.toContainEqual(['SUPPLIES', 'amazon', 'Orca']);
  });
});

describe('teams named inside their organisation', () => {
  it.each<[DocumentLanguage, string, string]>([
    ['ja', 'アマゾンは2024年、社内の研究チームAmazon Nimbusを立ち上げた。', 'Amazon Nimbus'],
    ['en', 'Microsoft merged the research team Microsoft Horizon into its cloud business.', 'Microsoft Horizon'],
  ])('takes an organisation’s name and a word after a word for a team for a unit part of it (%s: %s)', (language, text, unit) => {
    const owner = language === 'ja' ? 'amazon' : 'microsoft';
    const found = facts(language, [text]);
    expect(found).toContainEqual(['PART_OF', unit, owner]);
    expect(found).not.toContainEqual(['PART_OF', owner, unit]);
  });

  it('takes no team where no word for one stands before the name', () => {
    expect(entities('en', ['Microsoft Horizon will ship next year.'])).toEqual([]);
  });
});

describe('the developer of a family’s versions', () => {
  const withFamily = (): KnownGraph => {
    const known = knownGraph();
    known.entities.push({ id: 'nimbus', kind: 'AIModel', name: 'Nimbus', aliases: [] });
    known.relationships.push({ id: 'amazon:DEVELOPED:nimbus', type: 'DEVELOPED', source: 'amazon', target: 'nimbus' });
    return known;
  };

  it('is the one the article names for the family, not another the graph holds', () => {
    const found = facts('en', ['Anthropic released Nimbus in 2024.', 'Nimbus-2 followed in 2025.'], withFamily());
    expect(found).toContainEqual(['DEVELOPED', 'anthropic', 'Nimbus-2']);
    expect(found).not.toContainEqual(['DEVELOPED', 'amazon', 'Nimbus-2']);
  });

  it('is the one the graph holds where the article names none', () => {
    expect(facts('en', ['Nimbus-2 followed Nimbus in 2025.'], withFamily())).toContainEqual(['DEVELOPED', 'amazon', 'Nimbus-2']);
  });
});
