// Mounts declared endpoints on Express: parses params, query and body with their zod schemas
// (unknown query parameters are an error), puts the write guard and rate limit in front of every
// writing endpoint, and answers with the declared status.
import express, { type Express, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { ZodType } from 'zod';
import { ProblemError, ValidationError } from '../errors';
import { requireWriteToken } from './auth';
import type { Endpoint } from './endpoint';
import { FrozenJson } from './frozen-json';
import { errorBody } from './error.middleware';

export interface Issue {
  in: 'path' | 'query' | 'body';
  path: string;
  message: string;
}

function parsePart<T>(schema: ZodType<T> | undefined, value: unknown, part: Issue['in'], issues: Issue[]): T {
  if (!schema) return value as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown ${part === 'query' ? 'parameter' : 'field'}${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`
        : issue.message;
    issues.push({ in: part, path: issue.code === 'unrecognized_keys' ? issue.keys.join(',') : issue.path.join('.'), message });
  }
  return undefined as T;
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

const requireJson: RequestHandler = (req, _res, next) => {
  if (req.method === 'DELETE' && !req.headers['content-length'] && !req.headers['transfer-encoding']) return next();
  if (!req.is('application/json'))
    return next(new ProblemError('the request body must be JSON (Content-Type: application/json)', 'UNSUPPORTED_MEDIA_TYPE', 415));
  next();
};

export interface RouterOptions {
  apiToken: string | undefined;
  writesPerMinute: number;
  bodyLimit: string;
}

export function mountEndpoints(app: Express, endpoints: Endpoint[], options: RouterOptions): void {
  const guard = requireWriteToken(options.apiToken);
  const writeLimiter = rateLimit({
    windowMs: 60_000,
    limit: options.writesPerMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res, _next, opts) => {
      res.setHeader('Retry-After', String(Math.ceil(opts.windowMs / 1000)));
      res.status(429).json(errorBody('TOO_MANY_WRITES', `at most ${opts.limit} writes a minute; try again later`));
    },
  });
  const json = express.json({ limit: options.bodyLimit, strict: false });

  for (const ep of endpoints) {
    const chain: RequestHandler[] = [];
    if (ep.writes) chain.push(guard, writeLimiter);
    if (ep.body) chain.push(requireJson, json);
    chain.push(async (req, res, next) => {
      try {
        const issues: Issue[] = [];
        const params = parsePart(ep.params, req.params, 'path', issues);
        const query = parsePart(ep.query, singleValued(req.query as Record<string, unknown>, issues), 'query', issues);
        const body = parsePart(ep.body, req.body, 'body', issues);
        if (!ep.query && Object.keys(req.query).length > 0)
          issues.push({ in: 'query', path: Object.keys(req.query).join(','), message: 'this route takes no query parameters' });
        if (issues.length > 0) throw new ValidationError(describe(issues), issues);
        const result = await ep.handle({ params, query, body, req, res });
        if (result === undefined || res.headersSent) return;
        if (result instanceof FrozenJson) result.send(req, res, ep.response.status);
        else res.status(ep.response.status).json(result);
      } catch (error) {
        next(error);
      }
    });
    app[ep.method](ep.path, ...chain);
  }
}
