// The whole graph out (JSON in the seed-data format, or GraphML) and back in (all or nothing).
import { GRAPHML_TYPE } from '../../graph-schema/contract';
import { handlers } from '../http/handler';
import type { Database } from '../neo4j/database';
import { exportGraphml, exportJson, importSeed } from '../services/transfer.service';

export function transferHandlers(db: Database) {
  return handlers({
    async 'GET /api/export'({ query }) {
      if (query.format === 'graphml')
        return {
          status: 200,
          contentType: GRAPHML_TYPE,
          headers: { 'Content-Disposition': 'attachment; filename="ai-industry-graph.graphml"' },
          body: await exportGraphml(db),
        };
      return { status: 200, body: await exportJson(db) };
    },
    async 'POST /api/import'({ body }) {
      return { status: 200, body: await importSeed(db, body) };
    },
  });
}
