// The client's only door to the server: a caller typed by the API contract (imported as types
// only, so no zod reaches the bundle), with a loading counter and one error type, so every request
// shows progress and every failure reaches the banner.
import type { Contract, ContractRoute, ErrorCode, Issue, RequestOf, SuccessBody } from '../graph-schema/contract';
import type { Graph, SchemaDocument } from './graph/types';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK' | 'HTTP',
    /** The fields a refused request got wrong, where the API named them. */
    readonly details: readonly Issue[] = [],
  ) {
    super(message);
  }
  get unavailable(): boolean {
    return this.status === 503 || this.status === 0;
  }
}

type Listener = (pending: number) => void;
let pending = 0;
const listeners: Listener[] = [];
export function onLoading(listener: Listener) {
  listeners.push(listener);
}
const notify = () => listeners.forEach((l) => l(pending));

type QueryValue = string | number | boolean | undefined;

/** The URL of a route: its path with the parameters filled in, and the query without empty values. */
export function urlOf(route: ContractRoute, request: { params?: object; query?: object }): string {
  const path = route
    .slice(route.indexOf(' ') + 1)
    .replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(String((request.params as Record<string, QueryValue>)[name])));
  const query = new URLSearchParams(
    Object.entries((request.query ?? {}) as Record<string, QueryValue>)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();
  return query ? `${path}?${query}` : path;
}

/** Calls one route of the contract and answers with its declared success body, or throws ApiError. */
export async function call<R extends ContractRoute>(route: R, request: RequestOf<Contract[R]>): Promise<SuccessBody<Contract[R]>> {
  return (await exchange(route, request)).body;
}

/**
 * One request with the headers the route declares (If-Match) and, for a write, the curator's
 * token; answers with the success body and the response's headers (an entity's ETag).
 */
async function exchange<R extends ContractRoute>(
  route: R,
  request: RequestOf<Contract[R]>,
  token?: string,
): Promise<{ body: SuccessBody<Contract[R]>; headers: Headers }> {
  pending++;
  notify();
  try {
    const method = route.slice(0, route.indexOf(' '));
    const {
      params,
      query,
      headers: declared,
      body: sent,
    } = request as { params?: object; query?: object; headers?: object; body?: unknown };
    const headers: Record<string, string> = { Accept: 'application/json' };
    for (const [name, value] of Object.entries(declared ?? {})) if (typeof value === 'string') headers[name] = value;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (sent !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(urlOf(route, { params, query }), { method, headers, body: sent === undefined ? undefined : JSON.stringify(sent) });
    } catch {
      throw new ApiError('the server cannot be reached', 0, 'NETWORK');
    }
    const body: unknown = await res.json().catch(() => undefined);
    if (!res.ok) {
      const error = (body as { error?: { code?: ErrorCode; message?: string; details?: unknown } } | undefined)?.error;
      const details = Array.isArray(error?.details) ? (error.details as Issue[]) : [];
      throw new ApiError(error?.message ?? `request failed (${res.status})`, res.status, error?.code ?? 'HTTP', details);
    }
    return { body: body as SuccessBody<Contract[R]>, headers: res.headers };
  } finally {
    pending--;
    notify();
  }
}

export const api = {
  schema: (): Promise<SchemaDocument> => call('GET /api/schema', {}),
  search: (text: string, limit = 8) => call('GET /api/entities', { query: { q: text, limit } }),
  entity: (id: string) => call('GET /api/entities/:id', { params: { id } }),
  neighbors: (id: string, depth = 1, limit = 300): Promise<Graph> =>
    call('GET /api/entities/:id/neighbors', { params: { id }, query: { depth, limit } }),
  graph: (args: { kinds?: string[]; types?: string[]; asOf?: string }) =>
    call('GET /api/graph', { query: { kinds: args.kinds?.join(','), types: args.types?.join(','), asOf: args.asOf } }),
  paths: (from: string, to: string, options: { avoid?: string[]; maxDepth?: number } = {}) =>
    call('GET /api/paths', {
      query: {
        from,
        to,
        ...(options.avoid?.length ? { avoid: options.avoid.join(',') } : {}),
        ...(options.maxDepth ? { maxDepth: options.maxDepth } : {}),
      },
    }),
  claims: (args: { by?: string; about?: string }) => call('GET /api/claims', { query: { ...args, limit: 50 } }),
  trackRecord: (by: string) => call('GET /api/claims/track-record', { query: { by } }),
  /** An entity as last read, with its version (the ETag) for a change sent back with If-Match. */
  entityVersion: async (id: string) => {
    const { body, headers } = await exchange('GET /api/entities/:id', { params: { id } });
    return { detail: body, etag: headers.get('ETag') ?? undefined };
  },
  patchEntity: async (id: string, patch: Record<string, unknown>, etag: string | undefined, token: string) =>
    (await exchange('PATCH /api/entities/:id', { params: { id }, headers: { 'if-match': etag }, body: patch }, token)).body,
  sources: () => call('GET /api/sources', {}),
  source: (id: string) => call('GET /api/sources/:id', { params: { id }, query: {} }),
  health: () => call('GET /api/health', {}),
};
