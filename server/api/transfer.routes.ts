// The whole graph out (JSON in the seed-data format, or GraphML), streamed as it is read, and back
// in (all or nothing). The router bounds how many exports run at once and answers HEAD without one.
import type { SeedFile } from '../../graph-schema';
import { GRAPHML_TYPE } from '../../graph-schema/contract';
import { handlers } from '../http/handler';
import { StreamedBody } from '../http/streamed';
import type { Database } from '../neo4j/database';
import { exportGraphmlTo, exportJsonTo, importSeed } from '../services/transfer.service';
import { authorOf } from '../services/write.service';

export function transferHandlers(db: Database) {
  return handlers({
    async 'GET /api/export'({ query }) {
      if (query.format === 'graphml')
        return {
          status: 200,
          contentType: GRAPHML_TYPE,
          headers: { 'Content-Disposition': 'attachment; filename="ai-industry-graph.graphml"' },
          body: new StreamedBody<string>((sink) => exportGraphmlTo(db, sink)),
        };
      return { status: 200, body: new StreamedBody<SeedFile>((sink) => exportJsonTo(db, sink)) };
    },
    async 'POST /api/import'(request) {
      return { status: 200, body: await importSeed(db, request.body, authorOf(request)) };
    },
  });
}
