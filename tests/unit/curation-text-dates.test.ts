// Dates as the extractor suggests them: absolute ones as written, relative ones from the
// article's date, deadlines marked, and the vague or non-date numbers left alone.
import fc from 'fast-check';
import { findDates, type DateMention } from '../../server/curation/text/dates';
import type { DocumentLanguage } from '../../server/curation/text/language';

type Expected = Pick<DateMention, 'text' | 'date' | 'relative' | 'by'>;
const shape = (m: DateMention): Expected => ({ text: m.text, date: m.date, relative: m.relative, ...(m.by ? { by: true } : {}) });
const abs = (text: string, date: string, by?: true): Expected => ({ text, date, relative: false, ...(by ? { by } : {}) });
const rel = (text: string, date: string, by?: true): Expected => ({ text, date, relative: true, ...(by ? { by } : {}) });

/** The article's date for the relative cases. */
const PUBLISHED = '2024-10-15';

const absolute: [DocumentLanguage, string, Expected][] = [
  ['ja', '2024年5月に発表した', abs('2024年5月', '2024-05')],
  ['ja', '2023年12月', abs('2023年12月', '2023-12')],
  ['ja', '2024年5月17日', abs('2024年5月17日', '2024-05-17')],
  ['ja', '２０２４年５月１７日', abs('２０２４年５月１７日', '2024-05-17')],
  ['ja', '二〇二四年', abs('二〇二四年', '2024')],
  ['ja', '2024/5/17に', abs('2024/5/17', '2024-05-17')],
  ['en', 'date 2024-01', abs('2024-01', '2024-01')],
  ['ja', '2025年初に', abs('2025年初', '2025-04')],
  ['ja', '2024年第3四半期', abs('2024年第3四半期', '2024-09')],
  ['ja', '2024年末までに35万台', abs('2024年末までに', '2024-12', true)],
  ['ja', '2030年前に', abs('2030年前に', '2029', true)],
  ['zh', '2024年5月17号', abs('2024年5月17号', '2024-05-17')],
  ['zh', '2024年第三季度', abs('2024年第三季度', '2024-09')],
  ['zh', '2025年之前', abs('2025年之前', '2024', true)],
  ['zh', '2025年底前', abs('2025年底前', '2025-12', true)],
  ['en', 'in January 2025', abs('in January 2025', '2025-01')],
  ['en', 'on May 17, 2024', abs('on May 17, 2024', '2024-05-17')],
  ['en', 'on 17 May 2024', abs('17 May 2024', '2024-05-17')],
  ['en', 'in Sept. 2023', abs('in Sept. 2023', '2023-09')],
  ['en', 'in 2024, Meta', abs('in 2024', '2024')],
  ['en', 'by 2027', abs('by 2027', '2027', true)],
  ['en', 'before 2030', abs('before 2030', '2029', true)],
  ['en', 'by the end of 2024', abs('by the end of 2024', '2024-12', true)],
  ['en', 'in the third quarter of 2024', abs('in the third quarter of 2024', '2024-09')],
  ['en', 'in Q3 2024', abs('in Q3 2024', '2024-09')],
  ['en', 'by mid-2025', abs('by mid-2025', '2025-08', true)],
  ['en', 'early 2025', abs('early 2025', '2025-04')],
  ['en', 'by the fall of 2025', abs('by the fall of 2025', '2025-11', true)],
  ['ja', '2025年秋に', abs('2025年秋', '2025-11')],
  ['zh', '2025年秋季发布', abs('2025年秋季', '2025-11')],
];

const relative: [DocumentLanguage, string, Expected][] = [
  ['ja', '来月発売する', rel('来月', '2024-11')],
  ['ja', '来年には', rel('来年', '2025')],
  ['ja', '今年は', rel('今年', '2024')],
  ['ja', '年末までにリリース', rel('年末までに', '2024-12', true)],
  ['ja', '年内に', rel('年内', '2024', true)],
  ['ja', '来年末までに', rel('来年末までに', '2025-12', true)],
  ['ja', '3年以内にAGI', rel('3年以内', '2027-10-15', true)],
  ['ja', '2〜3年以内に', rel('2〜3年以内', '2027-10-15', true)],
  ['ja', 'これが2、3年以内に', rel('2、3年以内', '2027-10-15', true)],
  ['ja', '次の2〜3年で来る', rel('次の2〜3年で', '2027-10-15', true)],
  ['ja', '12ヶ月以内に', rel('12ヶ月以内', '2025-10-15', true)],
  ['ja', '1年半以内', rel('1年半以内', '2026-04-15', true)],
  ['ja', '12月前にリリースする', rel('12月前に', '2024-11', true)],
  ['ja', '12月までに', rel('12月までに', '2024-12', true)],
  ['ja', '2年前には', rel('2年前', '2022-10-15')],
  ['ja', '5年後の世界', rel('5年後', '2029-10-15')],
  ['ja', '1ヶ月前にリリースされた', rel('1ヶ月前', '2024-09-15')],
  ['ja', '3年ほどでAGIが来る', rel('3年ほどで', '2027-10-15')],
  ['zh', '明年推出', rel('明年', '2025')],
  ['zh', '去年12月发布', rel('去年12月', '2023-12')],
  ['zh', '今年5月17日', rel('今年5月17日', '2024-05-17')],
  ['ja', '来年3月に発売', rel('来年3月', '2025-03')],
  ['zh', '今年底', rel('今年底', '2024-12')],
  ['zh', '三年内', rel('三年内', '2027-10-15', true)],
  ['zh', '未来两年内', rel('未来两年内', '2026-10-15', true)],
  ['zh', '18个月内', rel('18个月内', '2026-04-15', true)],
  ['zh', '两三年内', rel('两三年内', '2027-10-15', true)],
  ['zh', '下个月', rel('下个月', '2024-11')],
  ['zh', '明年年底前', rel('明年年底前', '2025-12', true)],
  ['en', 'next year', rel('next year', '2025')],
  ['en', 'by the end of the year', rel('by the end of the year', '2024-12', true)],
  ['en', 'by the end of next year', rel('by the end of next year', '2025-12', true)],
  ['en', 'within two years', rel('within two years', '2026-10-15', true)],
  ['en', 'in 18 months', rel('in 18 months', '2026-04-15')],
  ['en', 'over the next 2-3 years', rel('over the next 2-3 years', '2027-10-15', true)],
  ['en', 'before December', rel('before December', '2024-11', true)],
  ['en', 'by March', rel('by March', '2025-03', true)],
  ['en', 'a year ago', rel('a year ago', '2023-10-15')],
  ['en', 'next month', rel('next month', '2024-11')],
];

describe('finding absolute dates', () => {
  it.each(absolute)('[%s] %s', (language, text, expected) => {
    expect(findDates(text, language).map(shape)).toEqual([expected]);
  });
});

describe('finding dates relative to the article', () => {
  it('has at least twenty-five cases in all, in the three languages', () => {
    expect(absolute.length + relative.length).toBeGreaterThanOrEqual(25);
    expect(new Set(relative.map(([language]) => language))).toEqual(new Set(['ja', 'zh', 'en']));
  });

  it.each(relative)(`[%s] %s, published ${PUBLISHED}`, (language, text, expected) => {
    expect(findDates(text, language, PUBLISHED).map(shape)).toEqual([expected]);
  });

  it('reads a day and month without a year in the article’s year', () => {
    expect(findDates('アドビは4月10日、発表した', 'ja', '2024-05-01').map(shape)).toEqual([rel('4月10日', '2024-04-10')]);
  });

  it('keeps the precision of the article’s date when counting from it', () => {
    expect(findDates('3年以内', 'ja', '2024-10').map((m) => m.date)).toEqual(['2027-10']);
    expect(findDates('3年以内', 'ja', '2024').map((m) => m.date)).toEqual(['2027']);
    expect(findDates('来月', 'ja', '2024')).toEqual([]);
    expect(findDates('next month', 'en', '2024-12-20').map((m) => m.date)).toEqual(['2025-01']);
  });

  it('skips relative forms when the article has no date or an impossible one, and keeps absolute ones', () => {
    expect(findDates('来月', 'ja')).toEqual([]);
    expect(findDates('来月', 'ja', '2024-13')).toEqual([]);
    expect(findDates('next year', 'en', 'yesterday')).toEqual([]);
    expect(findDates('within two years', 'en')).toEqual([]);
    expect(findDates('2024年末までに、来年', 'ja').map(shape)).toEqual([abs('2024年末までに', '2024-12', true)]);
  });

  it('finds every date of a sentence in order, with spans that index the text as given', () => {
    const text = 'マスクは2024年5月、Grok-3を12月前にリリースし、3年以内にAGIが来ると述べた。';
    const found = findDates(text, 'ja', '2024-05-20');
    expect(found.map(shape)).toEqual([abs('2024年5月', '2024-05'), rel('12月前に', '2024-11', true), rel('3年以内', '2027-05-20', true)]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('what is not a date', () => {
  it.each([
    ['ja', '数年以内に'],
    ['ja', '過去3年で'],
    ['ja', '過去3年ほどで'],
    ['en', 'in a few years'],
    ['en', 'spend $500 billion over four years'],
    ['en', 'two years later, he left'],
    ['en', 'Llama 3 was released'],
    ['en', '2000 GPUs'],
    ['en', 'Marvel 2024'],
    ['en', 'you may 17 times'],
    ['ja', 'GPT-4とH100'],
    ['ja', '20年間の電力購入契約'],
  ] as [DocumentLanguage, string][])('[%s] %s has none', (language, text) => {
    expect(findDates(text, language, PUBLISHED)).toEqual([]);
  });

  it('does not read 中国 after a year as "during the year", 春节 as spring, nor 初めて ("for the first time") as its start', () => {
    expect(findDates('2024年中国は', 'zh').map(shape)).toEqual([abs('2024年', '2024')]);
    expect(findDates('2024年春节', 'zh').map(shape)).toEqual([abs('2024年', '2024')]);
    expect(findDates('今年初めて', 'ja', PUBLISHED).map(shape)).toEqual([rel('今年', '2024')]);
  });

  it('refuses impossible calendar dates', () => {
    expect(findDates('2024/2/30', 'ja')).toEqual([]);
    expect(findDates('2024年13月', 'ja').map((m) => m.date)).not.toContain('2024-13');
  });
});

describe('dates are well-formed whatever the text', () => {
  const alphabet = [
    ...'0123456789２年月日前後内以末初来今明下个ヶ 〜-/',
    'by ',
    'before ',
    'within ',
    'two ',
    'years',
    'May ',
    'next year',
    '2024',
  ];
  it('gives partial ISO dates in spans that are in order, do not overlap and hold their text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((parts) => parts.join('')),
        fc.constantFrom<DocumentLanguage>('ja', 'zh', 'en'),
        (text, language) => {
          let previousEnd = 0;
          for (const m of findDates(text, language, PUBLISHED)) {
            expect(m.date).toMatch(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/);
            expect(m.start).toBeGreaterThanOrEqual(previousEnd);
            expect(text.slice(m.start, m.end)).toBe(m.text);
            previousEnd = m.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
