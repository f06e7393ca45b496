// What a curator may write as a name and as free text: normalised to NFC, and nothing that would
// let two different names look the same or reorder what a reader sees.
import { EntityRecord, Name, Text } from '../../graph-schema';

const person = (name: string, aliases: string[] = []) =>
  EntityRecord.safeParse({ id: 'someone', kind: 'Person', name, aliases, sources: [{ source: 'src-000', paragraph: 1 }] });
const message = (result: ReturnType<typeof person>) => (result.success ? '' : result.error.issues.map((i) => i.message).join('; '));

describe('a name or alias', () => {
  it('is stored in NFC, so NFC and NFD twins are one name', () => {
    const nfd = 'Jose\u0301 Marti\u0301';
    expect(Name().parse(nfd)).toBe('Jos\u00e9 Mart\u00ed');
    expect(Name().parse(nfd)).toBe(Name().parse('Jos\u00e9 Mart\u00ed'));
  });

  it.each([
    ['a zero-width space', 'Open\u200bAI', /invisible/],
    ['a zero-width joiner', 'Open\u200dAI', /invisible/],
    ['a zero-width non-joiner between Latin letters', 'Open\u200cAI', /invisible/],
    ['a zero-width joiner after an emoji, before a letter', '🚀\u200dAI', /invisible/],
    ['a right-to-left mark', 'OpenAI\u200f', /invisible/],
    ['a byte-order mark inside', 'Open\ufeffAI', /invisible/],
    ['a right-to-left override', 'Open\u202eIA', /bidirectional/],
    ['a control character', 'Open\u0007AI', /control/],
    ['a line break', 'Open\nAI', /one line/],
    ['a Cyrillic letter inside a Latin word', '\u041ceta', /look-alike/],
    ['a Greek letter inside a Latin word', 'Open\u0391I', /look-alike/],
  ])('is refused with %s, saying why', (_what, name, why) => {
    expect(message(person(name))).toMatch(why);
    expect(message(person('Fine Name', [name]))).toMatch(why);
  });

  it.each([
    ['Japanese with a middle dot', 'イーロン・マスク'],
    ['simplified Chinese', '埃隆·马斯克'],
    ['Cyrillic on its own', 'Сбербанк'],
    ['Latin and Cyrillic as separate words', 'Sber Сбербанк'],
    ['Latin with accents', 'Yann Le Cún'],
    ['full-width Latin, as typed', 'ＯｐｅｎＡＩ'],
    ['an emoji sequence joined by zero-width joiners', 'Family 👩\u200d👩\u200d👧 Lab'],
    ['a zero-width non-joiner inside a Persian word', 'می\u200cخواهم'],
  ])('is accepted in %s', (_what, name) => {
    expect(person(name).success).toBe(true);
  });
});

describe('free text', () => {
  it('keeps line breaks and tabs but refuses other controls and bidi overrides', () => {
    expect(Text().parse('First line.\nSecond\tline.')).toBe('First line.\nSecond\tline.');
    expect(Text().safeParse('bad\u0000byte').success).toBe(false);
    expect(Text().safeParse('flip\u2066d').success).toBe(false);
  });
});
