// Quantities in an article (amounts of money, counts of chips, people or signatures, power,
// durations, compute), found and normalised so a suggestion can fill the schema's numeric
// properties: 40億ドル → 4e9 USD, 10万枚 → 100,000 chips, 1ギガワット → 1000 MW, 2〜3年以内 → 3 years.
// Two grammars do the reading: one for Japanese and Chinese (numeral, then a counter or a currency
// word, with modifiers such as 約 / 最大 / 以上 around it) and one for Latin-script text (prefix
// words, a currency sign, a numeral with an English scale word, then a unit noun). Units, counters
// and modifiers are declared in tables below, so a new unit is a row, not code. A number is a
// quantity only when a unit, a currency or a myriad scale says so: bare numbers in model names
// (GPT-4, H100), years, percentages and page numbers are left alone.
import type { PropertyInfo } from '../../../graph-schema/rules';
import type { DocumentLanguage } from './language';
import {
  CJK_NUMERAL_CHARS,
  ENGLISH_NUMBER_WORD,
  ENGLISH_SCALES,
  foldDigits,
  readArabic,
  readCjkNumber,
  readCjkPair,
  readEnglishWord,
  roundFloat,
} from './numbers';

export type Measure = 'money' | 'count' | 'power' | 'duration' | 'compute';

export interface QuantityMention {
  /** UTF-16 offsets into the given text. */
  start: number;
  end: number;
  /** The matched span, e.g. "最大40億ドル". */
  text: string;
  measure: Measure;
  /** Normalised to `unit`; for a range, its upper bound. */
  value: number;
  /** ISO 4217 for money; MW for power; years, months or days for durations; a counted noun or `count`; H100e or FLOPS for compute. */
  unit: string;
  approximate?: boolean;
  bound?: 'max' | 'min';
  range?: [number, number];
}

/** What a unit word means: its measure, the normalised unit and the factor to it. */
interface UnitSense {
  measure: Measure;
  unit: string;
  factor?: number;
}

const money = (unit: string): UnitSense => ({ measure: 'money', unit });
const power = (factor: number): UnitSense => ({ measure: 'power', unit: 'MW', factor });
const count = (unit: string): UnitSense => ({ measure: 'count', unit });
const YEARS: UnitSense = { measure: 'duration', unit: 'years' };
const MONTHS: UnitSense = { measure: 'duration', unit: 'months' };
const DAYS: UnitSense = { measure: 'duration', unit: 'days' };
const WEEKS: UnitSense = { measure: 'duration', unit: 'days', factor: 7 };
const H100E: UnitSense = { measure: 'compute', unit: 'H100e' };

/** Words written after a numeral in Japanese or Chinese, longest first where one begins another. */
const CJK_UNITS: readonly (readonly [string, UnitSense])[] = [
  ['米ドル', money('USD')],
  ['ドル', money('USD')],
  ['美元', money('USD')],
  ['美金', money('USD')],
  ['円', money('JPY')],
  ['日元', money('JPY')],
  ['日圆', money('JPY')],
  ['ユーロ', money('EUR')],
  ['欧元', money('EUR')],
  ['歐元', money('EUR')],
  ['ポンド', money('GBP')],
  ['英镑', money('GBP')],
  ['英鎊', money('GBP')],
  ['人民元', money('CNY')],
  ['人民币', money('CNY')],
  ['人民幣', money('CNY')],
  ['港元', money('HKD')],
  ['港币', money('HKD')],
  ['韩元', money('KRW')],
  ['韓元', money('KRW')],
  ['ウォン', money('KRW')],
  ['元人民币', money('CNY')],
  ['元人民幣', money('CNY')],
  ['元', money('CNY')],
  ['ギガワット', power(1000)],
  ['メガワット', power(1)],
  ['キロワット', power(0.001)],
  ['千兆瓦', power(1000)],
  ['吉瓦', power(1000)],
  ['兆瓦', power(1)],
  ['千瓦', power(0.001)],
  ['GW', power(1000)],
  ['MW', power(1)],
  ['kW', power(0.001)],
  ['ヶ月', MONTHS],
  ['か月', MONTHS],
  ['カ月', MONTHS],
  ['ケ月', MONTHS],
  ['ヵ月', MONTHS],
  ['箇月', MONTHS],
  ['个月', MONTHS],
  ['個月', MONTHS],
  ['週間', WEEKS],
  ['个星期', WEEKS],
  ['个周', WEEKS],
  ['周', WEEKS],
  ['日間', DAYS],
  ['日', DAYS],
  ['天', DAYS],
  ['年', YEARS],
  ['パラメータ', count('parameters')],
  ['パラメーター', count('parameters')],
  ['参数', count('parameters')],
  ['トークン', count('tokens')],
  ['词元', count('tokens')],
  ['參數', count('parameters')],
  ['枚', count('chips')],
  ['张', count('chips')],
  ['張', count('chips')],
  ['块', count('chips')],
  ['塊', count('chips')],
  ['颗', count('chips')],
  ['顆', count('chips')],
  ['台', count('units')],
  ['基', count('units')],
  ['人', count('people')],
  ['名', count('people')],
  ['件', count('count')],
  ['個', count('count')],
  ['个', count('count')],
  ['家', count('count')],
  ['社', count('count')],
];

/** Unit symbols that Japanese and Chinese text write in Latin letters, after a space or not (100 MW, 100MW). */
const CJK_SYMBOL_UNITS = CJK_UNITS.filter(([word]) => /^[A-Za-z]/.test(word));

/** Words after a numeral (and its scale) in Latin-script text; unit symbols keep their case (MW is not mW). */
const LATIN_UNITS: readonly (readonly [RegExp, UnitSense])[] = [
  [/^(?:US |U\.S\. )?dollars?\b/i, money('USD')],
  [/^euros?\b/i, money('EUR')],
  [/^(?:pounds sterling|pounds)\b/i, money('GBP')],
  [/^(?:japanese )?yen\b/i, money('JPY')],
  [/^(?:yuan|renminbi|rmb)\b/i, money('CNY')],
  [/^(?:USD|EUR|GBP|JPY|CNY|RMB)\b/, money('')],
  [/^(?:GW|[Gg]igawatts?)\b/, power(1000)],
  [/^(?:MW|[Mm]egawatts?)\b/, power(1)],
  [/^(?:kW|kilowatts?)\b/, power(0.001)],
  [/^(?:years?|yrs?)\b/i, YEARS],
  [/^months?\b/i, MONTHS],
  [/^weeks?\b/i, WEEKS],
  [/^days?\b/i, DAYS],
  [/^(?:[A-Z]{1,2}\d{2,3}[A-Z]?[- ]equivalents?|[A-Z]{1,2}\d{2,3}e)\b/, H100E],
  [/^(?:petaflops?|PFLOPS?)\b/i, { measure: 'compute', unit: 'FLOPS', factor: 1e15 }],
  [/^(?:exaflops?|EFLOPS?)\b/i, { measure: 'compute', unit: 'FLOPS', factor: 1e18 }],
  [/^(?:GPUs?|TPUs?|chips?|accelerators?|graphics (?:cards|processors))\b/i, count('chips')],
  [
    /^(?:(?:Nvidia|NVIDIA|AMD|Google|Intel) )?(?:[A-Z]{1,2}\d{2,3}[A-Z]?s?|Blackwells?|Hoppers?)\b(?: (?:GPUs?|chips?|accelerators?))?/,
    count('chips'),
  ],
  [/^(?:people|persons|employees|staff|workers|researchers|engineers|scientists|users|members)\b/i, count('people')],
  [/^(?:signatures|signatories|signers)\b/i, count('signatures')],
  [/^parameters?\b/i, count('parameters')],
  [/^tokens?\b/i, count('tokens')],
  [/^(?:units|servers|robots|vehicles|reactors)\b/i, count('units')],
];

/** Currency signs and codes written before a numeral; `¥` is the yuan in Chinese text and the yen elsewhere. */
const CURRENCY_BEFORE = /(?:US\$|U\.S\.\$|A\$|C\$|HK\$|\$|€|£|¥|￥|\b(?:USD|EUR|GBP|JPY|CNY|RMB))\s?$/;
const currencyOfSign = (sign: string, language: DocumentLanguage): string => {
  const s = sign.trim();
  if (s === 'A$') return 'AUD';
  if (s === 'C$') return 'CAD';
  if (s === 'HK$') return 'HKD';
  if (s.endsWith('$')) return 'USD';
  if (s === '€') return 'EUR';
  if (s === '£') return 'GBP';
  if (s === '¥' || s === '￥') return language === 'zh' ? 'CNY' : 'JPY';
  return s === 'RMB' ? 'CNY' : s;
};

/** Modifiers written before a number, and what they say about it. */
interface Modifier {
  approximate?: boolean;
  bound?: 'max' | 'min';
}
const CJK_PREFIXES: readonly (readonly [string, Modifier])[] = [
  ['少なくとも', { bound: 'min' }],
  ['およそ', { approximate: true }],
  ['凡そ', { approximate: true }],
  ['大約', { approximate: true }],
  ['大约', { approximate: true }],
  ['约合', { approximate: true }],
  ['約', { approximate: true }],
  ['约', { approximate: true }],
  ['将近', { approximate: true }],
  ['接近', { approximate: true }],
  ['近', { approximate: true }],
  ['最大', { bound: 'max' }],
  ['最高', { bound: 'max' }],
  ['最多', { bound: 'max' }],
  ['多达', { bound: 'max' }],
  ['多達', { bound: 'max' }],
  ['高达', { bound: 'max' }],
  ['高達', { bound: 'max' }],
  ['上限', { bound: 'max' }],
  ['最低', { bound: 'min' }],
  ['最少', { bound: 'min' }],
  ['至少', { bound: 'min' }],
  ['不少于', { bound: 'min' }],
  ['超过', { bound: 'min' }],
  ['超過', { bound: 'min' }],
  ['逾', { bound: 'min' }],
];
const CJK_SUFFIXES: readonly (readonly [string, Modifier])[] = [
  ['以上', { bound: 'min' }],
  ['余り', { bound: 'min', approximate: true }],
  ['あまり', { bound: 'min', approximate: true }],
  ['超', { bound: 'min' }],
  ['強', { bound: 'min', approximate: true }],
  ['余', { bound: 'min', approximate: true }],
  ['多', { bound: 'min', approximate: true }],
  ['以内', { bound: 'max' }],
  ['以下', { bound: 'max' }],
  ['未満', { bound: 'max' }],
  ['弱', { bound: 'max', approximate: true }],
  ['近く', { approximate: true }],
  ['前後', { approximate: true }],
  ['程度', { approximate: true }],
  ['ほど', { approximate: true }],
  ['くらい', { approximate: true }],
  ['ぐらい', { approximate: true }],
  ['左右', { approximate: true }],
  ['上下', { approximate: true }],
  ['内', { bound: 'max' }],
];
const LATIN_PREFIXES: readonly (readonly [RegExp, Modifier])[] = [
  [/\b(?:about|around|approximately|approx\.|roughly|some|nearly|almost|close to|an estimated|circa|c\.)\s*$/i, { approximate: true }],
  [/~\s*$/, { approximate: true }],
  [/\b(?:up to|as many as|as much as|at most|no more than|a maximum of|within)\s*$/i, { bound: 'max' }],
  [/\b(?:more than|over|at least|upwards of|in excess of|a minimum of|no fewer than|no less than)\s*$/i, { bound: 'min' }],
];

/** Nouns that, after a counter, say what is counted: accelerators, or compute in H100 units. */
const COUNTED_AFTER_CJK =
  /^(?:以上|超)?(?:の|的)?\s*(?:(?:NVIDIA|Nvidia|エヌビディア|英伟达|輝達|AMD)\s*(?:製|的)?\s*(?:の)?)?(?<noun>GPU|TPU|NPU|チップ|芯片|显卡|顯卡|加速器|アクセラレータ|[A-Z]{1,2}\d{2,3}[A-Z]?)(?<equiv>\s*(?:GPU)?\s*(?:に)?(?:相当|等效|当量|換算))?/;
/** An accelerator named just before the numeral ("H100を35万台", "GPU 約10,000個") is what a general counter counts. */
const COUNTED_BEFORE_CJK = /(?:GPU|TPU|NPU|チップ|芯片|显卡|顯卡|加速器|[A-Z]{1,2}\d{2,3}[A-Z]?)\s*(?:を|が|は|も)?\s*$/;
const SIGNATURES_AFTER_CJK = /^(?:以上|超)?(?:の|的)?(?:署名|签名|簽名|签署|联署|連署)/;
const PARAMETERS_AFTER_CJK = /^(?:以上|超)?(?:の|的)?(?:パラメータ|パラメーター|参数|參數)/;

/** 多 / 余 between a numeral and its unit (100多亿, 1万余人) make it "more than", roughly. */
const ODD_BEFORE_UNIT = '[多余餘](?=[十百千万萬億亿])';
const ODD = /[多余餘]/;
const ODD_ALL = /[多余餘]/g;
/** A run of numeral characters; a comma or point counts only between digits. */
const CJK_RUN = new RegExp(`[0-9${CJK_NUMERAL_CHARS}](?:[0-9${CJK_NUMERAL_CHARS}]|[,.](?=[0-9])|${ODD_BEFORE_UNIT})*`, 'g');
const RANGE_JOINER = /^\s*(?:〜|~|-|–|—|から|至|到|、)\s*/;
/** Characters before a numeral that make it part of a name or a code ("GPT-4", "H100", "Grok-1.5", "A/B"). */
const PART_OF_NAME_BEFORE = /(?:[A-Za-z][-_]?|[-/:.#＃№]|[A-Za-z]\s?[-‐])$/;
/** A word of capitals before a numeral is an acronym said before its count (GPU10万枚), not a code like H100. */
const ACRONYM_BEFORE = /(?<![A-Za-z0-9])[A-Z]{2,}$/;
/** A numeral that counts vaguely (数十億, 何万, 几千) is no exact quantity. */
const VAGUE_BEFORE = /[数數何幾几]$/;
/** A numeral after these is an ordinal or a date part (第3, 令和6年). */
const ORDINAL_BEFORE = /(?:第|令和|平成|昭和|No\.?|NO\.?|no\.?)$/;
/** Kanji numerals inside words (統一, 唯一, 一部): a lone 一 right after a Han character is no number. */
const HAN = /\p{Script=Han}/u;

const startsWithAny = <T>(text: string, table: readonly (readonly [string, T])[]): readonly [string, T] | undefined =>
  table.find(([word]) => text.startsWith(word));
const endsWithAny = <T>(text: string, table: readonly (readonly [string, T])[]): readonly [string, T] | undefined =>
  table.find(([word]) => text.endsWith(word));

interface Found extends QuantityMention {
  /** The span's length: where two readings overlap, the longer one (more context understood) wins. */
  weight: number;
}

/** A reading of either grammar, its text filled in once the readings are settled. */
function foundOf(start: number, end: number, sense: UnitSense, value: number, modifier: Modifier, range?: [number, number]): Found {
  return {
    start,
    end,
    text: '',
    measure: sense.measure,
    value,
    unit: sense.unit,
    ...modifier,
    ...(range ? { range } : {}),
    weight: end - start,
  };
}

/** A calendar year, month or day is a date, not a duration or a count ("2024年", "5月", "17日"). */
function isDatePart(run: string, value: number, after: string): boolean {
  if (/^年(?:度|代)?/.test(after) && /^[0-9]{4}$/.test(run) && value >= 1000) return true;
  if (/^年\s*[0-9〇一二三四五六七八九十]{1,2}\s*月/.test(after)) return true;
  if (/^(?:[/-]|月(?!間))/.test(after)) return true;
  return /^日(?!間|以内|内|後|前|ほど|程度|以上)/.test(after) || /^[時时点點分秒号號]/.test(after);
}

function scanCjk(folded: string, language: DocumentLanguage): Found[] {
  const found: Found[] = [];
  let consumedTo = 0;
  for (const m of folded.matchAll(CJK_RUN)) {
    let start = m.index;
    let runText = m[0];
    if (start < consumedTo) continue;
    let before = folded.slice(Math.max(0, start - 12), start);
    if ((PART_OF_NAME_BEFORE.test(before) && !ACRONYM_BEFORE.test(before)) || VAGUE_BEFORE.test(before) || ORDINAL_BEFORE.test(before))
      continue;
    if (runText === '一' && HAN.test(before.slice(-1))) continue;
    let end = start + runText.length;
    // 兆 and 千 also begin power units (兆瓦, 千瓦): give them back to the unit.
    const wattSplit = /(千兆|兆|千)$/.exec(runText);
    if (wattSplit && folded[end] === '瓦' && runText.length > wattSplit[0].length) {
      runText = runText.slice(0, -wattSplit[0].length);
      end -= wattSplit[0].length;
    }
    const modifier: Modifier = ODD.test(runText) ? { approximate: true, bound: 'min' } : {};
    const pair = readCjkPair(runText);
    const first = pair ? { value: pair[1], scale: 1 } : readCjkNumber(runText.replace(ODD_ALL, ''));
    if (!first) continue;
    if (pair) modifier.approximate = true;

    // A range: "2〜3年", "10億〜20億ドル", "2、3年".
    let lower: number | undefined = pair?.[0];
    let upperRun = runText;
    let upper = first;
    const joiner = pair ? null : RANGE_JOINER.exec(folded.slice(end));
    if (joiner) {
      const nextStart = end + joiner[0].length;
      const next = new RegExp(CJK_RUN.source, 'y');
      next.lastIndex = nextStart;
      const n = next.exec(folded);
      const second = n ? readCjkNumber(n[0].replace(ODD_ALL, '')) : undefined;
      const listed = joiner[0].trim() === '、';
      if (n && second && second.value > 0 && (!listed || (second.value <= 10 && second.value - first.value === 1))) {
        const low =
          first.scale === 1 && second.scale > 1 && first.value < second.value / second.scale ? first.value * second.scale : first.value;
        if (low < second.value) {
          lower = low;
          upper = second;
          upperRun = n[0];
          end = nextStart + n[0].length;
        }
      }
    }
    let after = folded.slice(end);
    if (isDatePart(upperRun, upper.value, after)) continue;
    // 1万余人, 1000多名: "more than", between the numeral and its counter.
    if (/^[多余餘](?!り)/.test(after) && startsWithAny(after.slice(1), CJK_UNITS)) {
      Object.assign(modifier, { approximate: true, bound: 'min' });
      end += 1;
      after = after.slice(1);
    }

    // A currency sign before the numeral, and modifiers before that.
    let sense: UnitSense | undefined;
    let unitLength = 0;
    const sign = CURRENCY_BEFORE.exec(before);
    if (sign) {
      sense = money(currencyOfSign(sign[0], language));
      start -= sign[0].length;
      before = before.slice(0, before.length - sign[0].length);
    }
    // 最近 ("recently") ends like the prefix 近 ("nearly") but says nothing of the number.
    const prefix = before.endsWith('最近') ? undefined : endsWithAny(before, CJK_PREFIXES);
    if (prefix) {
      Object.assign(modifier, prefix[1]);
      start -= prefix[0].length;
      before = before.slice(0, before.length - prefix[0].length);
    }

    const latinUnit = /^\s?/.exec(after)![0];
    const unit = startsWithAny(after, CJK_UNITS) ?? startsWithAny(after.slice(latinUnit.length), CJK_SYMBOL_UNITS);
    if (unit && !(sense && unit[1].measure !== 'money')) {
      const spaced = !after.startsWith(unit[0]);
      if (unit[1].unit === 'years' && /^年(?:[0-9〇一二三四五六七八九十]|生|目|度|代|前半|後半|末|初|頭)/.test(after)) continue;
      if (unit[1].unit === 'years' && upper.value >= 1000) continue;
      sense = unit[1];
      unitLength = unit[0].length + (spaced ? latinUnit.length : 0);
    }
    // 年間, ヶ月間, 日間: a span of that length.
    if (sense?.measure === 'duration' && after[unitLength] === '間') unitLength += 1;
    let rest = after.slice(unitLength);
    // "1年半": half a unit more.
    let half = 0;
    if (sense?.measure === 'duration' && rest.startsWith('半')) {
      half = 0.5;
      unitLength += 1;
      rest = rest.slice(1);
    }
    if (!sense) {
      if (PARAMETERS_AFTER_CJK.test(after)) sense = count('parameters');
      else if (upper.scale > 1) sense = count('count');
      else continue;
    }
    // What the counter counts, read from the noun after it ("35万台のH100", "10万块GPU", "2500人以上の署名").
    if (sense.measure === 'count') {
      const noun = COUNTED_AFTER_CJK.exec(rest);
      if (noun?.groups?.equiv) sense = H100E;
      else if (noun || ((sense.unit === 'units' || sense.unit === 'count') && COUNTED_BEFORE_CJK.test(before))) sense = count('chips');
      else if (SIGNATURES_AFTER_CJK.test(rest)) sense = count('signatures');
      else if (PARAMETERS_AFTER_CJK.test(rest)) sense = count('parameters');
    }
    end += unitLength;
    const suffix = startsWithAny(folded.slice(end), CJK_SUFFIXES);
    if (suffix && !(suffix[0] === '内' && sense.measure !== 'duration')) {
      Object.assign(modifier, suffix[1]);
      end += suffix[0].length;
    }
    const factor = sense.factor ?? 1;
    const value = roundFloat((upper.value + half) * factor);
    found.push(foundOf(start, end, sense, value, modifier, lower !== undefined ? [roundFloat(lower * factor), value] : undefined));
    consumedTo = end;
  }
  return found;
}

const LATIN_NUMBER = new RegExp(
  `(?<![\\w.,\\-/])(?:(?<arabic>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(?<word>${ENGLISH_NUMBER_WORD})\\b)` +
    `(?:\\s*(?:-|–|to)\\s*(?<arabic2>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|\\s+to\\s+(?<word2>${ENGLISH_NUMBER_WORD})\\b)?` +
    `(?:\\s?(?<scale>thousand|million|billion|trillion|bn|mn|mln|tn)\\b|(?<letter>[kKmMbBtT])\\b)?`,
  'gi',
);

/** Capitalised words that open a sentence or a phrase rather than name a product. */
const LATIN_SENTENCE_WORDS =
  /^(?:In|By|Over|About|Around|Some|Nearly|Almost|Up|At|More|Within|For|After|Before|Since|Until|With|And|But|The|Of|On|From|To|Only|Just|Roughly|Approximately|Another|Its|Their|His|Her|Our|All|Than|Under|Each|Every|Those|These|US)$/;

function scanLatin(folded: string, language: DocumentLanguage): Found[] {
  const found: Found[] = [];
  for (const m of folded.matchAll(LATIN_NUMBER)) {
    const g = m.groups!;
    let start = m.index;
    let end = start + m[0].length;
    const beforeAll = folded.slice(Math.max(0, start - 30), start);
    // A small number after a capitalised word inside a sentence is a version ("Llama 3", "Gemini 1.5").
    const name = /(?<![.!?:;]\s*|^\s*)\b[A-Z][A-Za-z]*\s$/.exec(beforeAll);
    if (
      name &&
      !LATIN_SENTENCE_WORDS.test(name[0].trim()) &&
      g.arabic !== undefined &&
      !/,/.test(g.arabic) &&
      Number(g.arabic) < 100 &&
      !g.scale
    )
      continue;
    const num = g.arabic !== undefined ? readArabic(g.arabic) : readEnglishWord(g.word);
    const num2 = g.arabic2 !== undefined ? readArabic(g.arabic2) : g.word2 !== undefined ? readEnglishWord(g.word2) : undefined;
    if (num === undefined) continue;
    const isWord = g.word !== undefined;
    const scaleWord = (g.scale ?? g.letter)?.toLowerCase();
    const scale = scaleWord ? ENGLISH_SCALES[scaleWord] : 1;

    let before = beforeAll;
    let sense: UnitSense | undefined;
    const sign = CURRENCY_BEFORE.exec(before);
    if (sign && !isWord) {
      sense = money(currencyOfSign(sign[0], language));
      start -= sign[0].length;
      before = before.slice(0, before.length - sign[0].length);
    }
    const after = folded.slice(end);
    const gap = /^(?:\s|-(?=[A-Za-z]))?/.exec(after)![0];
    const unit = LATIN_UNITS.find(([re]) => re.test(after.slice(gap.length)));
    let unitLength = 0;
    if (unit && !(sense && unit[1].measure !== 'money')) {
      const matched = unit[0].exec(after.slice(gap.length))![0];
      const code = unit[1].measure === 'money' && unit[1].unit === '' ? money(matched === 'RMB' ? 'CNY' : matched) : unit[1];
      // A hyphenated unit ("a 20-year deal") is a duration's adjective form; other units need a space.
      if (gap === '-' && code.measure !== 'duration') continue;
      sense = code;
      unitLength = gap.length + matched.length;
    }
    if (g.letter && !(sense?.measure === 'money' || sense?.unit === 'parameters')) continue;
    if (!sense) {
      if (g.scale && !isWord) sense = count('count');
      else continue;
    }
    // "a" and "an" count a span of time or a scale ("a year", "a billion dollars"), never a thing ("a GPU").
    if (isWord && !g.scale && (g.word.toLowerCase() === 'a' || g.word.toLowerCase() === 'an') && sense.measure !== 'duration') continue;
    const modifierMatch = LATIN_PREFIXES.find(([re]) => re.test(before));
    const modifier: Modifier = {};
    if (modifierMatch) {
      const word = modifierMatch[0].exec(before)![0];
      if (!(/within/i.test(word) && sense.measure !== 'duration')) {
        Object.assign(modifier, modifierMatch[1]);
        start -= word.length;
      }
    }
    end += unitLength;
    const trailing = /^\s*(?:or (?:more|so)|plus|\+)/i.exec(folded.slice(end));
    if (trailing) {
      Object.assign(modifier, /or so/i.test(trailing[0]) ? { approximate: true } : { bound: 'min' });
      end += trailing[0].length;
    }
    const factor = (sense.factor ?? 1) * scale;
    const value = roundFloat((num2 ?? num) * factor);
    const range: [number, number] | undefined = num2 !== undefined && num < num2 ? [roundFloat(num * factor), value] : undefined;
    if (num2 !== undefined && !range) continue;
    found.push(foundOf(start, end, sense, value, modifier, range));
  }
  return found;
}

/** The quantities of a text, in order, each with its span and its value in the unit the schema uses. */
export function findQuantities(text: string, language: DocumentLanguage): QuantityMention[] {
  const folded = foldDigits(text);
  const candidates = [...(language === 'en' ? [] : scanCjk(folded, language)), ...scanLatin(folded, language)];
  candidates.sort((a, b) => b.weight - a.weight || a.start - b.start);
  const kept: Found[] = [];
  for (const c of candidates) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  kept.sort((a, b) => a.start - b.start);
  return kept.map(({ weight: _weight, ...mention }) => ({ ...mention, text: text.slice(mention.start, mention.end) }));
}

/**
 * Which declared units take a mention of each measure. Money goes to the property whose unit names
 * its `currency` sibling (the caller sets that sibling to the mention's ISO code); the other
 * measures are normalised to the units the schema declares, so they match unit for unit.
 */
const UNIT_FITS: Readonly<Record<Measure, (declared: string, mention: QuantityMention) => boolean>> = {
  money: (declared) => declared === 'currency',
  power: (declared, m) => declared === m.unit,
  duration: (declared, m) => declared === m.unit,
  compute: (declared, m) => declared === m.unit,
  count: (declared, m) => declared === m.unit,
};

/**
 * The name of the property, among a kind's or a relationship type's property definitions
 * (`meta.propertyInfo`), whose declared `unit` fits this mention: `currency` takes money, `MW`
 * power, `chips` a chip count, `years` a duration in years. The first declared fit wins;
 * undefined when none fits.
 */
export function schemaPropertyFor(mention: QuantityMention, properties: Readonly<Record<string, PropertyInfo>>): string | undefined {
  for (const [name, info] of Object.entries(properties))
    if (info.type === 'number' && info.unit !== undefined && UNIT_FITS[mention.measure](info.unit, mention)) return name;
  return undefined;
}
