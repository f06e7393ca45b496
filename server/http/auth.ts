// The write guard: `Authorization: Bearer <token>`, one of the configured named tokens, compared
// by SHA-256 in constant time against every one. A curator's token may write; a reader's is
// refused (403) and only identifies its holder. With no token configured every write is refused,
// so a fresh install is read-only until someone decides. Wrong tokens are counted per client:
// after too many in a minute that client gets 429 for the rest of the window, so a token cannot
// be guessed at the speed of the server.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ForbiddenError, UnauthorizedError } from '../errors';
import { RetryLaterError } from './retry-later';
import type { NamedToken, TokenRole } from './tokens';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** RFC 7235: the scheme name is case-insensitive; the token itself is not. */
const BEARER = /^bearer ([^\s]+)$/i;

export interface TokenGuardOptions {
  /** Wrong or missing tokens a client may present per window before it is refused with 429. */
  failuresPerWindow?: number;
  windowMs?: number;
}

export interface TokenGuards {
  /** In front of writes: a curator's token, or 401/403/429. */
  write: RequestHandler;
  /** In front of a read that names its caller: any configured token, or 401/429. */
  identify: RequestHandler;
}

/** The guards over one set of tokens; both count wrong tokens in the same window. */
export function tokenGuards(tokens: readonly NamedToken[], options: TokenGuardOptions = {}): TokenGuards {
  const known = tokens.map((t) => ({ name: t.name, role: t.role, digest: Buffer.from(t.sha256, 'hex') }));
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

  /** The token presented, compared with every configured one so the time taken does not say which matched. */
  const holderOf = (presented: string): { name: string; role: TokenRole } | undefined => {
    const hash = digest(presented);
    let found: { name: string; role: TokenRole } | undefined;
    for (const token of known) if (timingSafeEqual(hash, token.digest) && !found) found = { name: token.name, role: token.role };
    return found;
  };

  const guard =
    (needs: TokenRole | 'any'): RequestHandler =>
    (req, res, next) => {
      if (needs === 'curator' && !known.some((t) => t.role === 'curator')) {
        next(new ForbiddenError('writes are disabled on this server (API_TOKEN is not set and no curator token is configured)'));
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
        next(new UnauthorizedError(`this ${needs === 'curator' ? 'write' : 'request'} needs an "Authorization: Bearer <token>" header`));
        return;
      }
      const match = BEARER.exec(header);
      const holder = match ? holderOf(match[1]) : undefined;
      if (!holder) {
        failed(client);
        next(new UnauthorizedError('the bearer token is missing or wrong'));
        return;
      }
      if (needs === 'curator' && holder.role !== 'curator') {
        next(new ForbiddenError(`the token "${holder.name}" is a reader's: writes need a curator's token`));
        return;
      }
      res.locals.actor = holder.name;
      res.locals.role = holder.role;
      next();
    };

  return { write: guard('curator'), identify: guard('any') };
}
