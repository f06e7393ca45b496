// Candidate duplicates: the same name once normalised (width, case, script variant, honorifics,
// separators, a company's legal form), or a Latin name a typo or two away; never a different name
// that merely shares a word, nor a short CJK name one character off.
import { duplicateKey, duplicateVerdict } from '../../server/domain/duplicates';

describe('the comparison key of a name', () => {
  it.each([
    ['Facebook, Inc.', 'facebook'],
    ['ＯｐｅｎＡＩ', 'openai'],
    ['イーロン・マスク', 'イーロンマスク'],
    ['株式会社ソフトバンク', 'ソフトバンク'],
    ['百度有限公司', '百度'],
    ['馬斯克', '马斯克'],
    ['Inc', 'inc'],
  ])('of %s is %s', (name, key) => {
    expect(duplicateKey(name)).toBe(key);
  });
});

describe('a candidate duplicate', () => {
  it('has a name or alias equal to one of the entity once normalised', () => {
    expect(duplicateVerdict(['Meta', 'Facebook, Inc.'], ['Facebook'])).toEqual({ reason: 'same-name', matched: 'Facebook' });
    expect(duplicateVerdict(['Elon Musk'], ['Musk', 'イーロン・マスク', 'elon musk'])).toEqual({
      reason: 'same-name',
      matched: 'elon musk',
    });
  });
  it('or a Latin name one typo away (two for a longer name)', () => {
    expect(duplicateVerdict(['Anthropic'], ['Antrhopic'])).toEqual({ reason: 'close-name', matched: 'Antrhopic' });
    expect(duplicateVerdict(['Microsoft'], ['Micrsft'])).toEqual({ reason: 'close-name', matched: 'Micrsft' });
  });
  it.each([
    ['names that share a word', ['OpenAI'], ['OpenAI Japan']],
    ['short Latin names a letter apart', ['Meta'], ['Beta']],
    ['CJK names a character apart', ['微软公司'], ['微博公司']],
    ['different names', ['NVIDIA'], ['AMD']],
  ])('is not found for %s', (_name, names, candidate) => {
    expect(duplicateVerdict(names, candidate)).toBeUndefined();
  });
});
