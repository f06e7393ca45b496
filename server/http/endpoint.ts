// An endpoint is declared once, as data: method, path, the zod schemas of its parameters, query
// and body, its responses and whether it writes. The router, the write guard, the OpenAPI
// document and the tests all read these declarations.
import type { Request, Response } from 'express';
import { z } from 'zod';

export type Method = 'get' | 'post' | 'patch' | 'delete';

export interface EndpointInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  req: Request;
  res: Response;
}

export interface Endpoint<P = any, Q = any, B = any> {
  method: Method;
  /** Express-style path, e.g. /api/entities/:id. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Writes need the bearer token and are rate limited. */
  writes?: boolean;
  /** Status and schema of the successful answer. */
  response: { status: number; schema: z.ZodType; description: string };
  /** Statuses the endpoint may answer with besides success (for OpenAPI and fuzzing). */
  errors: number[];
  /** A real request against the seed data, shown in the docs (reads run live there) and run in
   *  order by tests/integration/docs-examples.test.ts, so no example can go stale. */
  example?: { path: string; body?: unknown };
  /** Returns the JSON body; undefined for endpoints that write the response themselves. */
  handle(input: EndpointInput<P, Q, B>): Promise<unknown>;
}

export function endpoint<P, Q, B>(definition: Endpoint<P, Q, B>): Endpoint<P, Q, B> {
  return definition;
}

/** Query parameters that hold a comma-separated list: `types=A,B`. */
export function commaList<T extends z.ZodType>(item: T) {
  return z
    .string()
    .max(2000)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x.length > 0),
    )
    .pipe(z.array(item).min(1).max(50) as unknown as z.ZodType<z.output<T>[], string[]>);
}

export const Limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
export const Offset = z.coerce.number().int().min(0).max(100000).default(0);
