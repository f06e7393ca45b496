// The count tables of seed-data/README.md: computed from the JSON files (and, for how citations
// fared against the documents, from the report `check:citations --write` committed beside them),
// written between markers in the README by `npx tsx seed-data/readme-counts.ts`, and read back by a
// test that compares them with the files and the loaded database, so the README cannot drift.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { relationshipDefinition } from '../graph-schema';
import { CITATION_REPORT_FILE } from '../server/loader/citation-check';

export const SEED_DATA_DIR = __dirname;
export const README_PATH = path.join(__dirname, 'README.md');

export interface SeedCounts {
  byKind: Record<string, number>;
  byType: Record<string, number>;
  /** Relationships of a type with a time extent, by where their start comes from. */
  dating: Record<string, number>;
  /** Citations by what they vouch for, and as the last check against the documents found them. */
  citations: Record<string, number>;
}

type Cites = { source: string; basis?: string }[];
interface SeedRecords {
  entities: { id: string; kind: string; sources?: Cites }[];
  relationships: { type: string; from: string; to: string; key?: string; properties?: Record<string, unknown>; sources?: Cites }[];
}

/** The figures `npm run check:citations -- DIR --write` recorded from the documents. */
interface CitationReportFigures {
  checked: number;
  held: number;
  inferences: number;
  unmarked: number;
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

function datingCounts(records: SeedRecords): Record<string, number> {
  const counts = {
    'dated from the documents': 0,
    'dated from public record (`outsideFields`)': 0,
    'claims dated by when they were made (`MADE_CLAIM`, not audited for origin)': 0,
    'undated (`undated: true`)': 0,
  };
  for (const r of records.relationships) {
    const rule = relationshipDefinition(r.type)?.meta.temporal;
    if (!rule) continue;
    const properties = r.properties ?? {};
    const start = rule.start.find((name) => typeof properties[name] === 'string');
    const outside = Array.isArray(properties.outsideFields) && start !== undefined && properties.outsideFields.includes(start);
    if (start === undefined) counts['undated (`undated: true`)'] += properties.undated === true ? 1 : 0;
    else if (r.type === 'MADE_CLAIM' && !outside) counts['claims dated by when they were made (`MADE_CLAIM`, not audited for origin)']++;
    else counts[outside ? 'dated from public record (`outsideFields`)' : 'dated from the documents']++;
  }
  return counts;
}

function citationCounts(records: SeedRecords, report: CitationReportFigures): Record<string, number> {
  const cites = [...records.entities.filter((e) => e.kind !== 'Source'), ...records.relationships].flatMap((r) => r.sources ?? []);
  return {
    'citations in all': cites.length,
    'of a document, stated (the default)': cites.filter((c) => c.basis === undefined || c.basis === 'stated').length,
    'of a document, marked `basis: inference`': cites.filter((c) => c.basis === 'inference').length,
    'of a web page outside the documents, marked `basis: outside`': cites.filter((c) => c.basis === 'outside').length,
    'checked against the documents': report.checked,
    'checked: the paragraph names the fact': report.held,
    'checked: names neither end, marked an inference': report.inferences,
    'checked: names neither end and unmarked': report.unmarked,
  };
}

export function countSeed(records = readSeedRecords(), dir = SEED_DATA_DIR): SeedCounts {
  const report = JSON.parse(readFileSync(path.join(dir, CITATION_REPORT_FILE), 'utf8')) as CitationReportFigures;
  return {
    byKind: tally(records.entities.map((e) => e.kind)),
    byType: tally(records.relationships.map((r) => r.type)),
    dating: datingCounts(records),
    citations: citationCounts(records, report),
  };
}

const MARKERS = {
  kinds: ['<!-- counts:kinds:start -->', '<!-- counts:kinds:end -->'],
  types: ['<!-- counts:types:start -->', '<!-- counts:types:end -->'],
  dating: ['<!-- counts:dating:start -->', '<!-- counts:dating:end -->'],
  citations: ['<!-- counts:citations:start -->', '<!-- counts:citations:end -->'],
} as const;

function table(heading: string, counts: Record<string, number>, withTotal = true): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const rows = Object.entries(counts).map(([name, n]) => `| ${name} | ${n} |`);
  return [`| ${heading} | Count |`, '| --- | ---: |', ...rows, ...(withTotal ? [`| **Total** | **${total}** |`] : [])].join('\n');
}

/** The README text with every table regenerated in place. */
export function withCountTables(readme: string, counts: SeedCounts): string {
  let text = readme;
  for (const [which, body] of [
    ['kinds', table('Kind', counts.byKind)],
    ['types', table('Relationship type', counts.byType)],
    ['dating', table('Relationships with a time extent', counts.dating)],
    ['citations', table('Citations', counts.citations, false)],
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
