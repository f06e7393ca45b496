// Chinese names the graph does not hold yet: words jieba tags as people or organisations, and the
// names Chinese grammar marks around words it does not know (a surname and its given name, items
// before 等…公司, a name after its kind word, a brand ending in AI, the subject of 推出 or 由…创立).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { relationshipTypes, type KindName } from '../../../graph-schema';
import { cueKind, type NameCandidate } from './name-cues';

let jieba: Jieba | undefined;
/** Loaded on first use: the dictionary takes a good half second and only Chinese text needs it. */
export function chineseTagger(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Nouns of the field that stand where a name would (初创公司, 大模型公司) and are never one. */
export const GENERIC_ZH = new Set(
  (
    '初创 模型 大模型 公司 企业 科技 智能 人工智能 平台 技术 产品 用户 市场 行业 芯片 算力 数据 服务 应用 团队 机构 研究 系统 巨头 厂商 创业 ' +
    '硬件 软件 互联网 半导体 游戏 汽车 能源 电商 云计算 通信 安全 金融 投资 咨询 媒体 制造 医疗 教育 机器人 ' +
    '现任 前任 时任 首任 新任 原任 该 本 两家 双方 这家 那家'
  ).split(' '),
);
/** Characters that close a word rather than continue a given name (杨植麟担任: 担 starts the verb). */
const NOT_GIVEN_NAME = /[的了在是和与及也都就而被把将对从向于为等并或称说由自今年月日]/u;

/** The hundred commonest Chinese surnames: jieba tags some of them as other words (张/q). */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);

/**
 * Names jieba does not know come out cut: a surname (杨/nr, 张/q) and then one or two single
 * characters (植/n 麟/ng) or a given name it tags as one (闫/nr 俊杰/nr). Joined, they are the person's name.
 */
function surnameNames(tagged: { word: string; tag: string }[], text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  let offset = 0;
  const placed = tagged.map(({ word, tag }) => {
    const start = text.indexOf(word, offset);
    offset = start < 0 ? offset : start + word.length;
    return { word, tag, start };
  });
  const next = (i: number) => (placed[i] && placed[i].start === placed[i - 1].start + placed[i - 1].word.length ? placed[i] : undefined);
  for (const [i, token] of placed.entries()) {
    // A surname character the tagger reads as a preposition or adverb here (向企业, 于是) is that word.
    const surname = token.tag === 'nr' || (SURNAMES.has(token.word) && !/^[pcdu]/.test(token.tag));
    if (token.start < 0 || !/^\p{Script=Han}$/u.test(token.word) || !surname) continue;
    const given = next(i + 1);
    if (!given || !/^\p{Script=Han}{1,2}$/u.test(given.word) || NOT_GIVEN_NAME.test(given.word)) continue;
    const taggedGiven = given.tag === 'nr';
    // A two-character word after a surname is a given name only where jieba reads it as one (企业 is a word).
    if (given.word.length === 2 && !taggedGiven) continue;
    let name = token.word + given.word;
    const third = given.word.length === 1 ? next(i + 2) : undefined;
    if (third && /^\p{Script=Han}$/u.test(third.word) && !NOT_GIVEN_NAME.test(third.word)) name += third.word;
    // A two-character one needs a cue or jieba's word for the given name; three characters are a name's usual shape.
    const cued = cueKind(text, token.start, token.start + name.length, 'zh');
    if (name.length === 3 || cued === 'Person' || taggedGiven)
      out.push({ name, kind: 'Person', start: token.start, end: token.start + name.length, cued: cued === 'Person' || taggedGiven });
  }
  return out;
}

/** Items listed before 等 and a word for companies (智谱AI、百川智能等大模型公司) are companies. */
function enumeratedOrganisations(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const list =
    /((?:[\p{Script=Han}A-Za-z0-9]{2,10}[、和与及])+[\p{Script=Han}A-Za-z0-9]{2,10})等[^，。；、]{0,6}?(?:公司|企业|机构|厂商|巨头|实验室)/gu;
  for (const m of text.matchAll(list)) {
    let at = m.index;
    for (const item of m[1].split(/([、和与及])/u)) {
      const start = at;
      at += item.length;
      if (item.length < 2 || /^[、和与及]$/u.test(item) || GENERIC_ZH.has(item) || /^[该这其本我此各]/u.test(item)) continue;
      const tags = chineseTagger().tag(item);
      // A single dictionary word of the language (芯片, 服务器) is a thing, not a company.
      if (tags.length === 1 && /^(?:n|vn|v|a)$/.test(tags[0].tag)) continue;
      out.push({ name: item, kind: 'Organization', start, end: start + item.length, cued: true });
    }
  }
  return out;
}

/** A product or model named right after the word for its kind, unquoted (人工智能产品文心一言, 推出了文心大模型4.0). */
function namedAfterKindWord(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const named = /(产品|应用|助手|聊天机器人|大模型|模型)((?:\p{Script=Han}{2,6})(?:\d+(?:\.\d+)*)?)(?=[。，、；！？]|与|和|的|等|$)/gu;
  for (const m of text.matchAll(named)) {
    const name = m[2];
    if (GENERIC_ZH.has(name) || /^[该这其本我此各的了在是和与及向对为将等]/u.test(name)) continue;
    // A clause is no name: a verb, an adverb or an adjective inside the words ends the idea (公司竞争激烈).
    // A name the dictionary lacks comes out as single characters, whatever their tags (智/ng 谱/v 清/t 言/vg).
    if (
      chineseTagger()
        .tag(name)
        .some(({ word, tag }) => word.length > 1 && /^(?:v|vn|vd|a|ad|d|p|c)$/.test(tag))
    )
      continue;
    const start = m.index + m[1].length;
    out.push({ name, kind: /模型$/.test(m[1]) ? 'AIModel' : 'Product', start, end: start + name.length, cued: true });
  }
  return out;
}

/** The kinds a Chinese word for a thing names: items listed before it (`通义千问等产品`) are of that kind. */
const ZH_THING_KIND: { kind: KindName; words: RegExp }[] = [
  { kind: 'AIModel', words: /^(?:大模型|模型|聊天机器人)/ },
  { kind: 'Product', words: /^(?:产品|应用|服务|助手|平台)/ },
];
/**
 * Items listed before 等 and a word for a kind of thing (`阿里巴巴的通义千问等产品`, `A、B等大模型`) are names
 * of that kind; the first item starts after a possessive, a preposition or a clause's edge.
 */
function enumeratedThings(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  // An item is a run of the page's script or a Latin name; the first starts at a clause's edge, after a
  // possessive or a preposition, or, in Latin, wherever the script changes (使用ChatGPT、Claude等).
  const han = '(?:(?![的了在是和与及等])[\\p{Script=Han}0-9]){2,10}';
  const latin = '[A-Za-z][\\w.-]*(?: [A-Z0-9][\\w.-]*)*';
  const first = `(?:(?<=^|[的与和及同跟对比在是，。：；“”「」])${han}|(?<![\\w.-])${latin})`;
  const list = new RegExp(`(${first}(?:[、和与及](?:${han}|${latin}))*)等(?=\\p{Script=Han})`, 'gu');
  for (const m of text.matchAll(list)) {
    const kind = ZH_THING_KIND.find((k) => k.words.test(text.slice(m.index + m[0].length)))?.kind;
    if (!kind) continue;
    let at = m.index;
    for (const item of m[1].split(/([、和与及])/u)) {
      const start = at;
      at += item.length;
      if (item.length < 2 || /^[、和与及]$/u.test(item) || GENERIC_ZH.has(item) || /^[该这其本我此各多]/u.test(item)) continue;
      // A clause is no name (使用大模型): a verb, an adverb or an adjective inside the words ends the idea.
      if (
        chineseTagger()
          .tag(item)
          .some(({ tag }) => /^(?:v|vn|vd|a|ad|d|p|c)$/.test(tag))
      )
        continue;
      out.push({ name: item, kind, start, end: start + item.length, cued: true });
    }
    const owner = productOwner(text, m.index);
    if (owner && kind === 'Product') out.push(owner);
  }
  return out;
}

/**
 * The word before 的 that owns a listed product (`百度的文心一言等产品`) is a company: products are a
 * company's. Only a noun of the dictionary or of the tagger's names counts, alone in its clause.
 */
function productOwner(text: string, itemsStart: number): NameCandidate | undefined {
  const before = /(?<=^|[，。；：、与和及同跟对比在是了])((?:(?![的与和及同跟对比在是了])\p{Script=Han}){2,6})的$/u.exec(
    text.slice(0, itemsStart),
  );
  if (!before || GENERIC_ZH.has(before[1]) || /^[该这其本我此各多]/u.test(before[1])) return undefined;
  const tags = chineseTagger().tag(before[1]);
  if (tags.length !== 1 || !/^(?:n|nz|nt|ns)$/.test(tags[0].tag)) return undefined;
  return { name: before[1], kind: 'Organization', start: before.index, end: before.index + before[1].length, cued: true };
}

/**
 * Words that describe a model rather than name it (开源大模型, 国产大模型, 多模态大模型): the words before
 * 大模型 that say what kind of model, not whose.
 */
const MODEL_DESCRIPTOR = new Set(
  (
    '开源 闭源 国产 通用 语言 视觉 行业 基础 基座 模态 多模态 推理 对话 旗舰 医疗 金融 教育 法律 垂直 原生 视频 图像 文本 语音 中文 英文 ' +
    '数学 代码 编程 科学 专业 混合 专家 思维 深度 生成式 自研 商用 免费 千亿 万亿 端侧 最新 首个 新一代 自家 各家 领先 主流 更多 更大 超大 小型 大型 ' +
    '首款 新款 新版 旧版 轻量 轻量级 全新 专属 自有 超级 最强 更强'
  ).split(' '),
);
/**
 * A Chinese model's name that ends in 大模型 (`文心大模型`, `豆包大模型4.0`), after a possessive, a
 * verb's tense marker or a verb of making: the words before 大模型 name it unless they only describe it.
 */
function modelsNamedWithTheirKind(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const named = /(?<=[的了]|发布|推出|开发|研发|自研|打造|开源|上线)((?:(?![的了在是和与及])\p{Script=Han}){2,4})大模型(\d+(?:\.\d+)*)?/gu;
  for (const m of text.matchAll(named)) {
    const stem = m[1];
    if (GENERIC_ZH.has(stem) || MODEL_DESCRIPTOR.has(stem) || /^[该这其本我此各的了在是和与及向对为将多]/u.test(stem)) continue;
    // A verb, an adverb, a number, a pronoun or a distinguishing word before 大模型 describes the model
    // (使用大模型, 这些大模型, 新版大模型); a name the dictionary lacks comes out as single characters (混/v 元/m).
    if (
      chineseTagger()
        .tag(stem)
        .some(({ word, tag }) => (word.length > 1 ? /^(?:v|vn|vd|a|ad|d|p|c|m|q|r|t|u|b)/ : /^(?:p|c|r|u)/).test(tag))
    )
      continue;
    out.push({ name: m[0], kind: 'AIModel', start: m.index, end: m.index + m[0].length, cued: true });
  }
  return out;
}

/**
 * The subject of a verb of launching or releasing that opens a clause (`字节跳动推出了…`, `，深度求索发布…`)
 * is a company, where the tagger reads it as nouns only: no person (nr), time, adverb or pronoun.
 */
function launchingSubjects(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const subject =
    /(?<=^|[，。；：！？])((?:(?![的了在是和与及将已也都还就又由被把从向对为])\p{Script=Han}){2,6})(?:推出|发布|开发|研发|上线|开源)/gu;
  for (const m of text.matchAll(subject)) {
    const name = m[1];
    if (GENERIC_ZH.has(name) || /^[该这其本我此各多某]/u.test(name)) continue;
    const tags = chineseTagger().tag(name);
    if (tags.some(({ word, tag }) => GENERIC_ZH.has(word) || !/^(?:n|nz|nt|ns|vn|ng|j)$/.test(tag))) continue;
    out.push({ name, kind: 'Organization', start: m.index, end: m.index + name.length, cued: true });
  }
  return out;
}

/** A Chinese brand ending in AI (智谱AI, 百川AI) is a company, wherever a word boundary or a function word precedes it. */
function brandsEndingInAI(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const m of text.matchAll(/(?<=^|[^\p{Script=Han}]|[与和及的是在由被将对向从])(\p{Script=Han}{2,4})AI(?![A-Za-z])/gu))
    if (!GENERIC_ZH.has(m[1]) && !/^[该这其本我此各]/u.test(m[1]))
      out.push({ name: `${m[1]}AI`, kind: 'Organization', start: m.index, end: m.index + m[1].length + 2, cued: true });
  return out;
}

/**
 * What a passive founding names as founded (`字节跳动由张一鸣于2012年创立`) is an organisation, the only
 * kind FOUNDED may point to: the words opening the clause before 由, whatever the tagger cut them into.
 */
const FOUNDED_BY = new RegExp(
  `(?:^|[，。；：])\\s*(\\p{Script=Han}{2,6})由[^，。；]{2,16}?(?:${relationshipTypes.find((t) => t.type === 'FOUNDED')!.signals.active.zh.join('|')})`,
  'gu',
);
function foundedOrganisations(text: string): NameCandidate[] {
  return (
    [...text.matchAll(FOUNDED_BY)]
      // A name with its company word (北风科技公司) is the cues' to read; a word that refers back (这家公司) is none.
      .filter((m) => !GENERIC_ZH.has(m[1]) && !/^(?:该|这|那|其|本)/.test(m[1]) && !/(?:公司|集团|科技|实验室)$/.test(m[1]))
      .map((m) => {
        const start = m.index + m[0].indexOf(m[1]);
        return { name: m[1], kind: 'Organization' as const, start, end: start + m[1].length, cued: true };
      })
  );
}

export function chineseCandidates(text: string): NameCandidate[] {
  const tagged = chineseTagger().tag(text);
  const out: NameCandidate[] = [
    ...foundedOrganisations(text),
    ...surnameNames(tagged, text),
    ...enumeratedOrganisations(text),
    ...brandsEndingInAI(text),
    ...namedAfterKindWord(text),
    ...enumeratedThings(text),
    ...modelsNamedWithTheirKind(text),
    ...launchingSubjects(text),
  ];
  let offset = 0;
  for (const { word, tag } of tagged) {
    const start = text.indexOf(word, offset);
    if (start < 0) continue;
    offset = start + word.length;
    // Verbs, time words, adverbs, conjunctions and prepositions are no names, whatever stands beside them.
    if (!/^\p{Script=Han}{2,}$/u.test(word) || /^[vtdcp]/.test(tag) || GENERIC_ZH.has(word)) continue;
    const end = start + word.length;
    const cued = cueKind(text, start, end, 'zh');
    const tagged: KindName | undefined = tag === 'nr' || tag === 'nrfg' ? 'Person' : tag === 'nt' ? 'Organization' : undefined;
    const kind = cued ?? tagged;
    if (kind) out.push({ name: word, kind, start, end, cued: cued !== undefined });
  }
  return out;
}
