// The reads analytics needs: the projection of a slice (its relationships as pairs of ids, one
// bounded read), the names of the entities an answer shows, and the interlocks of two entities.
import type { Node, Relationship } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { asOfPredicate, ENTITY_LABEL, Source } from '../../graph-schema';
import type { Slice } from '../analytics/slice';
import type { Database } from '../neo4j/database';
import { entityRef } from './entities.repository';
import { relationshipToEdge, type Edge, type EntityRef } from './records';
import { labelPattern, typePattern } from './schema-names';

const AS_OF = asOfPredicate({ from: 'a', rel: 'r', to: 'b' });

/** A slice as ids and pairs of indices into them; `symmetric[i]` is 1 when edge i's type is symmetric. */
export interface Projection {
  ids: string[];
  source: Int32Array;
  target: Int32Array;
  symmetric: Uint8Array;
}

/**
 * The slice's relationships, at most `maxEdges`; `undefined` when it holds more, so no caller
 * ever analyses a silently cut graph. Only entities with a relationship in the slice are in it.
 */
export async function readProjection(
  db: Database,
  slice: Slice,
  symmetricTypes: readonly string[],
  maxEdges: number,
  timeoutMs: number,
): Promise<Projection | undefined> {
  const kinds = labelPattern(slice.kinds);
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (a:${kinds})-[r${typePattern(slice.types)}]->(b:${kinds})
       WHERE ${AS_OF}
       RETURN a.id AS s, b.id AS t, type(r) IN $symmetric AS sym
       LIMIT $limit`,
      { asOf: slice.asOf ?? null, symmetric: [...symmetricTypes], limit: neo4j.int(maxEdges + 1) },
    );
    if (result.records.length > maxEdges) return undefined;
    const index = new Map<string, number>();
    const at = (id: string) => {
      let i = index.get(id);
      if (i === undefined) index.set(id, (i = index.size));
      return i;
    };
    const n = result.records.length;
    const projection = { source: new Int32Array(n), target: new Int32Array(n), symmetric: new Uint8Array(n) };
    result.records.forEach((record, i) => {
      projection.source[i] = at(record.get('s') as string);
      projection.target[i] = at(record.get('t') as string);
      projection.symmetric[i] = record.get('sym') ? 1 : 0;
    });
    return { ids: [...index.keys()], ...projection };
  }, timeoutMs);
}

/** Id, kind and name of each entity asked for, in the order asked. */
export async function entityRefs(db: Database, ids: readonly string[]): Promise<EntityRef[]> {
  if (ids.length === 0) return [];
  const found = await db.read(async (tx) => {
    const result = await tx.run(`MATCH (n:${ENTITY_LABEL}) WHERE n.id IN $ids RETURN n`, { ids: [...ids] });
    return new Map(result.records.map((r) => [(r.get('n') as Node).properties.id as string, entityRef(r.get('n') as Node)]));
  });
  return ids.flatMap((id) => found.get(id) ?? []);
}

export interface Interlock {
  entity: EntityRef;
  /** The relationships between `a` and the entity, then between `b` and it, each with its sources. */
  a: Edge[];
  b: Edge[];
}

type EdgeRow = { r: Relationship; s: string; t: string };
const edgesOf = (rows: EdgeRow[]) => rows.map((row) => relationshipToEdge(row.r, row.s, row.t));

/**
 * The entities tied to both `a` and `b` by the slice's types, most ties first; for two
 * organisations that includes the people who worked for or led both. `missing` names an unknown id.
 */
export async function interlocks(
  db: Database,
  args: { a: string; b: string; kinds: readonly string[]; types: readonly string[]; limit: number },
): Promise<{ missing: string[]; ends: EntityRef[]; direct: Edge[]; shared: Interlock[]; documents: EntityRef[] }> {
  const kinds = labelPattern(args.kinds);
  const types = typePattern(args.types);
  const edgeRows = (list: string) => `[r IN ${list} | {r: r, s: startNode(r).id, t: endNode(r).id}]`;
  return db.read(async (tx) => {
    const ends = await tx.run(`MATCH (n:${ENTITY_LABEL}) WHERE n.id IN [$a, $b] RETURN n`, args);
    const endRefs = ends.records.map((r) => entityRef(r.get('n') as Node));
    const missing = [args.a, args.b].filter((id) => !endRefs.some((e) => e.id === id));
    if (missing.length > 0) return { missing, ends: [], direct: [], shared: [], documents: [] };
    const direct = await tx.run(
      `MATCH (a:${ENTITY_LABEL} {id: $a})-[r${types}]-(b:${ENTITY_LABEL} {id: $b})
       RETURN r, startNode(r).id AS s, endNode(r).id AS t ORDER BY r.id`,
      args,
    );
    const shared = await tx.run(
      `MATCH (a:${ENTITY_LABEL} {id: $a})-[ra${types}]-(x:${kinds})-[rb${types}]-(b:${ENTITY_LABEL} {id: $b})
       WHERE x <> a AND x <> b
       WITH x, collect(DISTINCT ra) AS ras, collect(DISTINCT rb) AS rbs
       RETURN x, ${edgeRows('ras')} AS sideA, ${edgeRows('rbs')} AS sideB
       ORDER BY size(ras) + size(rbs) DESC, x.id
       LIMIT $limit`,
      { ...args, limit: neo4j.int(args.limit) },
    );
    const sharedRows = shared.records.map((r) => ({
      entity: entityRef(r.get('x') as Node),
      a: edgesOf(r.get('sideA') as EdgeRow[]),
      b: edgesOf(r.get('sideB') as EdgeRow[]),
    }));
    const directEdges = direct.records.map((r) =>
      relationshipToEdge(r.get('r') as Relationship, r.get('s') as string, r.get('t') as string),
    );
    const cited = [
      ...new Set([...directEdges, ...sharedRows.flatMap((s) => [...s.a, ...s.b])].flatMap((e) => e.sources.map((s) => s.source))),
    ];
    const documents = await tx.run(`MATCH (d:${Source.label}) WHERE d.id IN $cited RETURN d ORDER BY d.id`, { cited });
    return {
      missing,
      ends: [args.a, args.b].map((id) => endRefs.find((e) => e.id === id)!),
      direct: directEdges,
      shared: sharedRows,
      documents: documents.records.map((r) => entityRef(r.get('d') as Node)),
    };
  });
}
