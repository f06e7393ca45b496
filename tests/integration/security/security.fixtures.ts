// Shared by the security tests: the contract's routes, how to call them with or without the
// token, how to read the graph's own state (counts, labels, types) and what no answer may contain.
import { HISTORY_LABEL } from '../../../graph-schema';
import { declaredRoutes, type DeclaredRoute } from '../../../graph-schema/contract';
import type { Database } from '../../../server/neo4j/database';
import { TEST_TOKEN } from '../../support/test-server';

export const auth = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };

/** The contract's routes: data only, no server or database needed to list them. */
export function declaredEndpoints(): DeclaredRoute[] {
  return declaredRoutes();
}

export const writeEndpoints = () => declaredEndpoints().filter((ep) => ep.writes);

export interface Sent {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

/** One HTTP request; the body is sent as given when it is a string, as JSON otherwise. */
export async function send(url: string, method: string, body?: unknown, headers: Record<string, string> = auth): Promise<Sent> {
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: the caller decides whether that is allowed
  }
  return { status: res.status, body: parsed, text, headers: res.headers };
}

export interface GraphState {
  /** Nodes of the graph, the history's bookkeeping left out. */
  nodes: number;
  /** Entries of the history: a refused write records none. */
  history: number;
  relationships: number;
  labels: string[];
  types: string[];
}

export async function graphState(db: Database): Promise<GraphState> {
  return db.read(async (tx) => {
    const nodes = (await tx.run(`MATCH (n) WHERE NOT n:${HISTORY_LABEL} RETURN count(n) AS c`)).records[0].get('c').toNumber();
    const history = (await tx.run(`MATCH (h:${HISTORY_LABEL}) RETURN count(h) AS c`)).records[0].get('c').toNumber();
    const relationships = (await tx.run('MATCH ()-[r]->() RETURN count(r) AS c')).records[0].get('c').toNumber();
    const labels = (await tx.run('CALL db.labels() YIELD label RETURN label')).records.map((r) => r.get('label') as string);
    const types = (await tx.run('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType')).records.map(
      (r) => r.get('relationshipType') as string,
    );
    return { nodes, history, relationships, labels: labels.sort(), types: types.sort() };
  });
}

/** Deletes every node whose id starts with the prefix a test gave the entities it wrote. */
export async function deleteByPrefix(db: Database, prefix: string): Promise<number> {
  return db.write(async (tx) => {
    const r = await tx.run('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n RETURN count(*) AS c', { prefix });
    return r.records[0].get('c').toNumber();
  });
}

/** Internals an answer must never show: stack frames, file paths, Neo4j codes, Cypher. */
export const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\bat [\w$.<>]+ \(|\bat (?:async )?\/|\.ts:\d+:\d+|\.js:\d+:\d+/],
  ['a file path', /\/(?:work|home|usr|tmp|root|opt|var)\/[\w.-]+|node_modules|[A-Z]:\\\\/],
  ['a Neo4j error code', /Neo\.(?:ClientError|TransientError|DatabaseError)\b|org\.neo4j/],
  ['Cypher text', /\b(?:MATCH|MERGE|UNWIND|DETACH DELETE|RETURN)\b[^"]*\([a-z]\w*(?::\w+)?[^)]*\)/],
];

/** The names of the leaks a text shows, empty when it is clean. */
export function leaksIn(text: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}
