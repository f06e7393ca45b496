// A fact whose sentence names only its actors, as one list before the verb, leaves the other side to
// the text before: `エヌビディアや三菱UFJ銀行などが出資した` after a sentence about a start-up's round,
// `微软和英伟达也参与了投资`, `Microsoft and Nvidia also invested`. News text names the company once and
// then lists who did what to it; the unnamed side is the organisation the text was about.
import type { DocumentLanguage } from '../text/language';
import type { EntityMention } from './entity-index';
import { findSignals, fits, listedWith, quoteSpans, type FoundRelationship } from './relationships';

/** What may stand between the list and its verb: nothing that could be the verb's own object (`X社に出資`, `在…投资`). */
const LIST_THEN_SIGNAL: Record<DocumentLanguage, RegExp> = {
  ja: /^(?:氏|さん|社)?(?:など|ら)?(?:は|が|も)、?[^、。にへを「」]{0,12}$/,
  zh: /^(?:等)?(?:公司)?(?:也|还|都|均|则|已|已经|曾|将|分别|共同|联合|此前|参与了?|进行了?)*$/,
  en: /^(?:,? (?:also|have|has|had|each|all|both|later|together|jointly))* $/i,
};

const TIME_AFTER = /^(?:から|以来|以降|直後|当初|以后|之后|之初|后的)/;

const actor = (m: EntityMention) => m.kind === 'Person' || m.kind === 'Organization';

export function impliedCounterparts(
  sentence: string,
  offset: number,
  mentions: readonly EntityMention[],
  language: DocumentLanguage,
  topic: EntityMention | undefined,
  read: readonly FoundRelationship[],
): FoundRelationship[] {
  if (!topic || topic.kind !== 'Organization' || mentions.some((m) => m.ref === topic.ref)) return [];
  const quotes = quoteSpans(sentence);
  const actors = mentions.filter((m) => actor(m) && !quotes.some((q) => q.start <= m.start && m.end <= q.end));
  if (actors.length === 0) return [];
  const list = listedWith(actors[0], mentions, sentence, true, true);
  if (actors.some((a) => !list.includes(a))) return [];
  const last = Math.max(...list.map((m) => m.end));
  const out: FoundRelationship[] = [];
  for (const hit of findSignals(sentence, language, mentions)) {
    const { definition, passive } = hit.signal;
    const type = definition.type;
    // Only a fact whose other side is an organisation (a stake, a post, a founding, a parent) leaves
    // it to the text: a symmetric fact has both sides in the list, a passive one names its object,
    // and a stance or a supply may be toward anything.
    const toOrganisation = definition.meta.to.length === 1 && definition.meta.to[0] === 'Organization';
    if (!toOrganisation || passive || definition.meta.symmetric || read.some((r) => r.type === type)) continue;
    // `設立から1年`, `成立以来`, `since its founding`: the signal dates the subject; it does not act on anything.
    if (TIME_AFTER.test(sentence.slice(hit.end)) || /\bsince (?:its |their )?$/i.test(sentence.slice(0, hit.start))) continue;
    // The list is the verb's subject, right before it. A title written with a name (田中CEO) or a post
    // named as a topic (創業者は…) is read by affiliations and posts, which know whose post it is.
    if (last > hit.start || !LIST_THEN_SIGNAL[language].test(sentence.slice(last, hit.start))) continue;
    for (const m of list)
      if (m.ref !== topic.ref && fits(type, m, topic))
        out.push({ type, from: m.ref, to: topic.ref, properties: {}, evidence: sentence, start: offset, confidence: 0.3 });
  }
  return out;
}
