// Names the graph does not hold yet, each with a proposed kind: Latin-script names (capitalised
// sequences, brand spellings such as xAI), katakana runs, Chinese names tagged by jieba, and kanji
// names before an honorific. The kind comes from the cues the languages put around names —
// organisation words (社, 公司, Inc., Labs), person words (氏, さん, 先生, CEO, said), model
// spellings (a name with a version: GPT-4o, Llama 3, DeepSeek-R1) and cluster words (スパコン,
// 集群, supercomputer) — and a name with no cue is only proposed where its script marks it as one.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { KindName } from '../../../graph-schema';
import type { DocumentLanguage } from '../text/language';

export interface NameCandidate {
  name: string;
  kind: KindName;
  start: number;
  end: number;
  /** How sure the kind is: a cue beside the name, or only its shape. */
  cued: boolean;
}

/** The words around a name that tell its kind, per language. Suffix cues follow the name, prefix cues precede it. */
const CUES: Record<DocumentLanguage, { kind: KindName; after?: RegExp; before?: RegExp }[]> = {
  ja: [
    { kind: 'Person', after: /^\s*(氏|さん|先生|博士|教授|社長|会長|CEO|最高経営責任者|らは|は語|は述|が語|が述)/ },
    { kind: 'Person', before: /(CEO|最高経営責任者|社長|会長|創業者|研究者|教授|博士|のトップ)(の|である|、)?\s*$/ },
    { kind: 'Organization', after: /^\s*(社|グループ|研究所|ラボ|財団|大学|銀行|ファンド|ホールディングス|Inc|Labs|Corp)/ },
    { kind: 'Organization', before: /(米|中国|仏|英|独|日本の|新興|スタートアップの?|企業の?)\s*$/ },
    { kind: 'GPUCluster', after: /^\s*(スパコン|スーパーコンピュータ|クラスタ|クラスター)/ },
  ],
  zh: [
    { kind: 'Person', after: /^\s*(先生|女士|博士|教授|表示|称|说|指出|认为|透露)/ },
    { kind: 'Person', before: /(首席执行官|CEO|创始人|董事长|总裁|科学家|教授)\s*$/ },
    { kind: 'Organization', after: /^\s*(公司|集团|科技|实验室|研究院|基金|资本|大学|银行|Inc|Labs)/ },
    { kind: 'GPUCluster', after: /^\s*(超级计算机|超算|集群|算力中心)/ },
  ],
  en: [
    { kind: 'Person', after: /^,?\s*(said|says|told|wrote|predicted|argued|believes|warned|who\b)/ },
    { kind: 'Person', before: /\b(CEO|chief executive|founder|co-founder|chairman|president|scientist|researcher|Mr\.?|Ms\.?|Dr\.?)\s*$/i },
    {
      kind: 'Organization',
      after: /^\s*(Inc\b|Corp\b|Ltd\b|LLC\b|Labs?\b|Technologies\b|Group\b|Capital\b|Ventures\b|Partners\b|Foundation\b)/,
    },
    { kind: 'GPUCluster', after: /^\s*(supercomputer|cluster|data cent(er|re))/i },
  ],
};

/** A name with a version is a model: GPT-4o, Llama 3.1, Claude 3 Opus, DeepSeek-R1, Qwen2.5. */
const MODEL_SHAPE = /^[A-Za-z][A-Za-z]*(?:[- ]?(?:\d+(?:\.\d+)*[a-z]?|[A-Z]\d+(?:\.\d+)?))(?:[- ](?:\d+[A-Za-z]*|[A-Z][a-z]+))?$/;
/** Words that end an organisation's name in Latin script. */
const ORG_WORD =
  /\b(Inc|Corp|Corporation|Ltd|LLC|Labs?|AI|Technologies|Systems|Group|Capital|Ventures|Partners|Foundation|Institute|University|Bank)\.?$/;
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

let jieba: Jieba | undefined;
/** Loaded on first use: the dictionary takes a good half second and only Chinese text needs it. */
function chineseTagger(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

function cueKind(text: string, start: number, end: number, language: DocumentLanguage): KindName | undefined {
  const after = text.slice(end, end + 16);
  const before = text.slice(Math.max(0, start - 16), start);
  for (const cue of CUES[language]) {
    if (cue.after && cue.after.test(after)) return cue.kind;
    if (cue.before && cue.before.test(before)) return cue.kind;
  }
  return undefined;
}

function latinCandidates(text: string, language: DocumentLanguage): NameCandidate[] {
  const out: NameCandidate[] = [];
  // A run of Latin words each starting with a capital or a digit, or a brand spelt with an inner capital.
  const run = /(?:[A-Z][\w.&'-]*|[a-z]+[A-Z][\w-]*)(?:[ -](?:[A-Z0-9][\w.&-]*))*/g;
  for (let m; (m = run.exec(text));) {
    let name = m[0].replace(/[.'-]+$/, '').replace(/'s$/, '');
    let start = m.index;
    // Sentence openers and common words at the start are no part of a name.
    while (name.includes(' ') && NOT_NAMES.has(name.split(' ')[0])) {
      const cut = name.indexOf(' ') + 1;
      name = name.slice(cut);
      start += cut;
    }
    if (NOT_NAMES.has(name) || name.length < 2) continue;
    const end = start + name.length;
    const cued = cueKind(text, start, end, language);
    const kind: KindName | undefined = MODEL_SHAPE.test(name)
      ? 'AIModel'
      : (cued ??
        (ORG_WORD.test(name)
          ? 'Organization'
          : language === 'en'
            ? sentenceInitial(text, start)
              ? undefined
              : /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name)
                ? 'Person'
                : 'Organization'
            : // An acronym of a few capitals (AGI, LLM) is a term more often than a name.
              /^[A-Z]{2,4}s?$/.test(name)
              ? undefined
              : 'Organization'));
    if (kind) out.push({ name, kind, start, end, cued: cued !== undefined || kind === 'AIModel' });
  }
  return out;
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

/** Kanji names are only proposed before an honorific or title: nothing else marks where they end. */
function kanjiCandidates(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const run = /(?<![\p{Script=Han}])([\p{Script=Han}]{2,4})(?=氏|さん|先生|社長|会長|教授|博士)/gu;
  for (let m; (m = run.exec(text));) {
    if (/^[同両各当本他自前元現]/.test(m[1])) continue;
    out.push({ name: m[1], kind: 'Person', start: m.index, end: m.index + m[1].length, cued: true });
  }
  return out;
}

function chineseCandidates(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  let offset = 0;
  for (const { word, tag } of chineseTagger().tag(text)) {
    const start = text.indexOf(word, offset);
    if (start < 0) continue;
    offset = start + word.length;
    if (!/^\p{Script=Han}{2,}$/u.test(word)) continue;
    const end = start + word.length;
    const cued = cueKind(text, start, end, 'zh');
    const tagged: KindName | undefined = tag === 'nr' || tag === 'nrfg' ? 'Person' : tag === 'nt' ? 'Organization' : undefined;
    const kind = cued ?? tagged;
    if (kind) out.push({ name: word, kind, start, end, cued: cued !== undefined });
  }
  return out;
}

/** Names in a paragraph the index did not find, with their proposed kinds; never overlapping `taken` spans. */
export function findNewNames(text: string, language: DocumentLanguage, taken: readonly { start: number; end: number }[]): NameCandidate[] {
  const found = [
    ...latinCandidates(text, language),
    ...(language === 'ja' ? [...katakanaCandidates(text), ...kanjiCandidates(text)] : []),
    ...(language === 'zh' ? chineseCandidates(text) : []),
  ].sort((a, b) => b.end - b.start - (a.end - a.start));
  const spans = [...taken];
  const out: NameCandidate[] = [];
  for (const c of found) {
    if (spans.some((s) => c.start < s.end && s.start < c.end)) continue;
    spans.push(c);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
