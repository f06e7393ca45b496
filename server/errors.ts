// The one family of errors the project raises on purpose. Each carries a code from the contract's
// closed set (graph-schema/contract/errors.ts), which fixes its HTTP status; the error middleware
// maps them to `{ error: { code, message, details } }` in one place.
import { ERRORS, type Dependents, type ErrorCode, type Issue } from '../graph-schema/contract';

export type { Dependents, ErrorCode, Issue };

export class ProblemError extends Error {
  readonly status: number;
  constructor(
    message: string,
    readonly code: ErrorCode,
    readonly details: Issue[] | Dependents = [],
  ) {
    super(message);
    this.name = new.target.name;
    this.status = ERRORS[code].status;
  }
}

/** Input that does not fit the schema; `details` lists every issue with its place. */
export class ValidationError extends ProblemError {
  constructor(message: string, details: Issue[] = []) {
    super(message, 'VALIDATION_FAILED', details);
  }
}
export class UnauthorizedError extends ProblemError {
  constructor(message: string) {
    super(message, 'UNAUTHORIZED');
  }
}
export class ForbiddenError extends ProblemError {
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}
export class NotFoundError extends ProblemError {
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}
export class ConflictError extends ProblemError {
  constructor(message: string, details: Issue[] | Dependents = []) {
    super(message, 'CONFLICT', details);
  }
}
/** A conditional write (`If-Match`) whose condition no longer holds. */
export class PreconditionFailedError extends ProblemError {
  constructor(message: string) {
    super(message, 'PRECONDITION_FAILED');
  }
}
/** The database cannot be reached or did not answer in time; the client may retry. */
export class UnavailableError extends ProblemError {
  /** The status always follows from the code (503); the third argument only keeps older callers compiling. */
  constructor(message: string, code: 'DATABASE_UNAVAILABLE' | 'DATABASE_BUSY' | 'QUERY_TIMEOUT' = 'DATABASE_UNAVAILABLE', _status?: 503) {
    super(message, code);
  }
}
/** A configuration or environment problem found at start-up. */
export class SetupError extends ProblemError {
  constructor(message: string) {
    super(message, 'SETUP_FAILED');
  }
}
