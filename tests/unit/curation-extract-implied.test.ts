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
