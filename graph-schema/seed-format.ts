// The format of a seed-data file, also accepted by `npm run import`, `POST /api/import` and
// produced by `GET /api/export?format=json`: entities (claims and sources included) and the
// relationships between them.
import { z } from 'zod';
import { EntityRecord, RelationshipRecord } from './model';

export const SeedFile = z
  .object({
    $comment: z.string().optional(),
    entities: z.array(EntityRecord).default([]),
    relationships: z.array(RelationshipRecord).default([]),
  })
  .strict();
export type SeedFile = z.infer<typeof SeedFile>;
