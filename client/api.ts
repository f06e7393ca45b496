// The client's only door to the server: typed fetches with a loading counter and one error type,
// so every request shows progress and every failure reaches the banner.
import type { Entity, Graph, SchemaDocument } from './graph/types';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
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

export async function getJson<T>(path: string): Promise<T> {
  pending++;
  notify();
  try {
    let res: Response;
    try {
      res = await fetch(path, { headers: { Accept: 'application/json' } });
    } catch {
      throw new ApiError('the server cannot be reached', 0, 'NETWORK');
    }
    const body = await res.json().catch(() => undefined);
    if (!res.ok) {
      const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
      throw new ApiError(error?.message ?? `request failed (${res.status})`, res.status, error?.code ?? 'HTTP');
    }
    return body as T;
  } finally {
    pending--;
    notify();
  }
}

const q = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== '') as [string, string][]).toString();

export const api = {
  schema: () => getJson<SchemaDocument>('/api/schema'),
  search: (text: string, limit = 8) => getJson<{ items: Entity[]; total: number }>(`/api/entities?${q({ q: text, limit })}`),
  entity: (id: string) =>
    getJson<{ entity: Entity; claimCount: { made: number; about: number }; sourceDocuments: Entity[] }>(
      `/api/entities/${encodeURIComponent(id)}`,
    ),
  neighbors: (id: string, depth = 1, limit = 300) =>
    getJson<Graph>(`/api/entities/${encodeURIComponent(id)}/neighbors?${q({ depth, limit })}`),
  graph: (args: { kinds?: string[]; types?: string[]; asOf?: string }) =>
    getJson<Graph & { truncated: boolean }>(
      `/api/graph?${q({ kinds: args.kinds?.join(','), types: args.types?.join(','), asOf: args.asOf })}`,
    ),
  paths: (from: string, to: string) => getJson<{ paths: Graph[] }>(`/api/paths?${q({ from, to })}`),
  claims: (args: { by?: string; about?: string }) =>
    getJson<{ items: { claim: Entity; claimants: { id: string; name: string }[]; subjects: { id: string; name: string }[] }[] }>(
      `/api/claims?${q({ ...args, limit: 50 })}`,
    ),
  sources: () => getJson<{ items: Entity[] }>('/api/sources'),
  health: () => getJson<{ status: string; neo4j: string }>('/api/health'),
};
