// The settings of the Node HTTP server that carries the app, in one place so the server that
// `npm start` runs and the one the tests start are the same server.
import type { Server } from 'node:http';
import { answerClientErrors } from './client-errors';

/**
 * Idle keep-alive connections outlive every client's own idle limit (undici drops a socket after
 * 4 s, browsers and load balancers after up to 60 s): were the server first to close one, a
 * client could send its next request down a socket being closed and get ECONNRESET for a request
 * the server never saw. The header timeout stays above it, as Node requires.
 */
const KEEP_ALIVE_MS = 65_000;

export function configureHttpServer(server: Server): Server {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  answerClientErrors(server);
  return server;
}
