// Dates in an article, as the partial ISO dates the schema stores ("2024", "2024-05", "2024-05-17"):
// absolute ones (2024年5月, May 17, 2024, 2024年第3四半期) and ones relative to the article's own
// date (来月, 年末までに, 3年以内, 明年, within two years), so a claim gets its date stated and a
// prediction its due date. Each form is a row of declared patterns with how to resolve it; the
// code only runs them and keeps the longest reading where two overlap. A text's precision is
// kept: a year stays a year. A part of a year or month (a quarter, 年末, early 2025) is written as
// the last month of that part, so a deadline read from it is never earlier than the text meant.
import type { DocumentLanguage } from './language';
import { ENGLISH_NUMBER_WORD, foldDigits, readArabic, readCjkNumber, readCjkPair, readEnglishWord } from './numbers';

export interface DateMention {
  /** UTF-16 offsets into the given text. */
  start: number;
  end: number;
  text: string;
  /** DatePoint ISO date: "2024", "2024-05" or "2024-05-17". */
  date: string;
  /** True when computed from publishedOn. */
  relative: boolean;
  /** A deadline (by, within, before, までに, 以内, 之前): the date is when something is due. */
  by?: boolean;
}

/** A date at year, month or day precision. */
interface DatePoint {
  y: number;
  m?: number;
  d?: number;
}

function parsePartial(iso: string | undefined): DatePoint | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso ?? '');
  if (!m) return undefined;
  const date: DatePoint = { y: Number(m[1]), ...(m[2] ? { m: Number(m[2]) } : {}), ...(m[3] ? { d: Number(m[3]) } : {}) };
  return format(date) === iso ? date : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
function format(p: DatePoint): string | undefined {
  if (p.y < 1000 || p.y > 9999) return undefined;
  if (p.m === undefined) return String(p.y);
  if (p.m < 1 || p.m > 12) return undefined;
  if (p.d === undefined) return `${p.y}-${pad(p.m)}`;
  const days = new Date(Date.UTC(p.y, p.m, 0)).getUTCDate();
  return p.d >= 1 && p.d <= days ? `${p.y}-${pad(p.m)}-${pad(p.d)}` : undefined;
}

/** Moves a date by a span, keeping its precision; undefined when the span is finer than the date. */
function shift(p: DatePoint, amount: number, unit: 'years' | 'months' | 'days'): DatePoint | undefined {
  if (!Number.isInteger(amount)) {
    if (unit === 'years' && Number.isInteger(amount * 12)) return shift(p, amount * 12, 'months');
    return undefined;
  }
  if (unit === 'years') return { ...p, y: p.y + amount };
  if (unit === 'months') {
    if (p.m === undefined) return amount % 12 === 0 ? { y: p.y + amount / 12 } : undefined;
    const index = p.y * 12 + (p.m - 1) + amount;
    const moved: DatePoint = { y: Math.floor(index / 12), m: (index % 12) + 1 };
    if (p.d !== undefined) moved.d = Math.min(p.d, new Date(Date.UTC(moved.y, moved.m, 0)).getUTCDate());
    return moved;
  }
  if (p.d === undefined || p.m === undefined) return undefined;
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + amount));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The period just before the one a date names: before 2025 is 2024, before December is November. */
function periodBefore(p: DatePoint): DatePoint | undefined {
  if (p.d !== undefined) return shift(p, -1, 'days');
  if (p.m !== undefined) return shift(p, -1, 'months');
  return { y: p.y - 1 };
}

/** Parts of a year, each read as its last month (thirds for early/mid/late, halves, quarters, northern seasons). */
type YearPart = 'early' | 'mid' | 'late' | 'h1' | 'h2' | 'q1' | 'q2' | 'q3' | 'q4' | 'spring' | 'summer' | 'autumn' | 'within';
const PART_END_MONTH: Readonly<Record<Exclude<YearPart, 'within'>, number>> = {
  early: 4,
  mid: 8,
  late: 12,
  h1: 6,
  h2: 12,
  q1: 3,
  q2: 6,
  q3: 9,
  q4: 12,
  spring: 5,
  summer: 8,
  autumn: 11,
};
function withPart(p: DatePoint, part: YearPart | undefined): DatePoint {
  if (!part || part === 'within') return p;
  if (p.m !== undefined) return { y: p.y, m: p.m };
  return { y: p.y, m: PART_END_MONTH[part] };
}

/** What the words around a date say of it: a deadline, a deadline before the named period, or nothing. */
type Deadline = 'by' | 'before' | undefined;

interface Reading {
  date: DatePoint;
  relative: boolean;
  by?: Deadline;
  part?: YearPart;
}

interface Rule {
  /** The pattern, matched globally over the text with full-width digits folded. */
  re: RegExp;
  resolve: (g: Record<string, string | undefined>, published: DatePoint | undefined, language: DocumentLanguage) => Reading | undefined;
}

const CJK_NUM = '[0-9]+(?:\\.[0-9]+)?|[〇零一二三四五六七八九十两兩]+';
/** A numeral's value; for "two or three" (两三), the later of the two, as a horizon is read by its far end. */
const numberOf = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : (readArabic(s) ?? readCjkNumber(s)?.value ?? readCjkPair(s)?.[1]);

/** Parts of a year or month after 年 / 月 in Japanese and Chinese. */
const CJK_PART =
  '(?<part>末|底|年底|终|終わり|初め(?!て)|初頭|初(?!め|[\\u4e00-\\u9fff])|头|頭|半ば|中頃|中旬|上旬|下旬|前半|後半|上半期|下半期|上半年|下半年|中(?![\\u4e00-\\u9fff])|[春夏秋](?:季|天|頃|ごろ|(?![节節\\u4e00-\\u9fff]))|第(?<q>[1-4一二三四])(?:四半期|季度|季)|[QＱ](?<qq>[1-4]))?';
/** Deadline words after a date; 前 and 之前 mean strictly before the period. */
const CJK_BY = '(?<by>までに|まで|迄に|以内|之内|内|为止|為止|之前|以前|前に|前|以降|以后|以後|から|より)?';

const SEASONS: Readonly<Record<string, YearPart>> = {
  春: 'spring',
  夏: 'summer',
  秋: 'autumn',
  spring: 'spring',
  summer: 'summer',
  fall: 'autumn',
  autumn: 'autumn',
};

function cjkPart(part: string | undefined, q: string | undefined, language: DocumentLanguage): YearPart | undefined {
  if (q) return (['q1', 'q2', 'q3', 'q4'] as const)[numberOf(q)! - 1];
  if (!part) return undefined;
  if (/^[春夏秋]/.test(part)) return SEASONS[part[0]];
  if (/^(?:末|底|年底|终|終わり|下旬)$/.test(part)) return 'late';
  if (/^(?:初め|初頭|初|头|頭|上旬)$/.test(part)) return 'early';
  if (/^(?:半ば|中頃|中旬)$/.test(part)) return 'mid';
  if (part === '中') return language === 'zh' ? 'mid' : 'within';
  if (/^(?:前半|上半期|上半年)$/.test(part)) return 'h1';
  return 'h2';
}

function cjkDeadline(by: string | undefined, part: YearPart | undefined): Deadline {
  if (!by) return part === 'within' ? 'by' : undefined;
  if (/^(?:以降|以后|以後|から|より)$/.test(by)) return undefined;
  if (/^(?:之前|以前|前に|前)$/.test(by)) return part === 'late' ? 'by' : 'before';
  return 'by';
}

/** The year a month without one belongs to: the article's, or the next when a deadline month has passed. */
function yearForMonth(month: number, published: DatePoint, deadline: Deadline): number {
  return deadline && published.m !== undefined && month < published.m ? published.y + 1 : published.y;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_MONTH =
  '(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![a-z])';
const monthOf = (s: string | undefined) => (s ? MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1 : undefined);
/** English deadline words before a date. */
const EN_BY = '(?:(?<by>[Bb]y|[Bb]efore|[Nn]o later than|[Nn]ot later than|[Pp]rior to|[Aa]head of)\\s+)?';
/** English parts of a year before it. */
const EN_PART =
  '(?:(?:the\\s+)?(?<part>early|mid|late|end of|the end of|beginning of|the beginning of|start of|the start of|first half of|the first half of|second half of|the second half of|H1|H2|Q1|Q2|Q3|Q4|(?:the\\s+)?(?:first|second|third|fourth) quarter of|(?:spring|summer|fall|autumn)(?:\\s+of)?)[\\s-]+)?';

function englishPart(part: string | undefined): YearPart | undefined {
  if (!part) return undefined;
  const p = part.toLowerCase().replace(/^the\s+/, '');
  if (/^(?:early|beginning of|start of)$/.test(p)) return 'early';
  if (p === 'mid') return 'mid';
  const season = /^(spring|summer|fall|autumn)/.exec(p);
  if (season) return SEASONS[season[1]];
  if (/^(?:late|end of)$/.test(p)) return 'late';
  if (/^(?:first half of|h1)$/.test(p)) return 'h1';
  if (/^(?:second half of|h2)$/.test(p)) return 'h2';
  const q = /^(?:q([1-4])|(first|second|third|fourth) quarter of)$/.exec(p);
  if (q) return (['q1', 'q2', 'q3', 'q4'] as const)[q[1] ? Number(q[1]) - 1 : ['first', 'second', 'third', 'fourth'].indexOf(q[2])];
  return undefined;
}

const englishDeadline = (by: string | undefined, part: YearPart | undefined): Deadline =>
  !by ? undefined : /^by|^no|^not/i.test(by) || part === 'late' ? 'by' : 'before';

const EN_NUM = `(?:[0-9]+(?:\\.[0-9]+)?|${ENGLISH_NUMBER_WORD})`;
const englishNumber = (s: string | undefined) => (s === undefined ? undefined : (readArabic(s) ?? readEnglishWord(s)));
const spanUnit = (u: string): 'years' | 'months' | 'days' | 'weeks' | undefined => {
  if (/^(?:年|years?)$/i.test(u)) return 'years';
  if (/^(?:ヶ月|か月|カ月|ケ月|ヵ月|箇月|个月|個月|months?)$/i.test(u)) return 'months';
  if (/^(?:週間|周|个星期|個星期|weeks?)$/i.test(u)) return 'weeks';
  if (/^(?:日|天|days?)$/i.test(u)) return 'days';
  return undefined;
};

/** A span counted from the article's date, forward or back. */
function fromPublished(
  published: DatePoint | undefined,
  amount: number | undefined,
  unitWord: string,
  direction: 1 | -1,
  by: Deadline,
): Reading | undefined {
  const unit = spanUnit(unitWord);
  if (!published || amount === undefined || !unit) return undefined;
  const date = unit === 'weeks' ? shift(published, direction * amount * 7, 'days') : shift(published, direction * amount, unit);
  return date && { date, relative: true, by };
}

/** Relative words for a year or a month, with their offset from the article's year or month. */
const CJK_RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0,
  本年: 0,
  来年: 1,
  明年: 1,
  再来年: 2,
  后年: 2,
  後年: 2,
  昨年: -1,
  去年: -1,
};
const EN_RELATIVE_YEARS: Readonly<Record<string, number>> = {
  'this year': 0,
  'next year': 1,
  'last year': -1,
  'the year': 0,
  'the current year': 0,
  'the next year': 1,
  'the following year': 1,
};
const CJK_RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  今月: 0,
  本月: 0,
  这个月: 0,
  來月: 1,
  来月: 1,
  翌月: 1,
  下个月: 1,
  下個月: 1,
  下月: 1,
  先月: -1,
  上个月: -1,
  上個月: -1,
  上月: -1,
};
const EN_RELATIVE_MONTHS: Readonly<Record<string, number>> = { 'this month': 0, 'next month': 1, 'last month': -1, 'the month': 0 };
const RELATIVE_YEARS = { ...CJK_RELATIVE_YEARS, ...EN_RELATIVE_YEARS };
const RELATIVE_MONTHS = { ...CJK_RELATIVE_MONTHS, ...EN_RELATIVE_MONTHS };
const relativeYear = (published: DatePoint | undefined, word: string): DatePoint | undefined =>
  published && { y: published.y + RELATIVE_YEARS[word.toLowerCase().replace(/\s+/g, ' ')] };
const relativeMonth = (published: DatePoint | undefined, word: string): DatePoint | undefined =>
  published?.m !== undefined
    ? shift({ y: published.y, m: published.m }, RELATIVE_MONTHS[word.toLowerCase().replace(/\s+/g, ' ')], 'months')
    : undefined;

/** A table's words as a regex alternation, longest first, spaces matching any run of spaces. */
const alternation = (words: Record<string, number>) =>
  Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');

/** A numeral in Japanese or Chinese that is no part of a bigger one or of a vague count (数年). */
const CJK_NUMERAL_BEFORE = '[0-9.〇零一二三四五六七八九十两兩百千万萬億亿数數何幾几]';

const CJK_RULES: readonly Rule[] = [
  {
    // 2024年5月17日, 2024年5月, 2024年, 2024年末までに, 2024年第3四半期, 二〇二四年
    re: new RegExp(
      `(?<![0-9])(?<y>[0-9]{4}|[〇零一二三四五六七八九]{4})\\s*年(?:度)?(?:\\s*(?<m>[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\\s*月(?!間)(?:\\s*(?<d>[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s*[日号號])?)?${CJK_PART}${CJK_BY}`,
      'g',
    ),
    resolve: (g, _p, language) => {
      const part = cjkPart(g.part, g.q ?? g.qq, language);
      return {
        date: { y: numberOf(g.y)!, ...(g.m ? { m: numberOf(g.m) } : {}), ...(g.d ? { d: numberOf(g.d) } : {}) },
        relative: false,
        by: cjkDeadline(g.by, part),
        part,
      };
    },
  },
  {
    // 5月17日, 12月前, 12月までに: the article's year; 来年3月, 去年12月: the year named
    re: new RegExp(
      `(?:(?<word>${alternation(CJK_RELATIVE_YEARS)})の?\\s*|(?<![0-9年ヶか个個カケヵ箇]))(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\\s*月(?!間)(?:\\s*(?<d>[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s*[日号號])?${CJK_PART}${CJK_BY}`,
      'g',
    ),
    resolve: (g, published, language) => {
      if (!published) return undefined;
      const part = cjkPart(g.part, undefined, language);
      const by = cjkDeadline(g.by, part);
      const m = numberOf(g.m)!;
      const y = g.word ? published.y + CJK_RELATIVE_YEARS[g.word] : yearForMonth(m, published, by);
      return {
        date: { y, m, ...(g.d ? { d: numberOf(g.d) } : {}) },
        relative: true,
        by,
      };
    },
  },
  {
    // 来年, 来年末までに, 明年底, 今年中, 年末までに, 年内, 年底前
    re: new RegExp(`(?:(?<word>${alternation(CJK_RELATIVE_YEARS)})年?|(?<!${CJK_NUMERAL_BEFORE})年)${CJK_PART}${CJK_BY}`, 'g'),
    resolve: (g, published, language) => {
      const part = cjkPart(g.part, g.q ?? g.qq, language);
      // 年 alone is this year only with a part or a limit after it (年末, 年内), not in 年前 or 年後.
      if (!g.word && !g.part && !/内/.test(g.by ?? '')) return undefined;
      const date = relativeYear(published, g.word ?? '今年');
      return date && { date, relative: true, by: cjkDeadline(g.by, part), part };
    },
  },
  {
    // 来月, 下个月底, 今月中
    re: new RegExp(`(?<word>${alternation(CJK_RELATIVE_MONTHS)})${CJK_PART}${CJK_BY}`, 'g'),
    resolve: (g, published) => {
      const date = relativeMonth(published, g.word!);
      return date && { date, relative: true, by: cjkDeadline(g.by, g.part === '中' ? 'within' : undefined) };
    },
  },
  {
    // 3年以内, 2〜3年以内, 12ヶ月以内, 三年内, 2年前, 5年後, 次の2〜3年で
    re: new RegExp(
      `(?:(?<ahead>次の|今後|これから|あと|向こう|今后|未来|接下来)|(?<past>過去|この|ここ|最近|直近|过去|最近))?(?<!${CJK_NUMERAL_BEFORE})(?<n>${CJK_NUM})(?:\\s*(?:〜|~|-|–|、|至|到)\\s*(?<n2>${CJK_NUM}))?\\s*(?<unit>年|ヶ月|か月|カ月|ケ月|ヵ月|箇月|个月|個月|週間|个星期|個星期|周|日|天)(?<half>半)?間?(?<about>ほど|程度|くらい|ぐらい|左右)?(?<dir>以内|之内|内|以后|以後|之后|後|后|前|で)`,
      'g',
    ),
    resolve: (g, published) => {
      const whole = numberOf(g.n2 ?? g.n);
      if (whole === undefined || (g.unit === '年' && whole >= 1000)) return undefined;
      const amount = whole + (g.half ? 0.5 : 0);
      const dir = g.dir!;
      if (dir === '前') return fromPublished(published, amount, g.unit!, -1, undefined);
      // "Nで" is a time from now only after 次の / 今後 ("in the next N years"); 過去3年で looks back.
      // "Nで" is a time from now after 次の / 今後 ("in the next N years", a deadline) or with ほど
      // ("in about N years"), but 過去3年で looks back.
      if (dir === 'で' && (g.past || !(g.ahead || g.about))) return undefined;
      return fromPublished(published, amount, g.unit!, 1, /内/.test(dir) || (dir === 'で' && g.ahead) ? 'by' : undefined);
    },
  },
];

const EN_RULES: readonly Rule[] = [
  {
    // May 17, 2024; by January 2025; before May 17; in December
    re: new RegExp(
      `\\b${EN_BY}(?:(?<in>[Ii]n|[Oo]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Aa]fter|[Dd]uring|of|this|next|last)\\s+)?${EN_PART}${EN_MONTH}(?:\\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?<y>(?:1[89]|20)[0-9]{2})\\b)?`,
      'g',
    ),
    resolve: (g, published) => {
      const m = monthOf(g.month);
      if (!m) return undefined;
      const part = englishPart(g.part);
      const by = englishDeadline(g.by, part);
      const d = g.d ? Number(g.d) : undefined;
      if (g.y) return { date: { y: Number(g.y), m, ...(d ? { d } : {}) }, relative: false, by };
      // A month name alone is a date only with a word that makes it one ("by May", "in March", "May 17").
      if (!published || !(g.by || g.in || d)) return undefined;
      const y = g.in === 'next' ? published.y + 1 : g.in === 'last' ? published.y - 1 : yearForMonth(m, published, by);
      return { date: { y, m, ...(d ? { d } : {}) }, relative: true, by };
    },
  },
  {
    // 17 May 2024
    re: new RegExp(`\\b${EN_BY}(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\\s+${EN_MONTH},?\\s+(?<y>(?:1[89]|20)[0-9]{2})\\b`, 'g'),
    resolve: (g) => ({
      date: { y: Number(g.y), m: monthOf(g.month), d: Number(g.d) },
      relative: false,
      by: englishDeadline(g.by, undefined),
    }),
  },
  {
    // by 2027, in 2024, before 2030, early 2025, the third quarter of 2024, end of next year
    re: new RegExp(
      `\\b${EN_BY}(?:(?<in>in|since|from|until|till|after|during|through|throughout|of)\\s+)?${EN_PART}(?:(?<y>(?:1[89]|20)[0-9]{2})(?![0-9]|[,.][0-9]|\\s*(?:[-–]|%|percent))|(?<word>${alternation(EN_RELATIVE_YEARS)}))\\b`,
      'gi',
    ),
    resolve: (g, published) => {
      const part = englishPart(g.part);
      // A bare number is a year only with a word that makes it one ("in 2024", "by 2027", "early 2025").
      if (g.y && !(g.by || g.in || g.part)) return undefined;
      if (g.word && g.word.toLowerCase() === 'the year' && !g.part) return undefined;
      const date = g.y ? { y: Number(g.y) } : relativeYear(published, g.word!);
      return date && { date, relative: !g.y, by: englishDeadline(g.by, part), part };
    },
  },
  {
    // next month, by the end of the month
    re: new RegExp(`\\b${EN_BY}(?:(?:the\\s+)?end of\\s+)?(?<word>${alternation(EN_RELATIVE_MONTHS)})\\b`, 'gi'),
    resolve: (g, published) => {
      const date = relativeMonth(published, g.word!);
      return date && { date, relative: true, by: englishDeadline(g.by, undefined) };
    },
  },
  {
    // within two years, in 18 months, in the next three years, over the next 2-3 years, two years ago
    re: new RegExp(
      `\\b(?:(?<dir>within|in|over)\\s+(?:(?:the\\s+)?(?<next>next|coming)\\s+)?)?(?<n>${EN_NUM})(?:\\s*(?:-|–|to|or)\\s*(?<n2>${EN_NUM}))?\\s+(?<unit>years?|months?|weeks?|days?)\\b(?<ago>\\s+(?:ago|from now))?`,
      'gi',
    ),
    resolve: (g, published) => {
      const amount = englishNumber(g.n2 ?? g.n);
      const ago = g.ago?.trim().toLowerCase();
      if (ago === 'ago') return fromPublished(published, amount, g.unit!, -1, undefined);
      // "over four years" is how long something lasts, unless it is "over the next four years".
      if ((!g.dir && !ago) || (/over/i.test(g.dir ?? '') && !g.next)) return undefined;
      const by: Deadline = /within/i.test(g.dir ?? '') || (g.next && /in|over/i.test(g.dir ?? '')) ? 'by' : undefined;
      return fromPublished(published, amount, g.unit!, 1, by);
    },
  },
];

/** Numeric dates every language writes: 2024/5/17, 2024-05-17, 2024-05, 2024.5.17. */
const NUMERIC_RULES: readonly Rule[] = [
  {
    re: /(?<![0-9./-])(?<y>(?:1[89]|20)[0-9]{2})(?<sep>[/.-])(?<m>1[0-2]|0?[1-9])(?:\k<sep>(?<d>3[01]|[12][0-9]|0?[1-9]))?(?![0-9./-])/g,
    resolve: (g) => {
      if (g.sep === '.' && !g.d) return undefined;
      return { date: { y: Number(g.y), m: Number(g.m), ...(g.d ? { d: Number(g.d) } : {}) }, relative: false };
    },
  },
];

const RULES_BY_LANGUAGE: Readonly<Record<DocumentLanguage, readonly Rule[]>> = {
  ja: [...NUMERIC_RULES, ...CJK_RULES, ...EN_RULES],
  zh: [...NUMERIC_RULES, ...CJK_RULES, ...EN_RULES],
  en: [...NUMERIC_RULES, ...EN_RULES],
};

/**
 * The dates of a text, in order: absolute ones, and those relative to `publishedOn` (a partial
 * ISO date), which are skipped when it is absent. Vague spans (数年以内, in a few years) are no date.
 */
export function findDates(text: string, language: DocumentLanguage, publishedOn?: string): DateMention[] {
  const folded = foldDigits(text);
  const published = parsePartial(publishedOn);
  const found: DateMention[] = [];
  for (const rule of RULES_BY_LANGUAGE[language]) {
    for (const m of folded.matchAll(rule.re)) {
      if (m[0].trim() === '') continue;
      const reading = rule.resolve(m.groups ?? {}, published, language);
      if (!reading) continue;
      let date: DatePoint | undefined = withPart(reading.date, reading.part);
      if (reading.by === 'before') date = periodBefore(date);
      const iso = date && format(date);
      if (!iso) continue;
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].trimEnd().length;
      found.push({ start, end, text: '', date: iso, relative: reading.relative, ...(reading.by ? { by: true } : {}) });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateMention[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);
  return kept.map((k) => ({ ...k, text: text.slice(k.start, k.end) }));
}
