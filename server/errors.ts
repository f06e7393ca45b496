// The one family of errors the project raises on purpose. Each has a stable `code` and an HTTP
// status; the error middleware maps them to `{ error: { code, message, details } }` in one place.
export class ProblemError extends Error {
  constructor(
    message: string,
    readonly code: string = 'PROBLEM',
    readonly status: number = 500,
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that does not fit the schema; `details` lists every issue with its place. */
export class ValidationError extends ProblemError {
  constructor(message: string, details: unknown = []) {
    super(message, 'VALIDATION_FAILED', 400, details);
  }
}
export class UnauthorizedError extends ProblemError {
  constructor(message: string) {
    super(message, 'UNAUTHORIZED', 401);
  }
}
export class ForbiddenError extends ProblemError {
  constructor(message: string) {
    super(message, 'FORBIDDEN', 403);
  }
}
export class NotFoundError extends ProblemError {
  constructor(message: string, details: unknown = undefined) {
    super(message, 'NOT_FOUND', 404, details);
  }
}
export class ConflictError extends ProblemError {
  constructor(message: string, details: unknown = undefined) {
    super(message, 'CONFLICT', 409, details);
  }
}
/** A conditional write (`If-Match`) whose condition no longer holds. */
export class PreconditionFailedError extends ProblemError {
  constructor(message: string) {
    super(message, 'PRECONDITION_FAILED', 412);
  }
}
/** The database cannot be reached or did not answer in time; the client may retry. */
export class UnavailableError extends ProblemError {
  constructor(message: string, code = 'DATABASE_UNAVAILABLE', status = 503) {
    super(message, code, status);
  }
}
/** A configuration or environment problem found at start-up. */
export class SetupError extends ProblemError {
  constructor(message: string) {
    super(message, 'SETUP_FAILED', 500);
  }
}
