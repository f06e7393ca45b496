// Which stored entities go by a name: candidates from the full-text name index (so a write never
// scans every entity), then compared exactly in the folded form the name-clash rule uses.
import { NAME_SEARCH_INDEX } from '../../graph-schema';
import { nameKey } from '../domain/name-clash';
import type { Database } from '../neo4j/database';
import { candidateQuery } from '../search/lucene-query';

const CANDIDATES_PER_NAME = 25;

export async function storedNameHolders(db: Database, names: string[]): Promise<Map<string, string>> {
  const wanted = new Set(names.map(nameKey));
  const queries = [...new Set(names.map(candidateQuery).filter((q) => q !== ''))];
  if (queries.length === 0) return new Map();
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $queries AS q
       CALL (q) {
         CALL db.index.fulltext.queryNodes($index, q) YIELD node
         RETURN node LIMIT ${CANDIDATES_PER_NAME}
       }
       RETURN DISTINCT node.id AS id, [node.name, node.nameJa] + coalesce(node.aliases, []) AS names`,
      { queries, index: NAME_SEARCH_INDEX },
    ),
  );
  const holders = new Map<string, string>();
  for (const record of result.records)
    for (const name of record.get('names') as (string | null)[])
      if (name !== null && wanted.has(nameKey(name)) && !holders.has(nameKey(name))) holders.set(nameKey(name), record.get('id') as string);
  return holders;
}
