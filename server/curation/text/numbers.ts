// Numerals as the three languages write them, read into plain numbers: Arabic digits with
// thousands separators and decimals, full-width digits, kanji numerals (三, 二十五, 一千), the
// myriad units 万/萬, 億/亿, 兆 combined with either (27億5000万), and English numerals and scale
// words (two, twelve, million, bn, k). Quantities and dates both read numbers this way, so the
// grammar lives here once. Hand-written because no maintained package reads mixed CJK/Arabic
// numerals; the grammar is small and closed.

/** Digits and kanji numerals that stand for a single digit. */
const CJK_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  壱: 1,
  二: 2,
  弐: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** Units below a myriad: they multiply the digit before them and add up within a myriad group. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 仟: 1000 };
/** Myriad units: they close a group and multiply all of it. */
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };

/** Characters a CJK numeral is written with (besides ASCII digits, commas and a decimal point). */
// Formal numerals that also write common words (参 in 参数 "parameter", 拾 in 拾う "pick up") are left out.
export const CJK_NUMERAL_CHARS = '〇零一壱二弐两兩三四五六七八九十百千仟万萬億亿兆';

/**
 * Folds full-width digits and the full-width comma, point and tildes to ASCII, one code unit for
 * one, so offsets into the folded text are offsets into the original.
 */
export function foldDigits(text: string): string {
  return text.replace(/[０-９，．～]/g, (c) => (c === '～' ? '〜' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const POSITIONAL = /^(?:[〇零一二三四五六七八九]{3,}|[〇零一二三四五六七八九]*[〇零][〇零一二三四五六七八九]*)$/;

/** A number read from CJK or Arabic numerals, with the myriad scale it ended on (for ranges). */
export interface ReadNumber {
  value: number;
  /** The multiplier of a trailing myriad unit (`20億` → 1e8); 1 when the numeral ends otherwise. */
  scale: number;
}

/**
 * Reads a numeral written with Arabic digits, kanji digits, small units (十百千) and myriad units
 * (万億兆), in any mix: "27億5000万", "1.5兆", "5,000万", "二十五", "一千", "10万". Undefined when the
 * text is not such a numeral or holds no digit at all ("万" alone).
 */
export function readCjkNumber(text: string): ReadNumber | undefined {
  const s = foldDigits(text).replace(/,/g, '');
  let total = 0;
  let group = 0;
  let current: number | undefined;
  let lastWasKanjiDigit = false;
  let sawDigit = false;
  let scale = 1;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    const arabic = /^\d+(?:\.\d+)?/.exec(s.slice(i));
    if (arabic) {
      if (current !== undefined) return undefined;
      current = Number(arabic[0]);
      i += arabic[0].length;
      sawDigit = true;
      lastWasKanjiDigit = false;
      scale = 1;
      continue;
    }
    if (c in CJK_DIGITS) {
      if (lastWasKanjiDigit && current !== undefined) {
        // Kanji digits one after another are positional only in a written-out figure (二〇二四 = 2024);
        // two neighbours such as 两三 or 三四 mean "two or three", which readCjkPair reads.
        if (!POSITIONAL.test(s)) return undefined;
        current = current * 10 + CJK_DIGITS[c];
      } else if (current === undefined) current = CJK_DIGITS[c];
      else return undefined;
      lastWasKanjiDigit = true;
      sawDigit = true;
      scale = 1;
    } else if (c in SMALL_UNITS) {
      group += (current ?? 1) * SMALL_UNITS[c];
      current = undefined;
      lastWasKanjiDigit = false;
      sawDigit = true;
      scale = 1;
    } else if (c in BIG_UNITS) {
      const amount = group + (current ?? 0);
      if (amount === 0) return undefined;
      total += amount * BIG_UNITS[c];
      group = 0;
      current = undefined;
      lastWasKanjiDigit = false;
      scale = BIG_UNITS[c];
    } else return undefined;
    i += 1;
  }
  if (!sawDigit) return undefined;
  return { value: roundFloat(total + group + (current ?? 0)), scale };
}

/**
 * Reads "two or three" as Chinese and Japanese write it, two neighbouring kanji digits before the
 * same units: 两三 → [2, 3], 三四百 → [300, 400], 五六万 → [50,000, 60,000]. Undefined otherwise.
 */
export function readCjkPair(text: string): [number, number] | undefined {
  const m = /^([一二两兩三四五六七八])([二三四五六七八九])([十百千仟万萬億亿兆]*)$/.exec(text);
  if (!m || CJK_DIGITS[m[2]] !== CJK_DIGITS[m[1]] + 1) return undefined;
  const low = readCjkNumber(m[1] + m[3]);
  const high = readCjkNumber(m[2] + m[3]);
  return low && high ? [low.value, high.value] : undefined;
}

/** Removes binary floating-point noise from a product such as 1.1 × 1e8. */
export function roundFloat(n: number): number {
  return Number(n.toPrecision(12));
}

const ENGLISH_UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/** English number words a quantity or a duration may be written with ("two", "twenty-five", "a"). */
export const ENGLISH_NUMBER_WORD =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|one hundred|a dozen|a|an)';

/** Reads an English number word such as "two", "twenty-five" or "a dozen"; undefined otherwise. */
export function readEnglishWord(text: string): number | undefined {
  const words = text.toLowerCase().split(/[- ]+/);
  let value = 0;
  for (const w of words) {
    const n = ENGLISH_UNITS[w];
    if (n === undefined) return undefined;
    if (w === 'hundred' || w === 'dozen') value = (value || 1) * n;
    else if (!(w === 'a' || w === 'an') || words.length === 1) value += n;
  }
  return value;
}

/** English scale words and abbreviations after a number, with their multipliers. */
export const ENGLISH_SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
};

/** Reads an Arabic numeral with optional thousands separators and decimals ("1,500", "2.75"). */
export function readArabic(text: string): number | undefined {
  const s = foldDigits(text).replace(/,/g, '');
  return /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : undefined;
}
