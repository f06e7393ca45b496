// A whole-graph answer kept until the database commits again. GET /api/sources counts every
// citation in the graph, a full pass over every node and relationship (2.6–5.5 s at 100,000
// entities and 1,000,000 relationships), and the explorer asks for it each time it opens.
// Keying on the database's mark of its last commit (Database.commitMark), rather than on this
// server's own writes, also catches the command-line loader and other servers writing to it.
import type { Database } from '../neo4j/database';

export function cachedUntilNextCommit<T>(db: Database, compute: () => Promise<T>): () => Promise<T> {
  let kept: { mark: string; answer: Promise<T> } | undefined;
  return async () => {
    const mark = await db.commitMark();
    if (mark === undefined) return compute();
    if (kept?.mark !== mark) {
      // Callers that arrive while the answer is computed share it; a failure is not kept.
      const answer = compute();
      kept = { mark, answer };
      answer.catch(() => {
        if (kept?.answer === answer) kept = undefined;
      });
    }
    return kept.answer;
  };
}
