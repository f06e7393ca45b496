// The write guard: `Authorization: Bearer <API_TOKEN>`, compared in constant time. With no token
// configured every write is refused, so a fresh install is read-only until someone decides.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ForbiddenError, UnauthorizedError } from '../errors';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function requireWriteToken(apiToken: string | undefined): RequestHandler {
  const expected = apiToken === undefined ? undefined : digest(apiToken);
  return (req, _res, next) => {
    if (expected === undefined) {
      next(new ForbiddenError('writes are disabled on this server (API_TOKEN is not set)'));
      return;
    }
    const header = req.get('authorization');
    if (header === undefined) {
      next(new UnauthorizedError('this write needs an "Authorization: Bearer <token>" header'));
      return;
    }
    const match = /^Bearer ([^\s]+)$/.exec(header);
    // Hashing first makes the comparison constant-time whatever the presented length.
    if (!match || !timingSafeEqual(digest(match[1]), expected)) {
      next(new UnauthorizedError('the bearer token is missing or wrong'));
      return;
    }
    next();
  };
}
