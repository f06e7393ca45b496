// The extractor on people and the organisations they belong to: who works for, leads, founded,
// invested in or signed what, read from appositions, titles, lists and the names people are
// later called by. Each case is a sentence written for the test and the fact it states.
import type { DocumentLanguage } from '../../server/curation/text/language';
import { namedFacts, suggestArticle } from './curation-extract.fixtures';

const suggest = (language: DocumentLanguage, texts: string[]) => suggestArticle(language, texts, { publishedOn: '2024-09' });

const facts = (language: DocumentLanguage, texts: string[]) => namedFacts(language, texts, { publishedOn: '2024-09' });

describe('appositions that name a person’s post', () => {
  it('reads `Name, the director of the Organisation` as employment and leadership', () => {
    expect(facts('en', ['The talk was given by Maria Lopez, the director of the Open Source Initiative.'])).toEqual(
      expect.arrayContaining([
        ['WORKS_FOR', 'Maria Lopez', 'open-source-initiative'],
        ['LEADS', 'Maria Lopez', 'open-source-initiative'],
      ]),
    );
  });
});

describe('forms that carry their own agent marker', () => {
  it('reads `X, owned by Y` as X belonging to Y, not the reverse', () => {
    const found = facts('en', ['Northwind Labs, owned by Microsoft, opened an office in Paris.']);
    expect(found).toContainEqual(['SUBSIDIARY_OF', 'Northwind Labs', 'microsoft']);
    expect(found).not.toContainEqual(['SUBSIDIARY_OF', 'microsoft', 'Northwind Labs']);
  });
});

describe('people named later by their family name alone', () => {
  it('takes a kanji family name with an honorific for the person named in full before it', () => {
    const s = suggest('ja', ['田中一郎氏はアンソロピックの研究者だった。田中氏は同社の最高経営責任者（CEO）を務める。']);
    const people = s.entities.filter((e) => e.kind === 'Person').map((e) => e.name);
    expect(people).toEqual(['田中一郎']);
    const name = (ref: string) => s.entities.find((e) => e.ref === ref && !e.known)?.name ?? ref;
    expect(s.relationships.map((r) => [r.type, name(r.from), name(r.to)])).toContainEqual(['LEADS', '田中一郎', 'anthropic']);
  });
});

describe('`the company` in a sentence whose subject has a relative clause', () => {
  it('refers past an organisation named inside the clause to the one the text is about', () => {
    const found = facts('en', [
      'Northwind Labs was founded in 2021 by Lena Park.',
      'Park, who had been an engineer at Microsoft, is the company’s chief executive.',
    ]);
    expect(found).toContainEqual(['LEADS', 'Lena Park', 'Northwind Labs']);
    expect(found).not.toContainEqual(['LEADS', 'Lena Park', 'microsoft']);
  });

  it('reads `the start-up` as the company the text is about, not one a relative clause named', () => {
    const found = facts('en', [
      'Northwind Labs makes tools for chemists.',
      'Its founder, who once worked at Microsoft, says demand is strong.',
      'In March the start-up raised $20 million from Nvidia.',
    ]);
    expect(found).toContainEqual(['INVESTED_IN', 'nvidia', 'Northwind Labs']);
    expect(found).not.toContainEqual(['INVESTED_IN', 'nvidia', 'microsoft']);
  });
});

describe('a pronoun that opens a paragraph', () => {
  it('stands for the person the paragraph before was about', () => {
    const found = facts('en', ['Maria Lopez left Microsoft in March.', 'In May she founded Northwind Labs.']);
    expect(found).toContainEqual(['FOUNDED', 'Maria Lopez', 'Northwind Labs']);
  });
});

describe('companions of a founder, an author or a signatory', () => {
  it.each<[DocumentLanguage, string, string, string, string]>([
    ['en', 'Maria Lopez founded Northwind Labs with Daniel Gross in 2023.', 'Maria Lopez', 'Daniel Gross', 'Northwind Labs'],
    ['ja', '田中一郎氏は2020年、鈴木花子氏とともにノースウィンド社を設立した。', '田中一郎', '鈴木花子', 'ノースウィンド'],
    ['zh', '2015年，王小明与张大伟共同创立了北风科技公司。', '王小明', '张大伟', '北风'],
  ])('gives the companion the founder’s part (%s)', (language, text, founder, companion, company) => {
    expect(facts(language, [text])).toEqual(
      expect.arrayContaining([
        ['FOUNDED', founder, company],
        ['FOUNDED', companion, company],
      ]),
    );
  });

  it('reads every companion joined across a relative clause, after an abbreviation that ends no sentence', () => {
    const found = facts('en', [
      'Maria Lopez founded Northwind Labs Inc. (NWL) with Daniel Gross, who had run a lab at Apple, and Tom Baker, a former Google engineer.',
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['FOUNDED', 'Maria Lopez', 'Northwind Labs'],
        ['FOUNDED', 'Daniel Gross', 'Northwind Labs'],
        ['FOUNDED', 'Tom Baker', 'Northwind Labs'],
      ]),
    );
    expect(found.filter(([type, from]) => type === 'FOUNDED' && from === 'Apple')).toEqual([]);
  });

  it('gives no part to an owner named after `with` (`with Nvidia’s help`)', () => {
    const found = facts('en', ['Microsoft founded Northwind Labs with Nvidia’s help in 2023.']);
    expect(found).toContainEqual(['FOUNDED', 'microsoft', 'Northwind Labs']);
    expect(found).not.toContainEqual(['FOUNDED', 'nvidia', 'Northwind Labs']);
  });

  it('gives no part to a companion of a fact that is not shared (`invested with`)', () => {
    const found = facts('en', ['Microsoft invested in Northwind Labs with Nvidia watching closely.']);
    expect(found).not.toContainEqual(['INVESTED_IN', 'nvidia', 'Northwind Labs']);
  });
});

describe('a post named as the topic, held by the people named after it', () => {
  it.each<[DocumentLanguage, string[], string, string, string]>([
    ['ja', ['ノースウィンド社は東京のAI企業だ。', '代表取締役CEOは田中一郎氏が務めている。'], 'LEADS', '田中一郎', 'ノースウィンド'],
    ['zh', ['北风科技公司成立于2015年。', '现任首席执行官是王小明。'], 'LEADS', '王小明', '北风'],
    [
      'en',
      ['Northwind Labs makes tools for chemists.', 'The co-founders were Maria Lopez and Daniel Gross.'],
      'FOUNDED',
      'Daniel Gross',
      'Northwind Labs',
    ],
  ])('places the post at the organisation the text is about (%s)', (language, texts, type, person, organisation) => {
    expect(facts(language, texts)).toContainEqual([type, person, organisation]);
  });

  it('gives each listed founder the post, not the organisation that only qualifies one of them', () => {
    const found = facts('ja', [
      'ノースウィンド社は東京のAI企業だ。',
      '共同創業者は、マイクロソフトの技術者だった田中一郎氏と鈴木花子氏の2人だ。社長は田中氏が務める。',
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['FOUNDED', '田中一郎', 'ノースウィンド'],
        ['FOUNDED', '鈴木花子', 'ノースウィンド'],
        ['LEADS', '田中一郎', 'ノースウィンド'],
      ]),
    );
    expect(found).not.toContainEqual(['LEADS', '田中一郎', 'microsoft']);
    expect(found).not.toContainEqual(['FOUNDED', '田中一郎', 'microsoft']);
  });

  it('reads nothing from a topic that is no post of leading or founding', () => {
    const found = facts('ja', ['ノースウィンド社は東京のAI企業だ。', '研究者は田中一郎氏だ。']);
    expect(found.filter(([, from]) => from === '田中一郎')).toEqual([]);
  });
});

describe('`it` as what is signed', () => {
  it('stands for the petition described before, and each signatory listed after it signed it', () => {
    const s = suggest('en', [
      'In March the Open Source Initiative published an open letter calling for open model weights.',
      'Dozens of engineers signed it, among them Maria Lopez and Daniel Gross.',
    ]);
    const petition = s.entities.find((e) => e.kind === 'Petition');
    const name = (ref: string) => s.entities.find((e) => e.ref === ref && !e.known)?.name ?? ref;
    const signed = s.relationships.filter((r) => r.type === 'SIGNED' && r.to === petition?.ref).map((r) => name(r.from));
    expect(signed).toEqual(expect.arrayContaining(['Maria Lopez', 'Daniel Gross']));
  });

  it('is no petition where none was described before', () => {
    const s = suggest('en', ['Maria Lopez signed it on Monday.']);
    expect(s.entities.filter((e) => e.kind === 'Petition')).toEqual([]);
  });
});

describe('names listed after a colon that elaborate a plural subject', () => {
  const letter = 'In March the Open Source Initiative published an open letter calling for open model weights.';

  it('gives each person the post named before the colon, at the organisation named with them', () => {
    const found = facts('en', ['The heads of three labs spoke: Maria Lopez of Northwind Labs and Tom Baker of Microsoft.']);
    expect(found).toEqual(
      expect.arrayContaining([
        ['LEADS', 'Maria Lopez', 'Northwind Labs'],
        ['LEADS', 'Tom Baker', 'microsoft'],
        ['WORKS_FOR', 'Tom Baker', 'microsoft'],
      ]),
    );
  });

  it('reads the people listed after a signing verb as signatories of the petition described before', () => {
    const s = suggest('en', [
      letter,
      'The heads of three labs added their names as well: Maria Lopez of Northwind Labs and Tom Baker of Microsoft.',
    ]);
    const petition = s.entities.find((e) => e.kind === 'Petition')?.ref;
    const name = (ref: string) => s.entities.find((e) => e.ref === ref && !e.known)?.name ?? ref;
    const signed = s.relationships.filter((r) => r.type === 'SIGNED' && r.to === petition).map((r) => name(r.from));
    expect(signed.sort()).toEqual(['Maria Lopez', 'Tom Baker']);
  });

  it('reads no signature where the signing verb has a named subject or no petition was described', () => {
    const named = suggest('en', [letter, 'Microsoft signed a supply deal: Nvidia and Maria Lopez were there.']);
    expect(named.relationships.filter((r) => r.type === 'SIGNED' && r.from !== 'microsoft')).toEqual([]);
    const deal = suggest('en', [letter, 'Both sides signed a supply deal: Nvidia and Maria Lopez will work together.']);
    expect(deal.relationships.filter((r) => r.type === 'SIGNED')).toEqual([]);
    const none = suggest('en', ['Hundreds of people signed up: Maria Lopez and Tom Baker among them.']);
    expect(none.relationships.filter((r) => r.type === 'SIGNED')).toEqual([]);
  });
});

describe('employment stated by joining, leaving or working as', () => {
  it.each([
    ['Maria Lopez left Microsoft in 2021 to start a company of her own.', 'microsoft'],
    ['Maria Lopez, who had worked as a data scientist at Nvidia, now teaches.', 'nvidia'],
    ['Maria Lopez will join Anthropic next month.', 'anthropic'],
  ])('reads `%s` as employment', (text, organisation) => {
    expect(facts('en', [text])).toContainEqual(['WORKS_FOR', 'Maria Lopez', organisation]);
  });
});

describe('a post said of a person with a copula', () => {
  it.each([
    [
      ['Northwind Labs makes tools for chemists.', 'Maria Lopez is the company’s chief executive and Tom Baker its president.'],
      'Northwind Labs',
    ],
    [['Maria Lopez became Anthropic’s chief scientist in 2022.'], 'anthropic'],
    [['Maria Lopez was the chief executive of Nvidia until 2020.'], 'nvidia'],
  ])('reads %j as leading the organisation', (texts, organisation) => {
    expect(facts('en', texts)).toContainEqual(['LEADS', 'Maria Lopez', organisation]);
  });

  it('reads no post from a copula whose words name none', () => {
    const found = facts('en', ['Maria Lopez is the reason for Nvidia’s success.']);
    expect(found.filter(([type]) => type === 'LEADS' || type === 'FOUNDED')).toEqual([]);
  });
});

describe('a word that stands for two organisations named before', () => {
  it.each<[DocumentLanguage, string[]]>([
    ['ja', ['マイクロソフトとエヌビディアは提携を発表した。', '両社は合弁会社「ノースウィンド・ジャパン」を設立した。']],
    ['zh', ['微软和英伟达宣布合作。两家公司创立了合资企业“北风日本”。']],
    ['en', ['Microsoft and Nvidia announced a partnership in May.', 'The two companies founded Northwind Labs, a joint venture, in June.']],
  ])('gives each of the two the fact (%s)', (language, texts) => {
    const found = facts(language, texts).filter(([type]) => type === 'FOUNDED');
    expect(found.map(([, from]) => from).sort()).toEqual(['microsoft', 'nvidia']);
  });

  it('never sets one of the two against the other named apart in the same sentence', () => {
    const found = facts('ja', [
      'マイクロソフトはアンソロピックに出資した。両社は既に提携しており、マイクロソフトは2023年にも出資している。',
    ]);
    expect(found).toContainEqual(['INVESTED_IN', 'microsoft', 'anthropic']);
    expect(found).not.toContainEqual(['INVESTED_IN', 'anthropic', 'microsoft']);
  });
});

describe('a leading title with no organisation in its sentence', () => {
  it.each<[DocumentLanguage, string[], string, string]>([
    ['ja', ['アンソロピックは田中一郎氏が設立した企業だ。', '田中CEOは「楽しみだ」と述べた。'], '田中一郎', 'anthropic'],
    ['zh', ['北风科技公司由王小明创立。', '首席执行官王小明表示，需求强劲。'], '王小明', '北风'],
    [
      'en',
      ['Maria Lopez founded Northwind Labs in 2021.', 'Demand is strong, CEO Maria Lopez said on Monday.'],
      'Maria Lopez',
      'Northwind Labs',
    ],
  ])('is held at the organisation the article says the person founded (%s)', (language, texts, person, organisation) => {
    expect(facts(language, texts)).toContainEqual(['LEADS', person, organisation]);
  });

  it('is placed nowhere when the article ties the person to two organisations', () => {
    const found = facts('ja', ['田中一郎氏はノースウィンド社とアンソロピックを設立した。', '田中CEOは「楽しみだ」と述べた。']);
    expect(found.filter(([type]) => type === 'LEADS')).toEqual([]);
  });
});

describe('a Japanese topic who serves in a post at an organisation (`AはXのCEOを務める`)', () => {
  it('reads employment and the post’s own type, past an earlier organisation the sentence names', () => {
    const found = facts('ja', ['田中一郎氏は2020年にノースウィンド社を設立し、2023年からはマイクロソフトのCEOを務めている。']);
    expect(found).toEqual(
      expect.arrayContaining([
        ['WORKS_FOR', '田中一郎', 'microsoft'],
        ['LEADS', '田中一郎', 'microsoft'],
      ]),
    );
    expect(found).not.toContainEqual(['LEADS', '田中一郎', 'ノースウィンド']);
  });

  it('reads a post that signals employment only as employment', () => {
    const found = facts('ja', ['田中一郎氏はその後、アンソロピックの研究者となった。']);
    expect(found).toContainEqual(['WORKS_FOR', '田中一郎', 'anthropic']);
    expect(found.filter(([type]) => type === 'LEADS' || type === 'FOUNDED')).toEqual([]);
  });

  it('reads nothing where the words after the organisation name no post', () => {
    const found = facts('ja', ['田中一郎氏はアンソロピックの製品を気に入っている。']);
    expect(found.filter(([type]) => type === 'WORKS_FOR' || type === 'LEADS')).toEqual([]);
  });
});

describe('leading another’s fundraising', () => {
  it('reads the leader as investing in the company raising, past a relative clause that names it', () => {
    const found = facts('ja', ['ノースウィンド社は5月、アンソロピックが実施する資金調達を主導すると発表した。']);
    expect(found).toContainEqual(['INVESTED_IN', 'ノースウィンド', 'anthropic']);
    expect(found).not.toContainEqual(['INVESTED_IN', 'anthropic', 'ノースウィンド']);
  });

  it('still leaves a speaker out of the facts of a clause with its own subject', () => {
    const found = facts('ja', ['マイクロソフトは、アンソロピックがノースウィンド社に出資したことを明らかにした。']);
    expect(found).toContainEqual(['INVESTED_IN', 'anthropic', 'ノースウィンド']);
    expect(found.filter(([, from]) => from === 'microsoft')).toEqual([]);
  });
});

describe('an English clause joined after the verb', () => {
  it('keeps its own subject out of the verb before it', () => {
    const found = facts('en', ['Maria Lopez left Northwind Labs in 2024 to join Anthropic, and Tom Baker became its chief executive.']);
    expect(found).toContainEqual(['WORKS_FOR', 'Maria Lopez', 'anthropic']);
    expect(found).not.toContainEqual(['WORKS_FOR', 'Tom Baker', 'anthropic']);
  });
});

describe('a noun that introduced an organisation, used again alone', () => {
  it.each<[DocumentLanguage, string[], string, string]>([
    ['ja', ['マイクロソフトは新会社Northwind Labsを設立した。新会社の社長には田中一郎氏が就任した。'], '田中一郎', 'Northwind Labs'],
    ['zh', ['微软和英伟达成立了合资公司北风科技公司。', '合资公司的首席执行官是王小明。'], '王小明', '北风'],
    [
      'en',
      ['In May Microsoft created the new company Northwind Labs.', 'Maria Lopez was named CEO of the new company in June.'],
      'Maria Lopez',
      'Northwind Labs',
    ],
  ])('stands for the organisation it introduced (%s)', (language, texts, person, organisation) => {
    const found = facts(language, texts);
    expect(found).toContainEqual(['LEADS', person, organisation]);
    expect(found).not.toContainEqual(['LEADS', person, 'microsoft']);
  });
});

describe('a brand opening a sentence with its possessive', () => {
  it('is a name, ended by its possessive, and the actor of the sentence', () => {
    const s = suggest('en', ['Northwind Labs makes tools for chemists.', 'SoftBank’s growth fund later invested in the company.']);
    expect(s.entities.filter((e) => !e.known).map((e) => e.name)).toContain('SoftBank');
    expect(
      facts('en', ['Northwind Labs makes tools for chemists.', 'SoftBank’s growth fund later invested in the company.']),
    ).toContainEqual(['INVESTED_IN', 'SoftBank', 'Northwind Labs']);
  });

  it('leaves a plain capitalised word opening a sentence alone', () => {
    const s = suggest('en', ['Investors later put money in Northwind Labs.']);
    expect(s.entities.filter((e) => !e.known).map((e) => e.name)).toEqual(['Northwind Labs']);
  });
});

describe('what a Chinese passive founding names as founded', () => {
  it('is an organisation, founded by the person after 由, and the post after it is held there', () => {
    const s = suggest('zh', ['星河动力由王小明于2015年创办，现任首席执行官是张大伟。']);
    expect(s.entities.filter((e) => !e.known).map((e) => [e.name, e.kind])).toContainEqual(['星河动力', 'Organization']);
    expect(facts('zh', ['星河动力由王小明于2015年创办，现任首席执行官是张大伟。'])).toEqual(
      expect.arrayContaining([
        ['FOUNDED', '王小明', '星河动力'],
        ['LEADS', '张大伟', '星河动力'],
      ]),
    );
  });

  it('is no name where the clause opens with a word that refers back', () => {
    const s = suggest('zh', ['微软发布了新模型。这家公司由比尔·盖茨创立。']);
    expect(s.entities.filter((e) => !e.known && e.kind === 'Organization')).toEqual([]);
  });
});

describe('a Japanese topic that is also a word of the language', () => {
  it('is an organisation where its clause invests in one', () => {
    const s = suggest('ja', ['アップルは5月、アンソロピックに10億ドルを出資した。']);
    expect(s.entities.filter((e) => !e.known).map((e) => [e.name, e.kind])).toContainEqual(['アップル', 'Organization']);
    expect(facts('ja', ['アップルは5月、アンソロピックに10億ドルを出資した。'])).toContainEqual(['INVESTED_IN', 'アップル', 'anthropic']);
  });

  it('stays a word where its clause invests in nobody named', () => {
    const s = suggest('ja', ['エネルギーは重要だとアンソロピックは述べた。', 'ロボットは投資の対象だ。']);
    expect(s.entities.filter((e) => !e.known)).toEqual([]);
  });
});

describe('who published a petition', () => {
  it('is its author, past an apposition describing them', () => {
    const found = facts('en', [
      'In May the Open Source Initiative, a nonprofit based in San Diego, published an open letter calling for open model weights.',
    ]);
    expect(found).toContainEqual(['AUTHORED', 'open-source-initiative', 'open letter calling for open model weights']);
    expect(found.filter(([type, from]) => type === 'AUTHORED' && from !== 'open-source-initiative')).toEqual([]);
  });

  it('is not the organisation that only says whose employees published it', () => {
    const found = facts('en', ['In June current and former Microsoft employees published an open letter calling for a right to warn.']);
    expect(found.filter(([type]) => type === 'AUTHORED')).toEqual([]);
  });
});
