// The seed against the committed result of `npm run check:citations -- DIR --write`: the documents
// never ship, so the report stands in for them. A citation whose paragraph did not name what the
// fact is about must say it is an inference, and a citation of a web page outside the documents
// must say so, whoever edits the seed without the documents at hand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CITATION_REPORT_FILE, citedRecordName, type CitationRow, type CitedRecord } from '../../server/loader/citation-check';
import { readDatasetFiles, SEED_DIR } from '../../server/loader/load-dataset';

interface Report {
  checked: number;
  held: number;
  inferences: number;
  unmarked: number;
  outside: number;
  rows: CitationRow[];
}
const report = JSON.parse(readFileSync(path.join(SEED_DIR, CITATION_REPORT_FILE), 'utf8')) as Report;
const records: CitedRecord[] = readDatasetFiles([SEED_DIR]).flatMap((f) => {
  const content = f.content as { entities?: CitedRecord[]; relationships?: CitedRecord[] };
  return [...(content.entities ?? []), ...(content.relationships ?? [])];
});
const sources = new Map(records.filter((r) => r.kind === 'Source').map((s) => [s.id, s]));
const isDocument = (id: string) => typeof sources.get(id)?.fileName === 'string';
const isWebPage = (id: string) => typeof sources.get(id)?.url === 'string' && !isDocument(id);
const citations = records
  .filter((r) => r.kind !== 'Source')
  .flatMap((r) => (r.sources ?? []).map((s) => ({ record: citedRecordName(r), ...s })));
const keyOf = (c: { record: string; source: string; paragraph: number }) => `${c.record} ${c.source} ¶${c.paragraph}`;

describe('the committed citation report', () => {
  it('is current: it checks every citation of a document in the seed, and only those', () => {
    const inSeed = citations.filter((c) => isDocument(c.source)).map(keyOf);
    const inReport = report.rows.map(([record, source, paragraph]) => keyOf({ record, source, paragraph }));
    expect([...inReport].sort()).toEqual([...inSeed].sort());
  });

  it('adds up, and leaves no citation that does not hold unmarked', () => {
    expect(report.checked).toBe(report.rows.length);
    expect(report.held).toBe(report.rows.filter((r) => r[3] === 'holds').length);
    expect(report.held + report.inferences + report.unmarked).toBe(report.checked);
    expect(report.unmarked).toBe(0);
  });
});

describe('the shipped seed-data’s citations', () => {
  it('mark every one whose paragraph did not name what the fact is about as an inference', () => {
    const failing = new Set(
      report.rows.filter((r) => r[3] !== 'holds').map(([record, source, paragraph]) => keyOf({ record, source, paragraph })),
    );
    const unmarked = citations.filter((c) => failing.has(keyOf(c)) && c.basis !== 'inference').map(keyOf);
    expect(unmarked).toEqual([]);
  });

  it('mark every citation of a web page outside the documents as outside, and nothing else', () => {
    const wrong = citations.filter((c) => isWebPage(c.source) !== (c.basis === 'outside')).map((c) => `${keyOf(c)} ${c.basis ?? 'stated'}`);
    expect(wrong).toEqual([]);
    expect(citations.filter((c) => c.basis === 'outside').length).toBe(report.outside);
  });

  it('cite an outside page for each fact the documents do not give, and mark the values brought in', () => {
    const byName = new Map(records.map((r) => [citedRecordName(r), r]));
    const outsideCited = (name: string) => (byName.get(name)?.sources ?? []).some((s) => s.basis === 'outside');
    for (const name of [
      'future-of-life-institute',
      'future-of-life-institute:AUTHORED:pause-giant-ai-experiments-letter',
      'sam-altman:INVESTED_IN:helion-energy',
      'github:SUBSIDIARY_OF:microsoft',
      'laion-5b',
      'gpt-4',
    ])
      expect([name, outsideCited(name)]).toEqual([name, true]);
    expect(byName.get('gpt-4')?.outsideFields).toContain('parameterCount');
    expect(byName.get('laion-5b')?.outsideFields).toContain('sizeDescription');
    expect((byName.get('github:SUBSIDIARY_OF:microsoft')?.properties as Record<string, unknown>).outsideFields).toEqual(['from']);
  });
});
