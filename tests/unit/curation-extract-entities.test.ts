// The extractor finds the graph's entities by every name and alias, in any script, width or
// variant, and proposes new names with a kind.
import { EntityIndex } from '../../server/curation/extract/entity-index';
import { findNewNames, prepareDocument } from '../../server/curation/extract/new-entities';
import { knownGraph } from './curation-extract.fixtures';

const index = new EntityIndex(knownGraph().entities);
const refs = (text: string) => index.find(text).map((m) => [m.ref, m.text]);

describe('the index of known entities', () => {
  it('finds a known entity by its Japanese alias inside a sentence, with offsets into the text', () => {
    const text = '昨日、マイクロソフトの発表を受けてアルトマン氏は語った。';
    const mentions = index.find(text);
    expect(mentions.map((m) => [m.ref, m.text])).toEqual([
      ['microsoft', 'マイクロソフト'],
      ['sam-altman', 'アルトマン'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('lets the longest match win, with no overlapping mentions', () => {
    expect(refs('The Open Source Initiative disagreed.')).toEqual([['open-source-initiative', 'Open Source Initiative']]);
    expect(refs('イーロン・マスクとマスク')).toEqual([
      ['elon-musk', 'イーロン・マスク'],
      ['elon-musk', 'マスク'],
    ]);
  });

  it('reads full-width Latin and traditional Chinese as the names they are', () => {
    expect(refs('微軟與ＯｐｅｎＡＩ')).toEqual([
      ['microsoft', '微軟'],
      ['openai', 'ＯｐｅｎＡＩ'],
    ]);
  });

  it('matches a Latin name only as a whole word', () => {
    expect(refs('Openness matters to Nvidia.')).toEqual([['nvidia', 'Nvidia']]);
  });

  it('never indexes claims or documents, whose names are sentences', () => {
    expect(refs('Microsoft')).toEqual([['microsoft', 'Microsoft']]);
  });
});

describe('new names', () => {
  it('proposes a person from a katakana name with a middle dot, and an organisation before 社', () => {
    const found = findNewNames('ジェンスン・フアン氏が率いるエヌビディア', 'ja', []);
    expect(found.map((c) => [c.name, c.kind])).toContainEqual(['ジェンスン・フアン', 'Person']);
    expect(findNewNames('ミストラル社が発表した', 'ja', []).map((c) => [c.name, c.kind])).toEqual([['ミストラル', 'Organization']]);
  });

  it('proposes a model from a name with a version, and a cluster before a cluster word', () => {
    const found = findNewNames('xAI trained Grok 3 on the Colossus supercomputer.', 'en', []);
    expect(found.map((c) => [c.name, c.kind])).toEqual(
      expect.arrayContaining([
        ['Grok 3', 'AIModel'],
        ['Colossus', 'GPUCluster'],
      ]),
    );
  });

  it.each<['ja' | 'zh' | 'en', string]>([
    ['ja', 'マスクは自社の大モデルGrokを紹介し、10万枚のH100を使った。'],
    ['zh', '马斯克介绍了大模型Grok，并使用了10万块H100芯片。'],
    ['en', 'Musk showed the chatbot Grok, trained on 100,000 H100 GPUs.'],
  ])('takes a name after a word for a model as a model, and an accelerator’s part number for no name (%s)', (language, text) => {
    const found = findNewNames(text, language, []).map((c) => [c.name, c.kind]);
    expect(found).toContainEqual(['Grok', 'AIModel']);
    expect(found.map(([name]) => name)).not.toContain('H100');
  });

  it('leaves out what the index already found', () => {
    expect(findNewNames('Mistral AI hired staff', 'en', [{ start: 0, end: 10, kind: 'Organization' }])).toEqual([]);
  });
});

describe('common Japanese words beside a cue', () => {
  const names = (text: string) => {
    prepareDocument([text], 'ja');
    return findNewNames(text, 'ja', []).map((c) => [c.name, c.kind]);
  };

  it.each([
    ['DeepMindのエンジニア、イゴール・バブシュキンを採用した。', 'エンジニア'],
    ['トロント大学の心理学教授ジョーダン・ピーターソンが語った。', '心理学'],
    ['スマートグラスの販売は好調だ。', 'スマート'],
  ])('are no names, where the dictionary reads them as common nouns or a lone family name (%s)', (text, word) => {
    expect(names(text).map(([name]) => name)).not.toContain(word);
  });

  it('still leave the names beside them, and a lone family name with an honorific, or a company word with 社', () => {
    expect(names('トロント大学の心理学教授ジョーダン・ピーターソンが語った。')).toContainEqual(['ジョーダン・ピーターソン', 'Person']);
    expect(names('スマート氏が語った。')).toContainEqual(['スマート', 'Person']);
    expect(names('マイクロソフトはコンステレーション社と契約した。')).toContainEqual(['コンステレーション', 'Organization']);
  });
});
