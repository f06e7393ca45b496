// How many nodes carry each label and how many relationships have each type. A count by one
// label or one type is answered from Neo4j's count store: constant time at any graph size.
import type { ManagedTransaction } from 'neo4j-driver';
import { kindLabel, relationshipType } from './schema-names';

export async function countByKind(tx: ManagedTransaction, kinds: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const kind of kinds) {
    const result = await tx.run(`MATCH (n:${kindLabel(kind)}) RETURN count(n) AS n`);
    counts[kind] = Number(result.records[0].get('n'));
  }
  return counts;
}

export async function countByType(tx: ManagedTransaction, types: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const type of types) {
    const result = await tx.run(`MATCH ()-[r:${relationshipType(type)}]->() RETURN count(r) AS n`);
    counts[type] = Number(result.records[0].get('n'));
  }
  return counts;
}
