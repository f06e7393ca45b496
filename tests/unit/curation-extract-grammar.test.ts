// The extractor read against one graph for many articles: the graph's name index is built once per
// graph snapshot and every article still finds the names of the graph it is read against.
import { suggestFacts } from '../../server/curation/extract';
import { familyFacts } from '../../server/curation/extract/model-families';
import type { DocumentLanguage } from '../../server/curation/text/language';
import { knownGraph } from './curation-extract.fixtures';

const read = (text: string, known = knownGraph()) =>
  suggestFacts({ language: 'en', paragraphs: [{ n: 1, text }] }, known)
    .entities.filter((e) => e.known)
    .map((e) => e.id);

describe('the name index of a graph', () => {
  it('serves every article read against the same graph', () => {
    const known = knownGraph();
    expect(read('Amazon invested in Anthropic.', known)).toEqual(['amazon', 'anthropic']);
    expect(read('Anthropic and Amazon met.', known)).toEqual(['anthropic', 'amazon']);
  });

  it('is built afresh for another snapshot of the graph, so a name added since is found', () => {
    const before = knownGraph();
    expect(read('Zephyrine Labs invested in Anthropic.', before)).toEqual(['anthropic']);
    const after = knownGraph();
    after.entities.push({ id: 'zephyrine', kind: 'Organization', name: 'Zephyrine Labs', aliases: [] });
    expect(read('Zephyrine Labs invested in Anthropic.', after)).toEqual(['zephyrine', 'anthropic']);
  });
});

const facts = (language: 'ja' | 'zh' | 'en', text: string) =>
  suggestFacts({ language, paragraphs: [{ n: 1, text }] }, knownGraph()).relationships.map((r) => [r.type, r.from, r.to]);

describe('grammar that joins an entity to a fact', () => {
  it.each<['ja' | 'zh' | 'en', string]>([
    ['ja', 'オープンAIは対話モデル「GPT-4」を開発した。'],
    ['zh', 'OpenAI开发了模型“GPT-4”。'],
    ['en', 'OpenAI developed the model "GPT-4".'],
  ])('reads a quote holding only a name (%s) as the name, not as speech', (language, text) => {
    expect(facts(language, text)).toContainEqual(['DEVELOPED', 'openai', 'gpt-4']);
  });

  it('still keeps a speaker outside a quote apart from the names inside it', () => {
    expect(facts('en', 'Sam Altman said: "Microsoft invested heavily."')).not.toContainEqual(['INVESTED_IN', 'sam-altman', 'microsoft']);
  });

  it.each<['ja' | 'zh' | 'en', string]>([
    ['en', 'Elon Musk left the board of OpenAI, which he had co-founded in 2015.'],
    ['zh', '马斯克离开了董事会。他创立了OpenAI。'],
    ['ja', 'マスク氏は取締役を辞めた。彼はOpenAIを設立した。'],
  ])('reads a personal pronoun (%s) as the person named last before it', (language, text) => {
    expect(facts(language, text)).toContainEqual(['FOUNDED', 'elon-musk', 'openai']);
  });

  it('reads no pronoun inside a word (其他, 他们)', () => {
    expect(facts('zh', '马斯克表示，其他公司投资了OpenAI。')).not.toContainEqual(['INVESTED_IN', 'elon-musk', 'openai']);
  });

  it('never joins a name to its gloss in brackets', () => {
    expect(facts('zh', '亚马逊（Anthropic）投资了OpenAI。')).not.toContainEqual(['INVESTED_IN', 'amazon', 'anthropic']);
  });

  it('takes an owner before the thing it owns for a qualifier where the thing can be the argument', () => {
    const found = facts('zh', 'GPT-4的主要对手是微软的模型Phi 3。');
    expect(found).toContainEqual(['COMPETES_WITH', 'gpt-4', 'new:phi-3']);
    expect(found).not.toContainEqual(['COMPETES_WITH', 'gpt-4', 'microsoft']);
  });

  it.each<['ja' | 'zh' | 'en', string, string[]]>([
    ['ja', 'アンソロピックは2021年に設立された。2024年には新モデルを公開し、GPT-4と競合した。', ['COMPETES_WITH', 'anthropic', 'gpt-4']],
    ['zh', 'Anthropic成立于2021年。今年推出的新模型与GPT-4竞争。', ['COMPETES_WITH', 'anthropic', 'gpt-4']],
  ])('lets a sentence that names no actor go on about the paragraph’s last subject (%s)', (language, text, fact) => {
    expect(facts(language, text)).toContainEqual(fact);
  });

  it('carries the topic into a Japanese sentence whose names are none of them its subject, and keeps a company’s name as written', () => {
    const s = suggestFacts(
      {
        language: 'ja',
        paragraphs: [{ n: 1, text: 'マイクロソフトが原子力に注目した。最近、コンステレーション社と電力購入契約を結んだ。' }],
      },
      knownGraph(),
    );
    const constellation = s.entities.find((e) => e.name === 'コンステレーション');
    expect(constellation?.aliases).toContain('コンステレーション社');
    expect(s.relationships.map((r) => [r.type, r.from, r.to])).toContainEqual(['BUYS_POWER_FROM', 'microsoft', constellation!.ref]);
  });

  it('carries no subject into a sentence that names an actor of its own', () => {
    expect(facts('ja', 'アンソロピックは2021年に設立された。マイクロソフトはGPT-4を公開した。')).not.toContainEqual([
      'DEVELOPED',
      'anthropic',
      'gpt-4',
    ]);
  });

  it.each<['ja' | 'zh', string]>([
    ['ja', 'マスク氏はマイクロソフトの子会社であるAI研究所アンソロピックを訪れた。'],
    ['zh', '马斯克访问了微软的子公司Anthropic。'],
  ])('reads the name a signal’s noun belongs to as its complement and the name set beside it as the subject (%s)', (language, text) => {
    const found = facts(language, text);
    expect(found).toContainEqual(['SUBSIDIARY_OF', 'anthropic', 'microsoft']);
    expect(found.filter(([type]) => type === 'SUBSIDIARY_OF')).toHaveLength(1);
  });

  it('reads a title between an organisation and a person only as that person’s role there', () => {
    const found = facts('ja', 'マイクロソフトやOpenAIと競うアマゾンのアルトマンCEOが語った。');
    expect(found).toContainEqual(['LEADS', 'sam-altman', 'amazon']);
    expect(found).not.toContainEqual(['LEADS', 'sam-altman', 'openai']);
  });

  it.each<['ja' | 'zh' | 'en', string]>([
    ['zh', 'OpenAI的Codex模型很受欢迎。'],
    ['ja', 'OpenAIのCodexモデルが話題だ。'],
    ['en', 'The Codex model of OpenAI is popular.'],
  ])('takes a Latin name before a word for a model as a model (%s)', (language, text) => {
    const s = suggestFacts({ language, paragraphs: [{ n: 1, text }] }, knownGraph());
    expect(s.entities.find((e) => e.name === 'Codex')?.kind).toBe('AIModel');
  });

  it.each<['ja' | 'zh', string[]]>([
    ['ja', ['マイクロソフトのAIスパコンが完成した。', 'OpenAIはGPT-4をスパコンで訓練した。']],
    ['zh', ['微软的超级计算机已经完工。', 'OpenAI使用超级计算机训练了GPT-4。']],
  ])('reads a bare cluster word, once a cluster is described, as that cluster (%s)', (language, texts) => {
    const s = suggestFacts({ language, paragraphs: texts.map((text, i) => ({ n: i + 1, text })) }, knownGraph());
    const cluster = s.entities.find((e) => e.kind === 'GPUCluster')!;
    expect(s.relationships.map((r) => [r.type, r.from, r.to])).toContainEqual(['TRAINED_ON', 'gpt-4', cluster.ref]);
  });

  it('reads を使って as use', () => {
    expect(facts('ja', 'OpenAIはマイクロソフトのAIスパコンを使って開発を進める。')).toContainEqual([
      'USES',
      'openai',
      expect.stringMatching(/^new:gpucluster/),
    ]);
  });

  it('takes no Chinese verb, time word or clause-opening word for a name', () => {
    const s = suggestFacts({ language: 'zh', paragraphs: [{ n: 1, text: '此后，OpenAI一直使用超级计算机训练模型。' }] }, knownGraph());
    expect(s.entities.filter((e) => !e.known).map((e) => e.name)).toEqual([]);
  });

  it('proposes no new organisation from a word that refers to one (自社)', () => {
    const s = suggestFacts({ language: 'ja', paragraphs: [{ n: 1, text: 'マスク氏は自社の大モデルGrokを紹介した。' }] }, knownGraph());
    expect(s.entities.map((e) => e.name)).not.toContain('自社');
  });

  it('reads the fact a bracket itself states, with its agent marked by によって', () => {
    expect(facts('ja', 'マスクは対話モデルGrok(オープンAIによって開発された)を紹介した。')).toContainEqual([
      'DEVELOPED',
      'openai',
      'new:grok',
    ]);
  });
});

describe('the families and generations that model names state', () => {
  const models = (...names: string[]) => familyFacts(names.map((name) => ({ ref: name, names: [name] })));

  it('reads a name that is another plus a version, size or edition as a version of it', () => {
    expect(models('Grok', 'Grok-2', 'Qwen 2.5', 'Qwen 2.5 72B', 'o1', 'o1-mini')).toEqual(
      expect.arrayContaining([
        { type: 'VERSION_OF', from: 'Grok-2', to: 'Grok' },
        { type: 'VERSION_OF', from: 'Qwen 2.5 72B', to: 'Qwen 2.5' },
        { type: 'VERSION_OF', from: 'o1-mini', to: 'o1' },
      ]),
    );
  });

  it('reads the higher number of one family as the successor of the next lower one named', () => {
    const facts = models('Grok-1.5', 'Grok-2', 'Grok-3');
    expect(facts).toContainEqual({ type: 'SUCCEEDS', from: 'Grok-3', to: 'Grok-2' });
    expect(facts).toContainEqual({ type: 'SUCCEEDS', from: 'Grok-2', to: 'Grok-1.5' });
    expect(facts).not.toContainEqual({ type: 'SUCCEEDS', from: 'Grok-3', to: 'Grok-1.5' });
  });

  it('gives the versions of a family the family’s developer, from the article or from the graph', () => {
    const read = (text: string) =>
      suggestFacts({ language: 'zh', paragraphs: [{ n: 1, text }] }, knownGraph()).relationships.map((r) => [r.type, r.from, r.to]);
    const found = read('OpenAI发布了模型Orion。半年后Orion 2问世。');
    expect(found).toEqual(
      expect.arrayContaining([
        ['DEVELOPED', 'openai', 'new:orion'],
        ['VERSION_OF', 'new:orion-2', 'new:orion'],
        ['DEVELOPED', 'openai', 'new:orion-2'],
      ]),
    );
    expect(read('Orion 2问世，模型Orion仍在使用。').filter(([type]) => type === 'DEVELOPED')).toEqual([]);
  });

  it('reads a further number after a numbered name as a later release, and a size as a version', () => {
    const facts = models('Claude 3', 'Claude 3.5 Sonnet', 'Qwen 2.5', 'Qwen 2.5 72B');
    expect(facts).toContainEqual({ type: 'SUCCEEDS', from: 'Claude 3.5 Sonnet', to: 'Claude 3' });
    expect(facts).not.toContainEqual({ type: 'VERSION_OF', from: 'Claude 3.5 Sonnet', to: 'Claude 3' });
    expect(facts).toContainEqual({ type: 'VERSION_OF', from: 'Qwen 2.5 72B', to: 'Qwen 2.5' });
  });

  it('pairs no models of different families or a name that merely starts like another', () => {
    expect(models('Llama 3', 'Claude 3', 'Gemini', 'Geminus')).toEqual([]);
  });

  it('suggests them from an article, with the sentence that names both', () => {
    const s = suggestFacts(
      { language: 'en', paragraphs: [{ n: 1, text: 'OpenAI released GPT-4 in 2023. Its successor GPT-5 followed.' }] },
      knownGraph(),
    );
    expect(s.relationships).toContainEqual(
      expect.objectContaining({ type: 'SUCCEEDS', to: 'gpt-4', evidence: 'Its successor GPT-5 followed.' }),
    );
  });

  it.each<[DocumentLanguage, string, string]>([
    ['en', 'Microsoft now offers GPT-4 Turbo to its customers.', 'GPT-4 Turbo'],
    ['en', 'OpenAI released GPT-4o in May.', 'GPT-4o'],
    ['ja', 'OpenAIはGPT-4 Visionを公開した。', 'GPT-4 Vision'],
    ['zh', 'OpenAI推出了GPT-4o模型。', 'GPT-4o'],
  ])('reads a known model’s name with an edition or release after it as a new model (%s: %s)', (language, text, name) => {
    const s = suggestFacts({ language, paragraphs: [{ n: 1, text }] }, knownGraph());
    expect(s.entities.find((e) => e.name === name)).toMatchObject({ kind: 'AIModel', known: false });
    expect(s.entities.find((e) => e.ref === 'gpt-4')).toBeUndefined();
  });

  it('makes such a model a version of the known one where the article names both', () => {
    const s = suggestFacts(
      { language: 'en', paragraphs: [{ n: 1, text: 'OpenAI released GPT-4 in 2023 and GPT-4 Turbo later that year.' }] },
      knownGraph(),
    );
    expect(s.relationships).toContainEqual(expect.objectContaining({ type: 'VERSION_OF', from: 'new:gpt-4-turbo', to: 'gpt-4' }));
  });

  it('keeps a known model’s name where what follows is not part of a name (GPT-4 in 2023, GPT-4の10倍)', () => {
    for (const [language, text] of [
      ['en', 'OpenAI released GPT-4 in 2023.'],
      ['ja', 'GPT-4の10倍の計算量。'],
      ['en', 'GPT-4 1.8 trillion parameters.'],
    ] as const)
      expect(suggestFacts({ language, paragraphs: [{ n: 1, text }] }, knownGraph()).entities.map((e) => e.ref)).toContain('gpt-4');
  });
});

describe('a title between a person and an organisation', () => {
  it.each<['ja' | 'zh' | 'en', string]>([
    ['ja', 'オープンAI CEOのサム・アルトマン氏が登壇した。'],
    ['zh', 'OpenAI首席执行官奥尔特曼登台演讲。'],
    ['en', 'Sam Altman, the CEO of OpenAI, spoke first.'],
    ['en', "OpenAI's chief executive Sam Altman spoke first."],
  ])('reads employment and leadership from a leader’s title (%s)', (language, text) => {
    expect(facts(language, text)).toContainEqual(['WORKS_FOR', 'sam-altman', 'openai']);
    expect(facts(language, text)).toContainEqual(['LEADS', 'sam-altman', 'openai']);
  });

  it('reads only employment from a title that is not a leader’s', () => {
    const found = facts('ja', 'エヌビディアの上級研究員のジム・ファンさんが語った。');
    expect(found).toContainEqual(['WORKS_FOR', expect.any(String), 'nvidia']);
    expect(found.map(([type]) => type)).not.toContain('LEADS');
  });

  it('reads no employment from a list that sets a person beside an organisation', () => {
    expect(facts('zh', 'OpenAI和奥尔特曼都很有名。').map(([type]) => type)).not.toContain('WORKS_FOR');
  });
});

describe('the Japanese topic', () => {
  it('is the subject of the main verb across the clauses before it', () => {
    const found = facts('ja', 'アンソロピックはマスク氏らが2021年に設立した企業で、モデル「GPT-4」を開発している。');
    expect(found).toContainEqual(['DEVELOPED', 'anthropic', 'gpt-4']);
    expect(found).not.toContainEqual(['DEVELOPED', 'elon-musk', 'gpt-4']);
  });
});

describe('a Japanese topic that reports a clause with its own subject', () => {
  const read = (text: string) =>
    suggestFacts({ language: 'ja', paragraphs: [{ n: 1, text }] }, knownGraph()).relationships.map((r) => [r.type, r.from, r.to]);

  it('is the speaker, not an end of the reported facts', () => {
    expect(read('マスクは、GPT-4が1ヶ月前にトレーニングを完了したことを明らかにした。')).toEqual([]);
    const found = read('マスクは、OpenAIがGPT-4を開発したと述べた。');
    expect(found).toContainEqual(['DEVELOPED', 'openai', 'gpt-4']);
    expect(found.filter(([, from]) => from === 'elon-musk')).toEqual([]);
  });

  it('still acts where the reported clause has no subject of its own, or nothing is reported', () => {
    expect(read('アンソロピックはGPT-4を開発したと述べた。')).toContainEqual(['DEVELOPED', 'anthropic', 'gpt-4']);
    expect(read('アマゾンは、アンソロピックが開発を進める中で40億ドルを出資した。')).toContainEqual(['INVESTED_IN', 'amazon', 'anthropic']);
  });
});
