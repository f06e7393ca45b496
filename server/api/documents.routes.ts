// Documents: an article ingested with its suggestions, the list and one document with the curator's
// decisions, and the accept that writes the reviewed facts.
import { handlers } from '../http/handler';
import type { Database } from '../neo4j/database';
import { acceptDocument, documentDetail, documentList, ingestDocument } from '../services/curation.service';

export function documentHandlers(db: Database) {
  return handlers({
    async 'POST /api/documents'({ body, actor }) {
      return { status: 201, body: await ingestDocument(db, body, actor) };
    },
    async 'GET /api/documents'({ query }) {
      return { status: 200, body: await documentList(db, query) };
    },
    async 'GET /api/documents/:id'({ params }) {
      return { status: 200, body: await documentDetail(db, params.id) };
    },
    async 'POST /api/documents/:id/accept'({ params, body, actor }) {
      return { status: 201, body: await acceptDocument(db, params.id, body, actor) };
    },
  });
}
