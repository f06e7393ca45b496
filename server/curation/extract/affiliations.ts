// Affiliations English states by apposition alone, with no verb to signal them: `Sam Altman of
// OpenAI`, `Demis Hassabis of Google DeepMind`. A person named right before `of` and an
// organisation works for it; the type comes from the schema like every other suggestion.
import { endpointError } from '../../../graph-schema';
import type { FoundRelationship, SentenceRule } from './relationships';

/** A person's name, then `of` and an organisation's, with nothing else between. */
const OF = /^ of (?:the )?$/;

export const affiliations: SentenceRule = (sentence, offset, mentions, language) => {
  if (language !== 'en') return [];
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const out: FoundRelationship[] = [];
  for (const [i, person] of ordered.entries()) {
    const organisation = ordered[i + 1];
    if (!organisation || person.kind !== 'Person' || organisation.kind !== 'Organization') continue;
    if (!OF.test(sentence.slice(person.end, organisation.start))) continue;
    if (endpointError('WORKS_FOR', person.kind, organisation.kind)) continue;
    out.push({
      type: 'WORKS_FOR',
      from: person.ref,
      to: organisation.ref,
      properties: {},
      evidence: sentence,
      start: offset,
      confidence: 0.5,
    });
  }
  return out;
};
