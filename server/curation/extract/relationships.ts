// Relationships read from sentences: wherever a type's signal (declared beside the type in
// graph-schema) occurs, the nearest pair of mentioned entities whose kinds the type may join becomes
// a suggestion. Direction comes from the language's grammar — the subject comes first, a passive
// form makes the target the subject, an agent marker (by, from, 由, から) names the source — and,
// where the two kinds settle it (a person LEADS an organisation), from the kinds. Figures and dates
// in the sentence fill the type's properties through their declared units.
import {
  endpointError,
  relationshipTypes,
  type RelationshipDefinition,
  type RelationshipTypeName,
  type SignalLanguage,
} from '../../../graph-schema';
import { findDates } from '../text/dates';
import type { DocumentLanguage } from '../text/language';
import { findQuantities, schemaPropertyFor } from '../text/quantities';
import type { EntityMention } from './entity-index';
import { UNIT_NOUN } from './new-entities';

export interface Span {
  start: number;
  end: number;
}

/** A rule that reads relationships from one sentence and the entities mentioned in it (offsets within the sentence). */
export type SentenceRule = (
  sentence: string,
  offset: number,
  mentions: readonly EntityMention[],
  language: DocumentLanguage,
) => FoundRelationship[];

export interface FoundRelationship {
  type: RelationshipTypeName;
  from: string;
  to: string;
  properties: Record<string, unknown>;
  /** The sentence that supports it, and where it starts in its paragraph. */
  evidence: string;
  start: number;
  confidence: number;
}

interface Signal {
  form: string;
  passive: boolean;
  definition: RelationshipDefinition;
}

interface SignalHit extends Span {
  signal: Signal;
}

/** Every declared signal of a language, longest first so a longer form wins where two overlap. */
function signalsOf(language: SignalLanguage): Signal[] {
  return relationshipTypes
    .flatMap((definition) => [
      ...definition.signals.active[language].map((form) => ({ form, passive: false, definition })),
      ...((definition.signals as { passive?: Partial<Record<SignalLanguage, readonly string[]>> }).passive?.[language] ?? []).map(
        (form) => ({ form, passive: true, definition }),
      ),
    ])
    .sort((a, b) => b.form.length - a.form.length);
}
const SIGNALS = { ja: signalsOf('ja'), zh: signalsOf('zh'), en: signalsOf('en') };
/** The forms that say a model was trained, which other types (DEVELOPED) may share. */
const trainingForms = (language: SignalLanguage) =>
  new Set<string>(relationshipTypes.find((t) => t.type === 'TRAINED_ON')?.signals.active[language] ?? []);
const TRAINING_FORMS = { ja: trainingForms('ja'), zh: trainingForms('zh'), en: trainingForms('en') };

/** The sentences of a paragraph as spans: CJK full stops always end one, a Latin full stop before a space. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  // An abbreviation's full stop (`Inc. (SSI)`, `Mr. Altman`) ends no sentence.
  const end = /[。！？!?]+|(?<!\b(?:Inc|Corp|Ltd|Co|Jr|Sr|Dr|Mr|Mrs|Ms|St|Prof))\.(?=\s+["“(]?[A-Z0-9])|;/g;
  let start = 0;
  for (let m; (m = end.exec(text));) {
    out.push({ start, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Occurrences of signals in a sentence; English forms match at a word's start, case aside. */
export function findSignals(sentence: string, language: DocumentLanguage, mentions: readonly Span[]): SignalHit[] {
  const haystack = language === 'en' ? sentence.toLowerCase() : sentence;
  const hits: SignalHit[] = [];
  for (const signal of SIGNALS[language]) {
    const needle = language === 'en' ? signal.form.toLowerCase() : signal.form;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      if (language === 'en' && /[a-z0-9]/.test(haystack[at - 1] ?? '')) continue;
      // An agent noun (investors, suppliers) names those who do it: only `an investor in X` says whose.
      if (language === 'en' && /^(?:or|er)s?\b(?! (?:in|of)\b)/.test(haystack.slice(at + needle.length))) continue;
      const hit = { start: at, end: at + needle.length, signal };
      if (mentions.some((m) => overlaps(m, hit))) continue;
      // A shorter form inside a longer one already found is that one's part, unless both signal the same span.
      if (hits.some((h) => overlaps(h, hit) && !(h.start === hit.start && h.end === hit.end))) continue;
      if (hits.some((h) => h.start === hit.start && h.end === hit.end && h.signal.definition === signal.definition)) continue;
      hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * How far a mention stands from a signal as an argument of it: characters between them, plus a
 * clause boundary's cost (a Chinese or Japanese comma ends a clause; an English one often only an
 * apposition), plus, in Japanese, where the verb comes last, standing after the verb.
 */
function reach(sentence: string, m: Span, signal: Span, language: DocumentLanguage): number {
  const between = m.end <= signal.start ? sentence.slice(m.end, signal.start) : sentence.slice(signal.end, m.start);
  const clauses = (between.match(language === 'en' ? /[,;:]/g : /[，,；;：:]|(?<=[てで])、|、(?=[^、]*[はが])/g) ?? []).length;
  const afterVerb = language === 'ja' && m.start >= signal.end ? 25 : 0;
  // An English clause joined after the verb (`…to join Meta, and B became…`) has its own subject.
  const nextClause = language === 'en' && m.start >= signal.end && /,\s(?:and|but|while|whereas)\s/.test(between) ? 30 : 0;
  // A Japanese topic (Xは) is the subject of every clause up to the sentence's end: no boundary parts it from its verbs.
  if (language === 'ja' && m.end <= signal.start && /^(?:氏|さん|社)?は/.test(sentence.slice(m.end, m.end + 3)))
    return Math.round(distance(m, signal) / 2);
  return distance(m, signal) + clauses * (language === 'en' ? 6 : 20) + afterVerb + nextClause;
}

/** Quoted spans: what someone said is read apart from the sentence that reports it. */
export function quoteSpans(sentence: string): Span[] {
  return [...sentence.matchAll(/「[^」]*」|『[^』]*』|“[^”]*”|"[^"]*"/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
/** English non-restrictive relative clauses, `, who … ,` and `, which … ,`. */
export function relativeClauses(sentence: string, language: DocumentLanguage): Span[] {
  if (language !== 'en') return [];
  return [...sentence.matchAll(/,\s(?:who|which|an?\s(?=[a-z]))\b[^,;]*,/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
const quoteOf = (m: Span, quotes: readonly Span[]) => quotes.findIndex((q) => q.start <= m.start && m.end <= q.end);

/** Whether a signal stands inside the bracket that a mention opens. */
function insideBracket(sentence: string, opening: Span, signal: Span): boolean {
  const close = sentence.slice(opening.start).search(/[)）]/);
  return signal.start >= opening.end && (close < 0 || signal.end <= opening.start + close);
}

/** The parts of a cluster or a site that a supplier builds or delivers, as the object of the verb. */
const PART_NOUN = String.raw`(?:servers?|racks?|chips?|networking|network|cooling|storage|hardware|components?|parts?)`;
const PART_OBJECT: Record<DocumentLanguage, (before: string, after: string) => boolean> = {
  en: (_, after) => new RegExp(String.raw`^\s+(?:its|their|the)\s+(?:[a-z-]+\s+)?${PART_NOUN}\b`, 'i').test(after),
  ja: (before) => /の[^\s、。]{0,6}?(?:サーバー|ラック|冷却装置|ネットワーク|部品|ハードウェア)(?:を|も)$/.test(before),
  zh: (before) => /的[^\s，。]{0,6}?(?:服务器|机架|冷却系统|网络设备|零部件|硬件)$/.test(before),
};

/** An organisation written before the word for its people (`OpenAI employees`) names whose they are: they act, not it. */
const staffOf = (sentence: string, m: EntityMention, language: DocumentLanguage) =>
  language === 'en' &&
  m.kind === 'Organization' &&
  /^\s(?:employees|researchers|engineers|staff|workers|scientists|executives)\b/i.test(sentence.slice(m.end));

/**
 * A place or time phrase (在白宫, 于北京) is no argument of the verb; 于 closing a word of its own
 * (基于, 由于, 对于, 属于) is no such preposition.
 */
const isAdverbial = (sentence: string, m: Span, language: DocumentLanguage) =>
  language === 'zh' && /(?:在|(?<![基由对关属等至鉴])于)$/.test(sentence.slice(Math.max(0, m.start - 2), m.start));

const distance = (m: Span, s: Span) => (m.end <= s.start ? s.start - m.end : m.start >= s.end ? m.start - s.end : 0);

/** Whether a mention is marked as the grammatical subject (ja: は, が, も after it). */
const isSubject = (sentence: string, m: Span, language: DocumentLanguage) =>
  language === 'ja' && /^(?:氏|さん|社)?(?:など|ら)?(?:は|が|も)/.test(sentence.slice(m.end, m.end + 5));
/** A Japanese verb of saying after a quotation or a nominalised clause (`…と述べた`, `…ことを明らかにした`). */
const REPORTED = /(?:と|ことを|ことも)、?(?:述べ|語|明らか|明か|認め|説明|主張|強調|指摘|発表|表明|話し)/;
/**
 * Whether a Japanese topic is only the speaker of a reported clause that has a subject of its own
 * (`マスクは、Grok-2がトレーニングを完了したことを明らかにし`): the clause's facts are not the speaker's.
 */
function reportsOnly(sentence: string, m: Span, hit: Span, mentions: readonly Span[], language: DocumentLanguage): boolean {
  if (language !== 'ja' || m.end > hit.start || !/^(?:氏|さん|社)?は/.test(sentence.slice(m.end, m.end + 3))) return false;
  // The clause's subject is a name with が, after at most a word that ends the name (ソフトバンクグループが).
  // A が-phrase whose verb modifies a noun on the way to the signal (`OpenAIが実施する資金調達を主導`) is a relative clause, not that subject.
  const ownSubject = mentions.some(
    (g) =>
      g.start >= m.end &&
      g.end <= hit.start &&
      /^[^、。がはをにでと]{0,6}が/.test(sentence.slice(g.end, g.end + 8)) &&
      !/^[^、。]*?が[^、。をにがは]*?(?:する|した|している|していた)[^、。をにがはと]*$/.test(sentence.slice(g.end, hit.start)),
  );
  return ownSubject && REPORTED.test(sentence.slice(hit.end));
}
/** What may stand between a signal's noun and the name it describes (`子会社であるAI研究所DeepMind`, `子公司DeepMind`). */
const APPOSED: Record<DocumentLanguage, RegExp> = {
  ja: /^(?:である|の|、)?[^\s、。「」にをでがはとも]{0,8}$/,
  zh: /^(?:的)?[^\s，。“”、]{0,6}$/,
  en: /^(?!)/,
};

/** Whether a mention owns the signal's noun, written right before it with a possessive (ja の, zh 的). */
const isComplement = (sentence: string, m: Span, signal: Span, language: DocumentLanguage) =>
  m.end <= signal.start &&
  (language === 'ja' ? /^(?:社)?の$/ : language === 'zh' ? /^(?:公司)?的$/ : /^$/).test(sentence.slice(m.end, signal.start)) &&
  language !== 'en';

/** Whether a mention is marked as an agent or origin: by/from before it, 由/被/从 before it, から/より/によって after it. */
function isAgent(sentence: string, m: Span, language: DocumentLanguage): boolean {
  if (language === 'ja') return /^(?:氏|さん|社)?(?:から|より|によ[っりる])/.test(sentence.slice(m.end, m.end + 5));
  if (language === 'zh') return /(由|被|从|获|获得|得到)\s*$/.test(sentence.slice(Math.max(0, m.start - 2), m.start));
  return /\b(by|from)\s+(the\s+)?$/i.test(sentence.slice(Math.max(0, m.start - 10), m.start));
}

/**
 * Whether a mention is the agent a relative clause's form holds (`Xが開発したY`, `Xで使用されるY`, `X推出的Y`):
 * the form opens with the agent's particle (ja が, で, に) or closes the clause (zh 的), and the mention
 * stands right before it.
 */
function agentOfRelative(sentence: string, m: Span, hit: SignalHit, language: DocumentLanguage): boolean {
  if (!hit.signal.passive || m.end > hit.start) return false;
  const between = sentence.slice(m.end, hit.start);
  // Listed names before the word for their kind (`XやYなどのモデルで使用される`) are that agent too.
  if (language === 'ja')
    return /^[がでに]/.test(hit.signal.form) && /^(?:氏|さん|社)?$|^など(?:の)?[^\s、。「」をがは]{0,8}$/.test(between);
  return language === 'zh' && hit.signal.form.endsWith('的') && /^(?:公司)?$/.test(between);
}

export function fits(type: string, from: EntityMention, to: EntityMention): boolean {
  return endpointError(type, from.kind, to.kind) === undefined;
}

/** The figures and dates of a sentence in the properties a type declares for them, nearest the signal first. */
function propertiesFor(
  definition: RelationshipDefinition,
  sentence: string,
  signal: Span,
  language: DocumentLanguage,
  publishedOn: string | undefined,
): Record<string, unknown> {
  const info = definition.meta.propertyInfo;
  const properties: Record<string, unknown> = {};
  const quantities = findQuantities(sentence, language).sort((a, b) => distance(a, signal) - distance(b, signal));
  for (const q of quantities) {
    const name = schemaPropertyFor(q, info);
    if (!name || name in properties) continue;
    properties[name] = q.value;
    // A unit that names a sibling property (an amount's currency) is stored there.
    const unit = info[name].unit;
    if (unit && unit in info && q.measure === 'money') properties[unit] = q.unit;
  }
  if (info.date?.type === 'date') {
    const date = findDates(sentence, language, publishedOn).find((d) => !d.by);
    if (date) properties.date = date.date;
  }
  return properties;
}

/**
 * The relationships one sentence states. `mentions` are the entities found in it, with offsets in
 * `sentence`; `offset` is where the sentence starts in its paragraph.
 */
export function relationshipsIn(
  sentence: string,
  offset: number,
  mentions: readonly EntityMention[],
  language: DocumentLanguage,
  publishedOn?: string,
  /** The model the text was about before this sentence: the unnamed side of a comparison. */
  implied?: EntityMention,
): FoundRelationship[] {
  const out: FoundRelationship[] = [];
  const affiliated = affiliationPairs(sentence, mentions, language);
  const possessors = neighbourPairs(mentions).filter(
    ([owner, owned]) =>
      owned.kind !== 'Person' && owned.kind !== 'Organization' && POSSESSIVE[language].test(sentence.slice(owner.end, owned.start)),
  );
  // A quote that holds nothing but a name (対話AI「Claude」, 模型“DeepSeek-R1”) marks the name, not speech.
  const quotes = quoteSpans(sentence).filter((q) => !mentions.some((m) => m.start === q.start + 1 && m.end === q.end - 1));
  const relatives = relativeClauses(sentence, language);
  for (const hit of findSignals(sentence, language, mentions)) {
    const { definition, passive } = hit.signal;
    const type = definition.type;
    // A title between an organisation and a person (`MetaのマークCEO`, `Nvidia's CEO Jensen Huang`) is read by affiliations().
    const inTitle = affiliated.some(([p, o]) => {
      const [left, right] = o.end <= p.start ? [o.end, p.start] : [p.end, o.start];
      return (hit.start >= left && hit.end <= right) || (language === 'ja' && hit.start === p.end);
    });
    if (inTitle) continue;
    let best: { a: EntityMention; b: EntityMention; cost: number } | undefined;
    const region = quoteOf(hit, quotes);
    // `前Meta研究员X创立…`: an organisation that only qualifies a person is no argument of a verb the person can take.
    const qualifiers = affiliated
      .filter(([person]) => definition.meta.from.includes(person.kind) || definition.meta.to.includes(person.kind))
      .map(([, org]) => org);
    // `Meta的Llama 3`: an owner before the thing it owns qualifies it where the thing can take the owner's part.
    // The signal itself between the two (`Grok-2的性能接近GPT-4`) makes them its arguments, not owner and owned.
    const owners = possessors
      .filter(([, owned]) => definition.meta.from.includes(owned.kind) || definition.meta.to.includes(owned.kind))
      .filter(([owner, owned]) => !(hit.start >= owner.end && hit.end <= owned.start))
      .map(([owner]) => owner);
    // A relative clause between commas (`X, who left OpenAI, signed`) has its own verb: its names are
    // not the main verb's, and its subject is the name it follows.
    const clause = relatives.find((c) => c.start <= hit.start && hit.end <= c.end);
    const inClause = (m: Span) => relatives.some((c) => c.start <= m.start && m.end <= c.end);
    const antecedent = clause && mentions.filter((m) => m.end <= clause.start).at(-1);
    // A relative clause skipped over costs nothing: neither its length nor its two commas.
    const skipped = (m: Span) =>
      relatives
        .filter((c) => c !== clause && c.start >= Math.min(m.end, hit.end) && c.end <= Math.max(m.start, hit.start))
        .reduce((n, c) => n + c.end - c.start + 12, 0);
    const eligible = mentions.filter(
      (m) =>
        quoteOf(m, quotes) === region &&
        // `在X上训练`: the place of training is the cluster trained on, an argument of the verb.
        (!isAdverbial(sentence, m, language) || (type === 'TRAINED_ON' && definition.meta.to.includes(m.kind))) &&
        !qualifiers.includes(m) &&
        !owners.includes(m) &&
        !staffOf(sentence, m, language) &&
        (clause ? m === antecedent || (clause.start <= m.start && m.end <= clause.end) : !inClause(m)) &&
        !reportsOnly(sentence, m, hit, mentions, language),
    );
    // A comparison whose sentence has no subject and names one side only, as one list
    // (`GPT-4やClaudeみたいなモデルに匹敵する`, `媲美GPT-4o`), compares that side with the implied model.
    const unnamed =
      implied && definition.meta.symmetric && impliedSide(sentence, hit, eligible, mentions, language)
        ? { ...implied, start: 0, end: 0, text: '' }
        : undefined;
    const side = unnamed && eligible.find((m) => fits(type, unnamed, m) && m.ref !== unnamed.ref);
    if (unnamed && side) best = { a: unnamed, b: side, cost: reach(sentence, side, hit, language) + 10 };
    const named = unnamed && side ? [] : eligible;
    for (const a of named)
      for (const b of named) {
        // A carried topic stands at the sentence's start as an empty span, before a name that opens the sentence.
        if (a.start > b.start || (a.start === b.start && a.end >= b.end) || a.ref === b.ref) continue;
        if (!fits(type, a, b) && !fits(type, b, a)) continue;
        // One of two named by one word (`両社`) is never set against the other named apart.
        if ([a, b].some((m, i) => mentions.some((o) => o !== m && o.start === m.start && o.end === m.end && o.ref === [b, a][i].ref)))
          continue;
        // Training (`trained its model on it`) develops a model, never the cluster it ran on.
        if (type === 'DEVELOPED' && TRAINING_FORMS[language].has(hit.signal.form) && a.kind !== 'AIModel' && b.kind !== 'AIModel') continue;
        // `OpenAIのo1`, `Meta's Llama`: the owner qualifies the thing it owns and is not its counterpart.
        if (b.kind !== 'Person' && b.kind !== 'Organization' && /^(?:の|的|['’]s)\s?$/.test(sentence.slice(a.end, b.start))) continue;
        // `星际之门（Stargate）`, `Anthropic (Claude's maker)`: a name and its gloss in brackets are one thing,
        // unless the bracket itself states the fact (`Grok(xAIによって開発された)`).
        if (/^\s*[”」』"]?\s*[（(]\s*$/.test(sentence.slice(a.end, b.start)) && !insideBracket(sentence, b, hit)) continue;
        // Items of one list act together (`A, B and C invested`): they are each other's partners at most.
        if (!definition.meta.symmetric && listedWith(a, eligible, sentence).includes(b)) continue;
        // Two sides of a symmetric relation are alike: a rivalry or a partnership joins two models or two
        // actors, and a person compared with a model (`マスクはGrok-1.5がGPTに差がある`) is the one speaking.
        const unlike = definition.meta.symmetric && (a.kind === 'AIModel') !== (b.kind === 'AIModel') ? 100 : 0;
        // Items of one list that is the verb's object (`与OpenAI和Anthropic竞争`) are set against its subject, not each other.
        const objects = definition.meta.symmetric && listedObject(a, b, mentions, sentence, language) ? 40 : 0;
        const cost = reach(sentence, a, hit, language) - skipped(a) + reach(sentence, b, hit, language) - skipped(b) + unlike + objects;
        if (!best || cost < best.cost) best = { a, b, cost };
      }
    // `Alphabetの子会社であるDeepMind`, `谷歌旗下的DeepMind`: the signal's noun set between its owner and
    // the name it describes joins those two, whoever else the sentence names.
    const owner = eligible.find((m) => isComplement(sentence, m, hit, language));
    const described = owner && eligible.find((m) => m.start >= hit.end && APPOSED[language].test(sentence.slice(hit.end, m.start)));
    if (owner && described && (fits(type, described, owner) || fits(type, owner, described))) best = { a: owner, b: described, cost: 0 };
    // A relative clause that holds its agent (`Xが開発したY`, `Xで使用されるY`, `X推出的Y`) joins that agent
    // to the name the clause describes, the first after it that the type lets the agent reach.
    const agent = eligible.find((m) => agentOfRelative(sentence, m, hit, language));
    const head = agent && eligible.find((m) => m.start >= hit.end && fits(type, agent, m));
    if (agent && head) best = { a: agent, b: head, cost: reach(sentence, head, hit, language) };
    if (!best) continue;
    // An actor set against another's model (`OpenAIのChatGPTに対抗`) is set against its owner.
    if (definition.meta.symmetric && (best.a.kind === 'AIModel') !== (best.b.kind === 'AIModel')) {
      const model = best.a.kind === 'AIModel' ? best.a : best.b;
      const actor = model === best.a ? best.b : best.a;
      const owner = possessors.find(([, owned]) => owned === model)?.[0];
      if (owner && owner.ref !== actor.ref && fits(type, actor, owner))
        best = owner.start < actor.start ? { a: owner, b: actor, cost: best.cost } : { a: actor, b: owner, cost: best.cost };
    }
    // `a` comes first in the sentence; in Japanese a は/が marks the subject wherever it stands.
    let [subject, other] = [best.a, best.b];
    if (isSubject(sentence, other, language) && !isSubject(sentence, subject, language)) [subject, other] = [other, subject];
    // `Alphabetの子会社であるDeepMind`, `Llama 2の次世代…Llama 3`: the name the signal's noun belongs to is its complement.
    if (isComplement(sentence, subject, hit, language) && !isComplement(sentence, other, hit, language))
      [subject, other] = [other, subject];
    // `XをベースにY`, `Xを子会社化`: the name marked by を right before the signal is its object, wherever it stands.
    if (
      language === 'ja' &&
      /^[」』”"]?(?:氏|社)?を$/.test(sentence.slice(subject.end, hit.start)) &&
      !isSubject(sentence, subject, language)
    )
      [subject, other] = [other, subject];
    let [from, to] = passive ? [other, subject] : [subject, other];
    // A form that holds its own agent marker (`owned by`) has placed its ends already: the marker is no extra cue.
    const agentFirst =
      (!/\bby$/.test(hit.signal.form) && isAgent(sentence, to, language) && !isAgent(sentence, from, language)) ||
      agentOfRelative(sentence, to, hit, language);
    if (agentFirst) [from, to] = [to, from];
    let confidence = 0.85 - Math.min(0.5, best.cost / 60);
    if (!fits(type, from, to)) {
      // A passive form has said which end acts (`GPUを購入`: the buyer is no supplier): no swap overrides it.
      if (passive) continue;
      // The kinds settle what the grammar could not: a person leads an organisation, never the reverse.
      [from, to] = [to, from];
      confidence -= 0.05;
    }
    // Building a part of a cluster or a site (`Dell built its servers`, `Colossusのサーバーを構築`) supplies it.
    const part =
      (type === 'OPERATES' || type === 'DEVELOPED') &&
      (to.kind === 'GPUCluster' || to.kind === 'Facility') &&
      PART_OBJECT[language](sentence.slice(0, hit.start), sentence.slice(hit.end));
    const properties = part ? {} : propertiesFor(definition, sentence, hit, language, publishedOn);
    // Both ends items of one list of three or more (`included A, B, C and D`) act together, whatever
    // their kinds: no item is the others' counterpart. Two names with a comma may be an apposition.
    const fromList = listedWith(from, mentions, sentence, true, true);
    if (!definition.meta.symmetric && fromList.length >= 3 && fromList.includes(to)) continue;
    // Items listed with an end share its part: `Microsoft, Nvidia and Samsung invested` is three investments.
    for (const f of fromList)
      for (const t of listedWith(to, mentions, sentence, true, true)) {
        if (f.ref === t.ref || !fits(type, f, t)) continue;
        const listed = f !== from || t !== to;
        out.push({
          // A model uses a dataset only by training on it, which TRAINED_ON says more exactly.
          type: part ? 'SUPPLIES' : type === 'USES' && f.kind === 'AIModel' && t.kind === 'Dataset' ? 'TRAINED_ON' : type,
          from: f.ref,
          to: t.ref,
          properties: listed ? {} : properties,
          evidence: sentence,
          start: offset,
          confidence: Math.max(0.05, Math.round((confidence - (listed ? 0.05 : 0)) * 100) / 100),
        });
      }
  }
  out.push(...hirings(out, mentions, sentence, affiliated));
  out.push(
    ...affiliations(sentence, offset, mentions, language),
    ...possessions(sentence, offset, mentions, language),
    ...units(sentence, offset, mentions, language),
  );
  return out;
}

/** Whether two mentions are items of one list that a preposition or a case particle marks as an object, not a subject. */
function listedObject(
  a: EntityMention,
  b: EntityMention,
  mentions: readonly EntityMention[],
  sentence: string,
  language: DocumentLanguage,
): boolean {
  const list = listedWith(a, mentions, sentence);
  if (!list.includes(b)) return false;
  const [first, last] = [list.reduce((x, y) => (y.start < x.start ? y : x)), list.reduce((x, y) => (y.end > x.end ? y : x))];
  if (language === 'ja') return !list.some((m) => isSubject(sentence, m, language)) && /^(?:社)?(?:と|に)/.test(sentence.slice(last.end));
  const before = sentence.slice(Math.max(0, first.start - 9), first.start);
  return language === 'zh' ? /(?:与|同|跟|对|比)\s*$/.test(before) : /\b(?:with|against|than|versus|vs\.?)\s+(?:the\s+)?$/i.test(before);
}

/**
 * Whether a comparison's sentence leaves one side unsaid: no subject (ja: no name before は, が or
 * も; zh: no name before the verb) and every name in it a model, all on one side (one list; in
 * Japanese, none of them marked as the object or, after the word for a model, as the subject).
 */
function impliedSide(
  sentence: string,
  hit: Span,
  eligible: readonly EntityMention[],
  mentions: readonly EntityMention[],
  language: DocumentLanguage,
): boolean {
  if (language === 'en' || eligible.length === 0) return false;
  if (language === 'ja' ? eligible.some((m) => isSubject(sentence, m, language)) : eligible.some((m) => m.end <= hit.start)) return false;
  const models = eligible.filter((m) => m.kind === 'AIModel');
  if (models.length === 0 || models.length < eligible.length) return false;
  // Japanese marks each argument: models none of which is an object (`AをBと比較`) are one side, listed or not.
  if (language === 'ja') return !models.some((m) => /^(?:モデル)?(?:を|は|が|も)/.test(sentence.slice(m.end)));
  return listedWith(models[0], mentions, sentence).length === models.length;
}

/**
 * What hiring a person states besides: the person works for the organisation that hired them, and
 * was hired away from the organisation named as theirs (`DeepMindのエンジニアXを採用` hires from DeepMind).
 */
function hirings(
  found: readonly FoundRelationship[],
  mentions: readonly EntityMention[],
  sentence: string,
  affiliated: readonly [EntityMention, EntityMention, string][],
): FoundRelationship[] {
  const out: FoundRelationship[] = [];
  for (const r of found.filter((f) => f.type === 'HIRED_FROM')) {
    const base = {
      properties: {},
      evidence: r.evidence,
      start: r.start,
      confidence: Math.max(0.05, Math.round((r.confidence - 0.05) * 100) / 100),
    };
    if (mentions.some((m) => m.ref === r.to && m.kind === 'Person')) out.push({ ...base, type: 'WORKS_FOR', from: r.to, to: r.from });
    // People listed after an affiliation share it (`DeepMindのエンジニア、AとB`); hiring an organisation's
    // people (`hired Inflection's co-founders A and B`) makes each of them the hirer's.
    for (const [person, org] of affiliated) {
      const listed = listedWith(person, mentions, sentence);
      if (org.ref !== r.from && listed.some((p) => p.ref === r.to)) out.push({ ...base, type: 'HIRED_FROM', from: r.from, to: org.ref });
      if (org.ref === r.to) for (const p of listed) out.push({ ...base, type: 'WORKS_FOR', from: p.ref, to: r.from });
    }
  }
  return out;
}

/** An owner's possessive before the thing owned, with at most a few words describing it between. */
const POSSESSIVE: Record<DocumentLanguage, RegExp> = {
  ja: /^(?:ら|など|主導)?の[^\s、。「」『』（）()]{0,8}(?<![にをでがは])[「『]?$/,
  zh: /^的[^\s，。“”、（）()]{0,8}[“「]?$/,
  en: /^['’]s\s(?:[a-z][a-z-]*\s){0,3}$/,
};
/** `its Grok 3 model`: the pronoun stands for its owner, so no `'s` follows it. */
const OWNER_PRONOUN = /^its$/i;
const AFTER_OWNER_PRONOUN = /^\s(?:[a-z][a-z-]*\s){0,3}$/;

/** The types whose signals declare that a possessive states them, most specific target first. */
const POSSESSIVE_TYPES = relationshipTypes
  .filter((t) => (t.signals as { possessive?: true }).possessive)
  .sort((a, b) => a.meta.to.length - b.meta.to.length);

/** The types a unit's word signals (部門, 子公司), by their declared signals. */
function unitType(word: string, language: DocumentLanguage): RelationshipTypeName {
  const declared = relationshipTypes.find(
    (t) => (t.type === 'SUBSIDIARY_OF' || t.type === 'PART_OF') && t.signals.active[language].some((f) => word.endsWith(f)),
  );
  return declared?.type ?? 'SUBSIDIARY_OF';
}

/** A unit named by its description after its owner's possessive (`NVIDIAのAIエージェント部門`) belongs to that owner. */
function units(sentence: string, offset: number, mentions: readonly EntityMention[], language: DocumentLanguage): FoundRelationship[] {
  const out: FoundRelationship[] = [];
  for (const [owner, unit] of neighbourPairs(mentions)) {
    const word = UNIT_NOUN.exec(unit.text)?.[0];
    if (!word || owner.ref === unit.ref || !/^(?:社|公司)?[の的]$/.test(sentence.slice(owner.end, unit.start))) continue;
    const type = unitType(word, language);
    if (fits(type, unit, owner))
      out.push({ type, from: unit.ref, to: owner.ref, properties: {}, evidence: sentence, start: offset, confidence: 0.6 });
  }
  return out;
}

/** What an owner's possessive states: `OpenAIのChatGPT` is a model OpenAI developed, `xAI's Colossus` a cluster it operates. */
const possessions: SentenceRule = (sentence, offset, mentions, language) => {
  const out: FoundRelationship[] = [];
  for (const [owner, owned] of neighbourPairs(mentions)) {
    const between = sentence.slice(owner.end, owned.start);
    const possessive = OWNER_PRONOUN.test(owner.text) ? AFTER_OWNER_PRONOUN.test(between) : POSSESSIVE[language].test(between);
    if (!possessive || owner.ref === owned.ref) continue;
    const type = POSSESSIVE_TYPES.find((t) => fits(t.type, owner, owned));
    if (type)
      out.push({ type: type.type, from: owner.ref, to: owned.ref, properties: {}, evidence: sentence, start: offset, confidence: 0.5 });
  }
  return out;
};

/**
 * The possessive that ties a person to an organisation (`DeepMindのエンジニア、イゴール`, `Google
 * CEOのスンダル・ピチャイ`, `微软的研究员张三`, `软银董事长孙正义`, `Nvidia's Jensen Huang`), and the
 * apposition that does it the other way round (`Jensen Huang, the chief executive of Nvidia`): read
 * as employment, and as leading or founding where the title between them is that type's signal.
 */
const GENITIVE: Record<DocumentLanguage, RegExp> = {
  ja: /^(?:社)?(?:\s?[A-Za-z\u30a1-\u30fc]{2,20})?の[^\s、。「」]{0,12}?(?:である|、)?$/,
  zh: /^(?:公司)?的[^\s，。“”]{0,8}$/,
  en: /^['’]s(?: [a-z][a-z -]{0,30})?,? $/,
};
/** A title alone between an organisation and a person, with no possessive (`软银董事长孙正义`). */
const BARE_TITLE: Partial<Record<DocumentLanguage, RegExp>> = { zh: /^[^\s，。“”的和与及、]{2,8}$/ };
/** The person, then an apposition naming their title at the organisation. */
const APPOSITION: Partial<Record<DocumentLanguage, RegExp>> = { en: /^,\s(?:the\s|a\s|its\s)?(?:[\w-]+\s){0,4}(?:of|at)\s(?:the\s)?$/i };

/** The types a title may state beside employment, by their declared signals. */
const TITLE_TYPES = ['LEADS', 'FOUNDED'] as const;
function titleSignals(language: DocumentLanguage): { type: RelationshipTypeName; forms: string[] }[] {
  return relationshipTypes
    .filter((t) => (TITLE_TYPES as readonly string[]).includes(t.type) || t.type === 'WORKS_FOR')
    .map((t) => ({ type: t.type, forms: [...t.signals.active[language]].map((f) => f.toLowerCase()) }));
}
const TITLES = { ja: titleSignals('ja'), zh: titleSignals('zh'), en: titleSignals('en') };

/** Each person and the organisation a possessive, a bare title or an apposition ties them to, with the title's words. */
function affiliationPairs(
  sentence: string,
  mentions: readonly EntityMention[],
  language: DocumentLanguage,
): [person: EntityMention, org: EntityMention, title: string][] {
  const out: [EntityMention, EntityMention, string][] = [];
  for (const [first, second] of neighbourPairs(mentions)) {
    const between = sentence.slice(first.end, second.start);
    // Titles after a Japanese name (サム・アルトマンCEO) belong to the title too.
    // A title written right after a Japanese name (サム・アルトマンCEO, 孫正義社長) is part of the title.
    const after =
      language === 'ja' ? (/^(?!氏|さん)[A-Za-z\u30a1-\u30fc\p{Script=Han}]{0,8}/u.exec(sentence.slice(second.end))?.[0] ?? '') : '';
    let person: EntityMention;
    let org: EntityMention;
    if (fits('WORKS_FOR', second, first) && GENITIVE[language].test(between)) [person, org] = [second, first];
    else if (
      fits('WORKS_FOR', second, first) &&
      BARE_TITLE[language]?.test(between) &&
      TITLES[language].some((t) => t.forms.some((f) => between.includes(f)))
    )
      [person, org] = [second, first];
    else if (fits('WORKS_FOR', first, second) && APPOSITION[language]?.test(between)) [person, org] = [first, second];
    else continue;
    out.push([person, org, `${between} ${person === second ? after : ''}`.toLowerCase()]);
  }
  return out;
}

/** Employment read from affiliations, and leading or founding where the title is that type's signal. */
function affiliations(
  sentence: string,
  offset: number,
  mentions: readonly EntityMention[],
  language: DocumentLanguage,
): FoundRelationship[] {
  const out: FoundRelationship[] = [];
  const push = (type: RelationshipTypeName, person: EntityMention, org: EntityMention, confidence: number) => {
    if (fits(type, person, org))
      out.push({ type, from: person.ref, to: org.ref, properties: {}, evidence: sentence, start: offset, confidence });
  };
  for (const [first, org, title] of affiliationPairs(sentence, mentions, language))
    // `LAIONのメンバーであるA、B、C`: the people listed after the first share the affiliation, unless one has its own.
    for (const person of listedWith(first, mentions, sentence, false)) {
      const listed = person !== first ? 0.05 : 0;
      push('WORKS_FOR', person, org, 0.5 - listed);
      for (const t of TITLES[language])
        if (t.type !== 'WORKS_FOR' && t.forms.some((f) => title.includes(f) && !/^(?:率い|leads|heads|led by)/.test(f)))
          push(t.type, person, org, 0.55 - listed);
    }
  return out;
}

/** Each mention with the one written right after it. */
function neighbourPairs(mentions: readonly EntityMention[]): [EntityMention, EntityMention][] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return sorted.slice(1).map((next, i) => [sorted[i], next]);
}

/** Words that join the items of a list; an item may be quoted after its kind word (`「GPT-3」やチャットボット「ChatGPT」`). */
const COORDINATOR = /^(?:氏|さん|社)?[」』”"]?\s*(?:、|,|，|和|与|及|以及|と|や|のほか、?|and|, and|&)\s*(?:\p{L}{1,8}[「『“"])?$/u;

/** Every title word the languages declare for employment, leading and founding. */
const TITLE_WORDS = Object.values(TITLES).flatMap((ts) => ts.flatMap((t) => t.forms));
/** A conjunction, a qualifying organisation, and a short title after it: `和前Meta|研究员`, `、元Google|の研究者`. */
const QUALIFIED = /^(?:氏|さん)?\s*(?:、|,|，|和|与|及|以及|と|や|and|, and)\s*(?:前|原|元|former\s)?\|(?:の)?[^\s，。、,;；]{1,8}\s?$/u;

/** A mention and the mentions listed with it, joined by commas and conjunctions only. */
/**
 * The mentions listed with `mention`, itself included. `actors`: people and organisations count as one
 * kind, as the actors of one verb (`raised from A16z, Sequoia and Ron Conway`); only for sharing a fact,
 * since an apposition (`Jensen Huang, Nvidia's CEO`) must not read as a list where pairs are chosen.
 */
export function listedWith(
  mention: EntityMention,
  mentions: readonly EntityMention[],
  sentence: string,
  qualified = true,
  actors = false,
): EntityMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const at = sorted.indexOf(mention);
  const group = [mention];
  // An implied side, which the sentence does not write, has no neighbours.
  if (at < 0) return group;
  // An item may carry its own qualifier (`A和前Meta研究员B`): the organisation that only describes the
  // next item is stepped over.
  // Two mentions on one span are one word standing for both (`両社`, `the two companies`).
  const joined = (i: number, j: number) =>
    (sorted[i].start === sorted[j].start && sorted[i].end === sorted[j].end) ||
    COORDINATOR.test(sentence.slice(sorted[i].end, sorted[j].start)) ||
    (qualified &&
      j === i + 2 &&
      sorted[i + 1].kind === 'Organization' &&
      sorted[j].kind === 'Person' &&
      mention.kind === 'Person' &&
      QUALIFIED.test(sentence.slice(sorted[i].end, sorted[i + 1].start) + '|' + sentence.slice(sorted[i + 1].end, sorted[j].start)) &&
      TITLE_WORDS.some((t) =>
        sentence
          .slice(sorted[i + 1].end, sorted[j].start)
          .toLowerCase()
          .includes(t),
      ));
  for (let i = at; i + 1 < sorted.length;) {
    const next = joined(i, i + 1) ? i + 1 : i + 2 < sorted.length && joined(i, i + 2) ? i + 2 : -1;
    if (next < 0) break;
    group.push(sorted[next]);
    i = next;
  }
  for (let i = at; i - 1 >= 0;) {
    const previous = joined(i - 1, i) ? i - 1 : i - 2 >= 0 && joined(i - 2, i) ? i - 2 : -1;
    if (previous < 0) break;
    group.push(sorted[previous]);
    i = previous;
  }
  const actor = (m: EntityMention) => m.kind === 'Person' || m.kind === 'Organization';
  return group.filter((m) => m.kind === mention.kind || (actors && actor(m) && actor(mention)));
}
