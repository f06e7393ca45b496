// `npm run bench:extract`: feeds articles through the extractor and prints, per language and
// overall, recall and precision of entities, relationships, figures and claims against hand-made
// expectations, and the time per article scaled to 5,000 characters, with the targets met or
// missed. The articles are bench/extract/articles/*.json; the five seed documents are read from
// ../shared/seeds when that folder exists (they never ship in the repo) and scored against what
// seed-data records from each, the extractor knowing the graph without that document's own facts.
// `--details` lists, per article, each suggested fact as a hit or an extra, and each expected fact missed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { suggestFacts, type KnownGraph } from '../../server/curation/extract';
import type { DocumentLanguage } from '../../server/curation/text/language';
import { splitParagraphs, type Paragraph } from '../../server/curation/text/paragraphs';
import { findQuantities } from '../../server/curation/text/quantities';
import {
  addTally,
  emptyTally,
  factMatcher,
  precision,
  recall,
  scoreDocument,
  type DocumentScore,
  type Expectations,
  type Tally,
} from './score';
import { clusterFiguresOf, expectationsFor, knownGraphOf, namesOf, readSeedData, seedSources } from './seed-graph';

const ROOT = path.resolve(__dirname, '../..');
const ARTICLES = path.join(__dirname, 'articles');
const SEEDS = path.resolve(ROOT, '../shared/seeds');
const details = process.argv.includes('--details');

interface Article {
  name: string;
  group: string;
  language: DocumentLanguage;
  publishedOn?: string;
  paragraphs: Paragraph[];
  known: KnownGraph;
  expected: Expectations;
}

const seedData = readSeedData(path.join(ROOT, 'seed-data'));
const namesById = namesOf(seedData);
const clustersById = clusterFiguresOf(seedData);

function ownArticles(): Article[] {
  const known = knownGraphOf(seedData);
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const a = JSON.parse(readFileSync(path.join(ARTICLES, file), 'utf8')) as {
        language: DocumentLanguage;
        publishedOn?: string;
        paragraphs: string[];
        expected: Expectations;
      };
      return {
        name: file.replace(/\.json$/, ''),
        group: a.language,
        language: a.language,
        publishedOn: a.publishedOn,
        paragraphs: a.paragraphs.map((text, i) => ({ n: i + 1, text })),
        known,
        expected: a.expected,
      };
    });
}

function seedArticles(): Article[] {
  if (!existsSync(SEEDS)) return [];
  const files = readdirSync(SEEDS)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort();
  return seedSources(seedData).flatMap((source, i) => {
    const file = files[i];
    if (!file) return [];
    return [
      {
        name: `seed ${source.id} (${file})`,
        group: 'seeds',
        language: source.language ?? 'ja',
        publishedOn: source.publishedOn,
        paragraphs: splitParagraphs(readFileSync(path.join(SEEDS, file), 'utf8')),
        known: knownGraphOf(seedData, source.id),
        expected: expectationsFor(seedData, source.id),
      },
    ];
  });
}

interface Run {
  article: Article;
  score: DocumentScore;
  chars: number;
  ms: number;
}

function extract(article: Article) {
  const suggestions = suggestFacts(
    { language: article.language, publishedOn: article.publishedOn, paragraphs: article.paragraphs },
    article.known,
  );
  const quantities = article.paragraphs.flatMap((p) =>
    findQuantities(p.text, article.language).map((mention) => ({ paragraph: p.n, mention })),
  );
  return { suggestions, quantities };
}

function runArticle(article: Article): Run {
  // The first pass pays the one-time loads (the tokenisers' dictionaries, the script converter), as
  // a running server does once; the time is the median of three passes after it.
  let { suggestions, quantities } = extract(article);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    ({ suggestions, quantities } = extract(article));
    times.push(performance.now() - started);
  }
  const ms = times.sort((a, b) => a - b)[1];
  const score = scoreDocument(suggestions, quantities, article.expected, namesById, clustersById);
  const chars = article.paragraphs.reduce((n, p) => n + p.text.length, 0);
  if (details) printDetails(article, suggestions, score, `${ms.toFixed(0)} ms for ${chars} characters`);
  return { article, score, chars, ms };
}

function printDetails(article: Article, s: ReturnType<typeof suggestFacts>, score: DocumentScore, time: string) {
  console.log(`\n## ${article.name} (${time})`);
  const names = new Map(s.entities.map((e) => [e.ref, e.name]));
  const { matches } = factMatcher(s, namesById, clustersById);
  for (const r of s.relationships) {
    const hit = article.expected.relationships.some((x) => matches(r, x));
    console.log(
      `  ${hit ? 'hit  ' : 'extra'} ${r.type} ${names.get(r.from) ?? r.from} -> ${names.get(r.to) ?? r.to} (p${r.paragraph}, ${r.confidence})`,
    );
  }
  for (const x of article.expected.relationships)
    if (!s.relationships.some((r) => matches(r, x))) console.log(`  miss  ${x.type} ${x.from} -> ${x.to}`);
  for (const c of s.claims)
    console.log(`  claim ${names.get(c.by) ?? c.by} p${c.paragraph} ${c.claimKind} ${c.statedOn ?? ''} ${c.dueBy ?? ''}`);
  console.log(
    `  new entities: ${s.entities
      .filter((e) => !e.known)
      .map((e) => `${e.name}:${e.kind}`)
      .join(', ')}`,
  );
  console.log(`  ${JSON.stringify(score)}`);
}

const fmt = (x: number) => (Number.isNaN(x) ? '   – ' : x.toFixed(2).padStart(5));
const pair = (t: Tally | undefined) => (t ? `${fmt(recall(t))} ${fmt(precision(t))}` : '   –     – ');

function summarise(label: string, runs: Run[]) {
  const sum = (pick: (s: DocumentScore) => Tally | undefined) => {
    const tallies = runs.map((r) => pick(r.score)).filter((t): t is Tally => t !== undefined);
    return tallies.length ? tallies.reduce(addTally, emptyTally()) : undefined;
  };
  const msPer5000 = (runs.reduce((n, r) => n + r.ms / r.chars, 0) / runs.length) * 5000;
  const totals = {
    relationships: sum((s) => s.relationships)!,
    entities: sum((s) => s.entities)!,
    quantities: sum((s) => s.quantities),
    claims: sum((s) => s.claims)!,
  };
  console.log(
    `${label.padEnd(14)} ${String(runs.length).padStart(4)}  ${pair(totals.relationships)}  ${pair(totals.entities)}  ${pair(totals.quantities)}  ${pair(totals.claims)}  ${msPer5000.toFixed(0).padStart(8)}`,
  );
  return { ...totals, msPer5000, maxMsPer5000: Math.max(...runs.map((r) => (r.ms / r.chars) * 5000)) };
}

const own = ownArticles();
const seeds = seedArticles();
const runs = [...own, ...seeds].map(runArticle);

console.log('\nExtraction benchmark: recall and precision (R P) per measure; time per article scaled to 5,000 characters');
console.log(`${'group'.padEnd(14)} docs  relationships  entities       figures        claims         ms/5000c`);
for (const group of ['ja', 'zh', 'en', 'seeds']) {
  const inGroup = runs.filter((r) => r.article.group === group);
  if (inGroup.length) summarise(group, inGroup);
}
const ownRuns = runs.filter((r) => r.article.group !== 'seeds');
summarise('own articles', ownRuns);
const all = summarise('overall', runs);
if (!seeds.length) console.log(`(no seed documents: ${SEEDS} is absent)`);

const throughput = (rs: Run[]) => (rs.reduce((n, r) => n + r.ms, 0) / rs.reduce((n, r) => n + r.chars, 0)) * 5000;
console.log(
  `\nTime per 5,000 characters: all text together ${throughput(runs).toFixed(0)} ms; slowest article scaled ${all.maxMsPer5000.toFixed(0)} ms` +
    (seeds.length
      ? `; the seed documents at their own length (${seeds.map((a) => a.paragraphs.reduce((n, p) => n + p.text.length, 0)).join(', ')} characters) ${throughput(runs.filter((r) => r.article.group === 'seeds')).toFixed(0)} ms`
      : ''),
);

const targets: [string, number, boolean][] = [
  ['relationship recall ≥ 0.7 (overall)', recall(all.relationships), recall(all.relationships) >= 0.7],
  ['relationship precision ≥ 0.5 (overall)', precision(all.relationships), precision(all.relationships) >= 0.5],
  [
    'figures recall ≥ 0.8 (articles with expected figures)',
    all.quantities ? recall(all.quantities) : NaN,
    !!all.quantities && recall(all.quantities) >= 0.8,
  ],
  ['under 1 s per 5,000-character article (slowest)', all.maxMsPer5000, all.maxMsPer5000 < 1000],
];
const load = os.loadavg()[0];
console.log(`\nMachine: ${os.cpus().length} cores, load average ${load.toFixed(1)} over the last minute (timings stretch with it)`);
console.log('\nTargets');
for (const [name, value, met] of targets)
  console.log(`  ${met ? 'met   ' : 'MISSED'}  ${name}: ${Number.isNaN(value) ? '–' : value.toFixed(3)}`);
