// The count tables of seed-data/README.md: computed from the JSON files, written between markers
// in the README by `npx tsx seed-data/readme-counts.ts`, and read back by a test that compares them
// with the loaded database, so the README cannot drift from the data.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SEED_DATA_DIR = __dirname;
export const README_PATH = path.join(__dirname, 'README.md');

export interface SeedCounts {
  byKind: Record<string, number>;
  byType: Record<string, number>;
}

interface SeedRecords {
  entities: { id: string; kind: string }[];
  relationships: { type: string; from: string; to: string; key?: string }[];
}

/** Every record of every seed file, as written (validation is the loader's job). */
export function readSeedRecords(dir = SEED_DATA_DIR): SeedRecords {
  const records: SeedRecords = { entities: [], relationships: [] };
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const content = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Partial<SeedRecords>;
    records.entities.push(...(content.entities ?? []));
    records.relationships.push(...(content.relationships ?? []));
  }
  return records;
}

function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of [...values].sort()) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

export function countSeed(records = readSeedRecords()): SeedCounts {
  return { byKind: tally(records.entities.map((e) => e.kind)), byType: tally(records.relationships.map((r) => r.type)) };
}

const MARKERS = {
  kinds: ['<!-- counts:kinds:start -->', '<!-- counts:kinds:end -->'],
  types: ['<!-- counts:types:start -->', '<!-- counts:types:end -->'],
} as const;

function table(heading: string, counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const rows = Object.entries(counts).map(([name, n]) => `| ${name} | ${n} |`);
  return [`| ${heading} | Count |`, '| --- | ---: |', ...rows, `| **Total** | **${total}** |`].join('\n');
}

/** The README text with both tables regenerated in place. */
export function withCountTables(readme: string, counts: SeedCounts): string {
  let text = readme;
  for (const [which, body] of [
    ['kinds', table('Kind', counts.byKind)],
    ['types', table('Relationship type', counts.byType)],
  ] as const) {
    const [start, end] = MARKERS[which];
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`);
    text = `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
  }
  return text;
}

/** The counts a README states in one of its tables (the Total row left out). */
export function parseCountTable(readme: string, which: keyof typeof MARKERS): Record<string, number> {
  const [start, end] = MARKERS[which];
  const body = readme.slice(readme.indexOf(start) + start.length, readme.indexOf(end));
  const counts: Record<string, number> = {};
  for (const match of body.matchAll(/^\|\s*([A-Za-z_]+)\s*\|\s*(\d+)\s*\|$/gm)) counts[match[1]] = Number(match[2]);
  return counts;
}

if (require.main === module) {
  const counts = countSeed();
  writeFileSync(README_PATH, withCountTables(readFileSync(README_PATH, 'utf8'), counts));
  const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
  process.stdout.write(`README.md counts: ${total(counts.byKind)} entities, ${total(counts.byType)} relationships\n`);
}
