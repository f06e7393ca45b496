// What a route declaration is, and what follows from it: the statuses every route may answer
// with besides its own (derived from whether it writes and takes a body), and the types of its
// request and answers that the server's handlers and the client's caller are checked against.
import type { z } from 'zod';

export type Method = 'get' | 'post' | 'patch' | 'delete';

export const JSON_TYPE = 'application/json';
export const GRAPHML_TYPE = 'application/graphml+xml';
export type MediaType = typeof JSON_TYPE | typeof GRAPHML_TYPE;

export interface ResponseSpec {
  description: string;
  /** The body per media type; most answers are JSON only. */
  content: { readonly [M in MediaType]?: z.ZodType };
}

export interface RouteSpec {
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodType;
  query?: z.ZodType;
  /** Request headers the handler reads, by lower-case name (others are ignored, as HTTP wants). */
  headers?: z.ZodObject;
  body?: z.ZodType;
  /** Writes need a curator's bearer token and are rate limited. */
  writes?: boolean;
  /** Reads that need a valid token of any role (who is signed in): 401 without one. */
  identifies?: boolean;
  /** The answers the handler gives itself; error answers are derived (see errorStatuses). */
  responses: { readonly [status: number]: ResponseSpec };
  /** A route whose streamed answer is costly runs at most `limit` times at once; a further request is
   *  answered 503 (EXPORTS_BUSY) with Retry-After, and HEAD is answered without running it at all. */
  concurrency?: { limit: number; retryAfterSeconds: number };
  /** The only error statuses a route names itself; 400 and 503 always, 401/403/429 for writes and 413/415 for a body follow from the rest. */
  errors?: readonly (404 | 409 | 412)[];
  /** A real request against the seed data, shown in the docs and run by the docs-examples test. */
  example: { path: string; body?: unknown };
}

/** A route is named by its method and Express path, e.g. `GET /api/entities/:id`, so the name alone
 *  tells a client (which imports only types) where to send the request. */
export type RouteName = `${Uppercase<Method>} /${string}`;

export function json<S extends z.ZodType>(description: string, schema: S) {
  return { description, content: { [JSON_TYPE]: schema } };
}

export function route<const R extends RouteSpec>(spec: R): R {
  return spec;
}

export function methodOf(name: RouteName): Method {
  return name.slice(0, name.indexOf(' ')).toLowerCase() as Method;
}
export function pathOf(name: RouteName): string {
  return name.slice(name.indexOf(' ') + 1);
}

/** Error statuses a route may answer with: 400 (bad input) and 503 (database) always, the write
 *  guard's 401/403/429 on writes, the body parser's 413/415 where there is a body, then its own. */
export function errorStatuses(spec: RouteSpec): number[] {
  // Any write may meet a concurrent change it cannot stand (409). Any request may carry a URL or
  // headers longer than the server reads (431), before any route sees it.
  return [
    400,
    431,
    ...(spec.writes ? [401, 403, 409, 429] : spec.identifies ? [401, 429] : []),
    ...(spec.body ? [413, 415] : []),
    ...(spec.errors ?? []),
    503,
  ]
    .filter((s) => !(s in spec.responses))
    .sort((a, b) => a - b);
}

/** The declared success status of a route (its one 2xx). */
export function successStatus(spec: RouteSpec): number {
  return Number(Object.keys(spec.responses).find((s) => Number(s) < 300));
}

// ---- types derived from a declaration ----

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type In<S> = S extends z.ZodType ? z.input<S> : undefined;

/** Parsed request parts as a handler receives them. */
export interface ParsedRequest<R extends RouteSpec> {
  params: Out<R['params']>;
  query: Out<R['query']>;
  headers: Out<R['headers']>;
  body: Out<R['body']>;
  /** The name of the token that authorised a write (or identified the caller); undefined on reads. */
  actor?: string;
  /** The role of that token. */
  role?: 'curator' | 'reader';
  /** Why, from a write's `X-Change-Note` header (percent-decoded), for the history. */
  note?: string;
}

/** Request parts as a client sends them (before parsing: query values are text, defaults optional). */
export type RequestOf<R extends RouteSpec> = (R['params'] extends z.ZodType ? { params: In<R['params']> } : { params?: never }) &
  (R['query'] extends z.ZodType ? { query?: In<R['query']> } : { query?: never }) &
  (R['headers'] extends z.ZodType ? { headers?: In<R['headers']> } : { headers?: never }) &
  (R['body'] extends z.ZodType ? { body: In<R['body']> } : { body?: never });

type StatusOf<R extends RouteSpec> = Extract<keyof R['responses'], number>;

/** The JSON body of a declared answer. */
export type JsonBody<R extends RouteSpec, S extends StatusOf<R>> = R['responses'][S]['content'] extends {
  'application/json': infer Z extends z.ZodType;
}
  ? z.output<Z>
  : never;

/** The body the route answers with on success, as the client receives it. */
export type SuccessBody<R extends RouteSpec> = {
  [S in StatusOf<R>]: `${S}` extends `2${string}` ? JsonBody<R, S> : never;
}[StatusOf<R>];

/** A JSON body serialised once ahead of time; the phantom keeps the type of what it holds. */
export interface Frozen<T> {
  readonly frozen: true;
  readonly holds?: T;
}

/** A body the server writes piece by piece as it reads the database, for answers too large to hold
 *  in memory (the export); the phantom keeps the type of what the pieces add up to. */
export interface Streamed<T> {
  readonly streamed: true;
  readonly holds?: T;
}

/** One answer a handler may give: a declared status, with a body of a declared media type. A JSON
 *  body may be given pre-serialised (`Frozen`) or as a stream (`Streamed`); other media types name
 *  themselves. */
export type Reply<R extends RouteSpec> = {
  [S in StatusOf<R>]: {
    [M in keyof R['responses'][S]['content'] & MediaType]: M extends 'application/json'
      ? {
          status: S;
          contentType?: M;
          body:
            | Out<R['responses'][S]['content'][M]>
            | Frozen<Out<R['responses'][S]['content'][M]>>
            | Streamed<Out<R['responses'][S]['content'][M]>>;
          headers?: Record<string, string>;
        }
      : {
          status: S;
          contentType: M;
          body: Out<R['responses'][S]['content'][M]> | Streamed<Out<R['responses'][S]['content'][M]>>;
          headers?: Record<string, string>;
        };
  }[keyof R['responses'][S]['content'] & MediaType];
}[StatusOf<R>];
