// The write guard: `Authorization: Bearer <API_TOKEN>`, compared in constant time. With no token
// configured every write is refused, so a fresh install is read-only until someone decides.
// Wrong tokens are counted per client: after too many in a minute that client gets 429 for the
// rest of the window, so a token cannot be guessed at the speed of the server.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ForbiddenError, UnauthorizedError } from '../errors';
import { RetryLaterError } from './retry-later';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** RFC 7235: the scheme name is case-insensitive; the token itself is not. */
const BEARER = /^bearer ([^\s]+)$/i;

export interface TokenGuardOptions {
  /** Wrong or missing tokens a client may present per window before it is refused with 429. */
  failuresPerWindow?: number;
  windowMs?: number;
}

export function requireWriteToken(apiToken: string | undefined, options: TokenGuardOptions = {}): RequestHandler {
  const expected = apiToken === undefined ? undefined : digest(apiToken);
  const allowed = options.failuresPerWindow ?? 20;
  const windowMs = options.windowMs ?? 60_000;
  const failures = new Map<string, { count: number; resetAt: number }>();

  const failed = (client: string) => {
    const now = Date.now();
    const entry = failures.get(client);
    if (!entry || entry.resetAt <= now) failures.set(client, { count: 1, resetAt: now + windowMs });
    else entry.count++;
    // Expired entries are swept now and then, so a spray of clients cannot grow the map for ever.
    if (failures.size > 10_000) for (const [key, e] of failures) if (e.resetAt <= now) failures.delete(key);
  };

  return (req, res, next) => {
    if (expected === undefined) {
      next(new ForbiddenError('writes are disabled on this server (API_TOKEN is not set)'));
      return;
    }
    const client = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const entry = failures.get(client);
    if (entry && entry.resetAt > Date.now() && entry.count >= allowed) {
      const seconds = Math.max(1, Math.ceil((entry.resetAt - Date.now()) / 1000));
      next(new RetryLaterError(`too many attempts with a wrong token; at most ${allowed} a minute`, 'TOO_MANY_WRITES', seconds));
      return;
    }
    const header = req.get('authorization');
    if (header === undefined) {
      next(new UnauthorizedError('this write needs an "Authorization: Bearer <token>" header'));
      return;
    }
    const match = BEARER.exec(header);
    // Hashing first makes the comparison constant-time whatever the presented length.
    if (!match || !timingSafeEqual(digest(match[1]), expected)) {
      failed(client);
      next(new UnauthorizedError('the bearer token is missing or wrong'));
      return;
    }
    res.locals.actor = 'api-token';
    next();
  };
}
