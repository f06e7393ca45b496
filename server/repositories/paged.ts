// One page of a list and the size of the whole list, read in one transaction so the two agree.
import neo4j, { type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { toPlain } from './records';

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * `count` must return `total`; `page` reads `$offset` and `$limit`. Both get `params`, and run
 * pipelined on the one transaction.
 */
export async function pagedList<T>(
  tx: ManagedTransaction,
  query: { count: string; page: string; params?: Record<string, unknown> },
  paging: { offset: number; limit: number },
  toItem: (record: Neo4jRecord) => T,
): Promise<Page<T>> {
  const params = query.params ?? {};
  const [count, page] = await Promise.all([
    tx.run(query.count, params),
    tx.run(query.page, { ...params, offset: neo4j.int(paging.offset), limit: neo4j.int(paging.limit) }),
  ]);
  return { total: toPlain(count.records[0].get('total')) as number, items: page.records.map(toItem) };
}
