// Petitions an article describes rather than names. An open letter is rarely called by its title:
// the text says `巨大AI実験の一時停止を求める請願書`, `公开信`, `an open letter calling for a pause`,
// `マスクらの請願`, and then `この書簡`, `the letter`. A petition word is a petition: a new one where
// its demand is stated before it (を求める, 呼吁…的, calling for after it) or an owner's possessive
// precedes it, else the petition the text last described. An owner's possessive says who is behind
// it: an organisation or person alone wrote it (AUTHORED), one named with others (`マスクらの`,
// `马斯克等人的`) signed it with them and supports it (SIGNED, SUPPORTS).
import { SIGNED } from '../../../graph-schema';
import type { DocumentLanguage } from '../text/language';
import type { EntityMention } from './entity-index';
import { findSignals, type FoundRelationship, type Span } from './relationships';

const PETITION_WORD: Record<DocumentLanguage, RegExp> = {
  ja: /公開書簡|公開状|請願書?|嘆願書|署名活動|書簡|手紙/g,
  zh: /公开信|联名信|请愿书?|倡议书/g,
  // A statement is a petition only as `the statement`, after one was named: `said in a statement` is none.
  // `it` as the object of signing (`signed it`) stands for the petition described before.
  en: new RegExp(
    `\\b(?:open letters?|petitions?|letters?)\\b|(?<=\\b(?:the|this|that) )statement\\b|(?<=\\b(?:${SIGNED.signals.active.en.join('|')})\\w* )it\\b`,
    'gi',
  ),
};
/** Bare `letter`/`手紙`, and `it`, is a petition only where one was described before it. */
const ONLY_BACK = /^(?:letters?|statement|it|手紙|書簡)$/i;
/** A demand stated right before the word (ja, zh) or after it (en): the petition is described, so it is a new one. */
const DEMAND_BEFORE: Partial<Record<DocumentLanguage, RegExp>> = {
  ja: /(?:を求める|を訴える|に反対する|を呼びかける)$/,
  zh: /(?:呼吁|要求|反对)[^，。；“”]{0,30}的$/,
};
const DEMAND_AFTER: Partial<Record<DocumentLanguage, RegExp>> = { en: /^\s(?:calling|urging|demanding|asking)\b/i };
/** An indefinite article introduces a petition the text has not met yet (`an open letter`, `a new petition`). */
const INTRODUCED: Partial<Record<DocumentLanguage, RegExp>> = { en: /\b(?:an?|another)\s(?:[a-z-]+\s)?$/i };
/** An owner's possessive right before the word, with `and others` or `led` between, and a few words describing it. */
const OWNER_BEFORE: Record<DocumentLanguage, RegExp> = {
  ja: /^(ら|など|主導)?の(?:新しい)?$/,
  zh: /^(等人?|牵头|发起)?的$/,
  en: /^(?: and others)?['’]s\s(?:new\s|open\s)?$/i,
};
/** Where a described petition's own words begin: after the last boundary or Japanese topic before its demand. */
const CLAUSE_START = /[、，,。:：]|(?<=は)/g;

interface DescribedPetition extends Span {
  text: string;
  name: string;
  /** Whether this describes a petition of its own, or refers to the one described last. */
  isNew: boolean;
  /** A word (`letter`, `手紙`) that is a petition only where one was described before it. */
  onlyBack: boolean;
  owner?: { ref: string; signed: boolean };
  /** A title quoted inside its description (`「安全なデジタル未来」のために…を求める署名活動`), which later text may name it by. */
  title?: string;
}

const QUOTED_TITLE = /[「『“"]([^」』”"]{3,60})[」』”"]/;

/** The petitions a paragraph describes or refers to, in text order. */
export function describedPetitions(text: string, language: DocumentLanguage, mentions: readonly EntityMention[]): DescribedPetition[] {
  const out: DescribedPetition[] = [];
  for (const w of text.matchAll(PETITION_WORD[language])) {
    const span = { start: w.index, end: w.index + w[0].length };
    // A name inside the words (a known `Open` in `open letter`) is no name there; one across their edge is.
    if (mentions.some((m) => m.start < span.end && span.start < m.end && !(m.start >= span.start && m.end <= span.end))) continue;
    const before = text.slice(0, span.start);
    // The nearest actor before the word, whatever order the mentions were found in.
    const owner = mentions
      .filter((m) => m.end <= span.start && (m.kind === 'Person' || m.kind === 'Organization'))
      .sort((a, b) => a.end - b.end)
      .at(-1);
    const possessive = owner && OWNER_BEFORE[language].exec(text.slice(owner.end, span.start));
    if (owner && possessive) {
      out.push({
        ...span,
        text: w[0],
        name: text.slice(owner.start, span.end),
        isNew: true,
        onlyBack: false,
        owner: { ref: owner.ref, signed: /^(?:ら|など|等|等人| and others)$/.test(possessive[1] ?? '') },
      });
      continue;
    }
    const after = text.slice(span.end);
    const demanded = DEMAND_BEFORE[language]?.test(before) || DEMAND_AFTER[language]?.test(after);
    if ((demanded && !ONLY_BACK.test(w[0])) || INTRODUCED[language]?.test(before)) {
      const clauseStart = Math.max(0, ...[...before.matchAll(CLAUSE_START)].map((b) => b.index + b[0].length));
      // Its demand names it: the clause before it in Japanese and Chinese, the words after it in English.
      const clause =
        language === 'en'
          ? `${w[0]}${demanded ? (/^[^,.;:]{0,60}/.exec(after)?.[0] ?? '') : ''}`.trim()
          : text.slice(Math.max(clauseStart, span.start - 40), span.end);
      const title = QUOTED_TITLE.exec(clause)?.[1];
      out.push({ ...span, text: w[0], name: clause, isNew: true, onlyBack: false, ...(title ? { title } : {}) });
    } else out.push({ ...span, text: w[0], name: w[0], isNew: false, onlyBack: ONLY_BACK.test(w[0]) });
  }
  return out;
}

/** What an owner's possessive before a petition states: who wrote it, or who signed it with others. */
export function petitionFacts(
  sentence: string,
  offset: number,
  petitions: readonly (DescribedPetition & { ref: string })[],
): FoundRelationship[] {
  // Those named as its backers with others (`マスクらの請願`) signed it and stand for it.
  return petitions.flatMap((p) =>
    !p.owner
      ? []
      : (p.owner.signed ? (['SIGNED', 'SUPPORTS'] as const) : (['AUTHORED'] as const)).map((type) => ({
          type,
          from: p.owner!.ref,
          to: p.ref,
          properties: {},
          evidence: sentence,
          start: offset,
          confidence: type === 'SUPPORTS' ? 0.4 : 0.45,
        })),
  );
}

/** What introduces the names that elaborate a plural subject: `…: A, B`, `…, among them A and B`, `including A`. */
const ELABORATION: Partial<Record<DocumentLanguage, RegExp>> = { en: /:\s|,?\s(?:among them|including|such as)\s/i };

/**
 * Signatures whose petition the sentence does not name (`The heads of the labs added their names as
 * well: A of X, B of Y`): a signing verb whose subject is a plural noun elaborated by the names after
 * it, each of whom signed the petition the text described last.
 */
export function elaboratedSignatories(
  sentence: string,
  offset: number,
  mentions: readonly EntityMention[],
  language: DocumentLanguage,
  petition: string | undefined,
): FoundRelationship[] {
  const marker = ELABORATION[language];
  if (!petition || !marker || mentions.some((m) => m.kind === 'Petition' || m.kind === 'Policy')) return [];
  const signing = findSignals(sentence, language, mentions).find((h) => h.signal.definition.type === 'SIGNED');
  if (!signing) return [];
  // The subject is the plural noun before the verb: a name there is the one who signed, and the sentence is read elsewhere.
  if (mentions.some((m) => m.end <= signing.start && (m.kind === 'Person' || m.kind === 'Organization'))) return [];
  const elaborated = marker.exec(sentence.slice(signing.end));
  // A verb with an object of its own (`signed a supply deal: …`) signed that, not the petition.
  if (!elaborated || /\b(?:a|an|the)\s/i.test(sentence.slice(signing.end, signing.end + elaborated.index))) return [];
  const from = signing.end + elaborated.index + elaborated[0].length;
  // An organisation that only places a person (`A of X`, `X's B`, `a former X engineer`) signed nothing.
  const qualifier = (m: EntityMention) =>
    /\b(?:of|at|from)\s(?:the\s)?$/.test(sentence.slice(from, m.start)) || /^(?:['’]s\b| [a-z])/.test(sentence.slice(m.end));
  return mentions
    .filter((m) => m.start >= from && (m.kind === 'Person' || (m.kind === 'Organization' && !qualifier(m))))
    .map((m) => ({
      type: 'SIGNED' as const,
      from: m.ref,
      to: petition,
      properties: {},
      evidence: sentence,
      start: offset,
      confidence: 0.35,
    }));
}
