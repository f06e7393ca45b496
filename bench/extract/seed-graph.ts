// The curated seed data as the extractor's known graph, and what curators recorded from each seed
// document: the graph minus the facts that cite only that document is what the extractor knows
// when it reads it, and the facts that cite it are what it should find.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { KindName } from '../../graph-schema';
import type { KnownGraph } from '../../server/curation/extract';
import type { ClusterFigures, Expectations } from './score';

interface SourceRef {
  source: string;
  paragraph: number;
}
interface SeedEntity {
  id: string;
  kind: KindName;
  name: string;
  nameJa?: string;
  aliases?: string[];
  sources?: SourceRef[];
  claimKind?: string;
  publishedOn?: string;
  language?: 'ja' | 'zh' | 'en';
  fileName?: string;
  chipCount?: number;
  chipModel?: string;
}
interface SeedRelationship {
  type: string;
  from: string;
  to: string;
  key?: string;
  sources: SourceRef[];
}

export interface SeedData {
  entities: SeedEntity[];
  relationships: SeedRelationship[];
}

export function readSeedData(dir: string): SeedData {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const data: SeedData = { entities: [], relationships: [] };
  for (const file of files) {
    const content = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Partial<SeedData>;
    data.entities.push(...(content.entities ?? []));
    data.relationships.push(...(content.relationships ?? []));
  }
  return data;
}

const citesOnly = (sources: SourceRef[] | undefined, source: string) =>
  (sources ?? []).length > 0 && (sources ?? []).every((s) => s.source === source);
const cites = (sources: SourceRef[] | undefined, source: string) => (sources ?? []).some((s) => s.source === source);

/** The graph as the extractor sees it: names of entities, and relationships by type and ends. */
export function knownGraphOf(data: SeedData, without?: string): KnownGraph {
  const entities = data.entities.filter((e) => !without || !citesOnly(e.sources, without));
  const ids = new Set(entities.map((e) => e.id));
  return {
    entities: entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, nameJa: e.nameJa, aliases: e.aliases ?? [] })),
    relationships: data.relationships
      .filter((r) => (!without || !citesOnly(r.sources, without)) && ids.has(r.from) && ids.has(r.to))
      .map((r) => ({ id: `${r.from}:${r.type}:${r.to}${r.key ? `:${r.key}` : ''}`, type: r.type, source: r.from, target: r.to })),
  };
}

/** The seed documents' Source records, in the order of their ids (src-000, src-001, …). */
export function seedSources(data: SeedData): SeedEntity[] {
  return data.entities.filter((e) => e.kind === 'Source' && /^src-\d{3}$/.test(e.id)).sort((a, b) => a.id.localeCompare(b.id));
}

/** What curators recorded from one document, in the benchmark's terms. */
export function expectationsFor(data: SeedData, source: string): Expectations {
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const claimRels = new Set(['MADE_CLAIM', 'ABOUT']);
  const speakers = new Map<string, string[]>();
  for (const r of data.relationships) if (r.type === 'MADE_CLAIM') speakers.set(r.to, [...(speakers.get(r.to) ?? []), r.from]);
  return {
    entities: data.entities
      .filter((e) => cites(e.sources, source) && e.kind !== 'Claim' && e.kind !== 'Source')
      .map((e) => ({ ref: e.id, kind: e.kind })),
    relationships: data.relationships
      .filter((r) => !claimRels.has(r.type) && cites(r.sources, source) && byId.has(r.from) && byId.has(r.to))
      .map((r) => ({ type: r.type, from: r.from, to: r.to })),
    claims: data.entities
      .filter((e) => e.kind === 'Claim' && cites(e.sources, source))
      .map((e) => ({
        by: (speakers.get(e.id) ?? []).join('|'),
        paragraphs: (e.sources ?? []).filter((s) => s.source === source).map((s) => s.paragraph),
        claimKind: e.claimKind ?? '',
      })),
  };
}

/** Every name a seed entity goes by, for matching a suggestion that proposes it as new. */
export function namesOf(data: SeedData): Map<string, string[]> {
  return new Map(data.entities.map((e) => [e.id, [e.name, ...(e.nameJa ? [e.nameJa] : []), ...(e.aliases ?? [])]]));
}

/** The chip counts and models of the seed's GPU clusters, which identify a cluster an article describes. */
export function clusterFiguresOf(data: SeedData): Map<string, ClusterFigures> {
  return new Map(
    data.entities
      .filter((e) => e.kind === 'GPUCluster')
      .map((e) => [e.id, { ...(e.chipCount ? { chipCount: e.chipCount } : {}), ...(e.chipModel ? { chipModel: e.chipModel } : {}) }]),
  );
}
