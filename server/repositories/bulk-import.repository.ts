// The one write an offline import needs afterwards: the importer reads an empty array field as no
// value, where the transactional path stores `[]`, so those arrays are set once Neo4j runs again.
import { ENTITY_LABEL } from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { toPlain } from './records';
import { kindLabel, relationshipType } from './schema-names';

const BATCH = 10_000;
/** A loader's time limit, not the API's: a batch of 10,000 writes on a busy machine takes seconds. */
const TIMEOUT_MS = 600_000;

export interface EmptyArrayTarget {
  of: 'node' | 'relationship';
  /** The kind or relationship type. */
  name: string;
  property: string;
  /** Every record of this kind or type has the property: set it wherever it is missing. */
  everyRecord: boolean;
  /** Otherwise, the ids of the records to set it on. */
  ids: string[];
}

/** Sets `property` to `[]` on the records named, in batches each committed on its own; returns how many. */
export async function setEmptyArrays(db: Database, target: EmptyArrayTarget): Promise<number> {
  const pattern = target.of === 'node' ? `(x:${kindLabel(target.name)})` : `()-[x:${relationshipType(target.name)}]->()`;
  const params = { property: target.property, empty: { [target.property]: [] } };
  let written = 0;
  if (target.everyRecord) {
    for (;;) {
      const n = await db.write(async (tx) => {
        const result = await tx.run(
          `MATCH ${pattern} WHERE x[$property] IS NULL WITH x LIMIT ${BATCH} SET x += $empty RETURN count(x) AS n`,
          params,
        );
        return toPlain(result.records[0].get('n')) as number;
      }, TIMEOUT_MS);
      written += n;
      if (n < BATCH) return written;
    }
  }
  const byId =
    target.of === 'node'
      ? `(x:${ENTITY_LABEL}:${kindLabel(target.name)} {id: id})`
      : `()-[x:${relationshipType(target.name)} {id: id}]->()`;
  for (let i = 0; i < target.ids.length; i += BATCH) {
    const ids = target.ids.slice(i, i + BATCH);
    written += await db.write(async (tx) => {
      const result = await tx.run(`UNWIND $ids AS id MATCH ${byId} SET x += $empty RETURN count(x) AS n`, { ...params, ids });
      return toPlain(result.records[0].get('n')) as number;
    }, TIMEOUT_MS);
  }
  return written;
}

/** How many nodes the database holds (from the count store: constant time). */
export async function countAllNodes(db: Database): Promise<number> {
  return db.read(async (tx) => toPlain((await tx.run('MATCH (n) RETURN count(n) AS n')).records[0].get('n')) as number, TIMEOUT_MS);
}
