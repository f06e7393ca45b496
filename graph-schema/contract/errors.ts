// The closed set of error codes the API answers with, each with its HTTP status and meaning, and the
// one error body. The server's error classes, the error middleware, the OpenAPI document and the
// client all read this table; a code that is not here cannot be raised.
import { z } from 'zod';

export const ERRORS = {
  VALIDATION_FAILED: { status: 400, description: 'A path parameter, query parameter or body field does not fit; details names each.' },
  MALFORMED_JSON: { status: 400, description: 'The request body is not valid JSON.' },
  MALFORMED_URL: { status: 400, description: 'The URL holds a malformed percent-encoding.' },
  BAD_REQUEST: { status: 400, description: 'The request body could not be read.' },
  UNAUTHORIZED: { status: 401, description: 'The bearer token is missing or wrong.' },
  FORBIDDEN: { status: 403, description: 'Writes are disabled on this server (API_TOKEN unset).' },
  NOT_FOUND: { status: 404, description: 'No such route, entity, relationship or source.' },
  METHOD_NOT_ALLOWED: { status: 405, description: 'The path exists but not with this method; the Allow header lists those it takes.' },
  CONFLICT: {
    status: 409,
    description:
      'The id is taken, or the graph changed in a way the write cannot stand: an end deleted, an id stored as another kind, a delete that would leave a citation or a claim dangling.',
  },
  PRECONDITION_FAILED: { status: 412, description: 'The entity changed since the ETag given in If-Match was read.' },
  PAYLOAD_TOO_LARGE: { status: 413, description: 'The body is larger than the limit.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, description: 'The body is not JSON (Content-Type: application/json).' },
  TOO_MANY_WRITES: { status: 429, description: 'Too many writes, or too many wrong tokens, from this client; see Retry-After.' },
  HEADERS_TOO_LARGE: { status: 431, description: 'The URL or the request headers are longer than the server reads.' },
  INTERNAL: { status: 500, description: 'Something went wrong on the server; it has been logged.' },
  SETUP_FAILED: { status: 500, description: 'A configuration or environment problem found at start-up.' },
  DATABASE_UNAVAILABLE: { status: 503, description: 'The database is unreachable; try again shortly.' },
  DATABASE_BUSY: { status: 503, description: 'The database is busy; try again shortly.' },
  QUERY_TIMEOUT: { status: 503, description: 'The query ran out of time; narrow it.' },
  EXPORTS_BUSY: { status: 503, description: 'As many exports as the server runs at once are running; see Retry-After.' },
} as const satisfies Record<string, { status: number; description: string }>;

export type ErrorCode = keyof typeof ERRORS;
export const ERROR_CODES = Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]];

/** What one status means as an answer of a route, for the OpenAPI document. */
export const STATUS_MEANING: Record<number, string> = {
  400: 'Invalid input; details names every bad parameter or field.',
  401: 'Missing or wrong bearer token.',
  403: 'Writes are disabled (API_TOKEN unset).',
  404: 'No such entity, relationship or source.',
  409: 'The id is taken, or the graph changed in a way this write cannot stand (details say what).',
  412: 'The entity changed since the ETag sent in If-Match.',
  413: 'The body is larger than the limit.',
  415: 'The body is not JSON.',
  429: 'Too many writes; see Retry-After.',
  431: 'The URL and headers are longer than the server reads (16 KB in all).',
  503: 'The database is unreachable, busy, or the query ran out of time.',
};

/** One problem with a request, in the one shape every VALIDATION_FAILED uses: where (`in`), which
 *  parameter or field (`path`, dotted), and why. Imports also name the file and record. */
export const Issue = z
  .object({
    in: z.enum(['path', 'query', 'header', 'body']),
    path: z.string(),
    message: z.string(),
    file: z.string().optional(),
    record: z.string().optional(),
  })
  .meta({ id: 'Issue' });
export type Issue = z.output<typeof Issue>;

/** What deleting an entity would leave dangling: the 409 of a refused delete names them. */
export const Dependents = z
  .object({
    citedBy: z.array(z.string()).meta({ description: 'Entities and relationships citing it, when it is a Source (at most 20).' }),
    claims: z.array(z.string()).meta({ description: 'Claims it alone made or that are about it alone (at most 20).' }),
  })
  .meta({ id: 'Dependents' });
export type Dependents = z.output<typeof Dependents>;

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.union([z.array(Issue), Dependents]),
    }),
  })
  .meta({ id: 'Error', description: 'Every error: a stable code, a readable message, and the issues (empty unless VALIDATION_FAILED).' });
export type ErrorBody = z.output<typeof ErrorBody>;
