// The rankings an analyst of this industry asks for first: who receives and gives the most money,
// who controls the most compute (built and planned apart), and who predicts the most and how it went.
import { z } from 'zod';
import { EntityRef } from './shapes';

export const FUNDING_SIDES = ['received', 'given'] as const;

const MoneyTotal = z.object({
  currency: z.string(),
  total: z.number(),
  count: z.number().int().meta({ description: 'Relationships that state an amount in this currency.' }),
});

export const FundingRanking = z
  .object({
    side: z.enum(FUNDING_SIDES),
    asOf: z.string().optional(),
    items: z.array(
      z.object({
        entity: EntityRef,
        count: z.number().int().meta({ description: 'Funding relationships on this side.' }),
        amounts: z.array(MoneyTotal).meta({ description: 'Summed per currency, largest first; currencies are never converted.' }),
        unknownAmounts: z.number().int().meta({ description: 'Relationships that state no amount (or no currency).' }),
        counterparts: z.array(EntityRef).meta({ description: 'Who is on the other side, most frequent first (at most 10).' }),
      }),
    ),
  })
  .meta({ id: 'FundingRanking', description: 'Entities ranked by how many funding relationships they have on one side, then by amount.' });

const ComputeTotal = z
  .object({
    clusters: z.number().int(),
    h100Equivalents: z.number().meta({ description: 'Summed over the clusters that state it.' }),
    chipCount: z.number().meta({ description: 'Summed over the clusters that state it.' }),
    withoutFigures: z.number().int().meta({ description: 'Clusters that state neither figure.' }),
  })
  .meta({ id: 'ComputeTotal', description: 'What an operator\u2019s clusters in one status add up to.' });

export const ComputeRanking = z
  .object({
    asOf: z.string().optional(),
    items: z.array(
      z.object({
        owner: EntityRef,
        built: ComputeTotal,
        planned: ComputeTotal,
        unstated: ComputeTotal.meta({ description: 'Clusters whose status is not recorded.' }),
      }),
    ),
  })
  .meta({ id: 'ComputeRanking', description: 'Operators ranked by built H100-equivalents, then planned, then chips.' });

export const PredictionRanking = z
  .object({
    items: z.array(
      z.object({
        speaker: EntityRef,
        made: z.number().int(),
        resolved: z.number().int(),
        cameTrue: z.number().int(),
        partly: z.number().int(),
        didNot: z.number().int(),
        overdue: z.number().int(),
        pending: z.number().int().meta({ description: 'Open or due: not yet decidable.' }),
      }),
    ),
  })
  .meta({ id: 'PredictionRanking', description: 'Who made the most predictions, with how they turned out.' });
