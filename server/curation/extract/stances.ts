// Policies an article describes by the demand for them. A call for a rule rarely names it: the text
// says `サンダースさんはAI業界のより強力な規制を求めました`, `他呼吁加强人工智能监管`, `she called for
// a ban on facial recognition`. A policy word that is the object of a verb of demanding is a policy,
// named by the words that describe it (the clause before it in Japanese, the words between the verb
// and it in Chinese and English, with what it bears on after it in English). Whoever makes the demand
// stands for it (SUPPORTS); whoever proposes it (提案, 提议, proposed) is also its author (AUTHORED).
// Stances put as verdicts: a label on a petition, policy, actor or model (`Xを「誤ったアプローチ」と呼び`,
// `called X misguided`) is its speaker opposing it, or supporting it where the label approves.
import type { DocumentLanguage } from '../text/language';
import type { EntityMention } from './entity-index';
import type { FoundRelationship, SentenceRule, Span } from './relationships';

const POLICY_WORD: Record<DocumentLanguage, RegExp> = {
  ja: /法規制|規制|法案|法律|法整備|禁止措置|モラトリアム|ライセンス制度|免許制度?/g,
  zh: /监管|法规|法案|法律|禁令|许可制度|立法/g,
  en: /\b(?:regulations?|regulatory (?:regime|framework)|rules|bans?|moratorium|licen[cs]ing (?:regime|system|scheme)|laws?|legislation|bill)\b/gi,
};
/** The verb of demanding right after the word in Japanese, with what is to be done to it between. */
const DEMAND_AFTER_JA = /^(?:の(?:導入|制定|強化|整備|実施|創設))?を(?:強く)?(求め|要求|要請|訴え|呼びかけ|提案|提唱)/;
/** The verb of demanding before the word in Chinese and English, and the words describing the policy between. */
const DEMAND_BEFORE: Partial<Record<DocumentLanguage, RegExp>> = {
  zh: /(呼吁|要求|主张|提议|倡导|推动)([^，。；、“”：:,]{0,20})$/,
  en: /\b(call(?:ed|s|ing)? for|urg(?:ed|es|ing)|demand(?:ed|s|ing)|push(?:ed|es|ing) for|propos(?:ed|es|ing)|advocat(?:ed|es|ing)(?: for)?)\s+((?:[\w'’-]+\s){0,6})$/i,
};
/** What an English policy bears on, after it (`a ban on facial recognition`). */
const COMPLEMENT_EN = /^\s(?:on|of|for|against)\s[^,.;:]{1,50}/;
const PROPOSAL = /^(?:提案|提唱|提议|倡导|propos)/i;
/** Where a Japanese description begins: after a boundary, a topic or an object before it. */
const CLAUSE_START = /[、，,。:：「」『』]|(?<=[はがもを])/g;

interface DescribedPolicy extends Span {
  text: string;
  name: string;
  proposed: boolean;
}

const actor = (m: EntityMention) => m.kind === 'Person' || m.kind === 'Organization';

/** The policies a paragraph describes by a demand for them, in text order. */
export function describedPolicies(
  text: string,
  language: DocumentLanguage,
  mentions: readonly EntityMention[],
  petitions: readonly (Span & { name: string })[] = [],
): DescribedPolicy[] {
  const out: DescribedPolicy[] = [];
  // A demand inside a petition's description (its name, before the word in ja and zh, after it in en) is the petition's.
  const described = petitions.map((q) =>
    language === 'en' ? { start: q.start, end: q.start + q.name.length } : { start: q.end - q.name.length, end: q.end },
  );
  const inPetition = (p: Span) => described.some((q) => p.start < q.end && q.start < p.end);
  for (const w of text.matchAll(POLICY_WORD[language])) {
    const word = { start: w.index, end: w.index + w[0].length };
    if (mentions.some((m) => m.start < word.end && word.start < m.end)) continue;
    const before = text.slice(0, word.start);
    if (language === 'ja') {
      const demand = DEMAND_AFTER_JA.exec(text.slice(word.end));
      if (!demand) continue;
      const clauseStart = Math.max(0, word.start - 30, ...[...before.matchAll(CLAUSE_START)].map((b) => b.index + b[0].length));
      // A name inside the description qualifies the policy (`OpenAIへの規制`); the description starts after it.
      const inside = mentions.filter((m) => m.start >= clauseStart && m.end <= word.start && actor(m)).at(-1);
      const start = inside ? inside.end : clauseStart;
      const policy = { start, end: word.end, text: text.slice(start, word.end), proposed: PROPOSAL.test(demand[1]) };
      if (!inPetition(policy)) out.push({ ...policy, name: policy.text });
      continue;
    }
    const demand = DEMAND_BEFORE[language]?.exec(before);
    if (!demand) continue;
    const start = word.start - demand[2].length;
    if (mentions.some((m) => m.start < word.start && start < m.end)) continue;
    const end = word.end + (language === 'en' ? (COMPLEMENT_EN.exec(text.slice(word.end))?.[0].length ?? 0) : 0);
    const name = text.slice(start, end).replace(/^(?:an?|the)\s/i, '');
    if (!inPetition({ start, end })) out.push({ start, end, text: text.slice(start, end), name, proposed: PROPOSAL.test(demand[1]) });
  }
  return out;
}

/** Whether a mention is the topic or subject of its clause in Japanese (Xは, Xが, Xも). */
const isTopic = (sentence: string, m: Span) => /^(?:氏|さん|社)?(?:は|が|も)/.test(sentence.slice(m.end, m.end + 3));

/** Who stands for, and who proposed, each policy described in one sentence: the actor making the demand. */
export function policyFacts(
  sentence: string,
  span: Span,
  mentions: readonly EntityMention[],
  policies: readonly (DescribedPolicy & { ref: string })[],
): FoundRelationship[] {
  const out: FoundRelationship[] = [];
  const offset = span.start;
  for (const p of policies.filter((q) => q.start >= span.start && q.end <= span.end)) {
    const at = p.start - offset;
    const before = mentions.filter((m) => actor(m) && m.end <= at);
    const subject = before.find((m) => isTopic(sentence, m)) ?? before.at(-1);
    if (!subject) continue;
    const fact = (type: FoundRelationship['type'], confidence: number) =>
      out.push({ type, from: subject.ref, to: p.ref, properties: {}, evidence: sentence, start: offset, confidence });
    fact('SUPPORTS', 0.45);
    if (p.proposed) fact('AUTHORED', 0.4);
  }
  return out;
}

/** Words that make a label a verdict against what it labels, or for it. */
const AGAINST: Record<DocumentLanguage, RegExp> = {
  ja: /誤|間違|危険|見当違い|無責任|愚か|ばかげ|馬鹿げ|的外れ|有害/,
  zh: /错误|危险|荒谬|不负责任|愚蠢|有害/,
  en: /\b(?:wrong|misguided|dangerous|irresponsible|foolish|ridiculous|absurd|harmful|reckless)/i,
};
const FOR: Record<DocumentLanguage, RegExp> = {
  ja: /正しい|賢明|素晴らしい|重要な一歩/,
  zh: /正确|明智|重要一步/,
  en: /\b(?:right|wise|an important step|welcome)\b/i,
};
/** A label put on a mention: `Xを「誤ったアプローチ」と呼び`, `称X为“错误的做法”`, `called X misguided`. */
const LABEL_AFTER: Record<DocumentLanguage, RegExp> = {
  ja: /^(?:を|について)、?[「『]([^」』]{1,30})[」』]と(?:呼|評|批判|断じ|切り捨て|形容)/,
  zh: /^为?[“"「]([^”"」]{1,30})[”"」]/,
  en: /^,?\s(?:as\s)?((?:an?\s|“|")?[\w-]+(?:\s[\w-]+){0,3})/,
};
const LABEL_VERB_BEFORE: Partial<Record<DocumentLanguage, RegExp>> = {
  zh: /(?:称|批评|指)$/,
  en: /\b(?:called|calls|described|describes|dismissed|dismisses|branded|brands|labell?ed)\s$/i,
};
const STANCE_TARGET = new Set(['Petition', 'Policy', 'Organization', 'AIModel', 'Person']);

/** The stance a label states: its speaker, the actor the sentence is about, for or against what it labels. */
export const labelStances: SentenceRule = (sentence, offset, mentions, language) => {
  const out: FoundRelationship[] = [];
  for (const target of mentions) {
    if (!STANCE_TARGET.has(target.kind)) continue;
    const before = LABEL_VERB_BEFORE[language];
    if (before && !before.test(sentence.slice(Math.max(0, target.start - 12), target.start))) continue;
    const label = LABEL_AFTER[language].exec(sentence.slice(target.end))?.[1];
    if (!label) continue;
    const type = AGAINST[language].test(label) ? 'OPPOSES' : FOR[language].test(label) ? 'SUPPORTS' : undefined;
    if (!type) continue;
    const speakers = mentions.filter((m) => actor(m) && m.end <= target.start && m.ref !== target.ref);
    const speaker = speakers.find((m) => isTopic(sentence, m)) ?? speakers.at(-1);
    if (speaker) out.push({ type, from: speaker.ref, to: target.ref, properties: {}, evidence: sentence, start: offset, confidence: 0.4 });
  }
  return out;
};
