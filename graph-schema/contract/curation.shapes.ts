// The shapes of the curation loop: an article ingested as a document with numbered paragraphs, the
// facts the extractor suggests from it, what a curator accepts, and the history every write leaves.
// A suggestion names entities by `ref`: the graph id of a known entity, or `new:<slug>` for one the
// curator may create in the same accept.
import { z } from 'zod';
import { CLAIM_KINDS, EntityId, KindNameSchema, PartialDate, RelationshipKey, RelationshipTypeSchema, Text } from '../index';
import { Entity, EntityRef, pageOf } from './shapes';

export const DOCUMENT_LANGUAGES = ['ja', 'zh', 'en'] as const;
/** The longest article text the server reads, in characters; longer is refused with 413. */
export const MAX_DOCUMENT_CHARS = 100_000;

/** `new:` and a lower-case slug: an entity this document suggests and the graph does not hold yet. */
export const NEW_REF = /^new:[a-z0-9][a-z0-9-]{0,99}$/;
export const EntityRefKey = z
  .string()
  .max(104)
  .refine((ref) => NEW_REF.test(ref) || EntityId.safeParse(ref).success, 'must be an entity id or "new:<slug>"')
  .meta({
    id: 'EntityRefKey',
    description: 'A known entity\u2019s id, or `new:<slug>` for an entity suggested by this document.',
    pattern: `^(?:${NEW_REF.source.slice(1, -1)}|[a-z0-9]+(?:-[a-z0-9]+)*)$`,
  });

export const DocumentInput = z
  .object({
    title: Text(500),
    // The length is checked by the handler so that too long answers 413, not 400.
    text: z
      .string()
      .min(1, 'must not be empty')
      .meta({ description: `Plain text or Markdown, at most ${MAX_DOCUMENT_CHARS} characters.` }),
    language: z.enum(DOCUMENT_LANGUAGES).optional().meta({ description: 'Detected from the text when absent.' }),
    publishedOn: PartialDate.optional(),
    outlet: Text(200).optional(),
    author: Text(200).optional(),
    url: z.url().max(2000).optional(),
  })
  .strict()
  .meta({ id: 'DocumentInput' });
export type DocumentInput = z.infer<typeof DocumentInput>;

export const Paragraph = z.object({ n: z.number().int().min(1), text: z.string() }).meta({ id: 'Paragraph' });

export const DocumentView = z
  .object({
    id: EntityId.meta({ description: 'The id of the Source entity the document became.' }),
    title: z.string(),
    language: z.enum(DOCUMENT_LANGUAGES),
    publishedOn: z.string().optional(),
    paragraphs: z.array(Paragraph),
  })
  .meta({ id: 'DocumentView' });

/** Where a suggestion rests: its paragraph and the span of that paragraph's text (UTF-16 offsets). */
const Evidence = {
  paragraph: z.number().int().min(1),
  evidence: z.string().meta({ description: 'The text of the paragraph that supports the suggestion.' }),
  start: z.number().int().min(0).meta({ description: 'Offset of the evidence in the paragraph.' }),
  confidence: z.number().min(0).max(1),
};

export const Mention = z
  .object({ paragraph: z.number().int().min(1), text: z.string(), start: z.number().int().min(0) })
  .meta({ id: 'Mention' });

export const SuggestedEntity = z
  .object({
    ref: EntityRefKey,
    name: z.string(),
    kind: KindNameSchema,
    known: z.boolean(),
    id: EntityId.optional().meta({ description: 'The graph id, when known.' }),
    aliases: z.array(z.string()),
    mentions: z.array(Mention),
  })
  .meta({ id: 'SuggestedEntity' });

export const SuggestedRelationship = z
  .object({
    key: z.string().meta({ description: 'The suggestion\u2019s key within its document, e.g. "r3".' }),
    type: RelationshipTypeSchema,
    from: EntityRefKey,
    to: EntityRefKey,
    properties: z.record(z.string(), z.unknown()),
    ...Evidence,
    known: z.boolean().meta({ description: 'The graph holds this relationship already: accepting it adds a citation.' }),
  })
  .meta({ id: 'SuggestedRelationship' });

export const SuggestedClaim = z
  .object({
    key: z.string().meta({ description: 'The suggestion\u2019s key within its document, e.g. "c1".' }),
    by: EntityRefKey,
    about: z.array(EntityRefKey),
    claimKind: z.enum(CLAIM_KINDS),
    statedOn: z.string().optional(),
    dueBy: z.string().optional(),
    ...Evidence,
  })
  .meta({ id: 'SuggestedClaim' });

export const Suggestions = z
  .object({ entities: z.array(SuggestedEntity), relationships: z.array(SuggestedRelationship), claims: z.array(SuggestedClaim) })
  .meta({ id: 'Suggestions' });
export type Suggestions = z.output<typeof Suggestions>;

export const IngestResult = z.object({ document: DocumentView, suggestions: Suggestions }).meta({ id: 'IngestResult' });

export const DocumentSummary = z
  .object({
    id: EntityId,
    title: z.string(),
    language: z.enum(DOCUMENT_LANGUAGES),
    publishedOn: z.string().optional(),
    paragraphCount: z.number().int(),
    suggestionCount: z.number().int(),
    acceptedCount: z.number().int(),
    rejectedCount: z.number().int(),
    ingestedAt: z.string(),
  })
  .meta({ id: 'DocumentSummary' });

export const DocumentDetail = IngestResult.extend({
  accepted: z.array(z.string()).meta({ description: 'Keys of accepted suggestions (entity refs, relationship and claim keys).' }),
  rejected: z.array(z.string()),
}).meta({ id: 'DocumentDetail' });

/** An entity to create in an accept: the suggestion's ref, or a new one the curator typed. */
export const AcceptedEntity = z
  .object({
    ref: z.string().regex(NEW_REF, 'must be "new:<slug>"'),
    id: EntityId.optional().meta({ description: 'The id to create; derived from the name when absent.' }),
    kind: KindNameSchema,
    name: Text(300),
    aliases: z.array(Text(300)).max(50).default([]),
    properties: z.record(z.string(), z.unknown()).default({}),
    paragraphs: z.array(z.number().int().min(1)).min(1).max(100).meta({ description: 'Paragraphs of this document it is cited by.' }),
  })
  .strict()
  .meta({ id: 'AcceptedEntity' });

export const AcceptedRelationship = z
  .object({
    key: z.string().max(40).optional().meta({ description: 'The suggestion it accepts, if any (absent for a fact added by hand).' }),
    type: RelationshipTypeSchema,
    from: EntityRefKey,
    to: EntityRefKey,
    relationshipKey: RelationshipKey.optional().meta({
      description:
        'Which of several relationships of this type between the same pair (e.g. a funding round) the fact is; a new key makes a new one.',
    }),
    properties: z.record(z.string(), z.unknown()).default({}),
    paragraph: z.number().int().min(1),
  })
  .strict()
  .meta({ id: 'AcceptedRelationship' });

export const AcceptedClaim = z
  .object({
    key: z.string().max(40).optional(),
    id: EntityId.optional(),
    text: Text(2000).meta({ description: 'The claim in the curator\u2019s words.' }),
    claimKind: z.enum(CLAIM_KINDS),
    by: z.array(EntityRefKey).min(1).max(20),
    about: z.array(EntityRefKey).min(1).max(50),
    statedOn: PartialDate.optional(),
    dueBy: PartialDate.optional(),
    paragraph: z.number().int().min(1),
  })
  .strict()
  .meta({ id: 'AcceptedClaim' });

export const AcceptInput = z
  .object({
    entities: z.array(AcceptedEntity).max(500).default([]),
    relationships: z.array(AcceptedRelationship).max(2000).default([]),
    claims: z.array(AcceptedClaim).max(500).default([]),
    rejected: z.array(z.string().max(104)).max(5000).default([]).meta({ description: 'Keys of suggestions the curator rejected.' }),
    note: Text(1000).optional().meta({ description: 'Why, kept in the history.' }),
  })
  .strict()
  .meta({ id: 'AcceptInput' });
export type AcceptInput = z.output<typeof AcceptInput>;

export const AcceptResult = z
  .object({
    created: z.object({ entities: z.array(EntityId), relationships: z.array(z.string()), claims: z.array(EntityId) }),
    corroborated: z.array(z.string()).meta({ description: 'Ids of relationships the graph held that now cite this document too.' }),
    history: z.string().meta({ description: 'The id of the history entry of this write.' }),
  })
  .meta({ id: 'AcceptResult' });

// ---- History -------------------------------------------------------------------------------------

export const HISTORY_ACTIONS = ['create', 'update', 'delete', 'import', 'accept', 'merge', 'revert'] as const;

export const HistoryChange = z
  .object({
    target: z.enum(['entity', 'relationship']),
    id: z.string(),
    before: z.record(z.string(), z.unknown()).nullable().meta({ description: 'The record before; null when it was created.' }),
    after: z.record(z.string(), z.unknown()).nullable().meta({ description: 'The record after; null when it was deleted.' }),
  })
  .meta({ id: 'HistoryChange' });
export type HistoryChange = z.output<typeof HistoryChange>;

export const HistoryEntry = z
  .object({
    id: z.string(),
    at: z.string().meta({ description: 'When, as an ISO timestamp.' }),
    actor: z.string().meta({ description: 'The name of the token that wrote.' }),
    action: z.enum(HISTORY_ACTIONS),
    note: z.string().optional(),
    changes: z.array(HistoryChange),
    reverts: z.string().optional().meta({ description: 'The entry this one reverted.' }),
    revertedBy: z.string().optional(),
    summary: z
      .object({
        entities: z.number().int(),
        relationships: z.number().int(),
        byKind: z.record(z.string(), z.number().int()),
        byType: z.record(z.string(), z.number().int()),
      })
      .optional()
      .meta({ description: 'What an import wrote, counted: an import is recorded by its counts, not record by record.' }),
  })
  .meta({ id: 'HistoryEntry' });
export type HistoryEntry = z.output<typeof HistoryEntry>;

export const HistoryPage = pageOf(HistoryEntry).meta({ id: 'HistoryPage' });

export const Identity = z
  .object({ name: z.string(), role: z.enum(['curator', 'reader']) })
  .meta({ id: 'Identity', description: 'A configured token: the name its writes are recorded under, and its role.' });

export const DuplicateCandidates = z
  .object({
    entity: EntityRef,
    candidates: z.array(
      z.object({
        entity: EntityRef,
        reason: z.enum(['same-name', 'close-name']).meta({
          description:
            'same-name: a name or alias equal once normalised (width, case, script, honorifics, legal form); close-name: a Latin name a typo or two away.',
        }),
        matched: z.string().meta({ description: 'The candidate\u2019s name or alias that matched.' }),
      }),
    ),
  })
  .meta({ id: 'DuplicateCandidates' });

export const MergeInput = z
  .object({ into: EntityId.meta({ description: 'The survivor.' }), note: Text(1000).optional() })
  .strict()
  .meta({ id: 'MergeInput' });

export const MergeResult = z
  .object({ survivor: Entity, merged: EntityId, history: z.string() })
  .meta({ id: 'MergeResult', description: 'The survivor after the merge; the merged id resolves to it from now on.' });
