// No module of the client grows past a screenful or two: one job per file keeps parallel work on
// the page from colliding, and keeps each piece readable on its own.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const CLIENT = path.resolve(__dirname, '../../client');
const MAX_LINES = 200;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : /\.(m?ts|css|html)$/.test(entry.name) ? [full] : [];
  });
}

describe('the client', () => {
  it(`has no script, stylesheet or page longer than ${MAX_LINES} lines`, () => {
    const files = sources(CLIENT);
    expect(files.length).toBeGreaterThan(10);
    const long = files
      .map((file) => ({ file: path.relative(CLIENT, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
