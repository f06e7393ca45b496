// The name an entity is shown under in Chinese, read from its untagged aliases: a Simplified
// Chinese spelling where one exists, never a Japanese or Traditional one.
import { chineseName, nameIn } from '../../client/i18n/names';
import type { Entity } from '../../client/graph/types';

const entity = (name: string, aliases: string[], nameJa?: string): Entity => ({
  id: 'x',
  kind: 'Organization',
  name,
  aliases,
  sources: [],
  ...(nameJa ? { nameJa } : {}),
});

describe('the Chinese name of an entity', () => {
  it.each([
    ['a Simplified spelling over a Traditional one listed first', entity('Microsoft', ['微軟', 'マイクロソフト', '微软']), '微软'],
    [
      'a Chinese name written with Latin letters in it',
      entity('Google DeepMind', ['DeepMind', 'ディープマインド', '谷歌DeepMind']),
      '谷歌DeepMind',
    ],
    ['not a Latin name with 社 after it, which is Japanese', entity('xAI', ['xAI社', 'xAI公司']), 'xAI公司'],
    ['not a name with kana in it', entity('OpenAI', ['オープンAI']), undefined],
    ['a Japanese name written wholly in Han when nothing else is Chinese', entity('Stanford University', [], '斯坦福大学'), '斯坦福大学'],
  ])('takes %s', (_case, record, expected) => {
    expect(chineseName(record)).toBe(expected);
  });

  it('leaves the English name where Chinese has no spelling of its own', () => {
    expect(nameIn(entity('OpenAI', ['オープンAI', 'Open AI'], 'オープンAI'), 'zh')).toBe('OpenAI');
    expect(nameIn(entity('OpenAI', ['オープンAI'], 'オープンAI'), 'ja')).toBe('オープンAI');
  });
});
