// Claims: who said what about whom, when, and on what evidence.
import { z } from 'zod';
import { Claim, CLAIM_KINDS, EntityId, Text } from '../index';
import { Limit, Offset } from './query';
import { json, route } from './route';
import { ClaimView, Disputes, Entity, pageOf, TrackRecord } from './shapes';

/** Fields of POST /api/claims: the claim itself plus who made it and what it is about. */
export const ClaimInput = Claim.schema
  .omit({ kind: true })
  .extend({
    by: z.array(EntityId).min(1).max(20).meta({ description: 'Ids of who made the claim.' }),
    about: z.array(EntityId).min(1).max(50).meta({ description: 'Ids of what it is about.' }),
  })
  .strict()
  .meta({ id: 'ClaimInput' });
export type ClaimInput = z.infer<typeof ClaimInput>;

export const claimRoutes = {
  'GET /api/claims': route({
    tag: 'claims',
    summary: 'Claims with their claimants, subjects and sources, newest first.',
    query: z
      .object({
        by: EntityId.optional(),
        about: EntityId.optional(),
        kind: z.enum(CLAIM_KINDS).optional(),
        q: Text(200).optional(),
        limit: Limit(200, 20),
        offset: Offset,
      })
      .strict(),
    responses: { 200: json('A page of claims.', pageOf(ClaimView)) },
    example: { path: '/api/claims?by=elon-musk&kind=prediction&limit=3' },
  }),
  'GET /api/claims/track-record': route({
    tag: 'claims',
    summary: 'The predictions a person or organisation made, each with where it stands today, and the tally.',
    description:
      'A prediction past its due date without a recorded outcome is overdue; outcomes are recorded with PATCH /api/entities/:id (outcome, resolvedOn, outcomeNote, outcomeSource).',
    query: z.object({ by: EntityId }).strict(),
    responses: { 200: json('The track record.', TrackRecord) },
    errors: [404],
    example: { path: '/api/claims/track-record?by=elon-musk' },
  }),
  'GET /api/claims/disputes': route({
    tag: 'claims',
    summary: 'Who disagrees with whom about a subject: speakers for and against it, each with the claims and relationships that say so.',
    description:
      'Sides come from the stance of each claim\u2019s ABOUT link and from relationship types whose schema declares a stance (a signature supports a petition; OPPOSES opposes).',
    query: z.object({ about: EntityId, limit: Limit(200, 50).meta({ description: 'Claims read per side.' }) }).strict(),
    responses: { 200: json('The two sides and who stands on each.', Disputes) },
    errors: [404],
    example: { path: '/api/claims/disputes?about=pause-giant-ai-experiments-letter' },
  }),
  'POST /api/claims': route({
    tag: 'writes',
    summary: 'Record a claim with who made it and what it is about.',
    writes: true,
    body: ClaimInput,
    responses: { 201: json('The claim.', Entity) },
    errors: [409],
    example: {
      path: '/api/claims',
      body: {
        id: 'claim-example-lab-robots-2030',
        name: 'Example Robotics Lab expects household robots by 2030',
        aliases: [],
        text: 'The lab says general-purpose household robots will be on sale by 2030.',
        claimKind: 'prediction',
        statedOn: '2024-05',
        dueBy: '2030',
        by: ['example-robotics-lab'],
        about: ['openai'],
        sources: [{ source: 'src-001', paragraph: 1 }],
      },
    },
  }),
} as const;
