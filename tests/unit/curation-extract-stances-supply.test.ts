// The extractor's stances and supply chains, sentence by sentence: who opposes, supports, signs or
// wrote a petition or a policy, and who supplies, uses, operates or buys power from whom.
import type { KnownGraph } from '../../server/curation/extract';
import type { DocumentLanguage } from '../../server/curation/text/language';
import { namedFacts, suggestArticle } from './curation-extract.fixtures';

const known = (): KnownGraph => ({
  entities: [
    { id: 'elon-musk', kind: 'Person', name: 'Elon Musk', nameJa: 'イーロン・マスク', aliases: ['マスク', '马斯克', 'Musk'] },
    { id: 'sam-altman', kind: 'Person', name: 'Sam Altman', nameJa: 'サム・アルトマン', aliases: ['アルトマン', '奥尔特曼', 'Altman'] },
    { id: 'william-saunders', kind: 'Person', name: 'William Saunders', nameJa: 'ウィリアム・サンダース', aliases: ['サンダース'] },
    { id: 'openai', kind: 'Organization', name: 'OpenAI', aliases: [] },
    { id: 'microsoft', kind: 'Organization', name: 'Microsoft', nameJa: 'マイクロソフト', aliases: ['微软'] },
    { id: 'anthropic', kind: 'Organization', name: 'Anthropic', nameJa: 'アンソロピック', aliases: [] },
    { id: 'aws', kind: 'Organization', name: 'Amazon Web Services', aliases: ['AWS', '亚马逊云'] },
    { id: 'nvidia', kind: 'Organization', name: 'Nvidia', aliases: ['NVIDIA', '英伟达'] },
    { id: 'laion', kind: 'Organization', name: 'LAION', aliases: [] },
    { id: 'stability-ai', kind: 'Organization', name: 'Stability AI', aliases: [] },
    { id: 'xai', kind: 'Organization', name: 'xAI', aliases: [] },
    { id: 'colossus', kind: 'GPUCluster', name: 'Colossus', aliases: [] },
    { id: 'gpt-4', kind: 'AIModel', name: 'GPT-4', aliases: [] },
    { id: 'stable-diffusion', kind: 'AIModel', name: 'Stable Diffusion', aliases: [] },
  ],
  relationships: [],
});

const suggest = (language: DocumentLanguage, ...texts: string[]) =>
  suggestArticle(language, texts, { known: known(), publishedOn: '2024-09' });
const facts = (language: DocumentLanguage, ...texts: string[]) => namedFacts(language, texts, { known: known(), publishedOn: '2024-09' });

describe('stances', () => {
  it.each<[DocumentLanguage, string]>([
    ['ja', 'マスクはアルトマンの主張に反論した。'],
    ['zh', '马斯克反驳了奥尔特曼的说法。'],
    ['en', 'Musk clashed with Altman over the company’s future.'],
  ])('reads a rebuttal or a clash in %s as the speaker opposing the other', (language, text) => {
    expect(facts(language, text)).toContainEqual(['OPPOSES', 'elon-musk', 'sam-altman']);
  });

  it('reads agreeing with a petition as supporting it (ja: 同意)', () => {
    expect(facts('ja', 'アルトマンは、マスクらの請願の精神には同意すると述べた。')).toContainEqual([
      'SUPPORTS',
      'sam-altman',
      'マスクらの請願',
    ]);
  });

  it('reads a petition named after its backers "and others" as signed and supported by them', () => {
    const found = facts('ja', 'アルトマンは、マスクらの請願に同意した。');
    expect(found).toEqual(
      expect.arrayContaining([
        ['SIGNED', 'elon-musk', 'マスクらの請願'],
        ['SUPPORTS', 'elon-musk', 'マスクらの請願'],
      ]),
    );
  });

  it('takes the actor nearest before a petition as its owner, whatever order the names were found in', () => {
    const found = facts('ja', 'ニューヨーク・タイムズとの対談で、アルトマンは、マスクらの請願に同意した。');
    expect(found).toContainEqual(['SIGNED', 'elon-musk', 'マスクらの請願']);
    expect(found.filter(([type]) => type === 'SIGNED')).toHaveLength(1);
  });

  it('reads a petition put out by several people as signed by each of them (ja: …によって…請願書が出された)', () => {
    const found = facts('ja', 'イーロン・マスクやサム・アルトマンなどによって、AI開発の一時停止を求める請願書が出された。');
    expect(found).toEqual(
      expect.arrayContaining([
        ['SIGNED', 'elon-musk', 'AI開発の一時停止を求める請願書'],
        ['SIGNED', 'sam-altman', 'AI開発の一時停止を求める請願書'],
      ]),
    );
    // `引き出されている` holds the same kana, and is no signature.
    expect(facts('ja', 'マスクらの請願を読み、アルトマンはその精神が引き出されていると述べた。')).not.toContainEqual([
      'SIGNED',
      'sam-altman',
      'マスクらの請願',
    ]);
  });

  it('reads a petition started, then written, by people as theirs, and knows it by the title quoted in its description', () => {
    const s = suggest(
      'ja',
      'LAIONは「安全なデジタル未来」のためにAIモデルの公開を求める署名活動を開始した。',
      'マスクとアルトマンによって書かれたこの請願は、公的資金による研究を求めている。',
    );
    const petition = s.entities.find((e) => e.kind === 'Petition')!;
    expect(petition.aliases).toContain('安全なデジタル未来');
    const found = s.relationships.map((r) => [r.type, r.from, r.to]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['AUTHORED', 'laion', petition.ref],
        ['AUTHORED', 'elon-musk', petition.ref],
        ['AUTHORED', 'sam-altman', petition.ref],
      ]),
    );
  });

  it.each<[DocumentLanguage, string, string]>([
    ['ja', 'サンダースはAI業界のより強力な規制を求めた。', 'AI業界のより強力な規制'],
    ['zh', '马斯克呼吁加强人工智能监管。', '加强人工智能监管'],
    ['en', 'Musk called for a moratorium on giant AI experiments.', 'moratorium on giant AI experiments'],
  ])('reads a %s demand for a rule as a new policy its caller supports', (language, text, policy) => {
    const s = suggest(language, text);
    expect(s.entities).toContainEqual(expect.objectContaining({ kind: 'Policy', name: policy, known: false }));
    const found = facts(language, text);
    expect(found).toContainEqual(['SUPPORTS', language === 'ja' ? 'william-saunders' : 'elon-musk', policy]);
    expect(found.filter(([type]) => type === 'AUTHORED')).toEqual([]);
  });

  it('reads a proposal of a rule as authoring it too (en: proposed)', () => {
    expect(facts('en', 'Altman proposed new rules for frontier labs.')).toEqual(
      expect.arrayContaining([
        ['SUPPORTS', 'sam-altman', 'new rules for frontier labs'],
        ['AUTHORED', 'sam-altman', 'new rules for frontier labs'],
      ]),
    );
  });

  it.each<[DocumentLanguage, string, string]>([
    ['ja', 'アルトマンは、マスクを「無責任だ」と評した。', 'OPPOSES'],
    ['zh', '奥尔特曼称马斯克为“危险的对手”。', 'OPPOSES'],
    ['en', 'Altman called Musk misguided.', 'OPPOSES'],
    ['en', 'Altman described Musk as wise.', 'SUPPORTS'],
  ])('reads a verdict put on someone in %s as a stance for or against them', (language, text, type) => {
    expect(facts(language, text)).toContainEqual([type, 'sam-altman', 'elon-musk']);
  });

  it('reads no stance from a neutral label', () => {
    expect(facts('en', 'Altman called Musk yesterday.').filter(([type]) => type === 'OPPOSES' || type === 'SUPPORTS')).toEqual([]);
  });

  it('leaves a demand inside a petition’s description to the petition', () => {
    const s = suggest('ja', 'マスクは、AI規制を求める公開書簡に署名した。');
    expect(s.entities.filter((e) => e.kind === 'Policy')).toEqual([]);
  });
});

describe('compute and supply', () => {
  it('reads accelerators put to use in a relative clause as the user’s (ja: …に使用した25000枚のA100)', () => {
    const found = facts('ja', 'これはOpenAIがGPT-4のトレーニングに使用した25000枚のA100の20倍だ。');
    expect(found).toEqual(
      expect.arrayContaining([
        ['USES', 'openai', '25000枚のA100'],
        ['TRAINED_ON', 'gpt-4', '25000枚のA100'],
        ['SUPPLIES', 'nvidia', '25000枚のA100'],
      ]),
    );
  });

  it('reads rented accelerators as operated by the lessor and used by the renter (en: rented from)', () => {
    const found = facts('en', 'Stability AI trained Stable Diffusion on Nvidia A100 GPUs rented from Amazon Web Services.');
    expect(found).toEqual(
      expect.arrayContaining([
        ['OPERATES', 'aws', 'Nvidia A100 GPUs'],
        ['USES', 'stability-ai', 'Nvidia A100 GPUs'],
        ['TRAINED_ON', 'stable-diffusion', 'Nvidia A100 GPUs'],
      ]),
    );
    expect(found).not.toContainEqual(['OPERATES', 'stability-ai', 'Nvidia A100 GPUs']);
  });

  it('reads a bare cluster word equipped with accelerators as the cluster described before (ja: 「A100」を使ってスパコンを開発)', () => {
    const s = suggest(
      'ja',
      'OpenAIのモデルはMicrosoftのAIスパコンで開発されている。',
      'MicrosoftはNvidiaのGPUプロセッサ「A100」を使ってスパコンを開発した。',
    );
    const clusters = s.entities.filter((e) => e.kind === 'GPUCluster');
    expect(clusters.map((c) => c.name)).toEqual(['MicrosoftのAIスパコン']);
    expect(s.relationships).toContainEqual(
      expect.objectContaining({ type: 'SUPPLIES', from: 'nvidia', to: clusters[0].ref, paragraph: 2 }),
    );
  });

  it.each<[DocumentLanguage, string]>([
    ['zh', 'xAI将把Colossus扩大到100万块GPU。'],
    ['zh', '2024年，xAI在孟菲斯建成了Colossus。'],
    ['en', 'xAI switched on Colossus in September 2024.'],
  ])('reads building, switching on or expanding a cluster as operating it (%s)', (language, text) => {
    expect(facts(language, text)).toContainEqual(['OPERATES', 'xai', 'colossus']);
  });

  it('never reads a cluster’s maker as its operator (en: Nvidia’s chief said building Colossus…)', () => {
    const found = facts(
      'en',
      'Nvidia supplied the 100,000 H100 GPUs that power Colossus. Jensen Huang of Nvidia said that building Colossus took 122 days.',
    );
    expect(found).toContainEqual(['SUPPLIES', 'nvidia', 'colossus']);
    expect(found).not.toContainEqual(['OPERATES', 'nvidia', 'colossus']);
  });

  it.each<[DocumentLanguage, string]>([
    ['en', 'xAI trains and serves its models on Colossus.'],
    ['ja', 'xAIはColossusで次のモデルを訓練する。'],
    ['zh', 'xAI在Colossus上训练新模型。'],
  ])('reads an organisation training models on a platform as using it (%s)', (language, text) => {
    expect(facts(language, text)).toContainEqual(['USES', 'xai', 'colossus']);
  });

  it('reads a model trained on a cluster as trained on it, not also as using it', () => {
    const found = facts('ja', 'Grok-2は約15000枚のH100を使用してトレーニングされた。');
    expect(found).toContainEqual(['TRAINED_ON', 'Grok-2', '約15000枚のH100']);
    expect(found.filter(([type]) => type === 'USES')).toEqual([]);
  });

  it('reads no use of a model by its own developer, which DEVELOPED already says', () => {
    const found = facts('ja', 'OpenAIはGPT-4を開発し、GPT-4を利用している。');
    expect(found).toContainEqual(['DEVELOPED', 'openai', 'gpt-4']);
    expect(found).not.toContainEqual(['USES', 'openai', 'gpt-4']);
  });

  it('reads 主導 as an investment only where a round is led (ja)', () => {
    expect(facts('ja', 'マイクロソフトはOpenAIの資金調達ラウンドを主導した。')).toContainEqual(['INVESTED_IN', 'microsoft', 'openai']);
    expect(facts('ja', 'マスク主導の請願にOpenAIは反対した。').filter(([type]) => type === 'INVESTED_IN')).toEqual([]);
  });

  it.each<[DocumentLanguage, string]>([
    ['ja', 'アンソロピックはAWSを主要なクラウドとして利用している。'],
    ['zh', 'Anthropic使用亚马逊云。'],
    ['en', 'Anthropic relies on Amazon Web Services for its cloud.'],
  ])('reads an organisation using another’s services as supplied by it (%s)', (language, text) => {
    expect(facts(language, text)).toContainEqual(['SUPPLIES', 'aws', 'anthropic']);
  });

  it.each<[DocumentLanguage, string, string, string]>([
    ['ja', 'マイクロソフトはスリーマイル島原子力発電所から電力を購入する。', 'スリーマイル島原子力発電所', 'スリーマイル島'],
    ['zh', '微软将从三里岛核电站购买电力。', '三里岛核电站', '三里岛'],
    ['en', 'Microsoft will buy power from the Three Mile Island nuclear plant.', 'Three Mile Island nuclear plant', 'Three Mile Island'],
  ])('reads a power plant named by its place as a site, known by the place alone later (%s)', (language, text, plant, place) => {
    const s = suggest(
      language,
      text,
      { ja: `${place}の再稼働`, zh: `${place}将于2028年重新启动。`, en: `${place} shut down in 2019.` }[language],
    );
    const site = s.entities.find((e) => e.kind === 'Facility')!;
    expect(site).toMatchObject({ name: plant, known: false });
    expect(site.aliases).toContain(place);
    expect(site.mentions.map((m) => m.paragraph)).toEqual([1, 2]);
    expect(facts(language, text)).toContainEqual(['BUYS_POWER_FROM', 'microsoft', plant]);
  });
});
