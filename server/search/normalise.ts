// One normaliser for what people type and for the names it is compared with: the same text in
// any width, case, script variant or with an honorific reduces to the same key.
//  - NFKC folds full-width Latin (ＯｐｅｎＡＩ) and half-width katakana;
//  - case is folded;
//  - traditional Chinese becomes simplified (OpenCC's dictionaries: 馬斯克 → 马斯克, 臉書 → 脸书);
//  - punctuation, middle dots and dashes separate words (イーロン・マスク → "イーロン マスク"),
//    and the compact key drops the separators, so a missing dot or space still matches;
//  - declared honorifics and titles (name-forms.ts) are removed when a name remains.
import { Converter } from 'opencc-js';
import { HONORIFIC_SUFFIXES, TITLE_PREFIXES, TITLE_SUFFIXES } from './name-forms';

const convert = Converter({ from: 't', to: 'cn' });
const HAN = /\p{Script=Han}/u;
/** Only text with Chinese characters goes through the dictionaries, which are the costly step. */
const toSimplified = (text: string) => (HAN.test(text) ? convert(text) : text);

const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;
const LATIN_OR_DIGIT = /[a-z0-9\u00c0-\u024f]/;

/** The declared words as the normaliser writes them (社長 becomes 社长 like the name before it), longest first. */
const declared = (words: readonly string[]) =>
  [...new Set(words.map((w) => toSimplified(w.normalize('NFKC').toLowerCase())))].sort((a, b) => b.length - a.length);
const cjkSuffixes = declared([...HONORIFIC_SUFFIXES.ja, ...HONORIFIC_SUFFIXES.zh]);
const titlePrefixes = new Set(declared(TITLE_PREFIXES.en));
const titleSuffixes = declared(TITLE_SUFFIXES.en);

/** Whether a character is a Latin letter or a digit (after normalisation): such characters form words. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LATIN_OR_DIGIT.test(ch);
}

function stripOnce(text: string): string {
  const words = text.split(' ');
  if (words.length > 1 && titlePrefixes.has(words[0])) return words.slice(1).join(' ');
  for (const title of titleSuffixes) {
    if (!text.endsWith(title) || text.length === title.length) continue;
    const before = text[text.length - title.length - 1];
    // A Latin title ends a name only as a word of its own, or glued to a name in another script.
    if (before === ' ') return text.slice(0, -title.length - 1);
    if (!isWordChar(before)) return text.slice(0, -title.length);
  }
  for (const suffix of cjkSuffixes)
    if (text.endsWith(suffix) && text.length > suffix.length) return text.slice(0, -suffix.length).trimEnd();
  return text;
}

/**
 * Names recur in every search that fetches them, and the script conversion is the costly step, so
 * results are remembered; the memo is emptied when full, which bounds its memory.
 */
const memo = new Map<string, string>();
const MEMO_SIZE = 50_000;

/** The words of a name or query in normalised form, separated by single spaces. */
export function normalise(text: string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const out = normaliseAfresh(text);
  memo.set(text, out);
  return out;
}

function normaliseAfresh(text: string): string {
  let out = toSimplified(text.normalize('NFKC').toLowerCase()).replace(SEPARATORS, ' ').trim();
  for (let before = ''; before !== out;) {
    before = out;
    out = stripOnce(out);
  }
  return out;
}

/** The normalised form without separators: "イーロン マスク" and "イーロンマスク" share it. */
export function compact(normalised: string): string {
  return normalised.replace(/ /g, '');
}
