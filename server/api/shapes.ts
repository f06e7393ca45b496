// The shapes the API answers with, as zod schemas: the OpenAPI document and the tests read them.
import { z } from 'zod';
import { EntityId, KIND_NAMES, RELATIONSHIP_TYPE_NAMES, SourceRef } from '../../graph-schema';

export const EntityOut = z
  .looseObject({
    id: EntityId,
    kind: z.enum(KIND_NAMES),
    name: z.string(),
    aliases: z.array(z.string()),
    sources: z.array(SourceRef),
  })
  .meta({ id: 'Entity', description: 'An entity with its kind\u2019s properties (see /api/schema).' });

export const EdgeOut = z
  .object({
    id: z.string(),
    type: z.enum(RELATIONSHIP_TYPE_NAMES),
    source: EntityId,
    target: EntityId,
    key: z.string().optional(),
    properties: z.record(z.string(), z.unknown()),
    sources: z.array(SourceRef),
  })
  .meta({ id: 'Edge', description: 'A relationship; source and target are entity ids.' });

export const GraphOut = z.object({ nodes: z.array(EntityOut), edges: z.array(EdgeOut) }).meta({ id: 'Graph' });

export const EntityRefOut = z.object({ id: EntityId, kind: z.enum(KIND_NAMES), name: z.string() }).meta({ id: 'EntityRef' });

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const ErrorOut = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown(),
    }),
  })
  .meta({ id: 'Error' });

export const ClaimOut = z.object({ claim: EntityOut, claimants: z.array(EntityRefOut), subjects: z.array(EntityRefOut) });
