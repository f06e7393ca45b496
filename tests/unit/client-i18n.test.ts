// The interface speaks English, Japanese and Chinese from one catalogue: every message exists in
// each language, `t` fills its marks, a link names its language, entities go by the name the
// language has for them, and the schema's titles, values, property labels and units read in each language.
import { titleIn, valueTitle, PREDICTION_STATUS_TITLES } from '../../graph-schema/rules';
import { decodeState, encodeState } from '../../client/graph/view-state';
import { displayName } from '../../client/graph/elements';
import { facts } from '../../client/graph/evidence';
import { CATALOGUES, language, LANGUAGE_NAMES, t } from '../../client/i18n/i18n';
import { en } from '../../client/i18n/messages-en';
import { schemaDocument } from '../../server/api/meta.routes';
import { entity } from './client.fixtures';

const keys = Object.keys(en).sort();
const marks = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it.each(Object.entries(CATALOGUES))('gives every message in %s, and nothing else', (_lang, catalogue) => {
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const key of keys) expect(catalogue[key as keyof typeof en].trim()).not.toBe('');
  });

  it.each(Object.entries(CATALOGUES))('keeps in %s the marks the English message fills', (_lang, catalogue) => {
    for (const key of keys) expect([key, marks(catalogue[key as keyof typeof en])]).toEqual([key, marks(en[key as keyof typeof en])]);
  });

  it('translates the words, not only copies them', () => {
    expect(CATALOGUES.ja.sources).toBe('出典');
    expect(CATALOGUES.zh.sources).toBe('来源');
    expect(CATALOGUES.ja.findPaths).not.toBe(en.findPaths);
  });

  it('fills the marks of a message in the current language, English until another is set', () => {
    expect(language()).toBe('en');
    expect(t('relationshipsCount', { count: 3 })).toBe('Relationships (3)');
    expect(t('pathsFromTo', { from: 'A', to: 'B' })).toBe('Paths from A to B');
  });

  it('names each language as its readers write it', () => {
    expect(LANGUAGE_NAMES).toEqual({ en: 'English', ja: '日本語', zh: '中文' });
  });
});

describe('the language in a link', () => {
  it.each(['ja', 'zh'] as const)('keeps lang=%s through the URL', (lang) => {
    expect(encodeState({ view: 'all', lang })).toBe(`view=all&lang=${lang}`);
    expect(decodeState(`?view=all&lang=${lang}`).lang).toBe(lang);
  });

  it('reads an unknown language as English and leaves English out of the URL', () => {
    expect(decodeState('?lang=fr').lang).toBe('en');
    expect(encodeState({ view: 'all', lang: 'en' })).toBe('view=all');
  });
});

describe('names in each language', () => {
  const musk = entity('elon-musk', 'Person', {
    name: 'Elon Musk',
    nameJa: 'イーロン・マスク',
    aliases: ['イーロン・マスク', 'マスク', 'Musk', '埃隆·马斯克', '马斯克'],
  });

  it('uses the Japanese name in Japanese and the first Chinese alias in Chinese', () => {
    expect(displayName(musk, 'en')).toBe('Elon Musk');
    expect(displayName(musk, 'ja')).toBe('イーロン・マスク');
    expect(displayName(musk, 'zh')).toBe('埃隆·马斯克');
  });

  it('passes over Traditional and Japanese spellings for the Simplified one', () => {
    const ms = entity('microsoft', 'Organization', { name: 'Microsoft', aliases: ['マイクロソフト', '微軟', '微软'] });
    const faa = entity('faa', 'Organization', { name: 'FAA', aliases: ['連邦航空局', '美国联邦航空管理局'] });
    expect(displayName(ms, 'zh')).toBe('微软');
    expect(displayName(faa, 'zh')).toBe('美国联邦航空管理局');
  });

  it('prefers a nameZh, falls back to a Japanese name written in Han, else English', () => {
    expect(displayName(entity('x', 'Person', { name: 'X', nameZh: '某人', aliases: ['别名'] }), 'zh')).toBe('某人');
    expect(displayName(entity('y', 'Person', { name: 'Son', nameJa: '孫正義' }), 'zh')).toBe('孫正義');
    expect(displayName(entity('z', 'Person', { name: 'Z', nameJa: 'ゼット' }), 'zh')).toBe('Z');
  });
});

describe('the schema in each language', () => {
  const schema = schemaDocument();
  const person = schema.kinds.find((k) => k.label === 'Person')!;
  const claim = schema.kinds.find((k) => k.label === 'Claim')!;
  const investedIn = schema.relationships.find((r) => r.type === 'INVESTED_IN')!;

  it('serves Japanese and Chinese titles beside the English ones', () => {
    expect([titleIn(person, 'en'), titleIn(person, 'ja'), titleIn(person, 'zh')]).toEqual(['Person', '人物', '人物']);
    expect([titleIn(investedIn, 'en'), titleIn(investedIn, 'ja'), titleIn(investedIn, 'zh')]).toEqual(['invested in', '出資', '投资']);
  });

  it('titles every value a palette colours, outcomes as the prediction statuses read', () => {
    expect(valueTitle(claim, 'claimKind', 'prediction', 'ja')).toBe('予測');
    expect(valueTitle(claim, 'outcome', 'came-true', 'zh')).toBe(PREDICTION_STATUS_TITLES['came-true'].zh);
    expect(valueTitle(claim, 'outcome', 'did-not', 'en')).toBe('did not');
  });
});

describe('a record’s facts in each language', () => {
  const schema = schemaDocument();
  const cluster = schema.kinds.find((k) => k.label === 'GPUCluster')!;
  const model = schema.kinds.find((k) => k.label === 'AIModel')!;
  const investedIn = schema.relationships.find((r) => r.type === 'INVESTED_IN')!;
  const colossus = { chipCount: 100000, powerMW: 150, status: 'built' };

  it('labels each property as the schema does in the language, its unit word translated', () => {
    const names = ['chipCount', 'powerMW', 'status'];
    expect(facts(colossus, names, cluster.propertyInfo, 'en')).toEqual([
      ['Chips', '100,000 chips'],
      ['Power', '150 MW'],
      ['Status', 'built'],
    ]);
    expect(facts(colossus, names, cluster.propertyInfo, 'ja')).toEqual([
      ['チップ数', '100,000枚'],
      ['電力', '150 MW'],
      ['状態', 'built'],
    ]);
    expect(facts(colossus, names, cluster.propertyInfo, 'zh', cluster.valueTitles)).toEqual([
      ['芯片数量', '100,000块'],
      ['功率', '150 MW'],
      ['状态', '已建成'],
    ]);
  });

  it('reads an enum’s value by the title the kind gives it in the language', () => {
    expect(facts({ status: 'built' }, ['status'], cluster.propertyInfo, 'en', cluster.valueTitles)).toEqual([['Status', 'built']]);
    expect(facts({ status: 'planned' }, ['status'], cluster.propertyInfo, 'ja', cluster.valueTitles)).toEqual([['状態', '計画中']]);
  });

  it('says yes and no in the language, and keeps a currency as the record gives it', () => {
    expect(facts({ openWeights: true }, ['openWeights'], model.propertyInfo, 'ja')).toEqual([['オープンウェイト', 'はい']]);
    expect(facts({ openWeights: false }, ['openWeights'], model.propertyInfo, 'zh')).toEqual([['开放权重', '否']]);
    expect(facts({ amount: 1e9, currency: 'USD' }, ['amount'], investedIn.propertyInfo, 'zh')).toEqual([['金额', '1,000,000,000 USD']]);
  });
});
