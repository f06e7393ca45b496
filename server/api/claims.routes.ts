// Claims: who said what about whom, when, and on what evidence.
import { z } from 'zod';
import { CLAIM_KINDS, EntityId, Text } from '../../graph-schema';
import { endpoint, Limit, Offset } from '../http/endpoint';
import type { Database } from '../neo4j/database';
import { listClaims } from '../repositories/claims.repository';
import { ClaimInput, createClaim } from '../services/write.service';
import { ClaimOut, EntityOut, listOf } from './shapes';

export function claimEndpoints(db: Database) {
  return [
    endpoint({
      method: 'get',
      path: '/api/claims',
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
      response: { status: 200, description: 'A page of claims.', schema: listOf(ClaimOut) },
      errors: [400, 503],
      example: { path: '/api/claims?by=elon-musk&kind=prediction&limit=3' },
      async handle({ query }) {
        return { ...(await listClaims(db, query)), limit: query.limit, offset: query.offset };
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/claims',
      tag: 'writes',
      summary: 'Record a claim with who made it and what it is about.',
      writes: true,
      body: ClaimInput,
      response: { status: 201, description: 'The claim.', schema: EntityOut },
      errors: [400, 401, 403, 409, 413, 415, 429, 503],
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
      async handle({ body }) {
        return createClaim(db, body);
      },
    }),
  ];
}
