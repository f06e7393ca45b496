// The shapes analytics answers with: a slice, a centrality ranking, communities, interlocks.
import { z } from 'zod';
import { KindNameSchema, RelationshipTypeSchema } from '../index';
import { Edge, EntityRef } from './shapes';

export const DIRECTIONS = ['in', 'out', 'both'] as const;
export const CENTRALITY_MEASURES = ['degree', 'pagerank', 'betweenness', 'closeness'] as const;

export const AnalyticsSlice = z
  .object({
    kinds: z.array(KindNameSchema),
    types: z.array(RelationshipTypeSchema),
    asOf: z.string().optional(),
    direction: z.enum(DIRECTIONS),
  })
  .meta({
    id: 'AnalyticsSlice',
    description:
      'The part of the graph analysed: the kinds and relationship types it keeps (by default every kind but Claim and Source, and every type that can join two of them), as of a date, and which way relationships count (in: what points at an entity counts for it; out: what it points at; both: direction ignored).',
  });

const SliceSize = {
  entities: z.number().int().meta({ description: 'Entities with at least one relationship in the slice.' }),
  relationships: z.number().int().meta({ description: 'Relationships in the slice.' }),
};

export const CentralityRanking = z
  .object({
    measure: z.enum(CENTRALITY_MEASURES),
    slice: AnalyticsSlice,
    ...SliceSize,
    items: z.array(
      z.object({
        entity: EntityRef,
        score: z.number(),
        rank: z.number().int().meta({ description: '1 for the highest score; equal scores share a rank.' }),
      }),
    ),
  })
  .meta({ id: 'CentralityRanking', description: 'Entities ranked by a centrality measure, highest first.' });

export const Communities = z
  .object({
    slice: AnalyticsSlice,
    ...SliceSize,
    modularity: z.number().meta({ description: 'How much denser the groups are inside than chance would make them (-0.5 to 1).' }),
    groups: z.array(
      z.object({
        id: z.number().int(),
        name: z.string().meta({ description: 'The name of its most central member.' }),
        central: EntityRef,
        size: z.number().int(),
        members: z.array(EntityRef).meta({ description: 'The most central members first, at most `limit`.' }),
      }),
    ),
  })
  .meta({ id: 'Communities', description: 'Groups found by Louvain (seeded, so stable), largest first.' });

export const Interlocks = z
  .object({
    a: EntityRef,
    b: EntityRef,
    direct: z.array(Edge).meta({ description: 'Relationships between a and b themselves.' }),
    shared: z.array(
      z.object({
        entity: EntityRef,
        a: z.array(Edge).meta({ description: 'The relationships between a and this entity, with their sources.' }),
        b: z.array(Edge).meta({ description: 'The relationships between b and this entity, with their sources.' }),
      }),
    ),
    documents: z.array(EntityRef).meta({ description: 'The documents the listed relationships cite.' }),
  })
  .meta({ id: 'Interlocks', description: 'The entities tied to both a and b, most ties first.' });
