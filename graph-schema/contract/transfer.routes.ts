// The whole graph out (JSON in the seed-data format, or GraphML) and back in (all or nothing).
import { z } from 'zod';
import { SeedFile } from '../index';
import { GRAPHML_TYPE, JSON_TYPE, route } from './route';
import { GraphmlDocument, ImportSummary } from './shapes';

/** The seed-data format, named once in the OpenAPI document: what export gives and import takes. */
export const Dataset = SeedFile.meta({
  id: 'Dataset',
  description: 'Entities (claims and sources included) and the relationships between them, in the seed-data format.',
});

export const transferRoutes = {
  'GET /api/export': route({
    tag: 'transfer',
    summary: 'The whole graph, as seed-format JSON (importable) or GraphML.',
    description:
      'Streamed from the database as it is read, so its size does not weigh on the server. At most two exports run at once; a third is answered 503 (EXPORTS_BUSY) with Retry-After. HEAD answers with the headers only and does no export work.',
    concurrency: { limit: 2, retryAfterSeconds: 10 },
    query: z.object({ format: z.enum(['json', 'graphml']).default('json') }).strict(),
    responses: {
      200: {
        description: 'The graph: JSON with format=json, GraphML (as an attachment) with format=graphml.',
        content: { [JSON_TYPE]: Dataset, [GRAPHML_TYPE]: GraphmlDocument },
      },
    },
    example: { path: '/api/export?format=json' },
  }),
  'POST /api/import': route({
    tag: 'writes',
    summary: 'Load records in the seed-data format: validated first, then written in one transaction.',
    writes: true,
    body: Dataset,
    responses: { 200: { description: 'Counts loaded.', content: { [JSON_TYPE]: ImportSummary } } },
    example: {
      path: '/api/import',
      body: {
        entities: [
          {
            id: 'example-chip-startup',
            kind: 'Organization',
            name: 'Example Chip Startup',
            aliases: [],
            orgType: 'company',
            sources: [{ source: 'src-002', paragraph: 1 }],
          },
        ],
        relationships: [
          {
            type: 'SUPPLIES',
            from: 'example-chip-startup',
            to: 'openai',
            properties: {},
            sources: [{ source: 'src-002', paragraph: 1 }],
          },
        ],
      },
    },
  }),
} as const;
