// The client reaches the API only through the contract's types: it imports nothing from server/,
// and graph-schema only as types, except the display and time rules (graph-schema/rules.ts), which
// are plain functions with no imports, so neither the server nor zod is bundled into the page.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const CLIENT = path.resolve(__dirname, '../../client');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : /\.m?ts$/.test(entry.name) ? [full] : [];
  });
}

/** Every import or re-export statement of a file, with the module it names. */
function imports(file: string): { statement: string; from: string }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?from\s+'([^']+)';/gms)].map((m) => ({ statement: m[0], from: m[1] }));
}

const all = sources(CLIENT).flatMap((file) => imports(file).map((i) => ({ file: path.relative(CLIENT, file), ...i })));

describe('the client', () => {
  it('has import statements to check', () => {
    expect(all.filter((i) => i.from.includes('graph-schema/contract')).length).toBeGreaterThanOrEqual(2);
  });

  it('imports nothing from server/', () => {
    expect(all.filter((i) => /(^|\/)server\//.test(i.from)).map((i) => `${i.file}: ${i.from}`)).toEqual([]);
  });

  it('imports graph-schema (the contract included) as types only, but for its rules, and never zod', () => {
    const runtime = all.filter(
      (i) =>
        (i.from.includes('graph-schema') || i.from === 'zod') &&
        !/^(?:import|export) type\b/.test(i.statement) &&
        !i.from.endsWith('graph-schema/rules'),
    );
    expect(runtime.map((i) => `${i.file}: ${i.statement}`)).toEqual([]);
  });

  it('bundles graph-schema/rules, which imports nothing at run time', () => {
    expect(imports(path.resolve(CLIENT, '../graph-schema/rules.ts')).filter((i) => !/^(?:import|export) type\b/.test(i.statement))).toEqual(
      [],
    );
  });
});
