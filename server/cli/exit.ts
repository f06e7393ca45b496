// How command-line entry points end: a known problem is one clear line, never a stack trace.
import { ProblemError } from '../errors';

export function exitWithProblem(error: unknown): never {
  if (error instanceof ProblemError) {
    console.error(`\u2716 ${error.message}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\u2716 unexpected failure: ${message}`);
  }
  process.exit(1);
}
