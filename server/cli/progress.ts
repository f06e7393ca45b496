// Progress lines for long work run from a terminal (install, start, seed, import).

/** Prints a step of long work so nobody stares at a silent terminal. */
export function step(message: string): void {
  console.log(`\u25b8 ${message}`);
}
