// Does each citation hold? A citation points at a paragraph of a curated document; it holds when
// that paragraph names what the fact is about under one of its names or aliases in any script:
// an entity itself; either end of a relationship; the speaker or a subject of a claim. What does
// not hold is either a wrong paragraph or an inference, and a curator has to say which.
import { normalise, compact } from '../search/normalise';

export interface CitedRecord {
  id: string;
  kind?: string;
  type?: string;
  from?: string;
  to?: string;
  sources?: { source: string; paragraph: number }[];
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

export interface CitationReport {
  checked: number;
  held: number;
  unsupported: UnsupportedCitation[];
  /** Citations of documents whose text was not given, left unchecked. */
  skipped: number;
}

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

  const report: CitationReport = { checked: 0, held: 0, unsupported: [], skipped: 0 };
  for (const record of [...entities.filter((e) => e.kind !== sourceKind), ...relationships]) {
    const expected = expectations(record);
    const names = expected.flatMap((id) => (byId.has(id) ? namesOf(byId.get(id)!) : []));
    for (const cite of record.sources ?? []) {
      if (!documents.has(cite.source)) {
        report.skipped++;
        continue;
      }
      report.checked++;
      const paragraph = formsOf(cite.source)[cite.paragraph - 1];
      const label = record.type ? `${record.from} ${record.type} ${record.to}` : record.id;
      if (paragraph === undefined) report.unsupported.push({ record: label, ...cite, expected, reason: 'no-such-paragraph' });
      else if (names.some((name) => paragraph.includes(name))) report.held++;
      else report.unsupported.push({ record: label, ...cite, expected, reason: 'names-none' });
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
