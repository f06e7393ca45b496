// Companions of a fact's source: `he founded SSI with Daniel Gross and Daniel Levy`, `ハサビス氏は
// レッグ氏とともにDeepMindを設立した`, `张三与李四共同创立了…`. A type whose signals declare it
// comitative (co-founding, co-authoring, co-signing) gives each companion the source's part. The
// companion is marked by the language's comitative, not by being listed with the source, so the
// reading of lists elsewhere is left alone.
import { endpointError, relationshipTypes } from '../../../graph-schema';
import type { DocumentLanguage } from '../text/language';
import type { EntityMention } from './entity-index';
import { relativeClauses, type FoundRelationship, type Span } from './relationships';

const COMITATIVE_TYPES = new Set<string>(
  relationshipTypes.filter((t) => (t.signals as { comitative?: true }).comitative).map((t) => t.type),
);

/** The comitative marker: before the companion (en `with`, zh 与…共同) or after it (ja `とともに`). */
const BEFORE: Record<DocumentLanguage, RegExp> = {
  ja: /(?:)/,
  zh: /(?:与|和|同|跟)\s*$/,
  en: /\bwith\s+$/i,
};
const AFTER: Record<DocumentLanguage, RegExp> = {
  ja: /^(?:氏|さん|社)?と(?:ともに|共に|共同で|一緒に)/,
  zh: /^\s*(?:共同|一起|联合|一同)/,
  en: /(?:)/,
};
/** What joins companions named one after another, once relative clauses are set aside: `A, and B`, `AとB`. */
const JOINED = /^(?:氏|さん)?\s*(?:,|、|，|和|与|及|と|and|, and)\s*$/;

/** The companions of each comitative fact found in a sentence, each given the fact's part. */
export function coAgentFacts(
  found: readonly FoundRelationship[],
  sentence: string,
  mentions: readonly EntityMention[],
  language: DocumentLanguage,
): FoundRelationship[] {
  const facts = found.filter((r) => COMITATIVE_TYPES.has(r.type));
  if (!facts.length) return [];
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const asides = relativeClauses(sentence, language);
  const outside = (from: number, to: number) =>
    asides
      .filter((c) => c.start >= from && c.end <= to)
      .reduceRight((text, c) => text.slice(0, c.start - from) + text.slice(c.end - from), sentence.slice(from, to));
  const inAside = (m: Span) => asides.some((c) => c.start <= m.start && m.end <= c.end);
  const actors = ordered.filter((m) => (m.kind === 'Person' || m.kind === 'Organization') && !inAside(m));
  const marked = actors.filter((m) => {
    const before = sentence.slice(Math.max(0, m.start - 8), m.start);
    const after = sentence.slice(m.end, m.end + 8);
    // `with Microsoft's help`: a possessive makes the name an owner, not a companion.
    return BEFORE[language].test(before) && AFTER[language].test(after) && !/^(?:['’]s\b|の|的)/.test(after);
  });
  // The companions named after a marked one, joined to it across any relative clause between them.
  const groups = marked.map((first) => {
    const group = [first];
    for (const next of actors.filter((m) => m.start >= first.end && m.kind === first.kind)) {
      if (!JOINED.test(outside(group.at(-1)!.end, next.start))) break;
      group.push(next);
    }
    return group;
  });
  const out: FoundRelationship[] = [];
  const part = (r: FoundRelationship, from: EntityMention) =>
    out.push({ ...r, from: from.ref, properties: {}, confidence: Math.max(0.05, Math.round((r.confidence - 0.05) * 100) / 100) });
  for (const r of facts)
    for (const group of groups) {
      const kind = mentions.find((m) => m.ref === r.from)?.kind;
      const target = mentions.find((m) => m.ref === r.to)?.kind;
      if (group.some((c) => c.ref === r.to) || group[0].kind !== kind) continue;
      // A companion read as the source stands for the subject it accompanies: the actor named before it.
      if (group.some((c) => c.ref === r.from)) {
        const subject = actors.filter((m) => m.end <= group[0].start && m.kind === kind && m.ref !== r.to).at(-1);
        if (subject && !groups.some((g) => g.includes(subject)) && target && !endpointError(r.type, subject.kind, target)) part(r, subject);
      }
      for (const c of group) if (c.ref !== r.from) part(r, c);
    }
  return out;
}
