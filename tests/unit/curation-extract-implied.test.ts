// What a sentence leaves to the text before it: the organisation a list of investors acted on, and
// the company `同社` goes on about; and the Japanese names and terms that decide which one that is.
import type { DocumentLanguage } from '../../server/curation/text/language';
import { suggestArticle } from './curation-extract.fixtures';

const facts = (language: DocumentLanguage, ...paragraphs: string[]) =>
  suggestArticle(language, paragraphs).relationships.map((r) => [r.type, r.from, r.to]);
const newNames = (language: DocumentLanguage, ...paragraphs: string[]) =>
  suggestArticle(language, paragraphs)
    .entities.filter((e) => !e.known)
    .map((e) => e.name);

describe('a fact whose sentence names only its actors', () => {
  it.each<[DocumentLanguage, string[]]>([
    ['ja', ['アンソロピックは東京に新しい拠点を開いた。', 'マイクロソフトのほか、エヌビディアなどが出資した。']],
    ['zh', ['Anthropic于2021年成立。', '微软和英伟达也参与了投资。']],
    ['en', ['Anthropic opened an office in Tokyo.', 'Microsoft and Nvidia also invested.']],
  ])('gives every listed investor the organisation the text was about (%s)', (language, paragraphs) => {
    const found = facts(language, ...paragraphs);
    expect(found).toContainEqual(['INVESTED_IN', 'microsoft', 'anthropic']);
    expect(found).toContainEqual(['INVESTED_IN', 'nvidia', 'anthropic']);
  });

  it('leaves alone a verb whose other side the sentence states, a stance, and a signal that only dates its subject', () => {
    const objectStated = facts('ja', 'アンソロピックは東京に拠点を開いた。', 'マイクロソフトはエヌビディアに出資した。');
    expect(objectStated).toContainEqual(['INVESTED_IN', 'microsoft', 'nvidia']);
    expect(objectStated).not.toContainEqual(['INVESTED_IN', 'microsoft', 'anthropic']);
    expect(facts('en', 'Anthropic opened an office in Tokyo.', 'Sam Altman criticised the plan.')).toEqual([]);
    expect(facts('ja', 'アンソロピックは東京に拠点を開いた。', 'マイクロソフトは設立から40年が経つ。')).not.toContainEqual([
      'FOUNDED',
      'microsoft',
      'anthropic',
    ]);
  });
});

describe('those who put money in, named as the topic', () => {
  it.each<[DocumentLanguage, string[]]>([
    ['en', ['Anthropic raised $4 billion in a new round.', 'Investors in the round included Microsoft, Nvidia and Northwind Holdings.']],
    ['zh', ['Anthropic完成了新一轮融资。', '投资方包括微软、英伟达和北风控股。']],
    ['ja', ['アンソロピックは新たに資金を調達した。', '出資者はマイクロソフトとエヌビディアだ。']],
  ])('are each an investor in the organisation the text is about, and not in each other (%s)', (language, paragraphs) => {
    const found = facts(language, ...paragraphs);
    expect(found).toContainEqual(['INVESTED_IN', 'microsoft', 'anthropic']);
    expect(found).toContainEqual(['INVESTED_IN', 'nvidia', 'anthropic']);
    expect(found.filter(([type, from, to]) => type === 'INVESTED_IN' && to !== 'anthropic' && from !== to)).toEqual([]);
  });
});

describe('a list of three or more', () => {
  it('acts together: whatever kinds its items were given, none is the others’ counterpart', () => {
    const found = suggestArticle('en', [
      'Investors in the round included Maria Lopez, Northwind Capital, Southwind Partners and Eastwind Group.',
    ]).relationships;
    expect(found.filter((r) => r.type === 'INVESTED_IN')).toEqual([]);
  });
});

describe('a leading title with no organisation anywhere for its holder', () => {
  it('is held at the organisation the text is about', () => {
    const s = suggestArticle('ja', ['アンソロピックは新しいモデルを発表した。', '山田太郎社長は記者会見で、需要は強いと述べた。']);
    const person = s.entities.find((e) => e.name === '山田太郎')!.ref;
    expect(s.relationships.map((r) => [r.type, r.from, r.to])).toContainEqual(['LEADS', person, 'anthropic']);
  });

  it('is placed nowhere when the text has the person working elsewhere', () => {
    const s = suggestArticle('ja', [
      'アンソロピックは新しいモデルを発表した。',
      '山田太郎氏はマイクロソフトの研究者だ。山田社長は需要は強いと述べた。',
    ]);
    expect(s.relationships.filter((r) => r.type === 'LEADS')).toEqual([]);
  });
});

describe('signals in their inflected and compound forms', () => {
  it('reads a verb’s stem (競い合う) and an owner’s 旗下 before its products', () => {
    const rivals = facts('ja', 'マイクロソフトとアンソロピックは顧客を競い合っている。').filter(([type]) => type === 'COMPETES_WITH');
    expect(rivals.map(([, from, to]) => [from, to].sort())).toEqual([['anthropic', 'microsoft']]);
    const products = suggestArticle('zh', ['微软旗下的Bing和LinkedIn等产品已经接入了新模型。']);
    const names = new Map(products.entities.map((e) => [e.ref, e.name]));
    expect(products.relationships.filter((r) => r.type === 'OFFERS' && r.from === 'microsoft').map((r) => names.get(r.to))).toEqual(
      expect.arrayContaining(['Bing', 'LinkedIn']),
    );
  });
});

describe('the company a Japanese text goes on about', () => {
  it('is its last marked subject, not a company that only qualified a person in between', () => {
    const found = facts(
      'ja',
      'アンソロピックは東京の新興企業だ。',
      '創業者の1人は、マイクロソフトの研究者だった山田太郎氏だ。',
      '同社は資金を調達した。エヌビディアなどが出資した。',
    );
    expect(found).toContainEqual(['INVESTED_IN', 'nvidia', 'anthropic']);
    expect(found).not.toContainEqual(['INVESTED_IN', 'nvidia', 'microsoft']);
  });
});

describe('Japanese names around it', () => {
  it('keeps a company name that mixes scripts before the word that ends it as one name, but not a field’s initials', () => {
    expect(newNames('ja', '三菱UFJ銀行とKDDI総合研究所が協力した。')).toEqual(['三菱UFJ銀行', 'KDDI総合研究所']);
    expect(newNames('ja', 'アンソロピックはAI研究所を開いた。')).not.toContain('AI研究所');
  });

  it('takes a quoted word before a word for a paper or a technique for a term, not an organisation', () => {
    expect(newNames('ja', '山田太郎氏は「Transformer」の論文を書いた。')).not.toContain('Transformer');
    expect(newNames('zh', '该公司提出了“Mamba”架构。')).not.toContain('Mamba');
  });
});
