// Claims read from sentences: who said, predicted, announced or reported what. A sentence holds a
// claim when one of the Claim kind's signals (declared beside the kind in graph-schema) occurs
// and a person or organisation stands near it as the speaker. Its kind follows the signals and the
// dates: a deadline or a date after the statement makes a prediction, and that date is its due date.
import { Claim, CLAIM_KINDS, type SignalLanguage } from '../../../graph-schema';
import { findDates } from '../text/dates';
import type { DocumentLanguage } from '../text/language';
import type { EntityMention } from './entity-index';
import type { Span } from './relationships';

type ClaimKind = (typeof CLAIM_KINDS)[number];

export interface FoundClaim {
  by: string;
  about: string[];
  claimKind: ClaimKind;
  statedOn?: string;
  dueBy?: string;
  evidence: string;
  start: number;
  confidence: number;
}

const SPEAKERS: readonly string[] = ['Person', 'Organization'];
/** Kinds a claim is about besides what its speaker names; a claim is never about a document. */
const NOT_ABOUT: readonly string[] = ['Claim', 'Source'];

interface ClaimSignal extends Span {
  variety: string;
}

function claimSignals(sentence: string, language: SignalLanguage): ClaimSignal[] {
  const haystack = language === 'en' ? sentence.toLowerCase() : sentence;
  const hits: ClaimSignal[] = [];
  for (const [variety, signals] of Object.entries(Claim.signals))
    for (const form of signals[language]) {
      const needle = language === 'en' ? form.toLowerCase() : form;
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        if (language === 'en' && /[a-z0-9]/.test(haystack[at - 1] ?? '')) continue;
        hits.push({ start: at, end: at + needle.length, variety });
      }
    }
  return hits.sort((a, b) => a.start - b.start);
}

/** Spans inside quotation marks: a name quoted is what was said, not who said it. */
function quoted(sentence: string): Span[] {
  const out: Span[] = [];
  for (const m of sentence.matchAll(/「[^」]*」|『[^』]*』|“[^”]*”|"[^"]*"/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const distance = (m: Span, s: Span) => (m.end <= s.start ? s.start - m.end : m.start >= s.end ? m.start - s.end : 0);
/** A year-month-day string compared as text: a later partial date sorts after an earlier one. */
const after = (date: string, than: string | undefined) => than !== undefined && date.slice(0, than.length) > than;

export function claimIn(
  sentence: string,
  offset: number,
  mentions: readonly EntityMention[],
  language: DocumentLanguage,
  publishedOn?: string,
): FoundClaim | undefined {
  const signals = claimSignals(sentence, language);
  if (signals.length === 0) return undefined;
  const quotes = quoted(sentence);
  const speakers = mentions.filter((m) => SPEAKERS.includes(m.kind) && !quotes.some((q) => q.start <= m.start && m.end <= q.end));
  if (speakers.length === 0) return undefined;
  // The speaker stands nearest a verb of saying; a person speaks before an organisation does.
  // In Japanese the speaker is the topic or subject (は, が after the name, an honorific between).
  const marked = (m: EntityMention) => language === 'ja' && /^(?:氏|さん|社|CEO)?(?:は|が|も)/.test(sentence.slice(m.end, m.end + 5));
  // Markers of the future (will, だろう) say what kind of claim it is, not who speaks.
  const verbs = signals.filter((s) => s.variety !== 'prediction');
  const anchors = verbs.length > 0 ? verbs : signals;
  const cost = (m: EntityMention) =>
    Math.min(...anchors.map((s) => distance(m, s))) + (m.kind === 'Person' ? 0 : 25) - (marked(m) ? 40 : 0);
  const speaker = [...speakers].sort((a, b) => cost(a) - cost(b))[0];
  const varieties = new Set(signals.map((s) => s.variety));
  const dates = findDates(sentence, language, publishedOn);
  const stated = dates.find((d) => !d.by && !after(d.date, publishedOn));
  const statedOn = stated?.date ?? publishedOn;
  const due = dates.find((d) => d.by) ?? dates.find((d) => after(d.date, statedOn));
  const claimKind: ClaimKind =
    varieties.has('prediction') || due
      ? 'prediction'
      : varieties.has('announcement')
        ? 'announcement'
        : varieties.has('opinion')
          ? 'opinion'
          : varieties.has('reported-fact')
            ? 'reported-fact'
            : speaker.kind === 'Person'
              ? 'opinion'
              : 'announcement';
  const about = [...new Set(mentions.filter((m) => m.ref !== speaker.ref && !NOT_ABOUT.includes(m.kind)).map((m) => m.ref))];
  const confidence = 0.45 + (speaker.kind === 'Person' ? 0.15 : 0) + (quotes.length > 0 ? 0.1 : 0) + (about.length > 0 ? 0.1 : 0);
  return {
    by: speaker.ref,
    about,
    claimKind,
    ...(statedOn ? { statedOn } : {}),
    ...(claimKind === 'prediction' && due ? { dueBy: due.date } : {}),
    evidence: sentence,
    start: offset,
    confidence: Math.round(confidence * 100) / 100,
  };
}
