// Read queries over the graph. Every query is parameterised; the only text spliced into Cypher is
// labels, relationship types and small integers that have been checked against graph-schema.
import type { ManagedTransaction, Node, Relationship } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { ENTITY_LABEL, KIND_NAMES, NAME_SEARCH_INDEX, RELATIONSHIP_TYPE_NAMES, isKindName, isRelationshipType } from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { countByKind, countByType } from './counts';
import {
  nodeToEntity,
  relationshipToEdge,
  toPlain,
  type ClaimView,
  type ComputeRow,
  type Edge,
  type Entity,
  type EntityRef,
  type Graph,
} from './records';

const int = (n: number) => neo4j.int(n);

/** A relationship-type pattern such as `:INVESTED_IN|FOUNDED`, from checked type names only. */
function typePattern(types: readonly string[] | undefined): string {
  if (!types || types.length === 0) return '';
  for (const t of types) if (!isRelationshipType(t)) throw new Error(`not a relationship type: ${t}`);
  return ':' + types.join('|');
}

function kindPattern(kinds: readonly string[] | undefined): string {
  const list = kinds && kinds.length > 0 ? kinds : KIND_NAMES;
  for (const k of list) if (!isKindName(k)) throw new Error(`not a kind: ${k}`);
  return list.join('|');
}

export type Direction = 'in' | 'out' | 'both';

function readEdge(record: { get(key: string): unknown }): Edge {
  return relationshipToEdge(record.get('r') as Relationship, record.get('s') as string, record.get('t') as string);
}

/** Escapes Lucene syntax so user text is searched as text, then allows a prefix on the last word. */
export function luceneQuery(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return '';
  return words
    .map((w, i) => {
      // A Latin word being typed matches as a prefix; CJK text is matched as bigrams.
      const prefix = i === words.length - 1 && /^[a-z0-9]+$/.test(w) ? `${w}*` : '';
      return prefix ? `(${w} OR ${prefix})` : `"${w}"`;
    })
    .join(' AND ');
}

export async function searchEntities(
  db: Database,
  args: { q?: string; kind?: string; limit: number; offset: number },
): Promise<{ items: (Entity & { score?: number })[]; total: number }> {
  return db.read(async (tx) => {
    if (args.q) {
      const query = luceneQuery(args.q);
      if (!query) return { items: [], total: 0 };
      const result = await tx.run(
        `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
         WHERE $kind IS NULL OR $kind IN labels(node)
         WITH collect({node: node, score: score}) AS hits
         RETURN size(hits) AS total, hits[$offset..$end] AS page`,
        { index: NAME_SEARCH_INDEX, query, kind: args.kind ?? null, offset: int(args.offset), end: int(args.offset + args.limit) },
      );
      const row = result.records[0];
      const page = row.get('page') as { node: Node; score: number }[];
      return {
        total: toPlain(row.get('total')) as number,
        items: page.map((hit) => ({ ...nodeToEntity(hit.node), score: Math.round(hit.score * 1000) / 1000 })),
      };
    }
    const label = args.kind && isKindName(args.kind) ? args.kind : ENTITY_LABEL;
    const [count, page] = await Promise.all([
      tx.run(`MATCH (n:${label}) RETURN count(n) AS total`),
      tx.run(`MATCH (n:${label}) RETURN n ORDER BY n.name, n.id SKIP $offset LIMIT $limit`, {
        offset: int(args.offset),
        limit: int(args.limit),
      }),
    ]);
    return {
      total: toPlain(count.records[0].get('total')) as number,
      items: page.records.map((r) => nodeToEntity(r.get('n') as Node)),
    };
  });
}

export interface EntityDetail {
  entity: Entity;
  claimCount: { made: number; about: number };
  sourceDocuments: Entity[];
}

export async function entityById(db: Database, id: string): Promise<EntityDetail | undefined> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (n:${ENTITY_LABEL} {id: $id})
       CALL (n) { OPTIONAL MATCH (n)-[:MADE_CLAIM]->(c:Claim) RETURN count(c) AS made }
       CALL (n) { OPTIONAL MATCH (c:Claim)-[:ABOUT]->(n) RETURN count(c) AS about }
       CALL (n) {
         UNWIND coalesce(n.sources, []) AS ref
         WITH DISTINCT split(ref, '#')[0] AS sourceId
         MATCH (s:Source {id: sourceId})
         RETURN collect(s) AS documents
       }
       RETURN n, made, about, documents`,
      { id },
    );
    const row = result.records[0];
    if (!row) return undefined;
    return {
      entity: nodeToEntity(row.get('n') as Node),
      claimCount: { made: toPlain(row.get('made')) as number, about: toPlain(row.get('about')) as number },
      sourceDocuments: (row.get('documents') as Node[]).map(nodeToEntity),
    };
  });
}

export async function entityExists(tx: ManagedTransaction, id: string): Promise<boolean> {
  const result = await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN count(n) > 0 AS found`, { id });
  return result.records[0].get('found') as boolean;
}

const EXPAND = {
  out: (types: string) => `(a)-[r${types}]->(m:${ENTITY_LABEL})`,
  in: (types: string) => `(a)<-[r${types}]-(m:${ENTITY_LABEL})`,
  both: (types: string) => `(a)-[r${types}]-(m:${ENTITY_LABEL})`,
};

/**
 * The graph around an entity, breadth first: each ring is one bounded query, and expansion stops
 * once `limit` nodes are found, so a hub with thousands of neighbours costs one capped query.
 */
export async function neighbourhood(
  db: Database,
  args: { id: string; depth: number; types?: string[]; direction: Direction; limit: number },
): Promise<Graph | undefined> {
  const pattern = EXPAND[args.direction](typePattern(args.types));
  const cap = int(Math.max(args.limit * 4, 100));
  return db.read(async (tx) => {
    const nodes = new Map<string, Entity>();
    const edges = new Map<string, Edge>();
    const take = (records: { get(key: string): unknown }[]): string[] => {
      const next: string[] = [];
      for (const record of records) {
        if (record.get('r') === null) continue;
        const m = record.get('m') as Node;
        const mid = m.properties.id as string;
        if (!nodes.has(mid)) {
          if (nodes.size >= args.limit) continue;
          nodes.set(mid, nodeToEntity(m));
          next.push(mid);
        }
        const edge = readEdge(record);
        edges.set(edge.id, edge);
      }
      return next;
    };
    // The entity and its first ring in one query: one round trip fewer for every request, and
    // the first ring is the whole answer at depth 1. The neighbours are chosen first (the first
    // `limit - 1` distinct ones, a streaming DISTINCT), then every relationship to them: for a hub
    // the old single expansion sent `cap` rows of which three in four were dropped here, as their
    // far end was past the node limit.
    const first = await tx.run(
      `MATCH (a:${ENTITY_LABEL} {id: $id})
       OPTIONAL CALL (a) {
         MATCH ${pattern}
         WITH DISTINCT m LIMIT $neighbours
         MATCH ${pattern}
         RETURN r, startNode(r).id AS s, endNode(r).id AS t, m
         LIMIT $cap
       }
       RETURN a, r, s, t, m`,
      { id: args.id, cap, neighbours: int(Math.max(args.limit - 1, 0)) },
    );
    if (first.records.length === 0) return undefined;
    const root = nodeToEntity(first.records[0].get('a') as Node);
    nodes.set(root.id, root);
    let frontier = args.limit > 1 ? take(first.records) : [];
    for (let ring = 2; ring <= args.depth && frontier.length > 0 && nodes.size < args.limit; ring++) {
      const result = await tx.run(
        `UNWIND $frontier AS fid
         MATCH (a:${ENTITY_LABEL} {id: fid})
         MATCH ${pattern}
         RETURN r, startNode(r).id AS s, endNode(r).id AS t, m
         LIMIT $cap`,
        { frontier, cap },
      );
      frontier = take(result.records);
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
  });
}

/** Every shortest path between two entities (up to 25), each hop with its relationship and sources. */
export async function shortestPaths(
  db: Database,
  args: { from: string; to: string; maxDepth: number; types?: string[] },
): Promise<{ paths: Graph[]; missing: string[] }> {
  if (!Number.isInteger(args.maxDepth) || args.maxDepth < 1 || args.maxDepth > 8) throw new Error('bad depth');
  return db.read(async (tx) => {
    const ends = await tx.run(`UNWIND [$from, $to] AS id OPTIONAL MATCH (n:${ENTITY_LABEL} {id: id}) RETURN id, n IS NOT NULL AS found`, {
      from: args.from,
      to: args.to,
    });
    const missing = ends.records.filter((r) => !r.get('found')).map((r) => r.get('id') as string);
    if (missing.length > 0) return { paths: [], missing };
    const result = await tx.run(
      `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
       MATCH p = allShortestPaths((a)-[${typePattern(args.types)}*..${args.maxDepth}]-(b))
       RETURN nodes(p) AS ns, [r IN relationships(p) | {r: r, s: startNode(r).id, t: endNode(r).id}] AS rs
       LIMIT 25`,
      { from: args.from, to: args.to },
    );
    const paths = result.records.map((record) => ({
      nodes: (record.get('ns') as Node[]).map(nodeToEntity),
      edges: (record.get('rs') as { r: Relationship; s: string; t: string }[]).map((x) => relationshipToEdge(x.r, x.s, x.t)),
    }));
    return { paths, missing: [] };
  });
}

export async function listRelationships(
  db: Database,
  args: { type?: string; from?: string; to?: string; limit: number; offset: number },
): Promise<{ items: (Edge & { sourceEntity: EntityRef; targetEntity: EntityRef })[]; total: number }> {
  const types = typePattern(args.type ? [args.type] : undefined);
  // Anchoring on a given endpoint lets the id index drive the query instead of a full scan.
  const a = args.from ? `(a:${ENTITY_LABEL} {id: $from})` : `(a:${ENTITY_LABEL})`;
  const b = args.to ? `(b:${ENTITY_LABEL} {id: $to})` : `(b:${ENTITY_LABEL})`;
  return db.read(async (tx) => {
    const params = { from: args.from ?? null, to: args.to ?? null };
    const [count, page] = await Promise.all([
      tx.run(`MATCH ${a}-[r${types}]->${b} RETURN count(r) AS total`, params),
      tx.run(
        `MATCH ${a}-[r${types}]->${b}
         RETURN r, a.id AS s, b.id AS t, a, b
         ORDER BY type(r), r.id SKIP $offset LIMIT $limit`,
        { ...params, offset: int(args.offset), limit: int(args.limit) },
      ),
    ]);
    return {
      total: toPlain(count.records[0].get('total')) as number,
      items: page.records.map((r) => ({
        ...readEdge(r),
        sourceEntity: entityRef(r.get('a') as Node),
        targetEntity: entityRef(r.get('b') as Node),
      })),
    };
  });
}

export type { EntityRef };

export function entityRef(node: Node): EntityRef {
  const e = nodeToEntity(node);
  return { id: e.id, kind: e.kind, name: e.name };
}

export type { ClaimView };

export async function listClaims(
  db: Database,
  args: { by?: string; about?: string; kind?: string; q?: string; limit: number; offset: number },
): Promise<{ items: ClaimView[]; total: number }> {
  const match = args.by
    ? `MATCH (:${ENTITY_LABEL} {id: $by})-[:MADE_CLAIM]->(c:Claim)`
    : args.about
      ? `MATCH (c:Claim)-[:ABOUT]->(:${ENTITY_LABEL} {id: $about})`
      : 'MATCH (c:Claim)';
  const where = `WHERE ($kind IS NULL OR c.claimKind = $kind)
    AND ($about IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:${ENTITY_LABEL} {id: $about}) })
    AND ($q IS NULL OR toLower(c.text) CONTAINS $q OR toLower(c.name) CONTAINS $q OR toLower(coalesce(c.textJa, '')) CONTAINS $q)`;
  const params = { by: args.by ?? null, about: args.about ?? null, kind: args.kind ?? null, q: args.q?.toLowerCase() ?? null };
  return db.read(async (tx) => {
    const count = await tx.run(`${match} ${where} RETURN count(DISTINCT c) AS total`, params);
    const page = await tx.run(
      `${match} ${where}
       WITH DISTINCT c ORDER BY coalesce(c.statedOn, '') DESC, c.id SKIP $offset LIMIT $limit
       CALL (c) { OPTIONAL MATCH (who)-[:MADE_CLAIM]->(c) RETURN collect(who) AS claimants }
       CALL (c) { OPTIONAL MATCH (c)-[:ABOUT]->(what) RETURN collect(what) AS subjects }
       RETURN c, claimants, subjects`,
      { ...params, offset: int(args.offset), limit: int(args.limit) },
    );
    return {
      total: toPlain(count.records[0].get('total')) as number,
      items: page.records.map((r) => ({
        claim: nodeToEntity(r.get('c') as Node),
        claimants: (r.get('claimants') as Node[]).map(entityRef),
        subjects: (r.get('subjects') as Node[]).map(entityRef),
      })),
    };
  });
}

/**
 * The graph filtered by kinds and types, as of a date: a relationship is left out when it began
 * after `asOf` (its `from`, else its `date`) or ended before it (`to`).
 */
export async function filteredGraph(
  db: Database,
  args: { kinds?: string[]; types?: string[]; asOf?: string; limit: number },
): Promise<Graph & { truncated: boolean }> {
  const kinds = kindPattern(args.kinds);
  const types = typePattern(args.types);
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (a:${kinds})-[r${types}]->(b:${kinds})
       WHERE $asOf IS NULL OR (coalesce(r.from, r.date, '') <= $asOf AND (r.to IS NULL OR r.to >= $asOf))
       RETURN r, a.id AS s, b.id AS t, a, b
       LIMIT $limit`,
      { asOf: args.asOf ?? null, limit: int(args.limit + 1) },
    );
    const nodes = new Map<string, Entity>();
    const edges: Edge[] = [];
    for (const record of result.records.slice(0, args.limit)) {
      for (const key of ['a', 'b']) {
        const node = record.get(key) as Node;
        if (!nodes.has(node.properties.id as string)) nodes.set(node.properties.id as string, nodeToEntity(node));
      }
      edges.push(readEdge(record));
    }
    return { nodes: [...nodes.values()], edges, truncated: result.records.length > args.limit };
  });
}

export type { ComputeRow };

export async function statistics(
  db: Database,
): Promise<{ kinds: Record<string, number>; relationships: Record<string, number>; compute: ComputeRow[] }> {
  return db.read(async (tx) => {
    const kinds = await countByKind(tx, KIND_NAMES);
    const relationships = await countByType(tx, RELATIONSHIP_TYPE_NAMES);
    const compute = await tx.run(
      `MATCH (o:Organization)-[:OPERATES]->(c:GPUCluster)
       WITH o, c ORDER BY coalesce(c.h100Equivalents, c.chipCount, 0) DESC
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

export async function listSources(db: Database): Promise<(Entity & { citations: number })[]> {
  return db.read(async (tx) => {
    const sources = await tx.run(`MATCH (s:Source) RETURN s ORDER BY s.publishedOn, s.id`);
    // One pass over every citation, each entity or relationship counted once per source it cites.
    // Matching every element against each source in turn was quadratic: at 100k entities and
    // 2,000 sources it ran past the query time limit and the explorer lost its source list.
    const counts = await tx.run(
      `CALL () {
         MATCH (n:${ENTITY_LABEL}) WHERE n.sources IS NOT NULL RETURN n.sources AS refs
         UNION ALL
         MATCH ()-[r]->() WHERE r.sources IS NOT NULL RETURN r.sources AS refs
       }
       UNWIND reduce(ids = [], ref IN refs |
         CASE WHEN split(ref, '#')[0] IN ids THEN ids ELSE ids + split(ref, '#')[0] END) AS sourceId
       RETURN sourceId, count(*) AS citations`,
    );
    const citations = new Map(counts.records.map((r) => [r.get('sourceId') as string, toPlain(r.get('citations')) as number]));
    return sources.records.map((r) => {
      const source = nodeToEntity(r.get('s') as Node);
      return { ...source, citations: citations.get(source.id) ?? 0 };
    });
  });
}

export async function sourceWithSupport(
  db: Database,
  id: string,
  limit: number,
): Promise<{ source: Entity; entities: Entity[]; edges: Edge[] } | undefined> {
  return db.read(async (tx) => {
    const source = await tx.run('MATCH (s:Source {id: $id}) RETURN s', { id });
    if (source.records.length === 0) return undefined;
    const prefix = `${id}#`;
    const entities = await tx.run(
      `MATCH (n:${ENTITY_LABEL}) WHERE any(ref IN n.sources WHERE ref STARTS WITH $prefix)
       RETURN n ORDER BY n.id LIMIT $limit`,
      { prefix, limit: int(limit) },
    );
    const edges = await tx.run(
      `MATCH (a)-[r]->(b) WHERE any(ref IN r.sources WHERE ref STARTS WITH $prefix)
       RETURN r, a.id AS s, b.id AS t ORDER BY r.id LIMIT $limit`,
      { prefix, limit: int(limit) },
    );
    return {
      source: nodeToEntity(source.records[0].get('s') as Node),
      entities: entities.records.map((r) => nodeToEntity(r.get('n') as Node)),
      edges: edges.records.map(readEdge),
    };
  });
}

/** Every entity and relationship, for export; ordered so two exports of one graph are identical. */
export async function wholeGraph(db: Database): Promise<Graph> {
  return db.read(async (tx) => {
    const nodes = await tx.run(`MATCH (n:${ENTITY_LABEL}) RETURN n ORDER BY n.id`);
    const rels = await tx.run(`MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL}) RETURN r, a.id AS s, b.id AS t ORDER BY r.id`);
    return { nodes: nodes.records.map((r) => nodeToEntity(r.get('n') as Node)), edges: rels.records.map(readEdge) };
  }, 120_000);
}
