// The numeral grammar shared by quantities and dates: Arabic, full-width and kanji digits, the
// myriad units and English number words.
import { foldDigits, readArabic, readCjkNumber, readCjkPair, readEnglishWord } from '../../server/curation/text/numbers';

describe('reading Japanese and Chinese numerals', () => {
  it.each([
    ['10万', 100_000],
    ['27億5000万', 2_750_000_000],
    ['1.5兆', 1_500_000_000_000],
    ['5,000万', 50_000_000],
    ['16万6000', 166_000],
    ['1万2000', 12_000],
    ['１０万', 100_000],
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十五', 25],
    ['一千', 1000],
    ['千', 1000],
    ['三百五十万', 3_500_000],
    ['一千万', 10_000_000],
    ['两', 2],
    ['五亿', 500_000_000],
    ['四十億', 4_000_000_000],
    ['二〇二四', 2024],
    ['720億', 72_000_000_000],
  ])('%s is %d', (text, expected) => {
    expect(readCjkNumber(text)?.value).toBe(expected);
  });

  it('remembers the myriad a numeral ends on, so the lower end of "10〜20億" can borrow it', () => {
    expect(readCjkNumber('20億')).toEqual({ value: 2_000_000_000, scale: 1e8 });
    expect(readCjkNumber('27億5000万')?.scale).toBe(1e4);
    expect(readCjkNumber('10')?.scale).toBe(1);
  });

  it.each(['万', '億', '万一', '', 'abc', '1,2x', '两三', '三四百'])('refuses %p, which is no single numeral', (text) => {
    expect(readCjkNumber(text)).toBeUndefined();
  });

  it.each([
    ['两三', [2, 3]],
    ['三四百', [300, 400]],
    ['五六万', [50_000, 60_000]],
  ] as [string, [number, number]][])('reads %s as "one or the next", %j', (text, expected) => {
    expect(readCjkPair(text)).toEqual(expected);
  });

  it('reads no pair from digits that are not neighbours', () => {
    expect(readCjkPair('三五')).toBeUndefined();
    expect(readCjkPair('十二')).toBeUndefined();
  });
});

describe('reading Arabic numerals and English number words', () => {
  it.each([
    ['1,500', 1500],
    ['2.75', 2.75],
    ['１,０００', 1000],
    ['600,000', 600_000],
  ])('%s is %d', (text, expected) => {
    expect(readArabic(text)).toBe(expected);
  });

  it.each([
    ['two', 2],
    ['Twelve', 12],
    ['eighteen', 18],
    ['twenty-five', 25],
    ['a', 1],
    ['a dozen', 12],
    ['a hundred', 100],
  ])('"%s" is %d', (text, expected) => {
    expect(readEnglishWord(text)).toBe(expected);
  });

  it('leaves other words alone', () => {
    expect(readEnglishWord('several')).toBeUndefined();
    expect(readArabic('12a')).toBeUndefined();
  });
});

describe('folding full-width digits', () => {
  it('turns them into ASCII one code unit for one, so offsets stay valid', () => {
    const text = '約１０万枚，２．５兆円～';
    const folded = foldDigits(text);
    expect(folded).toBe('約10万枚,2.5兆円〜');
    expect(folded).toHaveLength(text.length);
  });
});
