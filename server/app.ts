// The Express application: security headers, the contract's routes with their handlers, the docs, the built
// explorer page, and the one error middleware. It receives its database; it starts nothing.
import express from 'express';
import helmet from 'helmet';
import { analyticsHandlers } from './api/analytics.routes';
import { claimHandlers } from './api/claims.routes';
import { docsCss, docsPage, docsScript } from './api/docs.page';
import { documentHandlers } from './api/documents.routes';
import { entityHandlers } from './api/entities.routes';
import { graphHandlers } from './api/graph.routes';
import { historyHandlers } from './api/history.routes';
import { metaHandlers } from './api/meta.routes';
import { openApiDocument } from './api/openapi';
import { sourceHandlers } from './api/sources.routes';
import { transferHandlers } from './api/transfer.routes';
import type { Config } from './config';
import { withCircuitBreaker } from './http/circuit-breaker';
import { errorMiddleware, notFoundRoute } from './http/error.middleware';
import { FrozenJson } from './http/frozen-json';
import type { Handlers } from './http/handler';
import { mountRoutes } from './http/router';
import { combineTokens, type NamedToken } from './http/tokens';
import type { Database } from './neo4j/database';
import { CLIENT_DIST } from './client-dist';

export const BODY_LIMIT = '2mb';

/** The contract implemented over one database; a route without its handler does not compile. */
export function apiHandlers(db: Database): Handlers {
  return {
    ...metaHandlers(db),
    ...entityHandlers(db),
    ...graphHandlers(db),
    ...claimHandlers(db),
    ...sourceHandlers(db),
    ...transferHandlers(db),
    ...analyticsHandlers(db),
    ...documentHandlers(db),
    ...historyHandlers(db),
  };
}

export interface AppOptions {
  db: Database;
  /** `tokens` as loadConfig gives them; without them, API_TOKEN alone (as a curator named api-token). */
  config: Pick<Config, 'API_TOKEN' | 'WRITE_RATE_LIMIT' | 'CORS_ORIGIN'> &
    Partial<Pick<Config, 'TRUST_PROXY'>> & { tokens?: readonly NamedToken[] };
  log?: (message: string) => void;
  /** Wrong tokens a client may present per minute before 429 (default 20). */
  tokenFailuresPerMinute?: number;
}

export function createApp({ db, config, log, tokenFailuresPerMinute }: AppOptions) {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Behind a proxy, req.ip (what the write limit and the wrong-token count are kept by) is the
  // client's address only when the proxy is trusted to say it in X-Forwarded-For.
  if (config.TRUST_PROXY !== undefined)
    app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  if (config.CORS_ORIGIN) {
    const origin = config.CORS_ORIGIN;
    app.use('/api', (req, res, next) => {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Change-Note');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE');
      if (req.method === 'OPTIONS') return void res.status(204).end();
      next();
    });
  }
  const openapi = new FrozenJson(openApiDocument());
  const docs = docsPage();
  app.get('/api/openapi.json', (req, res) => openapi.send(req, res));
  app.get('/api/docs', (_req, res) => void res.type('html').send(docs));
  app.get('/api/docs.js', (_req, res) => void res.type('js').send(docsScript));
  app.get('/api/docs.css', (_req, res) => void res.type('css').send(docsCss));
  mountRoutes(app, apiHandlers(withCircuitBreaker(db)), {
    tokens: config.tokens ?? combineTokens({ apiToken: config.API_TOKEN, lists: [] }).tokens,
    writesPerMinute: config.WRITE_RATE_LIMIT,
    bodyLimit: BODY_LIMIT,
    tokenFailuresPerMinute,
    log,
  });
  app.use('/api', notFoundRoute);
  app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
  app.use(notFoundRoute);
  app.use(errorMiddleware(log));
  return app;
}
