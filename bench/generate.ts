// A deterministic generator of an AI-industry-shaped graph at a chosen size, written in the
// seed-data format so it goes through the real loader. Same seed and size, same bytes.
// Degrees follow a power law: the first entities of each kind are hubs (the largest labs, the
// most quoted people), as in the real industry.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLAIM_KINDS, ORGANIZATION_TYPES, relationshipTypes, type KindName, type RelationshipMeta } from '../graph-schema';
import { seededRandom } from '../server/analytics/seeded-random';

/** The benchmark's generator shares the server's seeded generator, so a graph repeats exactly. */
export const random = seededRandom;

/** Share of each kind among entities, roughly as a curated news graph grows. */
export const KIND_SHARES: Record<KindName, number> = {
  Person: 0.3,
  Organization: 0.15,
  Claim: 0.25,
  AIModel: 0.1,
  Dataset: 0.05,
  Facility: 0.03,
  Product: 0.01,
  Policy: 0.04,
  GPUCluster: 0.03,
  Petition: 0.02,
  Source: 0.02,
};

/** Relative frequency of each relationship type besides the claims' own MADE_CLAIM and ABOUT. */
const TYPE_WEIGHTS: Record<string, number> = {
  WORKS_FOR: 15,
  INVESTED_IN: 8,
  COMPETES_WITH: 6,
  FOUNDED: 3,
  LEADS: 3,
  SUBSIDIARY_OF: 2,
  HIRED_FROM: 3,
  OPERATES: 3,
  TRAINED_ON: 5,
  DEVELOPED: 6,
  SIGNED: 8,
  AUTHORED: 2,
  SUPPORTS: 6,
  OPPOSES: 4,
  PARTNERS_WITH: 6,
  SUPPLIES: 4,
  BUYS_POWER_FROM: 2,
  ISSUED: 2,
  SUED: 2,
  USES: 6,
  BASED_ON: 3,
  MADE_CLAIM: 3,
  ABOUT: 3,
};

const ID_PREFIX: Record<KindName, string> = {
  Person: 'g-person',
  Organization: 'g-org',
  Claim: 'g-claim',
  AIModel: 'g-model',
  Dataset: 'g-dataset',
  Facility: 'g-facility',
  Product: 'g-product',
  Policy: 'g-policy',
  GPUCluster: 'g-cluster',
  Petition: 'g-petition',
  Source: 'g-source',
};

const SYLLABLES = [
  'ka',
  'ren',
  'to',
  'mi',
  'sol',
  'vex',
  'ar',
  'den',
  'lu',
  'qua',
  'nor',
  'ix',
  'tal',
  'ze',
  'ro',
  'fin',
  'bel',
  'cor',
  'sa',
  'um',
  'py',
  'gra',
  'dal',
  'eon',
];

export interface GeneratedGraph {
  entities: Record<string, unknown>[];
  relationships: Record<string, unknown>[];
  /** Ids grouped by kind, hubs first: the benchmark picks its requests from these. */
  idsByKind: Record<KindName, string[]>;
}

export function entityId(kind: KindName, index: number): string {
  return `${ID_PREFIX[kind]}-${index}`;
}

/** A few words that read like a name: varied enough for full-text search to have work to do. */
function nameFor(rnd: () => number, kind: KindName, index: number): string {
  const word = () => {
    const n = 2 + Math.floor(rnd() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    return w[0].toUpperCase() + w.slice(1);
  };
  return `${word()} ${word()} ${kind === 'Person' ? '' : kind + ' '}${index}`.replace(/\s+/g, ' ').trim();
}

function date(rnd: () => number, fromYear = 2010, toYear = 2025): string {
  const y = fromYear + Math.floor(rnd() * (toYear - fromYear + 1));
  const m = 1 + Math.floor(rnd() * 12);
  const d = 1 + Math.floor(rnd() * 28);
  const precision = rnd();
  if (precision < 0.15) return String(y);
  if (precision < 0.4) return `${y}-${String(m).padStart(2, '0')}`;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Index in [0, n) skewed towards 0: the larger `skew`, the more the first few dominate. */
export function powerLawIndex(rnd: () => number, n: number, skew: number): number {
  return Math.min(n - 1, Math.floor(n * Math.pow(rnd(), skew)));
}

function kindProperties(rnd: () => number, kind: KindName, index: number): Record<string, unknown> {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  switch (kind) {
    case 'Person':
      return { occupation: pick(['researcher', 'founder', 'investor', 'executive', 'engineer', 'politician']) };
    case 'Organization':
      return {
        orgType: pick(ORGANIZATION_TYPES),
        country: pick(['US', 'CN', 'JP', 'GB', 'FR', 'DE', 'CA']),
        foundedOn: date(rnd, 1970, 2024),
      };
    case 'Product':
      return { productType: pick(['social-network', 'app', 'cloud-service', 'device', 'other'] as const), launchedOn: date(rnd, 2004) };
    case 'GPUCluster': {
      const chips = 1000 * (1 + Math.floor(Math.pow(rnd(), 3) * 200));
      return {
        chipModel: pick(['NVIDIA H100', 'NVIDIA A100', 'NVIDIA B200', 'TPU v5', 'MI300X']),
        chipCount: chips,
        h100Equivalents: chips,
        status: pick(['planned', 'built'] as const),
        asOf: date(rnd, 2020),
      };
    }
    case 'Petition':
      return { title: `Open letter ${index}`, launchedOn: date(rnd, 2015), signatureCount: Math.floor(rnd() * 50000) };
    case 'AIModel':
      return {
        releasedOn: date(rnd, 2015),
        modality: pick(['text', 'image', 'video', 'multimodal', 'code', 'speech']),
        openWeights: rnd() < 0.4,
      };
    case 'Dataset':
      return { modality: pick(['text', 'images', 'video', 'sensor data']) };
    case 'Facility':
      return {
        facilityType: pick(['data-centre', 'power-plant', 'factory', 'lab', 'other'] as const),
        capacityMW: Math.round(rnd() * 2000),
        status: pick(['planned', 'operating', 'closed', 'restarting'] as const),
      };
    case 'Policy':
      return { jurisdiction: pick(['US', 'EU', 'JP', 'CN', 'GB', 'California']), date: date(rnd, 2016) };
    case 'Claim':
      return {
        text: `Generated statement ${index} about the industry's direction.`,
        claimKind: pick(CLAIM_KINDS),
        statedOn: date(rnd, 2012),
      };
    case 'Source':
      return {
        title: `Generated article ${index}`,
        language: pick(['en', 'ja', 'zh'] as const),
        publishedOn: date(rnd, 2012),
        outlet: pick(['Daily Compute', 'AI Ledger', 'Nikkei Tech']),
      };
  }
}

function counts(entities: number): Record<KindName, number> {
  const out = {} as Record<KindName, number>;
  for (const [kind, share] of Object.entries(KIND_SHARES) as [KindName, number][]) out[kind] = Math.max(5, Math.round(entities * share));
  return out;
}

/** Builds the whole graph in memory: about `relationshipsPerEntity` relationships per entity. */
export function generateGraph(options: { entities: number; seed?: number; relationshipsPerEntity?: number }): GeneratedGraph {
  const rnd = random(options.seed ?? 20260101);
  const perKind = counts(options.entities);
  const idsByKind = {} as Record<KindName, string[]>;
  for (const kind of Object.keys(perKind) as KindName[])
    idsByKind[kind] = Array.from({ length: perKind[kind] }, (_, i) => entityId(kind, i));
  const sourceIds = idsByKind.Source;
  const cite = () => [{ source: sourceIds[powerLawIndex(rnd, sourceIds.length, 2)], paragraph: 1 + Math.floor(rnd() * 40) }];

  const entities: Record<string, unknown>[] = [];
  for (const kind of Object.keys(perKind) as KindName[])
    for (let i = 0; i < perKind[kind]; i++) {
      const record: Record<string, unknown> = {
        kind,
        id: idsByKind[kind][i],
        name: nameFor(rnd, kind, i),
        ...kindProperties(rnd, kind, i),
      };
      if (rnd() < 0.2) record.aliases = [nameFor(rnd, kind, i).split(' ')[0]];
      if (kind !== 'Source') record.sources = cite();
      entities.push(record);
    }

  const relationships: Record<string, unknown>[] = [];
  const taken = new Set<string>();
  const kindOfCount = (kinds: readonly string[]) => kinds.reduce((s, k) => s + perKind[k as KindName], 0);
  const pickEntity = (kinds: readonly string[], skew: number): string => {
    // A kind in proportion to its size, then an entity of it, hubs first.
    let r = rnd() * kindOfCount(kinds);
    let kind = kinds[0] as KindName;
    for (const k of kinds) {
      r -= perKind[k as KindName];
      if (r < 0) {
        kind = k as KindName;
        break;
      }
    }
    return idsByKind[kind][powerLawIndex(rnd, perKind[kind], skew)];
  };
  const pairs = new Set<string>();
  const add = (type: string, from: string, to: string, properties: Record<string, unknown>) => {
    if (from === to) return false;
    // A symmetric relationship is one fact whichever way it is written: the write rules refuse it twice.
    if (defs.get(type)!.symmetric && pairs.has(`${to}:${type}:${from}`)) return false;
    pairs.add(`${from}:${type}:${to}`);
    let id = `${from}:${type}:${to}`;
    let key: string | undefined;
    // A second relationship of one type between one pair needs a key, as in curated data.
    for (let n = 2; taken.has(id); n++) {
      key = `k${n}`;
      id = `${from}:${type}:${to}:${key}`;
    }
    taken.add(id);
    relationships.push({ type, from, to, ...(key ? { key } : {}), properties, sources: cite() });
    return true;
  };
  const defs = new Map<string, RelationshipMeta>(relationshipTypes.map((r) => [r.type, r.meta]));
  const target = Math.round(options.entities * (options.relationshipsPerEntity ?? 10));

  // Every claim has a claimant and one to three subjects.
  for (const claim of idsByKind.Claim) {
    add('MADE_CLAIM', pickEntity(defs.get('MADE_CLAIM')!.from, 3), claim, {});
    const subjects = 1 + Math.floor(rnd() * 3);
    for (let s = 0; s < subjects; s++)
      add(
        'ABOUT',
        claim,
        pickEntity(
          defs.get('ABOUT')!.to.filter((k) => k !== 'Claim'),
          3,
        ),
        {},
      );
  }

  const types = Object.entries(TYPE_WEIGHTS);
  const totalWeight = types.reduce((s, [, w]) => s + w, 0);
  while (relationships.length < target) {
    let r = rnd() * totalWeight;
    let type = types[0][0];
    for (const [t, w] of types) {
      r -= w;
      if (r < 0) {
        type = t;
        break;
      }
    }
    const meta = defs.get(type)!;
    const from = pickEntity(meta.from, 1.6);
    const to = pickEntity(meta.to, 3);
    const when = date(rnd);
    const properties: Record<string, unknown> = { from: when };
    if (type === 'INVESTED_IN') Object.assign(properties, { amount: Math.round(Math.pow(10, 6 + rnd() * 4)), currency: 'USD', date: when });
    if (type === 'WORKS_FOR' && rnd() < 0.3) {
      // An end within the start's year may fall before it: the write rules refuse that, so such a job ends the next year.
      const end = date(rnd, Number(when.slice(0, 4)));
      Object.assign(properties, {
        former: true,
        to: end < when ? date(rnd, Number(when.slice(0, 4)) + 1, Number(when.slice(0, 4)) + 1) : end,
      });
    }
    add(type, from, to, properties);
  }
  return { entities, relationships, idsByKind };
}

/** Writes the graph as seed-data files: entities in one, relationships in files of `perFile`. */
export function writeSeedFiles(graph: GeneratedGraph, dir: string, perFile = 100_000): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, content: object) => {
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify(content));
    files.push(file);
  };
  write('0-entities.json', { $comment: 'Generated by bench/generate.ts', entities: graph.entities, relationships: [] });
  for (let i = 0; i * perFile < graph.relationships.length; i++)
    write(`1-relationships-${String(i).padStart(3, '0')}.json`, {
      entities: [],
      relationships: graph.relationships.slice(i * perFile, (i + 1) * perFile),
    });
  return files;
}
