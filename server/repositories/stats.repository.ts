// Statistics: entities per kind, relationships per type, and compute per operator.
import type { Node } from 'neo4j-driver';
import { GPUCluster, KIND_NAMES, RELATIONSHIP_TYPE_NAMES, sizeValueExpression } from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { countByKind, countByType } from './counts';
import { entityRef } from './entities.repository';
import { toPlain, type ComputeRow } from './records';

export async function statistics(
  db: Database,
): Promise<{ kinds: Record<string, number>; relationships: Record<string, number>; compute: ComputeRow[] }> {
  return db.read(async (tx) => {
    const kinds = await countByKind(tx, KIND_NAMES);
    const relationships = await countByType(tx, RELATIONSHIP_TYPE_NAMES);
    const compute = await tx.run(
      `MATCH (o:Organization)-[:OPERATES]->(c:GPUCluster)
       WITH o, c ORDER BY ${sizeValueExpression('c', GPUCluster.meta)} DESC
       WITH o, collect(c) AS cs
       RETURN o, size(cs) AS clusters,
              reduce(s = 0, c IN cs | s + coalesce(c.chipCount, 0)) AS chips,
              reduce(s = 0.0, c IN cs | s + coalesce(c.h100Equivalents, 0)) AS h100e,
              [c IN cs | c {.id, .name, .chipModel, .chipCount, .h100Equivalents, .status, .asOf}] AS items
       ORDER BY h100e DESC, chips DESC, o.name
       LIMIT 500`,
    );
    return {
      kinds,
      relationships,
      compute: compute.records.map((r) => ({
        owner: entityRef(r.get('o') as Node),
        clusters: toPlain(r.get('clusters')) as number,
        chipCount: toPlain(r.get('chips')) as number,
        h100Equivalents: toPlain(r.get('h100e')) as number,
        items: (toPlain(r.get('items')) as ComputeRow['items']).map(
          (item) => Object.fromEntries(Object.entries(item).filter(([, v]) => v !== null)) as ComputeRow['items'][number],
        ),
      })),
    };
  });
}
