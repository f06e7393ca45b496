// A refusal that tells the client when to come back: the error middleware sends its Retry-After.
import type { ErrorCode } from '../../graph-schema/contract';
import { ProblemError } from '../errors';

export class RetryLaterError extends ProblemError {
  constructor(
    message: string,
    code: ErrorCode,
    readonly retryAfterSeconds: number,
  ) {
    super(message, code);
  }
}
