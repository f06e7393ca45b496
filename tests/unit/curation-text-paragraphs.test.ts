// Paragraphs and language of a pasted article: the numbering every citation uses, and the
// language the extractor reads it in.
import { splitParagraphs } from '../../server/curation/text/paragraphs';
import { DOCUMENT_LANGUAGES, detectLanguage } from '../../server/curation/text/language';

describe('splitting an article into cited paragraphs', () => {
  it('numbers non-blank lines from 1, the way seed documents are cited', () => {
    expect(splitParagraphs('Title\n\nFirst paragraph.\n\n\nSecond paragraph.\n')).toEqual([
      { n: 1, text: 'Title' },
      { n: 2, text: 'First paragraph.' },
      { n: 3, text: 'Second paragraph.' },
    ]);
  });

  it('trims each line, and a line of spaces (full-width ones too) counts as blank', () => {
    expect(splitParagraphs('  見出し \n\u3000\u3000\n\t本文です。\u3000\n')).toEqual([
      { n: 1, text: '見出し' },
      { n: 2, text: '本文です。' },
    ]);
  });

  it('reads Windows, old Mac and Unicode line endings alike', () => {
    expect(splitParagraphs('a\r\nb\rc\u2028d\u2029e').map((p) => p.text)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('gives no paragraph for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n \r\n')).toEqual([]);
  });

  it('keeps Markdown as written: a heading or a list item is a paragraph of its own', () => {
    expect(splitParagraphs('# Heading\n- item one\n- item two').map((p) => p.n)).toEqual([1, 2, 3]);
  });
});

describe('detecting the language of an article', () => {
  it('offers exactly the three document languages', () => {
    expect(DOCUMENT_LANGUAGES).toEqual(['ja', 'zh', 'en']);
  });

  it.each([
    ['Japanese prose', 'Metaのマーク・ザッカーバーグCEOが汎用人工知能の開発を目指すと発表した。', 'ja'],
    ['a kanji-heavy Japanese headline with a little kana', '米国政府、人工知能規制法案を提出へ', 'ja'],
    ['katakana names alone', 'イーロン・マスク', 'ja'],
    ['simplified Chinese', '微软宣布向OpenAI追加投资100亿美元，双方将深化合作。', 'zh'],
    ['traditional Chinese', '輝達發布新一代人工智慧晶片，效能大幅提升。', 'zh'],
    ['Chinese with one stray kana', '这是我の新模型，性能很强。', 'zh'],
    ['English', 'Microsoft invested $10 billion in OpenAI in January 2023.', 'en'],
    ['English quoting a Chinese name', 'Baidu (百度) released Ernie, its answer to ChatGPT, in March 2023.', 'en'],
    ['Chinese full of Latin product names', '英伟达H100 GPU和AMD MI300X的竞争', 'zh'],
  ])('reads %s as %s', (_what, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it.each([
    ['empty text', ''],
    ['digits and punctuation only', '2024-05-17 12:00 — 100%'],
    ['Korean', '마이크로소프트가 오픈AI에 투자했다'],
    ['Russian', 'Майкрософт инвестировала в OpenAI'],
  ])('leaves %s undecided, so the API can ask for a language', (_what, text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });
});
