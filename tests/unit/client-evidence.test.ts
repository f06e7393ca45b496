// What a citation can show of its document: the cited paragraph's text where the project stores it
// (documents ingested through the API), nothing where it does not (the seed articles), and the
// document's title in the reader's language where it has one; a table's headings are worded when
// drawn (the e2e languages test sees them follow the language).
import { paragraphText, storesText } from '../../client/graph/evidence';
import { CATALOGUES } from '../../client/i18n/i18n';
import { sourceTitle } from '../../client/ui/citations';
import { heading } from '../../client/tables/table-model';
import { investmentSpec } from '../../client/tables/funding-rows';
import { entity } from './client.fixtures';

const ingested = entity('doc-kestrel', 'Source', { title: 'Kestrel raises money', language: 'en', paragraphs: ['one', 'two'] });
const seed = entity('src-004', 'Source', {
  title: 'マイクロソフトがOpenAIと提携',
  titleEn: 'Microsoft partners with OpenAI',
  language: 'ja',
});

describe('a cited paragraph', () => {
  it('is quoted from a document whose text the project stores, and from no other', () => {
    expect(storesText(ingested)).toBe(true);
    expect(paragraphText(ingested, 2)).toBe('two');
    expect(paragraphText(ingested, 3)).toBeUndefined();
    expect(storesText(seed)).toBe(false);
    expect(paragraphText(seed, 1)).toBeUndefined();
    expect(storesText(entity('doc-empty', 'Source', { paragraphs: [] }))).toBe(false);
  });
});

describe("a document's title", () => {
  it('is its own for a reader of its language and the English one for the others, else its id', () => {
    expect(sourceTitle(seed, seed.id, 'ja')).toBe('マイクロソフトがOpenAIと提携');
    expect(sourceTitle(seed, seed.id, 'en')).toBe('Microsoft partners with OpenAI');
    expect(sourceTitle(seed, seed.id, 'zh')).toBe('Microsoft partners with OpenAI');
    expect(sourceTitle(ingested, ingested.id, 'zh')).toBe('Kestrel raises money');
    expect(sourceTitle(undefined, 'src-999', 'en')).toBe('src-999');
  });
});

describe('table headings', () => {
  it('are worded from the catalogue when drawn, or given as they are', () => {
    const investor = investmentSpec.columns.find((c) => c.key === 'investor')!;
    expect(typeof investor.title).toBe('function');
    expect(heading(investor)).toBe(CATALOGUES.en.colInvestor);
    expect(heading({ title: 'Name' })).toBe('Name');
  });
});
