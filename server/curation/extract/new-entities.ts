// Names the graph does not hold yet, each with a proposed kind: Latin-script names (capitalised
// sequences, brand spellings such as xAI), katakana runs, kanji names before an honorific, and the
// Chinese names of chinese-names.ts. The kind comes from the cues the languages put around names —
// organisation words (社, 公司, Inc., Labs), person words (氏, さん, 先生, CEO, said), model
// spellings (a name with a version: GPT-4o, Llama 3, DeepSeek-R1) and cluster words (スパコン,
// 集群, supercomputer) — and a name with no cue is only proposed where its script marks it as one.
import { TokenizerBuilder, type Tokenizer } from 'lindera-wasm-nodejs-ipadic';
import { Claim, relationshipTypes, type KindName } from '../../../graph-schema';
import type { DocumentLanguage } from '../text/language';
import { chineseCandidates, chineseTagger, GENERIC_ZH } from './chinese-names';
import { cueKind, type NameCandidate } from './name-cues';

/**
 * A name with a version is a model: GPT-4o, Llama 3.1, Claude 3 Opus, DeepSeek-R1, Qwen2.5, Kimi k1.5,
 * and an edition word before the number (Mistral Large 2, Gemini Pro 1.5).
 */
const MODEL_SHAPE =
  /^[A-Za-z][A-Za-z]*(?:[- ]?(?:\d+(?:\.\d+)*[a-z]?|[A-Za-z]\d+(?:\.\d+)?|\d+(?:x\d+)?[BM]))(?:[- ](?:\d+(?:x\d+)?[A-Za-z]*|[A-Z][a-z]+))?$|^[A-Z][A-Za-z]*(?: (?:Large|Medium|Small|Pro|Ultra|Nano|Flash|Mini|Turbo|Max|Plus|Lite))+[- ]\d+(?:\.\d+)*[BM]?$/;
/** A short quoted term after a word for a kind (モデル「…」, 合资企业“…”, the model "…") is a name of that kind. */
const KIND_NOUNS: { kind: KindName; words: string }[] = [
  { kind: 'AIModel', words: 'モデル|AI|チャットボット|模型|大模型|聊天机器人|model|chatbot' },
  { kind: 'Organization', words: '企業|会社|スタートアップ|公司|企业|合资企业|初创公司|company|venture|startup' },
  { kind: 'GPUCluster', words: 'スパコン|スーパーコンピューター?|クラスター?|集群|超级计算机|supercomputer|cluster' },
  { kind: 'Petition', words: '請願|署名|書簡|请愿|公开信|petition|open letter' },
  { kind: 'Product', words: 'クラウド|サービス|アプリ|プラットフォーム|云服务|云平台|平台|应用|cloud|service|app|platform' },
];
const QUOTED_KIND = KIND_NOUNS.map(({ kind, words }) => ({ kind, before: new RegExp(`(${words})\\s*$`, 'i') }));

export function quotedCandidates(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const m of text.matchAll(/[「『“"]([^」』”"、。，,]{2,40})[」』”"]/g)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const kind = QUOTED_KIND.find((q) => q.before.test(before))?.kind;
    if (kind) out.push({ name: m[1], kind, start: m.index + 1, end: m.index + 1 + m[1].length, cued: true });
  }
  return out;
}

/**
 * A name given with a naming phrase (`GRINっていう…モデル`, `名为Kimi的模型`, `a model called Pixtral`)
 * is a name whatever its shape, of the kind its noun phrase's head says: the last kind word before
 * the phrase ends (が, は or a full stop) in Japanese, the kind word before `called` in English.
 */
const NAMED_JA =
  /([A-Za-z][A-Za-z0-9.-]*|[\u30a1-\u30fa\u30fc・]{2,})(?:っていう|という|と呼ばれる|と名付けられた)、?([^。、「」がは]{0,30})/g;
const NAMED_ZH = /(名为|叫做|称为|命名为)[“"「]?([A-Za-z][A-Za-z0-9.\- ]*[A-Za-z0-9])[”"」]?([^。，、]{0,6})/g;
const NAMED_EN = /\b([a-z-]+(?: [a-z-]+)?) (?:called|named|dubbed) ([A-Z][A-Za-z0-9.-]*?(?: [A-Z0-9][A-Za-z0-9.-]*?)*)(?=[.,;:]?(?:\s|$))/g;
const KIND_WORD = KIND_NOUNS.map(({ kind, words }) => ({ kind, pattern: new RegExp(words, 'gi') }));
function headKind(phrase: string): KindName | undefined {
  const last = KIND_WORD.flatMap(({ kind, pattern }) => [...phrase.matchAll(pattern)].map((m) => ({ kind, at: m.index + m[0].length })));
  return last.sort((a, b) => b.at - a.at)[0]?.kind;
}

function namedCandidates(text: string, language: DocumentLanguage): NameCandidate[] {
  const out: NameCandidate[] = [];
  const push = (name: string, start: number, kind: KindName | undefined) => {
    if (kind) out.push({ name, kind, start, end: start + name.length, cued: true });
  };
  if (language === 'ja') for (const m of text.matchAll(NAMED_JA)) push(m[1], m.index, headKind(m[2]));
  if (language === 'zh') for (const m of text.matchAll(NAMED_ZH)) push(m[2], text.indexOf(m[2], m.index + m[1].length), headKind(m[3]));
  if (language === 'en') for (const m of text.matchAll(NAMED_EN)) push(m[2], m.index + m[0].length - m[2].length, headKind(m[1]));
  return out;
}

/** Words that end an organisation's name in Latin script. */
const ORG_WORD =
  /\b(Inc|Corp|Corporation|Ltd|LLC|Labs?|AI|Technologies|Systems|Group|Holdings?|Capital|Ventures|Partners|Foundation|Institute|University|Bank)\.?$/;
/** Capitalised words that are not names: sentence openers, months, days, common nouns of the field. */
const NOT_NAMES = new Set(
  (
    'The A An In On At By For From With Its It This That These Those He She They We I You Our His Her Their But And Or If As ' +
    'When While After Before Since Under Over About According Also However Meanwhile Today Yesterday Tomorrow Last Next ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday ' +
    'Thursday Friday Saturday Sunday CEO CTO CFO AI GPU GPUs US U.S. EU UK Chinese American European Japanese Silicon Valley ' +
    'Inc Corp Ltd LLC Labs Series Round Billion Million'
  ).split(' '),
);

let lindera: Tokenizer | undefined;
/** Lindera with IPADIC, built on first use (about a second): its proper-noun tags name organisations and people. */
function japaneseTokenizer(): Tokenizer {
  if (!lindera) {
    const builder = new TokenizerBuilder();
    builder.setDictionary('embedded://ipadic');
    lindera = builder.build();
  }
  return lindera;
}

/**
 * Tokens per paragraph of the document being read. Each call into the tokeniser costs far more
 * than its length, so a document is cut in one call and its paragraphs' tokens are kept here.
 */
let cut = new Map<string, JapaneseToken[]>();
function japaneseTokens(text: string): JapaneseToken[] {
  let tokens = cut.get(text);
  if (!tokens) cut.set(text, (tokens = japaneseTokenizer().tokenize(text) as JapaneseToken[]));
  return tokens;
}

/** Cuts a whole Japanese document at once, before its paragraphs are read one by one. */
export function prepareDocument(paragraphs: readonly string[], language: DocumentLanguage): void {
  cut = new Map();
  if (language !== 'ja' || paragraphs.length === 0) return;
  const joined = paragraphs.join('\n');
  const tokens = japaneseTokenizer().tokenize(joined) as JapaneseToken[];
  let offset = 0;
  let paragraph = 0;
  let current: JapaneseToken[] = [];
  let end = paragraphs[0].length;
  for (const token of tokens) {
    const start = joined.indexOf(token.surface, offset);
    if (start < 0) continue;
    offset = start + token.surface.length;
    while (start >= end && paragraph < paragraphs.length - 1) {
      cut.set(paragraphs[paragraph], current);
      current = [];
      paragraph++;
      end += 1 + paragraphs[paragraph].length;
    }
    current.push(token);
  }
  cut.set(paragraphs[paragraph], current);
}

interface JapaneseToken {
  surface: string;
  partOfSpeech: string;
  partOfSpeechSubcategory1?: string;
  partOfSpeechSubcategory2?: string;
  partOfSpeechSubcategory3?: string;
}

/** Every declared signal word per language: a word that signals a fact is not a name. */
const SIGNAL_WORDS: Record<DocumentLanguage, string[]> = Object.fromEntries(
  (['ja', 'zh', 'en'] as const).map((lang) => [
    lang,
    [
      ...relationshipTypes.flatMap((t) => [
        ...t.signals.active[lang],
        ...((t.signals as { passive?: Partial<Record<string, readonly string[]>> }).passive?.[lang] ?? []),
      ]),
      ...Object.values(Claim.signals).flatMap((s) => s[lang]),
    ],
  ]),
) as Record<DocumentLanguage, string[]>;

/** Words that join the items of a list: an item beside a known organisation is most likely one too. */
const COORDINATOR = /^\s*(?:、|,|，|和|与|及|以及|と|や|and|&)\s*$/;

/**
 * A Latin name that is the object of a verb of making (`AlphaFoldも開発した`, `Xを発表`) names what was
 * made, a model in this field's news, not who made it, and so do Latin names listed before など and a
 * word for models (`Stable DiffusionやMidjourneyなどの画像生成モデル`); hardware is told apart by its own words, and an
 * acronym (API, SDK) is as often a term as a name.
 */
const MADE_AFTER: Partial<Record<DocumentLanguage, RegExp>> = {
  ja: /^\s*(?:を|も)(?:開発|発表|公開|リリース)|^(?:\s*[やと、]\s*[A-Za-z][\w .-]*?)*\s*など(?:の|といった)[^\s、。「」]{0,8}モデル/,
};
/**
 * Latin names that are the objects of a verb of running a service (`FacebookやInstagramなどを運営する`),
 * alone or listed, name products: a company runs services, not other companies.
 */
const RUN_AFTER: Partial<Record<DocumentLanguage, RegExp>> = {
  ja: /^(?:\s*[やと、]\s*[A-Za-z][\w.-]*)*\s*(?:など)?を(?:運営|提供)/,
};
/**
 * A Latin name right after a word for a product or service, in the scripts of the page (`智能助手Kimi`,
 * `チャットサービスPi`), names that product; the page's own words after such a word are cut apart by
 * the tokenisers, so only Latin names are read this way.
 */
const PRODUCT_BEFORE: Partial<Record<DocumentLanguage, RegExp>> = {
  ja: /(?:サービス|アプリ|プラットフォーム)\s*$/,
  zh: /(?:(?:产品|应用|助手|服务|平台)|运营着?\s*(?:[A-Za-z][\w.-]*\s*[、和及与]\s*)*)\s*$/,
};
const MODEL_HEAD = /\s(?:Models?|LLM)$/;
const SPEAKS = /^,?\s*(?:said|says|told|wrote|predicted|argued|believes|warned)\b/;
const MODEL_AFTER = /^\s*(?:大?模型|(?:大規模言語)?モデル|models?\b|LLMs?\b)/;

/** Hardware named after its maker's product line (H100 GPUs, H800 チップ) is no entity of the graph. */
const HARDWARE_NAME = /^(?:[A-Z]{1,2}\d{2,3}[A-Z]?|MI\d{3}[A-Z]?)$/;
const HARDWARE_AFTER = /^\s*(?:GPUs?|chips?|accelerators?|チップ|半導体|GPU|芯片|显卡|加速器)/i;

function latinCandidates(text: string, language: DocumentLanguage): NameCandidate[] {
  const out: NameCandidate[] = [];
  // A run of words each starting with a capital or a digit, or a brand spelt with an inner capital;
  // a lower-case letter with a number (`Kimi k1.5`) is a version that continues it.
  const run =
    /(?:(?=\p{Lu})\p{Script=Latin}[\p{Script=Latin}\p{N}.&'-]*|[a-z]+[A-Z][\p{Script=Latin}\p{N}-]*)(?:[ -](?:[\p{Lu}\p{N}][\p{Script=Latin}\p{N}.&-]*|[a-z]\d[\d.]*(?![\p{Script=Latin}])))*/gu;
  for (let m; (m = run.exec(text));) {
    if (/[\p{Script=Latin}\p{N}]/u.test(text[m.index - 1] ?? '')) continue;
    // A possessive ends the name it follows (`SoftBank's Vision Fund`).
    const owner = m[0].search(/['’]s\s/);
    let words = (owner > 0 ? m[0].slice(0, owner) : m[0])
      .replace(/[.'-]+$/, '')
      .replace(/'s$/, '')
      .split(' ');
    let start = m.index;
    // Sentence openers and common words are no part of a name, at its start or its end.
    // A year or a day before a name (`In July 2024 Apple`) is no part of it either.
    while (words.length > 1 && (NOT_NAMES.has(words[0]) || /^\p{N}+$/u.test(words[0]))) {
      start += words[0].length + 1;
      words = words.slice(1);
    }
    // `Inflection AI`, `Stability AI`: a trailing AI ends an organisation's name rather than leaving it.
    // A company word (News Corp, Lumen Labs) ends the name it belongs to.
    while (words.length > 1 && NOT_NAMES.has(words.at(-1)!) && !/^(?:AI|Corp|Labs)$/.test(words.at(-1)!)) words = words.slice(0, -1);
    const name = words.join(' ');
    if (NOT_NAMES.has(name) || name.length < 2 || !/^\p{L}/u.test(name)) continue;
    const end = start + name.length;
    if (HARDWARE_NAME.test(name) || HARDWARE_AFTER.test(text.slice(end, end + 12)) || HARDWARE_AFTER.test(m[0].slice(end - m.index)))
      continue;
    // A Latin name before a word for a model (Codex模型, Llama モデル, the Gemma models) is one; in the
    // scripts of the page a word before it is as often an adjective (开放模型, ベースモデル).
    // A name whose own last word is the word for a model (Apple Foundation Model) names a model; in
    // brackets after a term of the page's own script it only spells that term out (Large Language Model).
    const modelHead = MODEL_HEAD.test(name) && !/[（(]\s*$/.test(text.slice(0, start));
    const cued =
      (modelHead ? 'AIModel' : undefined) ??
      cueKind(text, start, end, language) ??
      (MODEL_AFTER.test(text.slice(end, end + 12)) ||
      (MADE_AFTER[language]?.test(text.slice(end, end + 40)) && !/^\p{Lu}{2,4}s?$/u.test(name))
        ? 'AIModel'
        : PRODUCT_BEFORE[language]?.test(text.slice(Math.max(0, start - 40), start)) || RUN_AFTER[language]?.test(text.slice(end, end + 40))
          ? 'Product'
          : undefined);
    // A word with a capital inside it (SoftBank, DeepMind) is a brand, wherever it stands.
    const initial = language === 'en' && sentenceInitial(text, start) && !/\p{Ll}\p{Lu}/u.test(name);
    // English news names a person in full before it names them alone: a single word that says
    // something (`Apple said`) is an organisation speaking, not a person met for the first time.
    const speaker = language === 'en' && cued === 'Person' && !name.includes(' ') && SPEAKS.test(text.slice(end, end + 12));
    const kind: KindName | undefined = MODEL_SHAPE.test(name)
      ? 'AIModel'
      : speaker
        ? 'Organization'
        : (cued ??
          (ORG_WORD.test(name)
            ? 'Organization'
            : /^\p{Lu}\p{Ll}+ (?:\p{Lu}\.? )?\p{Lu}\p{Ll}+$/u.test(name)
              ? 'Person'
              : initial || (/^\p{Lu}{2,4}s?$/u.test(name) && !actingAcronym(name, text.slice(end), language))
                ? // A lone capitalised word opening a sentence, or an acronym (AGI, LLM), is a term more often than a name.
                  undefined
                : 'Organization'));
    if (kind) out.push({ name, kind, start, end, cued: cued !== undefined || kind === 'AIModel' });
  }
  return out;
}

/**
 * A brand written in lower case (`mistralから`) is still a name where it stands alone between the
 * scripts of Japanese or Chinese, which write their own words in their own scripts.
 */
const LOWER_CASE_NAME =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、，。「」“”])[a-z]{4,}(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;
function lowerCaseCandidates(text: string, language: DocumentLanguage): NameCandidate[] {
  if (language === 'en') return [];
  return [...text.matchAll(LOWER_CASE_NAME)].map((m) => {
    const [start, end] = [m.index, m.index + m[0].length];
    return { name: m[0], kind: cueKind(text, start, end, language) ?? 'Organization', start, end, cued: false };
  });
}

/** Head nouns of names that go on with `of`, `for` or `on` (Center for AI Safety, University of Toronto). */
const INSTITUTION_HEAD =
  /^(?:Center|Centre|Institute|University|College|School|Academy|Society|Association|Council|Committee|Commission|Foundation|Fund|Bank|Department|Ministry|Office|Agency|Bureau|Board|Laboratory|Museum|Alliance|Coalition|Federation|Union|League|Future|Partnership|Forum)$/;
/** Head nouns of the documents people sign (Statement on AI Risk, Letter of …). */
const DOCUMENT_HEAD = /^(?:Statement|Letter|Declaration|Petition|Pledge|Manifesto)$/;

/**
 * English names of institutions and signed documents hold lower-case joining words, which cut
 * the capitalised run in two (`Center` … `Safety`): a run ending in such a head noun is joined to
 * the capitalised words after `of`, `for` or `on`, and the pieces inside are dropped.
 */
function joinedInstitutionNames(candidates: NameCandidate[], text: string): NameCandidate[] {
  const joined: NameCandidate[] = [];
  for (const c of candidates) {
    const head = c.name.split(' ').at(-1)!;
    const document = DOCUMENT_HEAD.test(head);
    if (!document && !INSTITUTION_HEAD.test(head)) continue;
    const rest = /^ (?:of|for|on) (?:the )?(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'-]*)(?: (?:[\p{Lu}\p{N}][\p{L}\p{N}.&'-]*|of|for|on))*/u.exec(
      text.slice(c.end),
    );
    if (!rest) continue;
    // Joining words and a full stop at the end belong to the sentence.
    const tail = rest[0].replace(/(?: (?:of|for|on))+$/, '').replace(/[.'-]+$/, '');
    joined.push({
      name: c.name + tail,
      kind: document ? 'Petition' : 'Organization',
      start: c.start,
      end: c.end + tail.length,
      cued: true,
    });
  }
  return [...joined, ...candidates.filter((c) => !joined.some((j) => j.start <= c.start && c.end <= j.end))];
}

/** Acronyms of the field's terms, never a company's name. */
const TERM_ACRONYMS = new Set(
  'AGI ASI LLM LLMs GPU GPUs CPU TPU NPU API SDK ML NLP RAG IPO CEO CTO CFO COO USD JPY EU US UK UN AR VR XR PC OS IT HBM DRAM EV SNS'.split(
    ' ',
  ),
);
/** An acronym that is the topic or subject of a Japanese or Chinese clause (KDDIは, IBM公司) names who acts. */
function actingAcronym(name: string, after: string, language: DocumentLanguage): boolean {
  if (TERM_ACRONYMS.has(name)) return false;
  return language === 'ja' ? /^(?:社)?(?:は|が|も)/.test(after) : language === 'zh' ? /^(?:公司|集团)/.test(after) : false;
}

function sentenceInitial(text: string, start: number): boolean {
  return /(^|[.!?:;"“”]\s*)$/.test(text.slice(Math.max(0, start - 3), start));
}

function katakanaCandidates(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const run = /[\u30a1-\u30fa\u30fc]{2,}(?:[・＝=][\u30a1-\u30fa\u30fc]+)*/g;
  for (let m; (m = run.exec(text));) {
    const start = m.index;
    const end = start + m[0].length;
    const cued = cueKind(text, start, end, 'ja');
    // A middle dot joins a given name and a family name; otherwise a loanword needs a cue to count.
    const kind = cued ?? (m[0].includes('・') || m[0].includes('＝') ? 'Person' : undefined);
    if (kind) out.push({ name: m[0], kind, start, end, cued: cued !== undefined });
  }
  return out;
}

/**
 * Names IPADIC knows as proper nouns (organisations, people's family and given names, joined), and
 * katakana words it does not know at all where a cue beside them says what they name.
 */
const PERSON_AFTER = /^(?:氏|さん|様|CEO|社長|会長|教授|博士|議員)/;

/**
 * Where the dictionary cuts a paragraph into common nouns only (エンジニア, 心理学): such a span
 * is a word of the language, whatever cue stands beside it, unless a company word or an honorific
 * right after it makes it a name (コンステレーション社).
 */
function commonWords(text: string): (c: { start: number; end: number }) => boolean {
  const runs: { start: number; end: number }[] = [];
  const edges = new Set<number>();
  let offset = 0;
  for (const token of japaneseTokens(text)) {
    const start = text.indexOf(token.surface, offset);
    if (start < 0) continue;
    offset = start + token.surface.length;
    edges.add(start).add(offset);
    const common = token.partOfSpeech === '名詞' && /^(?:一般|サ変接続|形容動詞語幹|接尾)$/.test(token.partOfSpeechSubcategory1 ?? '');
    if (!common) continue;
    const last = runs.at(-1);
    if (last && last.end === start) last.end = offset;
    else runs.push({ start, end: offset });
  }
  return (c) =>
    // A company word, an honorific or a company title right after the span makes it a name (孫正義会長:
    // 正義 alone is a word); a field before 教授 stays a field (心理学教授).
    !/^(?:社|氏|さん|様|社長|会長)/.test(text.slice(c.end, c.end + 2)) &&
    edges.has(c.start) &&
    edges.has(c.end) &&
    runs.some((r) => r.start <= c.start && c.end <= r.end);
}

function japaneseTokenCandidates(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const tokens = japaneseTokens(text);
  let offset = 0;
  let person: { start: number; end: number; lone: boolean } | undefined;
  const flushPerson = () => {
    // A lone family or given name the dictionary knows is as often a word (スマートグラス): only a
    // title or honorific after it (スマート氏) makes it a person.
    const named = person && (!person.lone || PERSON_AFTER.test(text.slice(person.end, person.end + 4)));
    if (person && named && person.end - person.start >= 2)
      out.push({ name: text.slice(person.start, person.end), kind: 'Person', start: person.start, end: person.end, cued: false });
    person = undefined;
  };
  for (const token of tokens) {
    const start = text.indexOf(token.surface, offset);
    if (start < 0) continue;
    const end = start + token.surface.length;
    offset = end;
    const proper = token.partOfSpeech === '名詞' && token.partOfSpeechSubcategory1 === '固有名詞';
    if (proper && token.partOfSpeechSubcategory2 === '人名') {
      const lone = /^[\u30a1-\u30fa\u30fc]+$/.test(token.surface);
      person = person && person.end === start ? { start: person.start, end, lone: false } : (flushPerson(), { start, end, lone });
      continue;
    }
    flushPerson();
    if (proper && token.partOfSpeechSubcategory2 === '組織')
      out.push({ name: token.surface, kind: 'Organization', start, end, cued: false });
    else if (token.partOfSpeech === 'UNK' && /^[\u30a1-\u30fa\u30fc・]{3,}$/.test(token.surface)) {
      // Loanwords the dictionary lacks are as common as names: only a cue makes one a name.
      const cued = cueKind(text, start, end, 'ja');
      if (cued) out.push({ name: token.surface, kind: cued, start, end, cued: true });
    }
  }
  flushPerson();
  return out;
}

/** Words of a sentence as a tokeniser cuts them, for finding list items beside a known name. */
function wordsOf(text: string, language: DocumentLanguage): { word: string; start: number; end: number }[] {
  const words = language === 'zh' ? chineseTagger().cut(text) : language === 'ja' ? japaneseTokens(text).map((t) => t.surface) : [];
  const out: { word: string; start: number; end: number }[] = [];
  let offset = 0;
  for (const word of words) {
    const start = text.indexOf(word, offset);
    if (start < 0) continue;
    offset = start + word.length;
    out.push({ word, start, end: offset });
  }
  return out;
}

/**
 * A word listed beside a person or organisation (`OpenAI、软银和甲骨文`) is taken for one of the same
 * kind: lists join like with like.
 */
function listedCandidates(
  text: string,
  language: DocumentLanguage,
  named: readonly { start: number; end: number; kind: KindName }[],
): NameCandidate[] {
  if (language === 'en') return [];
  const words = wordsOf(text, language);
  const out: NameCandidate[] = [];
  for (const anchor of named) {
    if (anchor.kind !== 'Organization' && anchor.kind !== 'Person' && anchor.kind !== 'AIModel') continue;
    // Walk the list both ways from the anchor: coordinator, item, coordinator, item…
    for (const direction of [1, -1]) {
      let edge = direction > 0 ? anchor.end : anchor.start;
      for (;;) {
        const i = direction > 0 ? words.findIndex((w) => w.start === edge) : words.findIndex((w) => w.end === edge);
        const joiner = words[i];
        const item = words[i + direction];
        // A Chinese list joins its items with 、 or a conjunction; a full-width comma ends a clause (此后，xAI…).
        if (!joiner || !item || !COORDINATOR.test(joiner.word) || (language === 'zh' && joiner.word === '，')) break;
        // In Japanese only katakana items count: a kanji word after と is as often a verb's partner as a list's item.
        // Models are listed by their Latin names (`GPTやGemini`), which an acronym's shape alone would not make names.
        const shape =
          anchor.kind === 'AIModel'
            ? /^[A-Za-z][A-Za-z0-9.-]+$/
            : language === 'ja'
              ? /^[\u30a1-\u30fa\u30fc・]{2,}$/
              : /^\p{Script=Han}{2,}$/u;
        if (!shape.test(item.word) || SIGNAL_WORDS[language].some((w) => item.word.includes(w))) break;
        out.push({ name: item.word, kind: anchor.kind, start: item.start, end: item.end, cued: true });
        edge = direction > 0 ? item.end : item.start;
      }
    }
  }
  return out;
}

/** The last character of an office or a body (取締役, 部長, 委員会), never of a person's name. */
const ROLE_END = /[役長員者官家部課局省庁会社]$/u;

/** Kanji names are only proposed before an honorific or title: nothing else marks where they end. */
function kanjiCandidates(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const run = /(?<![\p{Script=Han}])([\p{Script=Han}]{2,5})(?=氏|さん|先生|社長|会長|教授|博士)/gu;
  for (let m; (m = run.exec(text));) {
    // 同社, 前CEO… refer; 取締役, 委員長… are offices, not the people who hold them.
    if (/^[同両各当本他自前元現]/.test(m[1]) || ROLE_END.test(m[1])) continue;
    out.push({ name: m[1], kind: 'Person', start: m.index, end: m.index + m[1].length, cued: true });
  }
  return out;
}

/** A quoted word followed by a word for a paper or a technique (「Transformer」の論文, “扩散”架构) is a term, not a name. */
const QUOTED_TERM =
  /^[」』”"]\s*(?:の|的|という)?\s*(?:論文|技術|手法|仕組み|概念|理論|アーキテクチャ|アルゴリズム|论文|技术|方法|架构|算法|理论|paper|architecture|technique|method|algorithm)/i;

/** Words that refer to a company instead of naming one (自社, 同社, 该公司): no new entity, whatever they stand for. */
const REFERRING = /^(?:自社|同社|当社|弊社|他社|各社|両社|本社|该公司|本公司|我公司)$/;
/** Words for a kind, which petitions.ts and compute.ts read as descriptions, are no names either. */
const KIND_WORDS = /^(?:公开信|联名信|请愿书?|倡议书|公開書簡|請願書?|嘆願書|書簡|超级计算机|超算|集群|スパコン)$/;

/**
 * Words that end a Japanese organisation's name as part of it (スタンフォード大学, 理化学研究所), unlike
 * 社, which only says a company is meant. Katakana loanwords do the same (コンステレーション・エナジー).
 */
const JA_ORG_TAIL = /^(?:大学院?|研究所|財団|銀行|ホールディングス|グループ)/;
const KATAKANA_ORG_WORD =
  /[・＝](?:エナジー|エネルギー|テクノロジーズ?|ホールディングス|コーポレーション|インダストリーズ|システムズ|キャピタル|ベンチャーズ|パートナーズ|グループ|ラボ|ラボラトリーズ|ネットワークス?|ソリューションズ|インスティテュート)$/;

/**
 * A Japanese company name that mixes scripts before a word that ends such names (三菱UFJ銀行,
 * KDDI総合研究所): one name, where the tokeniser cuts it at every change of script. Only a name with an
 * acronym of three letters or more, or letters after kanji or katakana: a bare kanji run before 銀行 is
 * as often a description (大手銀行), and so is a field's initials before it (AI研究所).
 */
const MIXED_JA_ORG =
  /(?<![\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9])[\p{Script=Han}\p{Script=Katakana}ー・A-Z0-9&]{2,14}?(?:銀行|証券|信託銀行|商事|物産|電機|重工業|製作所|総合研究所|研究所|ホールディングス)(?![\p{Script=Han}\p{Script=Katakana}])/gu;
function mixedJapaneseOrganisations(text: string): NameCandidate[] {
  return [...text.matchAll(MIXED_JA_ORG)]
    .filter((m) => /[A-Z]{3}|[\p{Script=Han}\p{Script=Katakana}ー][A-Z]/u.test(m[0]))
    .map((m) => ({ name: m[0], kind: 'Organization', start: m.index, end: m.index + m[0].length, cued: true }));
}

/** A Japanese organisation's name with the word that ends it, and a dotted katakana name that ends in one. */
function japaneseOrganisation(c: NameCandidate, text: string): NameCandidate {
  if (KATAKANA_ORG_WORD.test(c.name)) return { ...c, kind: 'Organization', cued: true };
  if (c.kind !== 'Organization') return c;
  const tail = JA_ORG_TAIL.exec(text.slice(c.end))?.[0];
  return tail ? { ...c, name: c.name + tail, end: c.end + tail.length } : c;
}

/**
 * A unit described by what it does and the word for a unit (`NVIDIAのAIエージェント部門`, `谷歌的云计算部门`)
 * has no other name: the description is its name. The owner before it is read by relationships.ts.
 */
export const UNIT_NOUN = /(?:部門|事業部|子会社|子公司|部门|事业部)$/;
const DESCRIBED_UNIT: Partial<Record<DocumentLanguage, RegExp>> = {
  ja: /(?<=の)[^\s、。「」『』（）()のをがはにでとも]{1,10}?(?:部門|事業部|子会社)(?![\p{Script=Han}\u30a1-\u30fc])/gu,
  zh: /(?<=的)[^\s，。、“”（）()的在和与]{1,8}?(?:部门|事业部|子公司)/gu,
};
function unitCandidates(text: string, language: DocumentLanguage): NameCandidate[] {
  const pattern = DESCRIBED_UNIT[language];
  return pattern
    ? [...text.matchAll(pattern)].map((m) => ({ name: m[0], kind: 'Organization', start: m.index, end: m.index + m[0].length, cued: true }))
    : [];
}

/** Names in a paragraph the index did not find, with their proposed kinds; never overlapping `taken` spans. */
export function findNewNames(
  text: string,
  language: DocumentLanguage,
  taken: readonly { start: number; end: number; kind: KindName }[],
): NameCandidate[] {
  const found = [
    ...quotedCandidates(text),
    ...namedCandidates(text, language),
    ...unitCandidates(text, language),
    ...joinedInstitutionNames(latinCandidates(text, language), text),
    ...lowerCaseCandidates(text, language),
    ...(language === 'ja'
      ? [
          ...mixedJapaneseOrganisations(text),
          ...[...katakanaCandidates(text), ...kanjiCandidates(text), ...japaneseTokenCandidates(text)].map((c) =>
            japaneseOrganisation(c, text),
          ),
        ]
      : []),
    ...(language === 'zh' ? chineseCandidates(text) : []),
  ].sort((a, b) => Number(b.cued) - Number(a.cued) || b.end - b.start - (a.end - a.start));
  const spans: { start: number; end: number }[] = [...taken];
  const out: NameCandidate[] = [];
  const common = language === 'ja' ? commonWords(text) : () => false;
  const keep = (c: NameCandidate) => {
    if (spans.some((s) => c.start < s.end && s.start < c.end) || REFERRING.test(c.name) || KIND_WORDS.test(c.name)) return;
    if (language === 'zh' && GENERIC_ZH.has(c.name)) return;
    if (QUOTED_TERM.test(text.slice(c.end))) return;
    if (/^[\u30a1-\u30fa\u30fc\p{Script=Han}]+$/u.test(c.name) && common(c)) return;
    spans.push(c);
    out.push(c);
  };
  found.forEach(keep);
  listedCandidates(text, language, [...taken, ...out]).forEach(keep);
  // An investor is an actor even where its name is also a word of the language (アマゾン): the common-word test does not apply.
  if (language === 'ja')
    for (const c of investingLoanwords(text, [...taken, ...out]))
      if (!spans.some((s) => c.start < s.end && s.start < c.end)) {
        spans.push(c);
        out.push(c);
      }
  return out.sort((a, b) => a.start - b.start);
}

const INVESTING_JA = relationshipTypes.find((t) => t.type === 'INVESTED_IN')!.signals.active.ja;
/**
 * A katakana word opening a sentence as its topic (`アマゾンは…`, `アマゾンも…`) whose clause invests in
 * an organisation it names with に (`…アンソロピックに…出資`) is an organisation: only an actor invests.
 */
function investingLoanwords(text: string, named: readonly { start: number; end: number; kind: KindName }[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const m of text.matchAll(/(?<=^|[。\n])([\u30a1-\u30fa\u30fc]{3,})(?=は|も)/g)) {
    const end = m.index + m[1].length;
    const clause = text.slice(end, (text.indexOf('。', end) + 1 || text.length + 1) - 1);
    const target = named.find(
      (n) => n.kind === 'Organization' && n.start > end && n.end <= end + clause.length && /^(?:社)?に/.test(text.slice(n.end)),
    );
    if (target && INVESTING_JA.some((f) => text.slice(target.end, end + clause.length).includes(f)))
      out.push({ name: m[1], kind: 'Organization', start: m.index, end, cued: true });
  }
  return out;
}

/** Words that end a description before a name in Chinese or Japanese (初创公司月之暗面, 新興企業の…). */
const DESCRIPTION_END = /^.*(?:公司|企业|集团|机构|初创|会社|企業|スタートアップ|新興|の|的|是|为|和|与|、|，|。)/u;

/** A name in one script: capitalised Latin words, or a run of kanji, hanzi and katakana. */
const NAME_SHAPE = /^(?:\p{Lu}[\p{Script=Latin}\p{N} .&'-]*|[\p{Script=Han}\p{Script=Katakana}ー・]+)$/u;

/**
 * A name followed by another in parentheses is one entity named twice: `Safe Superintelligence Inc.
 * (SSI)`, `月之暗面（Moonshot AI）`. The candidates come back with each such second name as an alias
 * of the first, and without a candidate of their own.
 */
export function withParenthesisedAliases(
  text: string,
  candidates: readonly NameCandidate[],
): { candidate: NameCandidate; aliases: string[] }[] {
  const aliases = new Map<NameCandidate, string[]>(candidates.map((c) => [c, []]));
  const dropped = new Set<NameCandidate>();
  for (const c of candidates) {
    const after = /^\s*(?:Inc\.?|Corp\.?|Ltd\.?|LLC)?\s*([（(])\s*([^()（）、，,。;；]{2,24}?)\s*[)）]/u.exec(text.slice(c.end));
    // Only a name counts, not a remark in parentheses (Grok(xAIによって開発された)).
    if (after && NAME_SHAPE.test(after[2])) {
      const open = c.end + after[0].indexOf(after[1]);
      const close = c.end + after[0].length;
      aliases.get(c)!.push(after[2]);
      for (const d of candidates) if (d !== c && d.start > open && d.end < close) dropped.add(d);
      continue;
    }
    // A Latin name in parentheses after a name in the page's own script: that name is the alias.
    const before = /([\p{Script=Han}\p{Script=Katakana}ー・]{2,16})[（(]\s*$/u.exec(text.slice(0, c.start));
    if (!before || !/^\s*[)）]/u.test(text.slice(c.end))) continue;
    const name = before[1].replace(DESCRIPTION_END, '');
    if (name.length < 2 || name.length > 10) continue;
    const start = before.index + before[1].length - name.length;
    const named = candidates.find((d) => d.start === start && d.end === start + name.length);
    if (named) {
      aliases.get(named)!.push(c.name);
      dropped.add(c);
    } else aliases.get(c)!.push(name);
  }
  return candidates.filter((c) => !dropped.has(c)).map((candidate) => ({ candidate, aliases: aliases.get(candidate)! }));
}
