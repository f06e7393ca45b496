// `npm run check:citations -- DIR`: checks every citation in seed-data/ against the documents in
// DIR (the curated copies, named by each Source's fileName; they never ship in the repo) and lists
// each citation whose paragraph names none of what the fact is about.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Claim, Source } from '../../graph-schema';
import { checkCitations, paragraphsOf, type CitedRecord } from '../loader/citation-check';
import { readDatasetFiles, SEED_DIR } from '../loader/load-dataset';

function main() {
  const dir = process.argv[2];
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run check:citations -- DIR   (DIR holds the source documents, e.g. ../shared/seeds)');
    process.exit(2);
  }
  const entities: CitedRecord[] = [];
  const relationships: CitedRecord[] = [];
  for (const file of readDatasetFiles([SEED_DIR])) {
    const content = file.content as { entities?: CitedRecord[]; relationships?: CitedRecord[] };
    entities.push(...(content.entities ?? []));
    relationships.push(...(content.relationships ?? []));
  }
  const documents = new Map<string, string[]>();
  for (const source of entities.filter((e) => e.kind === Source.label)) {
    const file = typeof source.fileName === 'string' ? path.join(dir, source.fileName) : undefined;
    if (file && existsSync(file)) documents.set(source.id, paragraphsOf(readFileSync(file, 'utf8')));
  }
  console.log(
    `▸ ${documents.size} documents read from ${dir}; checking ${entities.length} entities and ${relationships.length} relationships`,
  );
  const report = checkCitations(entities, relationships, documents, Claim.label, Source.label);
  for (const u of report.unsupported)
    console.log(
      `  ${u.source} ¶${u.paragraph}  ${u.record}  ${u.reason === 'no-such-paragraph' ? 'no such paragraph' : `names none of: ${u.expected.join(', ')}`}`,
    );
  const share = report.checked ? ((100 * report.held) / report.checked).toFixed(1) : '0';
  console.log(
    `✓ ${report.held} of ${report.checked} citations hold (${share}%); ${report.unsupported.length} do not; ${report.skipped} cite documents not in ${dir}`,
  );
  process.exitCode = report.unsupported.length > 0 ? 1 : 0;
}

main();
