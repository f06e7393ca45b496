// The curator's door to the curation routes: the same contract-typed shapes as the page's caller,
// plus the bearer token of whoever signed in (held for this tab only: in memory and sessionStorage,
// never in a URL or localStorage) and the issues a refused write names, so each can be shown beside
// the item it is about.
import type { z } from 'zod';
import type {
  AcceptInput,
  AcceptResult,
  DocumentDetail,
  DocumentInput,
  HistoryEntry,
  HistoryPage,
  IngestResult,
} from '../../graph-schema/contract/curation.shapes';
import type { ErrorCode, Issue } from '../../graph-schema/contract';
import { ApiError } from '../api';

export type Ingested = z.output<typeof IngestResult>;
export type DocumentRead = z.output<typeof DocumentDetail>;
export type Accepted = z.output<typeof AcceptResult>;
export type { AcceptInput, DocumentInput, HistoryEntry, Issue };

/** Who a token belongs to, as GET /api/whoami answers. */
export interface Curator {
  name: string;
  role: string;
}

/** A refused request, with the issues the API named (empty unless it said which field). */
export class CurationError extends ApiError {
  constructor(
    message: string,
    status: number,
    code: ErrorCode | 'NETWORK' | 'HTTP',
    readonly issues: Issue[],
  ) {
    super(message, status, code);
  }
}

const STORAGE_KEY = 'curator-token';

/** The token of this tab. sessionStorage dies with the tab; when it is unavailable, memory alone. */
export class TokenHolder {
  private token: string | undefined;
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined) {
    this.token = storage?.getItem(STORAGE_KEY) ?? undefined;
  }
  get value(): string | undefined {
    return this.token;
  }
  set(token: string): void {
    this.token = token;
    this.storage?.setItem(STORAGE_KEY, token);
  }
  clear(): void {
    this.token = undefined;
    this.storage?.removeItem(STORAGE_KEY);
  }
}

function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export const tokens = new TokenHolder(tabStorage());

/** Sends one request with the tab's token (or `token`, to try one before keeping it). */
async function send<T>(method: 'GET' | 'POST', url: string, body?: unknown, token = tokens.value): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new CurationError('the server cannot be reached', 0, 'NETWORK', []);
  }
  const answer: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const error = (answer as { error?: { code?: ErrorCode; message?: string; details?: unknown } } | undefined)?.error;
    const issues = Array.isArray(error?.details) ? (error.details as Issue[]) : [];
    throw new CurationError(error?.message ?? `request failed (${res.status})`, res.status, error?.code ?? 'HTTP', issues);
  }
  return answer as T;
}

const query = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]])));
  return q.size ? `?${q}` : '';
};

export const curationApi = {
  whoami: (token?: string) => send<Curator>('GET', '/api/whoami', undefined, token),
  ingest: (input: DocumentInput) => send<Ingested>('POST', '/api/documents', input),
  document: (id: string) => send<DocumentRead>('GET', `/api/documents/${encodeURIComponent(id)}`),
  accept: (id: string, input: AcceptInput) => send<Accepted>('POST', `/api/documents/${encodeURIComponent(id)}/accept`, input),
  history: (entity: string, limit = 20) => send<z.output<typeof HistoryPage>>('GET', `/api/history${query({ entity, limit })}`),
  revert: (id: string) => send<HistoryEntry>('POST', `/api/history/${encodeURIComponent(id)}/revert`),
};
