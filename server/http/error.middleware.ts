// The one place errors become HTTP answers: `{ error: { code, message, details } }` with the
// status the contract gives their code. Driver failures arrive already translated by the database
// layer; anything else unknown is logged here and answered without any internals.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ERRORS, type ErrorBody, type ErrorCode } from '../../graph-schema/contract';
import { ProblemError } from '../errors';
import { BodyCheckError } from './body-checks';
import { RetryLaterError } from './retry-later';

export function errorBody(code: ErrorCode, message: string, details: ErrorBody['error']['details'] = []): ErrorBody {
  return { error: { code, message, details } };
}

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

export const notFoundRoute: RequestHandler = (req, res) => {
  res.status(404).json(errorBody('NOT_FOUND', `no such route: ${req.method} ${req.path}`));
};

export function errorMiddleware(log: (message: string) => void = console.error): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const parserError = error as BodyParserError;
    // express.json's verify failures arrive wrapped as 403s; the check's own message is the answer.
    if (parserError?.type === 'body.check.failed' || error instanceof BodyCheckError) {
      res.status(400).json(errorBody('BAD_REQUEST', (error as Error).message));
      return;
    }
    if (parserError?.type === 'entity.too.large') {
      res.status(413).json(errorBody('PAYLOAD_TOO_LARGE', `the request body is larger than the limit of ${parserError.limit} bytes`));
      return;
    }
    if (parserError?.type === 'entity.parse.failed') {
      res.status(400).json(errorBody('MALFORMED_JSON', 'the request body is not valid JSON'));
      return;
    }
    // Other body-parser refusals (an unsupported charset or encoding, an aborted upload) keep to the closed set of codes.
    if (parserError?.type && parserError.status && parserError.status < 500) {
      const code: ErrorCode =
        parserError.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : parserError.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
      res.status(ERRORS[code].status).json(errorBody(code, 'the request body could not be read'));
      return;
    }
    // The router cannot decode a path parameter such as `%E0%A4%A`: the client's mistake, not ours.
    if (error instanceof URIError) {
      res.status(400).json(errorBody('MALFORMED_URL', 'the URL holds a malformed percent-encoding'));
      return;
    }
    if (error instanceof ProblemError) {
      if (error instanceof RetryLaterError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      if (error.status >= 500) log(`${error.code}: ${error.message}${typeof error.cause === 'string' ? ` (${error.cause})` : ''}`);
      res.status(error.status).json(errorBody(error.code, error.message, error.details));
      return;
    }
    log(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    res.status(500).json(errorBody('INTERNAL', 'something went wrong on the server; it has been logged'));
  };
}
