// The one place errors become HTTP answers: `{ error: { code, message, details } }` with the
// status their class names. Unknown failures are logged here and answered without any internals.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ProblemError } from '../errors';
import { translateDriverError } from '../neo4j/database';

export function errorBody(code: string, message: string, details: unknown = []) {
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
    if (parserError?.type === 'entity.too.large') {
      res.status(413).json(errorBody('PAYLOAD_TOO_LARGE', `the request body is larger than the limit of ${parserError.limit} bytes`));
      return;
    }
    if (parserError?.type === 'entity.parse.failed') {
      res.status(400).json(errorBody('MALFORMED_JSON', 'the request body is not valid JSON'));
      return;
    }
    if (parserError?.type && parserError.status && parserError.status < 500) {
      res.status(parserError.status).json(errorBody('BAD_REQUEST', 'the request body could not be read'));
      return;
    }
    // The router cannot decode a path parameter such as `%E0%A4%A`: the client's mistake, not ours.
    if (error instanceof URIError) {
      res.status(400).json(errorBody('MALFORMED_URL', 'the URL holds a malformed percent-encoding'));
      return;
    }
    const known = translateDriverError(error);
    if (known instanceof ProblemError) {
      if (known.status >= 500) log(`${known.code}: ${known.message}`);
      res.status(known.status).json(errorBody(known.code, known.message, known.details ?? []));
      return;
    }
    log(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    res.status(500).json(errorBody('INTERNAL', 'something went wrong on the server; it has been logged'));
  };
}
