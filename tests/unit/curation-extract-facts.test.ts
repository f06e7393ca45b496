// The extractor's relationships and claims: typed by the schema's signals, directed by the
// language's grammar, joined only between kinds a type may join, and marked when the graph holds them.
import { suggestFacts } from '../../server/curation/extract';
import { endpointError } from '../../graph-schema';
import { Suggestions } from '../../graph-schema/contract/curation.shapes';
import type { DocumentLanguage } from '../../server/curation/text/language';
import { knownGraph, suggestArticle } from './curation-extract.fixtures';

const suggest = (language: DocumentLanguage, ...texts: string[]) => suggestArticle(language, texts, { publishedOn: '2024-03' });
const facts = (language: DocumentLanguage, text: string) => suggest(language, text).relationships.map((r) => [r.type, r.from, r.to]);

describe('suggested relationships', () => {
  it.each<[DocumentLanguage, string]>([
    ['ja', 'アマゾンはアンソロピックに40億ドルを出資した。'],
    ['zh', '亚马逊向Anthropic投资40亿美元。'],
    ['en', 'Amazon invested $4 billion in Anthropic.'],
  ])('reads a %s sentence as a typed, directed relationship with its amount', (language, text) => {
    const [investment] = suggest(language, text).relationships;
    expect(investment).toMatchObject({
      type: 'INVESTED_IN',
      from: 'amazon',
      to: 'anthropic',
      properties: { amount: 4_000_000_000, currency: 'USD' },
      paragraph: 1,
      known: false,
    });
    expect(text.slice(investment.start)).toContain(investment.evidence);
  });

  it.each<[DocumentLanguage, string]>([
    ['ja', 'アンソロピックはアマゾンから40億ドルの出資を受けた。'],
    ['zh', 'Anthropic获得亚马逊40亿美元投资。'],
    ['en', 'Anthropic raised $4 billion from Amazon.'],
  ])('reverses the direction of a passive %s sentence', (language, text) => {
    expect(facts(language, text)).toContainEqual(['INVESTED_IN', 'amazon', 'anthropic']);
    expect(facts(language, text)).not.toContainEqual(['INVESTED_IN', 'anthropic', 'amazon']);
  });

  it('lets the kinds direct a type whose ends differ: a person leads an organisation whichever comes first', () => {
    expect(facts('en', "OpenAI's CEO Sam Altman spoke.")).toContainEqual(['LEADS', 'sam-altman', 'openai']);
  });

  it('extends a fact to every item listed with its end, and never relates the items of one list to each other', () => {
    const found = facts('zh', '微软、英伟达和亚马逊投资了Anthropic。');
    expect(found).toEqual(
      expect.arrayContaining([
        ['INVESTED_IN', 'microsoft', 'anthropic'],
        ['INVESTED_IN', 'nvidia', 'anthropic'],
        ['INVESTED_IN', 'amazon', 'anthropic'],
      ]),
    );
    expect(found.filter(([, , to]) => to !== 'anthropic')).toEqual([]);
  });

  it('reads an organisation’s possessive before a person as employment', () => {
    expect(facts('ja', 'マイクロソフトの研究者であるアルトマン氏が登壇した。')).toContainEqual(['WORKS_FOR', 'sam-altman', 'microsoft']);
  });

  it.each<[DocumentLanguage, string]>([
    ['ja', 'OpenAIのGPT-4が話題になった。'],
    ['zh', 'OpenAI的大模型GPT-4备受关注。'],
    ['en', "OpenAI's flagship GPT-4 drew attention."],
    ['en', 'OpenAI said its GPT-4 model was ready.'],
  ])('reads an owner’s possessive before a model as the model it developed (%s: %s)', (language, text) => {
    expect(facts(language, text)).toContainEqual(['DEVELOPED', 'openai', 'gpt-4']);
  });

  it.each<[DocumentLanguage, string[]]>([
    ['ja', ['アンソロピックは2021年に設立された。', 'アマゾンは同社に出資した。']],
    ['zh', ['Anthropic成立于2021年。', '亚马逊向该公司投资40亿美元。']],
    ['en', ['Anthropic was founded in 2021.', 'Amazon invested $4 billion in the company.']],
  ])('reads “the company” (%s) as the organisation the text was about, in an earlier paragraph too', (language, texts) => {
    const found = suggest(language, ...texts).relationships.map((r) => [r.type, r.from, r.to]);
    expect(found.filter(([type]) => type === 'INVESTED_IN').map(([, , to]) => to)).toEqual(['anthropic']);
  });

  it('reads “it” before a verb as what its sentence, or the one before, is about, and not as the empty subject of “it is”', () => {
    expect(facts('en', 'Anthropic runs its models on Nvidia chips, and it competes with OpenAI.')).toContainEqual([
      'COMPETES_WITH',
      'anthropic',
      'openai',
    ]);
    expect(facts('en', 'Anthropic was founded in 2021. It raised $4 billion from Amazon.')).toContainEqual([
      'INVESTED_IN',
      'amazon',
      'anthropic',
    ]);
    expect(facts('en', 'Nvidia sells chips to Microsoft. It is expected that OpenAI will compete with Amazon.')).not.toContainEqual([
      'COMPETES_WITH',
      'nvidia',
      'amazon',
    ]);
  });

  it('does not take an organisation that only describes a person as the argument of that person’s verb', () => {
    const found = facts('zh', 'Anthropic由前OpenAI研究员Sam Altman创立。');
    expect(found).toContainEqual(['FOUNDED', 'sam-altman', 'anthropic']);
    expect(found).not.toContainEqual(['FOUNDED', 'sam-altman', 'openai']);
    expect(found).toContainEqual(['WORKS_FOR', 'sam-altman', 'openai']);
  });

  it('gives every person listed after an affiliation the same affiliation', () => {
    const found = facts('ja', 'マイクロソフトの研究者であるアルトマン氏、マスク氏が登壇した。');
    expect(found).toEqual(
      expect.arrayContaining([
        ['WORKS_FOR', 'sam-altman', 'microsoft'],
        ['WORKS_FOR', 'elon-musk', 'microsoft'],
      ]),
    );
  });

  it.each<[DocumentLanguage, string, string]>([
    ['ja', 'マイクロソフトは今年、約10万枚のH100を導入した。', '約10万枚のH100'],
    ['zh', '微软今年采购了约10万块英伟达H100芯片。', '约10万块英伟达H100芯片'],
    ['en', 'This year Microsoft bought 100,000 Nvidia H100 GPUs.', '100,000 Nvidia H100 GPUs'],
  ])('reads a count of accelerators (%s) as a cluster its owner operates and their maker supplies', (language, text, phrase) => {
    const suggestions = suggest(language, text);
    const cluster = suggestions.entities.find((e) => e.kind === 'GPUCluster');
    expect(cluster).toMatchObject({ known: false, name: phrase, mentions: [{ paragraph: 1, text: phrase }] });
    const found = suggestions.relationships.map((r) => [r.type, r.from, r.to]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['OPERATES', 'microsoft', cluster!.ref],
        ['SUPPLIES', 'nvidia', cluster!.ref],
      ]),
    );
    expect(found).not.toContainEqual(['SUPPLIES', 'microsoft', cluster!.ref]);
  });

  it('reads a count of accelerators beside a named cluster as that cluster, and a possessive as its owner', () => {
    const suggestions = suggest('ja', 'マイクロソフトのAIスパコンは1万個のA100を備える。', '同社はGPT-4をこのスパコンで訓練した。');
    const clusters = suggestions.entities.filter((e) => e.kind === 'GPUCluster');
    expect(clusters.map((c) => c.name)).toEqual(['マイクロソフトのAIスパコン']);
    const found = suggestions.relationships.map((r) => [r.type, r.from, r.to]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['OPERATES', 'microsoft', clusters[0].ref],
        ['SUPPLIES', 'nvidia', clusters[0].ref],
        ['TRAINED_ON', 'gpt-4', clusters[0].ref],
      ]),
    );
  });

  it('proposes no cluster from a cluster word that nothing owns or counts', () => {
    expect(suggest('ja', 'スパコンの開発にはマイクロソフトも関わる。').entities.filter((e) => e.kind === 'GPUCluster')).toEqual([]);
  });

  it('reads a petition described by its demand, and the words that refer back to it, as one petition', () => {
    const suggestions = suggest('ja', 'マスク氏らはAI開発の一時停止を求める公開書簡を発表した。この書簡にはアルトマン氏も署名した。');
    const petitions = suggestions.entities.filter((e) => e.kind === 'Petition');
    expect(petitions).toEqual([expect.objectContaining({ name: 'AI開発の一時停止を求める公開書簡', known: false })]);
    expect(petitions[0].mentions.map((m) => m.text)).toEqual(['公開書簡', '書簡']);
    expect(suggestions.relationships.map((r) => [r.type, r.from, r.to])).toContainEqual(['SIGNED', 'sam-altman', petitions[0].ref]);
  });

  it.each<[DocumentLanguage, string, string]>([
    ['zh', '马斯克等人的公开信引发争议。', 'SIGNED'],
    ['ja', 'マスクらの請願は議論を呼んだ。', 'SIGNED'],
    ['en', "Microsoft's petition was rejected.", 'AUTHORED'],
  ])('reads an owner’s possessive before a petition (%s) as its author, or a signer where others are with them', (language, text, type) => {
    const suggestions = suggest(language, text);
    const petition = suggestions.entities.find((e) => e.kind === 'Petition')!;
    expect(suggestions.relationships.map((r) => [r.type, r.from, r.to])).toContainEqual([
      type,
      type === 'AUTHORED' ? 'microsoft' : 'elon-musk',
      petition.ref,
    ]);
  });

  it('links a described petition to the known one whose name its description holds', () => {
    const known = knownGraph();
    known.entities.push({ id: 'pause-letter', kind: 'Petition', name: 'Pause Giant AI Experiments: An Open Letter', aliases: [] });
    const s = suggestFacts(
      { language: 'en', paragraphs: [{ n: 1, text: 'Elon Musk signed an open letter asking for a pause on giant AI experiments.' }] },
      known,
    );
    expect(s.relationships.map((r) => [r.type, r.from, r.to])).toContainEqual(['SIGNED', 'elon-musk', 'pause-letter']);
    expect(s.entities.filter((e) => e.kind === 'Petition').map((e) => e.ref)).toEqual(['pause-letter']);
  });

  it('keeps the names of an English relative clause apart from the main verb, and lets the clause speak of the name it follows', () => {
    const found = facts('en', 'Sam Altman, who left Microsoft, signed an open letter calling for a pause.');
    expect(found.filter(([type]) => type === 'SIGNED').map(([, from]) => from)).toEqual(['sam-altman']);
    expect(facts('en', 'Amazon, which competes with Microsoft, invested in Anthropic.')).toEqual(
      expect.arrayContaining([
        ['COMPETES_WITH', 'amazon', 'microsoft'],
        ['INVESTED_IN', 'amazon', 'anthropic'],
      ]),
    );
  });

  it.each<[DocumentLanguage, string]>([
    ['ja', 'マイクロソフトはアンソロピックのエンジニア、アルトマン氏とマスク氏を採用した。'],
    ['en', "Microsoft hired Anthropic's engineers Sam Altman and Elon Musk."],
  ])('reads hiring an organisation’s people (%s) as hiring from it, and the people as the hirer’s', (language, text) => {
    expect(facts(language, text)).toEqual(
      expect.arrayContaining([
        ['HIRED_FROM', 'microsoft', 'anthropic'],
        ['WORKS_FOR', 'sam-altman', 'microsoft'],
        ['WORKS_FOR', 'elon-musk', 'microsoft'],
      ]),
    );
  });

  it('proposes an organisation whose name ends in AI, found again without it, and a quoted product after a word for one', () => {
    const s = suggest('en', 'Microsoft hired staff from Inflection AI.', 'Inflection had launched the consumer app “Pi” in 2023.');
    const inflection = s.entities.find((e) => e.name === 'Inflection AI');
    expect(inflection).toMatchObject({ kind: 'Organization', mentions: [{ paragraph: 1 }, { paragraph: 2, text: 'Inflection' }] });
    const pi = s.entities.find((e) => e.name === 'Pi');
    expect(pi?.kind).toBe('Product');
    expect(s.relationships.map((r) => [r.type, r.from, r.to])).toContainEqual(['OFFERS', inflection!.ref, pi!.ref]);
  });

  it.each<[DocumentLanguage, string, string]>([
    ['ja', 'マイクロソフトはテキサス州のデータセンターを拡張した。', 'テキサス州のデータセンター'],
    ['zh', '微软扩建了其位于威斯康星州的数据中心。', '威斯康星州的数据中心'],
    ['en', 'Microsoft expanded its data center in Wisconsin.', 'data center in Wisconsin'],
  ])('reads a site described by its place (%s) as a facility the sentence’s organisation operates', (language, text, name) => {
    const s = suggest(language, text);
    const site = s.entities.find((e) => e.kind === 'Facility');
    expect(site?.name).toBe(name);
    expect(s.relationships.map((r) => [r.type, r.from, r.to])).toContainEqual(['OPERATES', 'microsoft', site!.ref]);
  });

  it('proposes no facility from a site word with nothing that makes it one site', () => {
    expect(suggest('ja', '大規模なデータセンターの電力需要が増えている。').entities.filter((e) => e.kind === 'Facility')).toEqual([]);
  });

  it('never suggests a type between kinds it may not join', () => {
    // An investment signal between a person and a model: INVESTED_IN may not end at a model.
    const suggestions = suggest('en', 'Elon Musk invested heavily in GPT-4, Sam Altman said.', 'マスクはGPT-4に出資した。');
    expect(suggestions.relationships.filter((r) => r.type === 'INVESTED_IN')).toEqual([]);
    const kinds = new Map(suggestions.entities.map((e) => [e.ref, e.kind]));
    for (const r of suggestions.relationships) expect(endpointError(r.type, kinds.get(r.from)!, kinds.get(r.to)!)).toBeUndefined();
  });

  it('marks a relationship the graph already holds as known', () => {
    const [investment] = suggest('en', 'Microsoft invested $10 billion in OpenAI.').relationships;
    expect(investment).toMatchObject({ type: 'INVESTED_IN', from: 'microsoft', to: 'openai', known: true });
  });
});

describe('suggested claims', () => {
  it('gives a prediction its due date and the article date as the day it was stated', () => {
    const [claim] = suggest('ja', 'マスク氏は2029年までにAIが人間を超えると予測した。').claims;
    expect(claim).toMatchObject({ by: 'elon-musk', claimKind: 'prediction', dueBy: '2029', statedOn: '2024-03', paragraph: 1 });
  });

  it('names the speaker and what the claim is about', () => {
    const [claim] = suggest('en', '“Microsoft is our closest partner,” Sam Altman said.').claims;
    expect(claim).toMatchObject({ by: 'sam-altman', about: ['microsoft'] });
  });

  it('answers in the contract’s shapes', () => {
    const suggestions = suggest('zh', '马斯克表示，微软是OpenAI的竞争对手。', 'Amazon invested in Anthropic.');
    expect(Suggestions.parse(suggestions)).toEqual(suggestions);
    expect(suggestions.entities.find((e) => e.ref === 'elon-musk')).toMatchObject({
      known: true,
      mentions: [{ paragraph: 1, text: '马斯克' }],
    });
  });
});

describe('rivalry stated as a comparison', () => {
  it.each<[DocumentLanguage, string]>([
    ['ja', 'アンソロピックの性能はOpenAIに匹敵する。'],
    ['zh', 'Anthropic的性能足以媲美OpenAI。'],
    ['en', 'Anthropic is now on par with OpenAI.'],
  ])('reads a %s comparison of performance between two actors as competition', (language, text) => {
    expect(facts(language, text)).toContainEqual(['COMPETES_WITH', 'anthropic', 'openai']);
  });

  it('compares like with like: the person who speaks about a model’s rival is not the rival', () => {
    const found = suggest('ja', 'マスクは新しいモデル「Grok」がGPT-4にはまだ差があることを認めた。').relationships.filter(
      (r) => r.type === 'COMPETES_WITH',
    );
    expect(found.map((r) => [r.from, r.to].sort())).toEqual([['gpt-4', 'new:grok']]);
  });
});

describe('an actor set against a model', () => {
  it.each<[DocumentLanguage, string]>([
    ['ja', 'マスクはOpenAIのGPT-4に対抗する。'],
    ['en', "Musk wants to take on OpenAI's GPT-4."],
  ])('is set against the model’s owner (%s)', (language, text) => {
    const rivals = facts(language, text).filter(([type]) => type === 'COMPETES_WITH');
    expect(rivals.map(([, a, b]) => [a, b].sort())).toEqual([['elon-musk', 'openai']]);
  });
});

describe('accelerators put to use without a count', () => {
  it.each<[DocumentLanguage, string]>([
    ['ja', 'アンソロピックはGPT-4の訓練にNVIDIAのA100 GPUを使用した。'],
    ['zh', 'Anthropic使用英伟达H100芯片训练GPT-4。'],
    ['en', 'Anthropic trained GPT-4 on Nvidia H100 GPUs.'],
  ])('are the compute of their user, which the maker supplies and a model is trained on (%s)', (language, text) => {
    const s = suggest(language, text);
    const cluster = s.entities.find((e) => e.kind === 'GPUCluster');
    expect(cluster).toMatchObject({ known: false });
    const found = s.relationships.map((r) => [r.type, r.from, r.to]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['SUPPLIES', 'nvidia', cluster!.ref],
        ['OPERATES', 'anthropic', cluster!.ref],
        ['TRAINED_ON', 'gpt-4', cluster!.ref],
      ]),
    );
  });

  it.each<[DocumentLanguage, string]>([
    ['ja', 'NVIDIAはH100 GPUを発売した。'],
    ['ja', 'NVIDIA H100 GPU 搭載の新型モジュール。'],
    ['en', 'Nvidia said the H100 is faster than the A100.'],
  ])('are hardware, not a cluster, where nobody uses them (%s: %s)', (language, text) => {
    expect(suggest(language, text).entities.filter((e) => e.kind === 'GPUCluster')).toEqual([]);
  });
});

describe('a list whose items are quoted after their kind words', () => {
  it('shares the fact among its items (「GPT-4」やチャットボット「Claude」)', () => {
    const found = facts('ja', 'アンソロピックは言語モデル「GPT-4」やチャットボット「Claude」を開発している。');
    expect(found).toContainEqual(['DEVELOPED', 'anthropic', 'gpt-4']);
    expect(found).toContainEqual(['DEVELOPED', 'anthropic', 'new:claude']);
  });
});
