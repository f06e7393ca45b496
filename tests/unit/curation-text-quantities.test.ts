// Quantities as the extractor suggests them: numbers in Japanese, Chinese and English with their
// units, normalised to the units the schema declares, and the numbers that are no quantity.
import fc from 'fast-check';
import { AIModel, BUYS_POWER_FROM, GPUCluster, HIRED_FROM, INVESTED_IN, Petition, SUPPLIES } from '../../graph-schema';
import type { DocumentLanguage } from '../../server/curation/text/language';
import { findQuantities, schemaPropertyFor, type QuantityMention } from '../../server/curation/text/quantities';

type Expected = Pick<QuantityMention, 'text' | 'measure' | 'value' | 'unit' | 'approximate' | 'bound' | 'range'>;
const q = (text: string, measure: QuantityMention['measure'], value: number, unit: string, extra: Partial<Expected> = {}): Expected => ({
  text,
  measure,
  value,
  unit,
  ...extra,
});
const shape = (m: QuantityMention): Expected => ({
  text: m.text,
  measure: m.measure,
  value: m.value,
  unit: m.unit,
  ...(m.approximate !== undefined ? { approximate: m.approximate } : {}),
  ...(m.bound !== undefined ? { bound: m.bound } : {}),
  ...(m.range !== undefined ? { range: m.range } : {}),
});

const cases: [DocumentLanguage, string, Expected][] = [
  // Japanese
  ['ja', 'Metaは10万枚の液冷H100を導入した', q('10万枚', 'count', 100_000, 'chips')],
  ['ja', '35万台のH100を含む計算インフラ', q('35万台', 'count', 350_000, 'chips')],
  ['ja', '全体で約60万台のH100に相当する計算能力', q('約60万台', 'compute', 600_000, 'H100e', { approximate: true })],
  ['ja', 'その数は約60万に達する', q('約60万', 'count', 600_000, 'count', { approximate: true })],
  ['ja', 'Amazonは最大40億ドルを出資する', q('最大40億ドル', 'money', 4_000_000_000, 'USD', { bound: 'max' })],
  ['ja', '27億5000万ドルを追加で出資', q('27億5000万ドル', 'money', 2_750_000_000, 'USD')],
  ['ja', '2〜3年以内に実現する', q('2〜3年以内', 'duration', 3, 'years', { bound: 'max', range: [2, 3] })],
  ['ja', 'これが2、3年以内に起こる', q('2、3年以内', 'duration', 3, 'years', { bound: 'max', range: [2, 3] })],
  ['ja', '1.5兆円を投じる', q('1.5兆円', 'money', 1_500_000_000_000, 'JPY')],
  ['ja', '¥1兆の予算', q('¥1兆', 'money', 1_000_000_000_000, 'JPY')],
  ['ja', '100億円以上の費用', q('100億円以上', 'money', 10_000_000_000, 'JPY', { bound: 'min' })],
  ['ja', '１０万枚のGPU', q('１０万枚', 'count', 100_000, 'chips')],
  ['ja', '1ギガワット以上の電力', q('1ギガワット以上', 'power', 1000, 'MW', { bound: 'min' })],
  ['ja', '100MWのデータセンター', q('100MW', 'power', 100, 'MW')],
  ['ja', '500メガワットの発電所', q('500メガワット', 'power', 500, 'MW')],
  ['ja', '20年間の電力購入契約', q('20年間', 'duration', 20, 'years')],
  ['ja', '12ヶ月以内に公開する', q('12ヶ月以内', 'duration', 12, 'months', { bound: 'max' })],
  ['ja', '現在2500人以上の署名が集まった', q('2500人以上', 'count', 2500, 'signatures', { bound: 'min' })],
  ['ja', '720億パラメータのモデル', q('720億パラメータ', 'count', 72_000_000_000, 'parameters')],
  ['ja', '三年以内に', q('三年以内', 'duration', 3, 'years', { bound: 'max' })],
  ['ja', '二十五人の研究者', q('二十五人', 'count', 25, 'people')],
  ['ja', '1万2000人の従業員', q('1万2000人', 'count', 12_000, 'people')],
  ['ja', 'NVIDIA製GPU10万枚を調達', q('10万枚', 'count', 100_000, 'chips')],
  ['ja', 'ハイエンドGPU 約10,000個の購入', q('約10,000個', 'count', 10_000, 'chips', { approximate: true })],
  ['ja', '企業は最大16万6000ドルを支払う', q('最大16万6000ドル', 'money', 166_000, 'USD', { bound: 'max' })],
  ['ja', '設立から1年余りで', q('1年余り', 'duration', 1, 'years', { approximate: true, bound: 'min' })],
  // Chinese
  ['zh', '1500万欧元的投资', q('1500万欧元', 'money', 15_000_000, 'EUR')],
  ['zh', '融资5,000万人民币', q('5,000万人民币', 'money', 50_000_000, 'CNY')],
  ['zh', '约5亿美元', q('约5亿美元', 'money', 500_000_000, 'USD', { approximate: true })],
  ['zh', '100多亿美元', q('100多亿美元', 'money', 10_000_000_000, 'USD', { approximate: true, bound: 'min' })],
  ['zh', '50亿元人民币', q('50亿元人民币', 'money', 5_000_000_000, 'CNY')],
  ['zh', '¥1000万的订单', q('¥1000万', 'money', 10_000_000, 'CNY')],
  ['zh', '一千万美元', q('一千万美元', 'money', 10_000_000, 'USD')],
  ['zh', '10亿至20亿美元', q('10亿至20亿美元', 'money', 2_000_000_000, 'USD', { range: [1_000_000_000, 2_000_000_000] })],
  ['zh', '10万块GPU', q('10万块', 'count', 100_000, 'chips')],
  ['zh', '35万块英伟达H100', q('35万块', 'count', 350_000, 'chips')],
  ['zh', '约60万块H100等效算力', q('约60万块', 'compute', 600_000, 'H100e', { approximate: true })],
  ['zh', '100兆瓦的数据中心', q('100兆瓦', 'power', 100, 'MW')],
  ['zh', '1千兆瓦的电力', q('1千兆瓦', 'power', 1000, 'MW')],
  ['zh', '5吉瓦', q('5吉瓦', 'power', 5000, 'MW')],
  ['zh', '700亿参数的模型', q('700亿参数', 'count', 70_000_000_000, 'parameters')],
  ['zh', '1000名员工', q('1000名', 'count', 1000, 'people')],
  ['zh', '1万余人签名', q('1万余人', 'count', 10_000, 'signatures', { approximate: true, bound: 'min' })],
  ['zh', '三年内实现', q('三年内', 'duration', 3, 'years', { bound: 'max' })],
  ['zh', '超过1000家公司', q('超过1000家', 'count', 1000, 'count', { bound: 'min' })],
  ['zh', '18个月', q('18个月', 'duration', 18, 'months')],
  ['zh', '两三年内', q('两三年内', 'duration', 3, 'years', { approximate: true, bound: 'max', range: [2, 3] })],
  ['zh', '三四百人参加', q('三四百人', 'count', 400, 'people', { approximate: true, range: [300, 400] })],
  // English
  ['en', 'Stargate will invest $500 billion', q('$500 billion', 'money', 500_000_000_000, 'USD')],
  ['en', 'a €2bn round', q('€2bn', 'money', 2_000_000_000, 'EUR')],
  ['en', 'raised £1.2 billion', q('£1.2 billion', 'money', 1_200_000_000, 'GBP')],
  ['en', 'Amazon will invest up to $4 billion', q('up to $4 billion', 'money', 4_000_000_000, 'USD', { bound: 'max' })],
  ['en', 'USD 500 million', q('USD 500 million', 'money', 500_000_000, 'USD')],
  ['en', '10 billion yen', q('10 billion yen', 'money', 10_000_000_000, 'JPY')],
  ['en', 'a $10B valuation', q('$10B', 'money', 10_000_000_000, 'USD')],
  ['en', '$1-2 billion', q('$1-2 billion', 'money', 2_000_000_000, 'USD', { range: [1_000_000_000, 2_000_000_000] })],
  ['en', 'a 100 MW plant', q('100 MW', 'power', 100, 'MW')],
  ['en', '2.5 GW of capacity', q('2.5 GW', 'power', 2500, 'MW')],
  ['en', '500 kW', q('500 kW', 'power', 0.5, 'MW')],
  ['en', 'some 600,000 H100 equivalents', q('some 600,000 H100 equivalents', 'compute', 600_000, 'H100e', { approximate: true })],
  ['en', 'bought 350,000 Nvidia H100 chips', q('350,000 Nvidia H100 chips', 'count', 350_000, 'chips')],
  ['en', '100,000 GPUs', q('100,000 GPUs', 'count', 100_000, 'chips')],
  ['en', 'more than 1,500 employees', q('more than 1,500 employees', 'count', 1500, 'people', { bound: 'min' })],
  ['en', 'at least 30,000 signatures', q('at least 30,000 signatures', 'count', 30_000, 'signatures', { bound: 'min' })],
  ['en', '70 billion parameters', q('70 billion parameters', 'count', 70_000_000_000, 'parameters')],
  ['en', 'trained on 2 trillion tokens', q('2 trillion tokens', 'count', 2_000_000_000_000, 'tokens')],
  ['ja', '15兆トークンで学習', q('15兆トークン', 'count', 15_000_000_000_000, 'tokens')],
  ['en', '405B parameters', q('405B parameters', 'count', 405_000_000_000, 'parameters')],
  ['en', 'within two years', q('within two years', 'duration', 2, 'years', { bound: 'max' })],
  ['en', 'a 20-year power purchase agreement', q('20-year', 'duration', 20, 'years')],
  ['en', 'in two to three years', q('two to three years', 'duration', 3, 'years', { range: [2, 3] })],
  ['en', 'in 18 months', q('18 months', 'duration', 18, 'months')],
];

describe('finding quantities and normalising them', () => {
  it('has at least forty cases across the three languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map(([language]) => language))).toEqual(new Set(['ja', 'zh', 'en']));
  });

  it.each(cases)('[%s] %s', (language, text, expected) => {
    expect(findQuantities(text, language).map(shape)).toEqual([expected]);
  });

  it('finds every quantity of a sentence in order, with spans that index the text as given', () => {
    const text = '年間100万ドル(約1億5000万円)を超える報酬と、１０万枚のGPU。';
    const found = findQuantities(text, 'ja');
    expect(found.map(shape)).toEqual([
      q('100万ドル', 'money', 1_000_000, 'USD'),
      q('約1億5000万円', 'money', 150_000_000, 'JPY', { approximate: true }),
      q('１０万枚', 'count', 100_000, 'chips'),
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads Latin units inside Japanese and Chinese text, and ¥ as the currency of the language', () => {
    expect(findQuantities('約$500億の投資', 'ja').map(shape)).toEqual([
      q('約$500億', 'money', 50_000_000_000, 'USD', { approximate: true }),
    ]);
    expect(findQuantities('¥100万', 'ja')[0].unit).toBe('JPY');
    expect(findQuantities('¥100万', 'zh')[0].unit).toBe('CNY');
    expect(findQuantities('$5 billion', 'zh')[0].value).toBe(5_000_000_000);
  });
});

describe('numbers that are not quantities', () => {
  it.each([
    ['ja', '2024年5月に発表した'],
    ['zh', '2023年12月发布'],
    ['ja', '5月17日に'],
    ['ja', '2024/5/17 12時15分'],
    ['ja', 'GPT-4とH100、Llama 3の比較'],
    ['en', 'GPT-4, H100 and Llama 3 are names, and so are Grok-1.5, Qwen2.5 72B and LAION-5B'],
    ['ja', '地球の70%は水であり'],
    ['zh', '增长了30％'],
    ['en', 'see page 12, where 40% of the budget and 5 percent of the staff are listed'],
    ['en', 'In 2024, OpenAI released o1'],
    ['ja', '数十億円の投資'],
    ['ja', '統一された一部の企業'],
    ['ja', '第3章で述べた'],
    ['en', 'one of the largest labs'],
    ['en', 'a GPU cluster'],
  ] as [DocumentLanguage, string][])('[%s] %s has none', (language, text) => {
    expect(findQuantities(text, language)).toEqual([]);
  });
});

describe('quantities are well-formed whatever the text', () => {
  const alphabet = [
    ...'0123456789０１２万億亿兆千百十一二三年月日枚台人名ドル円元美欧MWG$¥€ ,.〜-約最大以上内H%',
    'billion',
    'million',
    'years',
    'GPUs',
  ];
  it('gives spans in order, without overlap, each holding its text, with a finite value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((parts) => parts.join('')),
        fc.constantFrom<DocumentLanguage>('ja', 'zh', 'en'),
        (text, language) => {
          const found = findQuantities(text, language);
          let previousEnd = 0;
          for (const m of found) {
            expect(m.start).toBeGreaterThanOrEqual(previousEnd);
            expect(m.end).toBeGreaterThan(m.start);
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(Number.isFinite(m.value)).toBe(true);
            previousEnd = m.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('which schema property a quantity fills', () => {
  const first = (text: string, language: DocumentLanguage) => findQuantities(text, language)[0];

  it('puts money into the property whose unit is held by `currency`', () => {
    expect(schemaPropertyFor(first('最大40億ドル', 'ja'), INVESTED_IN.meta.propertyInfo)).toBe('amount');
  });

  it('puts power in MW, a chip count and H100 equivalents into a cluster', () => {
    expect(schemaPropertyFor(first('1ギガワット', 'ja'), GPUCluster.meta.propertyInfo)).toBe('powerMW');
    expect(schemaPropertyFor(first('10万枚', 'ja'), GPUCluster.meta.propertyInfo)).toBe('chipCount');
    expect(schemaPropertyFor(first('约60万块H100等效', 'zh'), GPUCluster.meta.propertyInfo)).toBe('h100Equivalents');
  });

  it('puts a term in years and a capacity into a power purchase', () => {
    expect(schemaPropertyFor(first('a 20-year deal', 'en'), BUYS_POWER_FROM.meta.propertyInfo)).toBe('termYears');
    expect(schemaPropertyFor(first('835 MW', 'en'), BUYS_POWER_FROM.meta.propertyInfo)).toBe('capacityMW');
  });

  it('matches counted nouns to the unit declared for them', () => {
    expect(schemaPropertyFor(first('2500人以上の署名', 'ja'), Petition.meta.propertyInfo)).toBe('signatureCount');
    expect(schemaPropertyFor(first('70 billion parameters', 'en'), AIModel.meta.propertyInfo)).toBe('parameterCount');
    expect(schemaPropertyFor(first('50 researchers', 'en'), HIRED_FROM.meta.propertyInfo)).toBe('count');
    expect(schemaPropertyFor(first('10万台', 'ja'), SUPPLIES.meta.propertyInfo)).toBe('quantity');
  });

  it('fills nothing whose unit does not fit', () => {
    expect(schemaPropertyFor(first('$500 billion', 'en'), GPUCluster.meta.propertyInfo)).toBeUndefined();
    expect(schemaPropertyFor(first('18 months', 'en'), BUYS_POWER_FROM.meta.propertyInfo)).toBeUndefined();
    expect(schemaPropertyFor(first('約60万', 'ja'), GPUCluster.meta.propertyInfo)).toBeUndefined();
    expect(schemaPropertyFor(first('1000名', 'zh'), INVESTED_IN.meta.propertyInfo)).toBeUndefined();
  });
});
