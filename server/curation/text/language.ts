// Which of the graph's three document languages a text is written in, from its scripts alone:
// kana are written only in Japanese, Han characters without kana are Chinese, and a text of Latin
// letters is taken as English. Counting scripts is enough to choose among three languages this
// different, and needs no model or dictionary; anything else is left undecided so the API can ask.

export type DocumentLanguage = 'ja' | 'zh' | 'en';
export const DOCUMENT_LANGUAGES: readonly DocumentLanguage[] = ['ja', 'zh', 'en'];

const KANA = /[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9d]/gu;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/gu;
const LATIN = /[A-Za-z\u00c0-\u024f]/gu;
const ANY_LETTER = /\p{L}/gu;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Kana fewer than this, or this small a share of the CJK characters, are a stray quotation, not Japanese. */
const MIN_KANA = 2;
const MIN_KANA_SHARE = 0.05;
/** A Han character carries about as much text as a few Latin letters, so CJK wins at a third of Latin's count. */
const LATIN_LETTERS_PER_HAN = 3;

/**
 * kana present (beyond a stray character) → ja; Han without kana → zh; mostly Latin letters → en;
 * otherwise undefined (the API then refuses with a clear error).
 */
export function detectLanguage(text: string): DocumentLanguage | undefined {
  const kana = count(text, KANA);
  const han = count(text, HAN);
  const latin = count(text, LATIN);
  const letters = count(text, ANY_LETTER);
  if (letters === 0) return undefined;
  const cjk = kana + han;
  if (cjk * LATIN_LETTERS_PER_HAN >= latin && cjk * 2 > letters - latin - cjk) {
    if (kana >= MIN_KANA && kana >= cjk * MIN_KANA_SHARE) return 'ja';
    if (han > 0) return 'zh';
    return undefined;
  }
  return latin * 2 > letters ? 'en' : undefined;
}
