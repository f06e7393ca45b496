// The whole graph out (JSON in the seed-data format, or GraphML) and back in (all or nothing).
import { z } from 'zod';
import { SeedFile } from '../../graph-schema';
import { endpoint } from '../http/endpoint';
import type { Database } from '../neo4j/database';
import { exportGraphml, exportJson, importSeed } from '../services/transfer.service';

export function transferEndpoints(db: Database) {
  return [
    endpoint({
      method: 'get',
      path: '/api/export',
      tag: 'transfer',
      summary: 'The whole graph, as seed-format JSON (importable) or GraphML.',
      query: z.object({ format: z.enum(['json', 'graphml']).default('json') }).strict(),
      response: { status: 200, description: 'The graph.', schema: SeedFile },
      errors: [400, 503],
      example: { path: '/api/export?format=json' },
      async handle({ query, res }) {
        if (query.format === 'graphml') {
          res.type('application/graphml+xml').setHeader('Content-Disposition', 'attachment; filename="ai-industry-graph.graphml"');
          res.send(await exportGraphml(db));
          return undefined;
        }
        return exportJson(db);
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/import',
      tag: 'writes',
      summary: 'Load records in the seed-data format: validated first, then written in one transaction.',
      writes: true,
      body: z.unknown(),
      response: {
        status: 200,
        description: 'Counts loaded.',
        schema: z.object({ entities: z.number(), relationships: z.number() }).loose(),
      },
      errors: [400, 401, 403, 413, 415, 429, 503],
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
      async handle({ body }) {
        return importSeed(db, body);
      },
    }),
  ];
}
