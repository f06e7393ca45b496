// The language of an article from its script: kana means Japanese, Han without kana Chinese, and
// Latin letters alone English. A minimal stand-in for the text layer; the curation text module
// replaces it.

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

export function detectLanguage(text: string): 'ja' | 'zh' | 'en' | undefined {
  if (KANA.test(text)) return 'ja';
  if (HAN.test(text)) return 'zh';
  if (LATIN.test(text)) return 'en';
  return undefined;
}
