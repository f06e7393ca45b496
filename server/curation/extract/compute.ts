// Compute an article describes rather than names. News text rarely names a GPU cluster: it counts
// accelerators (`35万台のNVIDIA H100`, `10万块H800芯片`, `100,000 Nvidia H100 GPUs`) or gives a
// cluster word an owner (`MicrosoftのAIスパコン`, `谷歌的超级计算机`, `xAI's supercomputer`). Such a
// phrase is a GPU cluster: a mention of the cluster the sentence already names, else a new one whose
// mention is the phrase. The maker of the accelerator (from the table of accelerator lines below, or
// named inside the phrase) supplies it; a new cluster's owner, which the schema records as OPERATES,
// is the organisation the sentence is about, else the one the text was last about.
import { relationshipTypes } from '../../../graph-schema';
import type { DocumentLanguage } from '../text/language';
import { findQuantities } from '../text/quantities';
import type { EntityMention } from './entity-index';
import type { FoundRelationship, SentenceRule, Span } from './relationships';

/** Accelerator lines and who makes them: a part number names its maker as surely as a brand does. */
const ACCELERATOR_LINES: readonly { line: RegExp; maker: string }[] = [
  { line: /^(?:[ABHLV]\d{2,3}[A-Z]?|G[BH]\d{3}|Blackwell|Hopper|Ampere)$/i, maker: 'NVIDIA' },
  { line: /^MI\d{3}[A-Z]?$/i, maker: 'AMD' },
  { line: /^TPU/i, maker: 'Google' },
  { line: /^Gaudi/i, maker: 'Intel' },
];
const MAKER = 'NVIDIA|Nvidia|エヌビディア|英伟达|英偉達|AMD|Google|グーグル|谷歌|Intel|インテル|英特尔';
const PART = String.raw`(?:[ABHLV]\d{2,3}[A-Z]?|G[BH]\d{3}|MI\d{3}[A-Z]?|TPU\s?v?\d*[a-z]?|Blackwell|Hopper)`;
const CHIP_NOUN = String.raw`(?:GPUs?|TPUs?|チップ|半導体|アクセラレータ|芯片|显卡|加速器|chips?|accelerators?)`;
/** After a count of chips in Japanese or Chinese: the accelerator, with its maker and a part number in brackets. */
const CJK_CHIPS = new RegExp(
  String.raw`^(?:の|的)?[^\s、。，,「」（）()]{0,4}?(?:(?:${MAKER})\s*(?:の|的)?\s*)?(?:${PART}(?:\s*${CHIP_NOUN})?|${CHIP_NOUN})(?:\s*[（(]\s*${PART}\s*[)）])?`,
);
const PART_IN = new RegExp(`(?<![A-Za-z0-9])${PART}(?![A-Za-z0-9])`);
/** Accelerators named by part without a count, with their maker and chip word where written. */
const UNCOUNTED = new RegExp(
  String.raw`(?:(?:${MAKER})\s*(?:の|的|['’]s)?\s*)?(?<![A-Za-z0-9])(?:[ABHV]\d{3}|G[BH]\d{3}|MI\d{3}[A-Z]?|TPU\s?v\d+[a-z]?)(?![A-Za-z0-9])(?:\s*${CHIP_NOUN})?`,
  'g',
);
/**
 * Whether accelerators stand as the object of a verb of use or training, by the signals of the
 * types that join a model or an organisation to the compute it uses: right before the verb in
 * Japanese (`A100 GPUを使用`, `H100で訓練`), right after it in Chinese and English (`使用H100`, `trained on A100s`).
 */
const useForms = (language: DocumentLanguage) =>
  relationshipTypes
    .filter((t) => t.type === 'USES' || t.type === 'TRAINED_ON')
    .flatMap((t) => t.signals.active[language].map((f) => f.toLowerCase()));
const USE_FORMS = { ja: useForms('ja'), zh: useForms('zh'), en: useForms('en') };
const OBJECT_OF_USE: Record<DocumentLanguage, (before: string, after: string) => boolean> = {
  // Before the verb (`A100 GPUを使用`), or after it as its relative clause (`GPT-4のトレーニングに使用した25000枚のA100`).
  ja: (before, after) =>
    USE_FORMS.ja.some(
      (f) =>
        new RegExp(`^[」』]?(?:を|で|に)?${f}`).test(after.replace(/^\s+/, '')) ||
        new RegExp(`${f}(?:した|する|している|された|される)$`).test(before.trimEnd()),
    ),
  zh: (before) => USE_FORMS.zh.some((f) => before.trimEnd().endsWith(f) || before.trimEnd().endsWith(`${f}了`)),
  en: (before) => USE_FORMS.en.some((f) => new RegExp(`\\b${f}[a-z]*\\s(?:[\\w.-]+\\s){0,3}$`, 'i').test(before)),
};

/** Words for a cluster of accelerators. */
const CLUSTER_WORD: Record<DocumentLanguage, RegExp> = {
  ja: /(?:AI|GPU)?(?:スパコン|スーパーコンピュータ[ー]?(?:クラスター?)?|スーパークラスター?|GPUクラスター?|AIクラスター?)/g,
  zh: /(?:AI|GPU)?(?:超级计算机|超算|算力集群|GPU集群|超级集群)/g,
  en: /\b(?:AI |GPU )?(?:supercomputers?|superclusters?|GPU clusters?|AI clusters?|compute clusters?)\b/gi,
};
/** An owner's possessive right before a cluster word, with a few words describing it between. */
const OWNER_BEFORE: Record<DocumentLanguage, RegExp> = {
  ja: /^の[^\s、。「」]{0,6}$/,
  zh: /^的[^\s，。“”]{0,6}$/,
  en: /^['’]s\s(?:[a-z][a-z-]*\s){0,2}$/i,
};

interface DescribedCluster extends Span {
  text: string;
  /** A proposed name: the phrase, with its owner's name where the phrase follows the owner's possessive. */
  name: string;
  /** The cluster the sentence already names, when the phrase is only a description of it. */
  ref?: string;
  /** Who makes the accelerators counted, by name. */
  makers: string[];
  /** Whether an owner's possessive precedes it, which then states who operates it. */
  owned: boolean;
  /** A bare cluster word the sentence equips with accelerators: the cluster the text described last, if any. */
  refersBack?: boolean;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function makersOf(phrase: string, inside: readonly EntityMention[]): string[] {
  const named = inside.filter((m) => m.kind === 'Organization').map((m) => m.text);
  if (named.length) return named;
  const part = PART_IN.exec(phrase)?.[0].replace(/\s.*$/, '');
  const maker = part ? ACCELERATOR_LINES.find((l) => l.line.test(part))?.maker : undefined;
  return maker ? [maker] : [];
}

/**
 * The clusters a paragraph describes, per sentence: cluster words after an owner's possessive, and
 * counts of accelerators. Within one sentence every such phrase is one cluster, the one it names if any.
 */
export function describedClusters(
  text: string,
  sentences: readonly Span[],
  language: DocumentLanguage,
  mentions: readonly EntityMention[],
): DescribedCluster[] {
  const out: DescribedCluster[] = [];
  for (const span of sentences) {
    const sentence = text.slice(span.start, span.end);
    const inSentence = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    const counts: DescribedCluster[] = [];
    for (const q of findQuantities(sentence, language)) {
      if (q.measure !== 'count' || q.unit !== 'chips') continue;
      let end = q.end;
      if (language !== 'en') {
        const chips = CJK_CHIPS.exec(sentence.slice(q.end));
        if (!chips) continue;
        end = q.end + chips[0].length;
      } else if (!new RegExp(`${CHIP_NOUN}|${PART}`, 'i').test(q.text)) continue;
      const phrase = { start: span.start + q.start, end: span.start + end };
      const inside = inSentence.filter((m) => m.start >= phrase.start && m.end <= phrase.end);
      if (inSentence.some((m) => overlaps(m, phrase) && !inside.includes(m))) continue;
      const phraseText = text.slice(phrase.start, phrase.end);
      counts.push({ ...phrase, text: phraseText, name: phraseText, makers: makersOf(phraseText, inside), owned: false });
    }
    const words: DescribedCluster[] = [];
    const bare: DescribedCluster[] = [];
    for (const w of sentence.matchAll(CLUSTER_WORD[language])) {
      const phrase = { start: span.start + w.index, end: span.start + w.index + w[0].length };
      if (inSentence.some((m) => overlaps(m, phrase))) continue;
      const owner = inSentence.filter((m) => m.end <= phrase.start && m.kind === 'Organization').at(-1);
      const owned = owner && OWNER_BEFORE[language].test(text.slice(owner.end, phrase.start));
      // A cluster word alone is the generic thing, unless the sentence counts its chips or puts them to use.
      if (!owned && counts.length === 0) {
        bare.push({ ...phrase, text: w[0], name: w[0], makers: [], owned: false });
        continue;
      }
      words.push({ ...phrase, text: w[0], name: owned ? text.slice(owner.start, phrase.end) : w[0], makers: [], owned: !!owned });
    }
    // Accelerators named without a count are the hardware, not a cluster, unless the sentence puts
    // them to use (`ChatGPTの訓練にNVIDIAのA100 GPUを使用`, `trained on Nvidia A100 GPUs`): then they
    // are the compute of whoever uses them.
    const uncounted: DescribedCluster[] = [];
    if (counts.length === 0 && words.length === 0 && !inSentence.some((m) => m.kind === 'GPUCluster')) {
      const parts = [...sentence.matchAll(UNCOUNTED)].filter((p) => {
        const phrase = { start: span.start + p.index, end: span.start + p.index + p[0].length };
        return (
          OBJECT_OF_USE[language](sentence.slice(0, p.index), sentence.slice(p.index + p[0].length)) &&
          !inSentence.some((m) => overlaps(m, phrase) && !(m.start >= phrase.start && m.end <= phrase.end))
        );
      });
      const [p] = parts;
      if (p) {
        const phrase = { start: span.start + p.index, end: span.start + p.index + p[0].length };
        const inside = inSentence.filter((m) => m.start >= phrase.start && m.end <= phrase.end);
        const makers = makersOf(p[0], inside);
        const user = inSentence.some((m) => m.kind === 'Organization' && !makers.includes(m.text) && !inside.includes(m));
        if (user) uncounted.push({ ...phrase, text: p[0], name: p[0], makers, owned: false });
      }
    }
    const named = inSentence.find((m) => m.kind === 'GPUCluster');
    // `NvidiaのGPUプロセッサ「A100」を使ってスパコンを開発`: the chips put to use are the bare word's cluster,
    // which a text that has described one goes on about.
    const refersBack = uncounted.length > 0 && bare.length > 0;
    const all = [...words, ...counts, ...(refersBack ? bare : []), ...uncounted];
    if (all.length === 0) continue;
    // One sentence describes one cluster: the one it names, else its first description.
    const ref = named?.ref;
    const [first] = all;
    const makers = [...new Set(all.flatMap((d) => d.makers))];
    const owned = all.some((d) => d.owned);
    for (const d of all)
      out.push({ ...d, ...(ref ? { ref } : {}), name: first.name, makers, owned, ...(refersBack ? { refersBack } : {}) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Who the accelerators were rented from, which then operates them while the renter only uses them:
 * `A100 GPUs rented from Amazon Web Services`, `AWSから借りたGPU`, `从亚马逊租用的GPU`.
 */
const LESSOR_AFTER = /^\s*,?\s*(?:rented|leased|hired|borrowed)\s+from\s+(?:the\s+)?$/i;
const LESSOR_BEFORE = /^(?:社|公司)?(?:から|那里|处)?(?:借り|レンタル|リース|租用|租借|租来)(?:た|した|している|する)?(?:の|的)?$/;
function lessorOf(sentence: string, cluster: Span, orgs: readonly EntityMention[]): EntityMention | undefined {
  return (
    orgs.find((m) => m.start >= cluster.end && LESSOR_AFTER.test(sentence.slice(cluster.end, m.start))) ??
    orgs.find((m) => m.end <= cluster.start && LESSOR_BEFORE.test(sentence.slice(m.end, cluster.start)))
  );
}

/** Whether a mention is the topic or subject of its clause in Japanese (Xは, Xが). */
const isTopic = (sentence: string, m: Span) => /^(?:社)?(?:は|が)/.test(sentence.slice(m.end, m.end + 2));

/**
 * What a described cluster states in one sentence: the maker supplies it, and a cluster the text
 * did not name before is operated by the organisation the sentence is about (its topic, else the
 * nearest named before it), else by the one the paragraph or the text was about before.
 */
export function clusterFacts(
  sentence: string,
  offset: number,
  mentions: readonly EntityMention[],
  clusters: readonly (DescribedCluster & { ref: string; isNew: boolean; makerRefs: string[] })[],
  earlier: EntityMention | undefined,
  language: DocumentLanguage = 'en',
): FoundRelationship[] {
  const out: FoundRelationship[] = [];
  const fact = (type: FoundRelationship['type'], from: string, to: string, confidence: number) =>
    out.push({ type, from, to, properties: {}, evidence: sentence, start: offset, confidence });
  for (const c of clusters) {
    for (const maker of c.makerRefs) fact('SUPPLIES', maker, c.ref, 0.45);
    const at = { start: c.start - offset, end: c.end - offset };
    const orgs = mentions.filter((m) => m.kind === 'Organization' && !c.makerRefs.includes(m.ref));
    const lessor = lessorOf(sentence, at, orgs);
    const users = orgs.filter((m) => m !== lessor);
    // The topic in Japanese; else the subject of the verb before the object, the nearest name before it.
    const subject = users.find((m) => isTopic(sentence, m)) ?? users.filter((m) => m.end <= at.start).at(-1) ?? users[0];
    // Put to use (`OpenAIがGPT-4のトレーニングに使用した25000枚のA100`), the accelerators are the subject's to use.
    const used = OBJECT_OF_USE[language](sentence.slice(0, at.start), sentence.slice(at.end));
    if (subject && (used || lessor)) fact('USES', subject.ref, c.ref, 0.45);
    if (lessor) fact('OPERATES', lessor.ref, c.ref, 0.5);
    // A possessive names the owner itself (possessions in relationships.ts read it); a renter is no owner.
    if (!c.isNew || c.owned || lessor) continue;
    if (subject) fact('OPERATES', subject.ref, c.ref, 0.45);
    else if (earlier && !c.makerRefs.includes(earlier.ref)) fact('OPERATES', earlier.ref, c.ref, 0.35);
  }
  return out;
}

/**
 * An organisation training or serving models on a platform uses it: `OpenAI trains and serves its
 * models on Microsoft's Azure cloud`, `xAIはColossusでモデルを訓練する`, `Anthropic在AWS上训练模型`.
 * TRAINED_ON joins a model to its compute; where the trainer is an organisation the fact is a use.
 */
const TRAINS_ON: Record<DocumentLanguage, { before: RegExp; after: RegExp }> = {
  en: {
    before: /\s(?:trains?|trained|training|serves?|served|runs?)\b[^.;:]{0,40}?\son\s(?:the\s)?(?:[\w-]+['’]s\s)?$/i,
    after: /^/,
  },
  ja: { before: /^/, after: /^(?:上)?で(?:[^、。]{0,15}を)?(?:訓練|学習|トレーニング)/ },
  zh: { before: /在$/, after: /^(?:上|平台上)(?:[^，。]{0,10})?训练/ },
};
const PLATFORM = new Set(['Product', 'GPUCluster', 'Facility']);

export const trainingUses: SentenceRule = (sentence, offset, mentions, language) => {
  const out: FoundRelationship[] = [];
  const { before, after } = TRAINS_ON[language];
  for (const platform of mentions.filter((m) => PLATFORM.has(m.kind))) {
    const orgs = mentions.filter((m) => m.kind === 'Organization' && m.end <= platform.start);
    const trainer = language === 'ja' ? orgs.find((m) => isTopic(sentence, m)) : orgs[0];
    if (!trainer || !after.test(sentence.slice(platform.end))) continue;
    if (!before.test(sentence.slice(language === 'en' ? trainer.end : Math.max(0, platform.start - 1), platform.start))) continue;
    out.push({ type: 'USES', from: trainer.ref, to: platform.ref, properties: {}, evidence: sentence, start: offset, confidence: 0.45 });
  }
  return out;
};
