// Mounts the contract's routes on Express: parses params, query and body with their zod schemas
// (unknown query parameters are an error), puts the write guard and rate limit in front of every
// writing route, and sends the handler's answer with its declared status and media type (streamed
// where the handler streams it). A known path asked with a method it does not take is a 405 with
// Allow; a route declared costly runs a bounded number of times at once.
import express, { type Express, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { z, ZodObject, ZodType } from 'zod';
import type { IncomingHttpHeaders } from 'node:http';
import { declaredRoutes, JSON_TYPE, type Issue } from '../../graph-schema/contract';
import { ProblemError, ValidationError } from '../errors';
import { tokenGuards } from './auth';
import { verifyJsonBody } from './body-checks';
import { errorBody } from './error.middleware';
import { FrozenJson } from './frozen-json';
import type { Handler, Handlers } from './handler';
import type { NamedToken } from './tokens';
import { RetryLaterError } from './retry-later';
import { StreamedBody } from './streamed';

/** Zod issues in the contract's one detail shape. */
function zodIssues(issues: readonly z.core.$ZodIssue[], part: Issue['in']): Issue[] {
  return issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? {
          in: part,
          path: issue.keys.join(','),
          message: `unknown ${part === 'query' ? 'parameter' : 'field'}${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`,
        }
      : { in: part, path: issue.path.map(String).join('.'), message: issue.message },
  );
}

function parsePart<T>(schema: ZodType<T> | undefined, value: unknown, part: Issue['in'], issues: Issue[]): T {
  if (!schema) return value as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  issues.push(...zodIssues(result.error.issues, part));
  return undefined as T;
}

/** Only the headers a route declares are read; every other header is HTTP's business, not the route's. */
function declaredHeaders(schema: ZodObject | undefined, headers: IncomingHttpHeaders): Record<string, unknown> | undefined {
  if (!schema) return undefined;
  return Object.fromEntries(Object.keys(schema.shape).flatMap((name) => (headers[name] === undefined ? [] : [[name, headers[name]]])));
}

function describe(issues: Issue[]): string {
  return issues.map((i) => (i.path ? `${i.in} ${i.path}: ${i.message}` : `${i.in}: ${i.message}`)).join('; ');
}

/** Queries arrive as strings, or as arrays when repeated: a repeated parameter is an error. */
function singleValued(query: Record<string, unknown>, issues: Issue[]): Record<string, unknown> {
  for (const [key, value] of Object.entries(query))
    if (typeof value !== 'string') issues.push({ in: 'query', path: key, message: 'must be given once, as plain text' });
  return query;
}

/** The header any write may carry to say why, kept in the history. */
export const CHANGE_NOTE = 'x-change-note';
/** As sent, percent-encoded: the length the OpenAPI document declares (1,000 Japanese characters). */
export const MAX_NOTE_HEADER = 9000;

/** A header carries Latin-1 only, so the note is percent-encoded UTF-8 (plain ASCII reads as itself). */
function changeNote(value: string | undefined, issues: Issue[]): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (value.length > MAX_NOTE_HEADER) {
    issues.push({ in: 'header', path: CHANGE_NOTE, message: `must be at most ${MAX_NOTE_HEADER} characters as sent (percent-encoded)` });
    return undefined;
  }
  let note: string;
  try {
    note = decodeURIComponent(value).normalize('NFC').trim();
  } catch {
    issues.push({ in: 'header', path: CHANGE_NOTE, message: 'must be percent-encoded UTF-8 (as encodeURIComponent gives)' });
    return undefined;
  }
  // eslint-disable-next-line no-control-regex -- control characters have no place in a note
  if (/[\u0000-\u001f\u007f]/.test(note)) issues.push({ in: 'header', path: CHANGE_NOTE, message: 'must not contain control characters' });
  return note;
}

const requireJson: RequestHandler = (req, _res, next) => {
  if (req.method === 'DELETE' && !req.headers['content-length'] && !req.headers['transfer-encoding']) return next();
  if (!req.is('application/json'))
    return next(new ProblemError('the request body must be JSON (Content-Type: application/json)', 'UNSUPPORTED_MEDIA_TYPE'));
  next();
};

export interface RouterOptions {
  /** Every token the server accepts; none: writes are disabled. */
  tokens: readonly NamedToken[];
  writesPerMinute: number;
  bodyLimit: string;
  /** Wrong tokens a client may present per minute before it is refused with 429. */
  tokenFailuresPerMinute?: number;
  log?: (message: string) => void;
}

/** What any handler answers, seen from the router (the types per route are checked where handlers are written). */
interface AnyReply {
  status: number;
  contentType?: string;
  body: unknown;
  headers?: Record<string, string>;
}

export function mountRoutes(app: Express, implementation: Handlers, options: RouterOptions): void {
  const guards = tokenGuards(options.tokens, { failuresPerWindow: options.tokenFailuresPerMinute });
  const log = options.log ?? console.error;
  const writeLimiter = rateLimit({
    windowMs: 60_000,
    limit: options.writesPerMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res, _next, opts) => {
      res.setHeader('Retry-After', String(Math.ceil(opts.windowMs / 1000)));
      res.status(429).json(errorBody('TOO_MANY_WRITES', `at most ${String(opts.limit)} writes a minute; try again later`));
    },
  });
  const json = express.json({ limit: options.bodyLimit, strict: false, verify: verifyJsonBody });
  const methodsByPath = new Map<string, string[]>();

  for (const route of declaredRoutes()) {
    const handle = implementation[route.name] as unknown as Handler<typeof route>;
    const chain: RequestHandler[] = [];
    methodsByPath.set(route.path, [...(methodsByPath.get(route.path) ?? []), route.method.toUpperCase()]);
    let running = 0;
    if (route.writes) chain.push(guards.write, writeLimiter);
    else if (route.identifies) chain.push(guards.identify);
    if (route.body) chain.push(requireJson, json);
    chain.push(async (req, res, next) => {
      try {
        const issues: Issue[] = [];
        const params = parsePart(route.params, req.params, 'path', issues);
        const query = parsePart(route.query, singleValued(req.query as Record<string, unknown>, issues), 'query', issues);
        const headers = parsePart(route.headers, declaredHeaders(route.headers, req.headers), 'header', issues);
        const body = parsePart(route.body, req.body, 'body', issues);
        if (!route.query && Object.keys(req.query).length > 0)
          issues.push({ in: 'query', path: Object.keys(req.query).join(','), message: 'this route takes no query parameters' });
        const note = route.writes ? changeNote(req.get(CHANGE_NOTE), issues) : undefined;
        if (issues.length > 0) throw new ValidationError(describe(issues), issues);
        const reply = (await handle({
          params,
          query,
          headers,
          body,
          actor: res.locals.actor as string | undefined,
          role: res.locals.role as 'curator' | 'reader' | undefined,
          note,
        })) as AnyReply;
        if (reply.body instanceof StreamedBody) {
          const begin = () => {
            res.status(reply.status).type(reply.contentType ?? JSON_TYPE);
            if (reply.headers) res.set(reply.headers);
          };
          // HEAD wants the headers only: none of the work behind the body is started.
          if (req.method === 'HEAD') {
            begin();
            res.end();
            return;
          }
          const limit = route.concurrency;
          if (limit && running >= limit.limit)
            throw new RetryLaterError(
              `at most ${limit.limit} of these run at once and that many are running; try again shortly`,
              'EXPORTS_BUSY',
              limit.retryAfterSeconds,
            );
          running++;
          try {
            await reply.body.pipe(res, begin);
          } catch (error) {
            if (!res.headersSent) throw error;
            log(
              `a streamed answer to ${req.method} ${req.originalUrl} was cut short: ${error instanceof Error ? error.message : String(error)}`,
            );
          } finally {
            running--;
          }
          return;
        }
        if (reply.headers) res.set(reply.headers);
        if (reply.body instanceof FrozenJson) reply.body.send(req, res, reply.status);
        else if ((reply.contentType ?? JSON_TYPE) === JSON_TYPE) res.status(reply.status).json(reply.body);
        else res.status(reply.status).type(reply.contentType!).send(reply.body);
      } catch (error) {
        next(error);
      }
    });
    app[route.method](route.path, ...chain);
  }
  for (const [path, methods] of methodsByPath) {
    const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
    app.all(path, (req, res) => {
      res.setHeader('Allow', allow);
      if (req.method === 'OPTIONS') return void res.status(204).end();
      res.status(405).json(errorBody('METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${req.path}; it takes ${allow}`));
    });
  }
}
