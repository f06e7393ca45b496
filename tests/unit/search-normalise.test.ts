// The search normaliser: what people type and the names it is compared with reduce to one key.
import { compact, normalise } from '../../server/search/normalise';
import { HONORIFIC_SUFFIXES, TITLE_PREFIXES, TITLE_SUFFIXES } from '../../server/search/name-forms';

describe('normalising names and queries', () => {
  it.each([
    ['ＯｐｅｎＡＩ', 'openai'],
    ['ｸﾞﾛｯｸ', 'グロック'],
    ['NVIDIA', 'nvidia'],
    ['Grok-1.5', 'grok 1 5'],
    ['Meta Platforms, Inc.', 'meta platforms inc'],
    ['イーロン・マスク', 'イーロン マスク'],
    ['埃隆·马斯克', '埃隆 马斯克'],
  ])('folds width, case and punctuation: %s → %s', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });

  it.each([
    ['馬斯克', '马斯克'],
    ['祖克柏', '祖克柏'],
    ['楊立昆', '杨立昆'],
    ['臉書', '脸书'],
    ['微軟', '微软'],
  ])('writes traditional Chinese as simplified: %s → %s', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });

  it.each([
    ['マスクさん', 'マスク'],
    ['ザッカーバーグ氏', 'ザッカーバーグ'],
    ['孫様', '孙'],
    ['孫正義社長', '孙正义'],
    ['马斯克先生', '马斯克'],
    ['黄仁勋总裁', '黄仁勋'],
    ['李女士', '李'],
    ['Mr. Musk', 'musk'],
    ['Dr Yann LeCun', 'yann lecun'],
    ['Zuckerberg CEO', 'zuckerberg'],
    ['ザッカーバーグCEO', 'ザッカーバーグ'],
    ['Sam Altman, co-founder', 'sam altman'],
  ])('drops honorifics and titles: %s → %s', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });

  it('keeps a title that is the whole text, and one that is part of a Latin word', () => {
    expect(normalise('CEO')).toBe('ceo');
    expect(normalise('さん')).toBe('さん');
    expect(normalise('Mr')).toBe('mr');
    expect(normalise('Deceo')).toBe('deceo');
  });

  it('drops every declared honorific and title, in whichever script it is declared', () => {
    for (const word of [...HONORIFIC_SUFFIXES.ja, ...HONORIFIC_SUFFIXES.zh]) expect(normalise(`テスト${word}`)).toBe('テスト');
    for (const word of TITLE_PREFIXES.en) expect(normalise(`${word} Smith`)).toBe('smith');
    for (const word of TITLE_SUFFIXES.en) expect(normalise(`Smith ${word}`)).toBe('smith');
  });

  it('gives a name with and without its middle dot or space one compact key', () => {
    expect(compact(normalise('イーロン・マスク'))).toBe(compact(normalise('イーロンマスク')));
    expect(compact(normalise('Open AI'))).toBe(compact(normalise('OpenAI')));
  });
});
