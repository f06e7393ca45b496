// Words that stand for an entity named before them: `同社`, `该公司`, `the company`, `its`, `the
// cluster`. News text names a company once and then refers back to it; without this, every fact
// stated about "the company" is lost. Each anaphor has the kind it stands for. Its antecedent is the
// nearest entity of that kind before it in the same sentence — across a clause boundary, since a
// noun phrase like `the company` never means the subject of its own clause, while a possessive like
// `its` usually does — else the subject (first of that kind) of the nearest sentence before that
// names one, else the one carried over from earlier paragraphs. A word for two (`両社`, `the two
// companies`) stands for the two organisations last named together, and a noun that introduced an
// organisation (`新組織Google DeepMind`), used again alone, for the one it introduced.
import type { KindName } from '../../../graph-schema';
import type { DocumentLanguage } from '../text/language';
import type { EntityMention } from './entity-index';
import { relativeClauses, sentences } from './relationships';

interface Anaphor {
  pattern: RegExp;
  kind: KindName;
  /** A possessive determiner (`its`, `其`): it may stand for the subject of its own clause. */
  possessive?: true;
  /** A subject pronoun (`…, and it competes`): it stands for what its sentence, else the one before, is about. */
  subject?: true;
}

const ANAPHORS: Record<DocumentLanguage, Anaphor[]> = {
  ja: [
    { pattern: /同社|同グループ|同団体|同研究所|同財団/g, kind: 'Organization' },
    {
      pattern: /同クラスター|同スーパーコンピューター|同スパコン|(?<=この|その)(?:AI)?(?:スパコン|スーパーコンピューター?|クラスター)/g,
      kind: 'GPUCluster',
    },
    // Japanese and Chinese have no articles: a bare cluster word, once a cluster is named or described, is that cluster.
    { pattern: /(?<![\u30a1-\u30fc\p{Script=Han}の])(?:スパコン|スーパーコンピューター?)(?![\u30a1-\u30fc])/gu, kind: 'GPUCluster' },
    { pattern: /同モデル/g, kind: 'AIModel' },
  ],
  zh: [
    { pattern: /该公司|这家公司|该集团|该机构|该企业|该初创公司|该实验室/g, kind: 'Organization' },
    // A bare 公司 opening a clause (公司首席执行官…) is the company the text is about.
    { pattern: /(?<=^|[。，；：！？\s])公司(?!的?成立)/gu, kind: 'Organization' },
    { pattern: /该集群|该超级计算机|该超算|(?<=这个|这台|这一)(?:集群|超级计算机|超算)/g, kind: 'GPUCluster' },
    { pattern: /(?<![的该台个])(?:超级计算机|超算)(?!中心|集群)/g, kind: 'GPUCluster' },
    { pattern: /该模型/g, kind: 'AIModel' },
  ],
  en: [
    { pattern: /\bthe (?:company|firm|start-?up|lab|group|organi[sz]ation)\b/gi, kind: 'Organization' },
    { pattern: /\bits\b/gi, kind: 'Organization', possessive: true },
    // Only before a verb in the present or past (`it competes`, `it raised`): `it is` and `it was` are as often
    // the empty subject of `it is expected that`.
    {
      pattern: /\bit\b(?= (?:also |now |then |later |still )?(?:(?!i[st]\b|was\b)[a-z]+(?:s|ed)|has|had|will|would|plans)\b)/gi,
      kind: 'Organization',
      subject: true,
    },
    { pattern: /\bthe (?:cluster|supercomputer)\b/gi, kind: 'GPUCluster' },
  ],
};

/**
 * A new model announced before its name, which the next sentence gives (`Xから新しいモデルが発表された。
 * GRINという…`, `X发布了新模型。这款名为…`, `X released a new model. Called …`).
 */
const CATAPHORS: Record<DocumentLanguage, RegExp> = {
  ja: /新(?:しい|た[なに]|型)?(?:AI)?モデル/g,
  zh: /新(?:一代|款)?(?:AI)?大?模型/g,
  en: /\ba new (?:AI )?model\b/gi,
};

const CLAUSE_BOUNDARY = /[、，,；;：:]/;

/** Words that stand for two organisations at once: each of them is a mention there, listed with the other. */
const PLURAL: Record<DocumentLanguage, RegExp> = {
  ja: /両社|両グループ/g,
  zh: /两家公司|两家企业|两家机构/g,
  en: /\b(?:the two|both) (?:companies|firms|groups)\b/gi,
};
/**
 * A noun that introduces an organisation by apposition (`新組織Google DeepMind`, `合资公司星际之门`,
 * `the new company, Northwind`) and, standing alone later, refers back to the one it introduced.
 */
const INTRODUCER: Record<DocumentLanguage, RegExp> = {
  ja: /新組織|新会社|新法人|合弁会社/g,
  zh: /新公司|合资公司|新机构/g,
  en: /\bthe (?:new company|joint venture|new unit|new organi[sz]ation)\b/gi,
};
/** Per article, the organisation each introducing noun last introduced. */
const introduced = new WeakMap<Salience, Map<string, EntityMention>>();

/** Per article, the two organisations the text last named together: what `両社` at a paragraph's start means. */
const carriedPairs = new WeakMap<Salience, EntityMention[]>();

/** The first two organisations a span names, outside its relative clauses. */
function pairIn(
  mentions: readonly EntityMention[],
  span: { start: number; end: number },
  asides: readonly { start: number; end: number }[],
) {
  const orgs = mentions
    .filter((m) => m.kind === 'Organization' && m.start >= span.start && m.end <= span.end)
    .filter((m) => !asides.some((c) => c.start <= m.start && m.end <= c.end))
    .sort((a, b) => a.start - b.start);
  const distinct = orgs.filter((m, i) => orgs.findIndex((o) => o.ref === m.ref) === i);
  return distinct.length >= 2 ? distinct.slice(0, 2) : undefined;
}

/** Per kind, the entity the text was last about: what an anaphor at the start of a paragraph means. */
export type Salience = Map<KindName, EntityMention>;

export function anaphorMentions(
  text: string,
  mentions: readonly EntityMention[],
  language: DocumentLanguage,
  carried: Salience,
): EntityMention[] {
  const spans = sentences(text);
  const sentenceOf = (at: number) => spans.findIndex((s) => s.start <= at && at < s.end);
  const out: EntityMention[] = [];
  const relatives = relativeClauses(text, language);
  for (const { pattern, kind, possessive, subject } of ANAPHORS[language])
    for (const m of text.matchAll(pattern)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (mentions.some((k) => start < k.end && k.start < end)) continue;
      // A name inside a relative clause (`X, who worked at OpenAI, is the company's …`) is not what the main clause goes on about.
      const aside = (k: EntityMention) =>
        relatives.some((c) => c.start <= k.start && k.end <= c.end && !(c.start <= start && end <= c.end));
      const inClause = (k: EntityMention) => !aside(k) && (possessive || CLAUSE_BOUNDARY.test(text.slice(k.end, start)));
      const antecedent = subject
        ? subjectBefore(kind, start, sentenceOf(start), spans, mentions)
        : (antecedentOf(kind, start, sentenceOf(start), spans, mentions, inClause, language === 'ja' ? text : undefined) ??
          carried.get(kind));
      if (antecedent) out.push({ ref: antecedent.ref, kind, start, end, text: m[0] });
    }
  let byNoun = introduced.get(carried);
  if (!byNoun) introduced.set(carried, (byNoun = new Map<string, EntityMention>()));
  for (const m of text.matchAll(INTRODUCER[language])) {
    const [start, end] = [m.index, m.index + m[0].length];
    const noun = m[0].toLowerCase();
    const named = mentions.find((k) => k.kind === 'Organization' && k.start >= end && /^[\s,、，]?[「“"]?$/.test(text.slice(end, k.start)));
    if (named) byNoun.set(noun, named);
    else if (!mentions.some((k) => start < k.end && k.start < end) && byNoun.has(noun))
      out.push({ ...byNoun.get(noun)!, start, end, text: m[0] });
  }
  for (const m of text.matchAll(PLURAL[language])) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (mentions.some((k) => start < k.end && k.start < end)) continue;
    const here = sentenceOf(start);
    let pair: EntityMention[] | undefined = pairIn(mentions, { start: spans[here]?.start ?? 0, end: start }, relatives);
    for (let i = here - 1; !pair && i >= 0; i--) pair = pairIn(mentions, spans[i], relatives);
    for (const antecedent of pair ?? carriedPairs.get(carried) ?? []) out.push({ ...antecedent, start, end, text: m[0] });
  }
  for (const m of text.matchAll(CATAPHORS[language])) {
    const [start, end] = [m.index, m.index + m[0].length];
    const [here, next] = [spans[sentenceOf(start)], spans[sentenceOf(start) + 1]];
    const models = mentions.filter((k) => k.kind === 'AIModel');
    if (!next || models.some((k) => k.start < end && k.end > start) || models.some((k) => k.start >= here.start && k.end <= here.end))
      continue;
    // The model the next sentence names first, unless the paragraph named it before: then the words speak of another.
    const named = models.filter((k) => k.start >= next.start && k.end <= next.end).sort((a, b) => a.start - b.start)[0];
    if (named && !models.some((k) => k.ref === named.ref && k.end <= start)) out.push({ ...named, start, end, text: m[0] });
  }
  const all = [...mentions, ...out].filter((m) => !relatives.some((c) => c.start <= m.start && m.end <= c.end));
  const latest = new Map<KindName, EntityMention>();
  // In Japanese the text goes on about its marked subjects; a name that only qualifies another
  // (グーグルの研究者) is carried only where nothing of its kind was before.
  const marked = language === 'ja' ? all.filter((m) => JA_SUBJECT.test(text.slice(m.end, m.end + 5))) : all;
  for (let i = spans.length - 1; i >= 0; i--) for (const m of subjects(marked, spans[i])) if (!latest.has(m.kind)) latest.set(m.kind, m);
  for (let i = spans.length - 1; i >= 0; i--)
    for (const m of subjects(all, spans[i])) if (!latest.has(m.kind) && !carried.has(m.kind)) latest.set(m.kind, m);
  for (const [kind, m] of latest) carried.set(kind, m);
  for (let i = spans.length - 1; i >= 0; i--) {
    const pair = pairIn(all, spans[i], relatives);
    if (pair) {
      carriedPairs.set(carried, pair);
      break;
    }
  }
  return out;
}

function antecedentOf(
  kind: KindName,
  at: number,
  sentence: number,
  spans: readonly { start: number; end: number }[],
  mentions: readonly EntityMention[],
  reachable: (m: EntityMention) => boolean,
  /** A Japanese paragraph, whose subjects are marked: the antecedent is the nearest marked subject. */
  text?: string,
): EntityMention | undefined {
  const sameSentence = mentions.filter((m) => m.kind === kind && m.end <= at && m.start >= (spans[sentence]?.start ?? 0) && reachable(m));
  if (sameSentence.length) return sameSentence.at(-1);
  let nearest: EntityMention | undefined;
  for (let i = sentence - 1; i >= 0; i--) {
    const named = mentions
      .filter((m) => m.kind === kind && m.start >= spans[i].start && m.end <= spans[i].end)
      .sort((a, b) => a.start - b.start);
    nearest ??= named[0];
    // Japanese marks its subjects: a company named only as a qualifier (グーグルの研究者) is not what
    // `同社` goes on about while an earlier sentence has one as its subject.
    if (!text) return named[0] ?? nearest;
    const subject = named.find((m) => JA_SUBJECT.test(text.slice(m.end, m.end + 5)));
    if (subject) return subject;
  }
  return nearest;
}

const JA_SUBJECT = /^(?:氏|さん|社)?(?:など|ら)?(?:は|が|も)/;

/** The first entity of a kind in the pronoun's sentence before it, else in the nearest sentence before that names one. */
function subjectBefore(
  kind: KindName,
  at: number,
  sentence: number,
  spans: readonly { start: number; end: number }[],
  mentions: readonly EntityMention[],
): EntityMention | undefined {
  const from = spans[sentence]?.start ?? 0;
  const here = mentions.filter((m) => m.kind === kind && m.start >= from && m.end <= at).sort((a, b) => a.start - b.start)[0];
  return here ?? antecedentOf(kind, from, sentence, spans, mentions, () => true);
}

/** The first mention of each kind in a sentence: what it is about, for a later paragraph's anaphors. */
function subjects(mentions: readonly EntityMention[], span: { start: number; end: number }): EntityMention[] {
  const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end).sort((a, b) => b.start - a.start);
  return [...new Map(inside.map((m) => [m.kind, m])).values()];
}
