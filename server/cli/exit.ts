// How command-line entry points end: a known problem is one clear line, never a stack trace. Every
// line is made terminal-safe, since problems quote ids and values read from files.
import { ProblemError } from '../errors';
import { terminalSafe } from './terminal-text';

/** The lines a problem is shown as: a list of problems one per line, each line safe on its own. */
export function problemLines(error: unknown): string[] {
  if (!(error instanceof ProblemError)) {
    const message = error instanceof Error ? error.message : String(error);
    return [`\u2716 unexpected failure: ${terminalSafe(message)}`];
  }
  const details = Array.isArray(error.details) ? error.details : [];
  const listed = details.filter((d) => d.file !== undefined);
  // A file's problems are rebuilt from their parts, so a line break inside a value stays visible
  // as \u000a instead of starting a line of its own.
  if (listed.length > 0 && listed.length === details.length) {
    const head = error.message.slice(0, error.message.indexOf('\n') >= 0 ? error.message.indexOf('\n') : undefined);
    return [
      `\u2716 ${terminalSafe(head)}`,
      ...listed.map((d) => terminalSafe(`${d.file}: ${d.record ?? ''}${d.path ? ` \u203a ${d.path}` : ''}: ${d.message}`)),
    ];
  }
  return [`\u2716 ${terminalSafe(error.message)}`];
}

export function exitWithProblem(error: unknown): never {
  for (const line of problemLines(error)) console.error(line);
  process.exit(1);
}
