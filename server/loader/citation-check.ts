// Does each citation hold? A citation points at a paragraph of a curated document; it holds when
// that paragraph names what the fact is about under one of its names or aliases in any script:
// an entity itself; either end of a relationship; the speaker or a subject of a claim. What does
// not hold is either a wrong paragraph or an inference, and a curator has to say which: a citation
// marked `basis: 'inference'` is counted apart, and one marked `outside` cites a web page outside
// the documents, which has no text to check.
import { normalise, compact } from '../search/normalise';

export interface CitedRecord {
  id: string;
  kind?: string;
  type?: string;
  from?: string;
  to?: string;
  key?: string;
  sources?: { source: string; paragraph: number; basis?: string }[];
  [field: string]: unknown;
}

export interface UnsupportedCitation {
  record: string;
  source: string;
  paragraph: number;
  /** What the paragraph was expected to name. */
  expected: string[];
  reason: 'names-none' | 'no-such-paragraph';
}

/** One citation checked against its document's text: whether it holds, else why not. */
export type CitationRow = [record: string, source: string, paragraph: number, result: 'holds' | UnsupportedCitation['reason']];

export interface CitationReport {
  checked: number;
  held: number;
  /** Citations that do not hold and say so: marked as inferences. */
  inferences: UnsupportedCitation[];
  /** Citations that do not hold and are not marked: each a wrong paragraph or an unmarked inference. */
  unsupported: UnsupportedCitation[];
  /** Citations of web pages outside the documents, marked as such: nothing to check them against. */
  outside: number;
  /** Citations of documents whose text was not given, left unchecked. */
  skipped: number;
  /** Every checked citation, in the order of the records. */
  rows: CitationRow[];
}

/** Where `check:citations --write` records each citation's result, relative to the seed folder. */
export const CITATION_REPORT_FILE = 'reports/citations.json';

const forms = (text: string) => compact(normalise(text));

/** Every name an entity goes by: its name, the name fields per script (nameJa, nameZh, …) and aliases. */
function namesOf(entity: CitedRecord): string[] {
  const names = Object.entries(entity)
    .filter(([field, value]) => /^name([A-Z][a-z])?$/.test(field) && typeof value === 'string')
    .map(([, value]) => value as string);
  const aliases = Array.isArray(entity.aliases) ? entity.aliases.filter((a): a is string => typeof a === 'string') : [];
  // One-character forms would match almost any paragraph and prove nothing.
  return [...names, ...aliases].map(forms).filter((f) => f.length >= 2);
}

/** How a record is named in a report: an entity by its id, a relationship as the API names it. */
export function citedRecordName(record: CitedRecord): string {
  return record.type ? [record.from, record.type, record.to, ...(record.key ? [record.key] : [])].join(':') : record.id;
}

export function checkCitations(
  entities: CitedRecord[],
  relationships: CitedRecord[],
  /** Paragraphs of each document that is available, by source id (paragraph n at index n-1). */
  documents: ReadonlyMap<string, readonly string[]>,
  claimKind = 'Claim',
  sourceKind = 'Source',
): CitationReport {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const speakers = new Map<string, string[]>();
  const subjects = new Map<string, string[]>();
  for (const r of relationships) {
    if (!r.from || !r.to) continue;
    const claim = byId.get(r.to)?.kind === claimKind ? r.to : byId.get(r.from)?.kind === claimKind ? r.from : undefined;
    if (!claim) continue;
    const other = claim === r.to ? r.from : r.to;
    const into = claim === r.to ? speakers : subjects;
    into.set(claim, [...(into.get(claim) ?? []), other]);
  }
  const expectations = (record: CitedRecord): string[] => {
    if (record.type) return [record.from, record.to].filter((id): id is string => !!id && byId.get(id)?.kind !== claimKind);
    if (record.kind === claimKind) return [...(speakers.get(record.id) ?? []), ...(subjects.get(record.id) ?? [])];
    return [record.id];
  };
  const paragraphForms = new Map<string, string[]>();
  const formsOf = (source: string) => {
    let cached = paragraphForms.get(source);
    if (!cached) paragraphForms.set(source, (cached = (documents.get(source) ?? []).map(forms)));
    return cached;
  };

  const report: CitationReport = { checked: 0, held: 0, inferences: [], unsupported: [], outside: 0, skipped: 0, rows: [] };
  for (const record of [...entities.filter((e) => e.kind !== sourceKind), ...relationships]) {
    const expected = expectations(record);
    const names = expected.flatMap((id) => (byId.has(id) ? namesOf(byId.get(id)!) : []));
    const label = citedRecordName(record);
    for (const { basis, source, paragraph: n } of record.sources ?? []) {
      const cite = { source, paragraph: n };
      if (basis === 'outside') {
        report.outside++;
        continue;
      }
      if (!documents.has(cite.source)) {
        report.skipped++;
        continue;
      }
      report.checked++;
      const paragraph = formsOf(cite.source)[cite.paragraph - 1];
      const reason =
        paragraph === undefined ? 'no-such-paragraph' : names.some((name) => paragraph.includes(name)) ? undefined : 'names-none';
      report.rows.push([label, cite.source, cite.paragraph, reason ?? 'holds']);
      if (reason === undefined) report.held++;
      else (basis === 'inference' ? report.inferences : report.unsupported).push({ record: label, ...cite, expected, reason });
    }
  }
  return report;
}

/** Paragraph n is the n-th non-blank line: how every citation in seed-data counts. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
