// Network analytics over a slice of the graph: centrality rankings and communities computed in a
// worker on a bounded projection, each answer kept until the database commits again; and the
// interlocks of two entities, read directly. Bounds: a slice may hold at most `maxEdges`
// relationships (a 400 beyond that) and a run may take at most `timeoutMs` (a 503 beyond that).
import { ValidationError } from '../errors';
import type { Database } from '../neo4j/database';
import { entityRefs, readProjection, type Projection } from '../repositories/analytics.repository';
import { cachedUntilNextCommit } from '../repositories/committed-cache';
import type { EntityRef } from '../repositories/records';
import { rank, type Measure, type Ranked } from './measures';
import { runInWorker } from './run-in-worker';
import { sliceKey, symmetricTypes, type Slice } from './slice';

export interface AnalyticsLimits {
  maxEdges: number;
  timeoutMs: number;
  /** How many slices' answers are kept at once. */
  cachedSlices: number;
}

export const DEFAULT_LIMITS: AnalyticsLimits = { maxEdges: 1_500_000, timeoutMs: 60_000, cachedSlices: 64 };

/** The seed of Louvain's random order: the same graph always gives the same groups. */
export const LOUVAIN_SEED = 42;

interface Size {
  entities: number;
  relationships: number;
}

export function analyticsService(db: Database, limits: AnalyticsLimits = DEFAULT_LIMITS, log: (m: string) => void = console.log) {
  const kept = new Map<string, () => Promise<unknown>>();
  /** One cache per slice and question, each valid until the next commit; the oldest go first. */
  const cached = <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    let entry = kept.get(key);
    if (!entry) {
      entry = cachedUntilNextCommit(db, compute);
      kept.set(key, entry);
      if (kept.size > limits.cachedSlices) kept.delete(kept.keys().next().value!);
    }
    return entry() as Promise<T>;
  };

  const project = async (slice: Slice): Promise<Projection> => {
    const projection = await readProjection(db, slice, symmetricTypes(slice.types), limits.maxEdges, limits.timeoutMs);
    if (!projection)
      throw new ValidationError(`the slice holds more than ${limits.maxEdges} relationships; narrow it with kinds, types or asOf`, [
        { in: 'query', path: 'types', message: `the slice is larger than ${limits.maxEdges} relationships` },
      ]);
    return projection;
  };
  const sizeOf = (p: Projection): Size => ({ entities: p.ids.length, relationships: p.source.length });
  const run = { timeoutMs: limits.timeoutMs, log };

  const ranking = (slice: Slice, measure: Measure) =>
    cached(`centrality ${measure} ${sliceKey(slice)}`, async (): Promise<Size & { ranked: Ranked[] }> => {
      const projection = await project(slice);
      const result = await runInWorker({ task: 'centrality', measure, direction: slice.direction, projection }, { ...run, label: measure });
      if (result.task !== 'centrality') throw new Error('analytics worker answered another task');
      return { ...sizeOf(projection), ranked: rank(result.scores) };
    });

  const grouping = (slice: Slice) =>
    cached(`communities ${sliceKey({ ...slice, direction: 'both' })}`, async () => {
      const projection = await project(slice);
      const result = await runInWorker({ task: 'communities', seed: LOUVAIN_SEED, projection }, { ...run, label: 'louvain' });
      if (result.task !== 'communities') throw new Error('analytics worker answered another task');
      return { ...sizeOf(projection), groups: result.groups, modularity: result.modularity };
    });

  return {
    async centrality(slice: Slice, measure: Measure, limit: number) {
      const { ranked, ...size } = await ranking(slice, measure);
      const top = ranked.slice(0, limit);
      const refs = new Map(
        (
          await entityRefs(
            db,
            top.map((r) => r.id),
          )
        ).map((e) => [e.id, e]),
      );
      const items = top.flatMap((r) => {
        const entity = refs.get(r.id);
        return entity ? [{ entity, score: r.score, rank: r.rank }] : [];
      });
      return { measure, slice, ...size, items };
    },

    async communities(slice: Slice, memberLimit: number) {
      const { groups, modularity, ...size } = await grouping(slice);
      const shown = groups.map((g) => g.members.slice(0, memberLimit));
      const refs = new Map((await entityRefs(db, shown.flat())).map((e) => [e.id, e]));
      const named = groups.map((group, i) => {
        const members = shown[i].flatMap((id) => refs.get(id) ?? []);
        return { id: i + 1, name: members[0]?.name ?? group.members[0], central: members[0], size: group.members.length, members };
      });
      return { slice, ...size, modularity, groups: named.filter((g): g is typeof g & { central: EntityRef } => g.central !== undefined) };
    },
  };
}
