// The analytics measures on small graphs whose answers can be worked out by hand, the default
// slice read off graph-schema, and the worker that runs them.
import { buildGraph, centrality, communities, degrees, rank } from '../../server/analytics/measures';
import { runInWorker, workersStarted } from '../../server/analytics/run-in-worker';
import { ACTOR_KINDS, resolveSlice, typesJoining } from '../../server/analytics/slice';
import type { Projection } from '../../server/repositories/analytics.repository';

/** A projection from `from>to` pairs; `~` marks a symmetric type. */
function projection(...pairs: string[]): Projection {
  const ids: string[] = [];
  const at = (id: string) => (ids.includes(id) ? ids.indexOf(id) : ids.push(id) - 1);
  const edges = pairs.map((p) => ({ symmetric: p.includes('~'), ends: p.split(/[>~]/) }));
  return {
    source: Int32Array.from(edges.map((e) => at(e.ends[0]))),
    target: Int32Array.from(edges.map((e) => at(e.ends[1]))),
    symmetric: Uint8Array.from(edges.map((e) => (e.symmetric ? 1 : 0))),
    ids,
  };
}

describe('the default slice', () => {
  it('leaves out claims and sources and the types that can only join them', () => {
    expect(ACTOR_KINDS).not.toContain('Claim');
    expect(ACTOR_KINDS).not.toContain('Source');
    expect(typesJoining(ACTOR_KINDS)).not.toEqual(expect.arrayContaining(['MADE_CLAIM']));
    expect(typesJoining(ACTOR_KINDS)).not.toEqual(expect.arrayContaining(['ABOUT']));
    expect(typesJoining(ACTOR_KINDS)).toEqual(expect.arrayContaining(['INVESTED_IN', 'DEVELOPED', 'OPERATES']));
  });
  it('keeps every kind when types are named, since the types already choose', () => {
    expect(resolveSlice({ types: ['MADE_CLAIM'] }).kinds).toContain('Claim');
    expect(resolveSlice({})).toMatchObject({ direction: 'both', types: typesJoining(ACTOR_KINDS).sort() });
  });
});

describe('degree', () => {
  const funding = projection('microsoft>openai', 'microsoft>openai', 'musk>openai', 'altman>helion');
  it('counts parallel relationships (three funding rounds count three) in the direction asked', () => {
    expect(centrality(buildGraph(funding, 'in'), 'degree')).toEqual({ microsoft: 0, openai: 3, musk: 0, altman: 0, helion: 1 });
    expect(centrality(buildGraph(funding, 'out'), 'degree')).toMatchObject({ microsoft: 2, musk: 1, openai: 0 });
    expect(centrality(buildGraph(funding, 'both'), 'degree')).toMatchObject({ microsoft: 2, openai: 3 });
  });
  it('counts a symmetric relationship both ways', () => {
    expect(centrality(buildGraph(projection('a~b'), 'in'), 'degree')).toEqual({ a: 1, b: 1 });
  });
});

describe('degree counted from the projection, without a graph', () => {
  const mixed = projection(
    'microsoft>openai',
    'microsoft>openai',
    'musk>openai',
    'openai~google',
    'google>openai',
    'musk>musk',
    'lone>lone',
  );
  it.each(['in', 'out', 'both'] as const)('gives graphology’s weighted degree, direction %s', (direction) => {
    expect(degrees(mixed, direction)).toEqual(centrality(buildGraph(mixed, direction), 'degree'));
  });
  it('counts parallel relationships, a symmetric one for both ends, and no self-loop', () => {
    expect(degrees(mixed, 'in')).toEqual({ microsoft: 0, openai: 5, musk: 0, google: 1, lone: 0 });
    expect(degrees(mixed, 'both')).toEqual({ openai: 5, microsoft: 2, musk: 1, google: 2, lone: 0 });
  });
});

describe('path measures', () => {
  const star = projection('hub>a', 'hub>b', 'hub>c', 'a>b');
  it.each(['pagerank', 'betweenness', 'closeness'] as const)('%s puts the hub of a star first', (measure) => {
    expect(rank(centrality(buildGraph(star, 'both'), measure))[0].id).toBe('hub');
  });
});

describe('an empty slice', () => {
  const empty: Projection = { source: Int32Array.from([]), target: Int32Array.from([]), symmetric: Uint8Array.from([]), ids: [] };
  it.each(['degree', 'pagerank', 'betweenness', 'closeness'] as const)('ranks nobody by %s, without failing', (measure) => {
    expect(centrality(buildGraph(empty, 'both'), measure)).toEqual({});
  });
  it('has no communities', () => {
    expect(communities(empty).groups).toEqual([]);
  });
});

describe('a slice without relationships', () => {
  const lonely: Projection = { source: Int32Array.from([]), target: Int32Array.from([]), symmetric: Uint8Array.from([]), ids: ['a', 'b'] };
  it.each(['degree', 'pagerank', 'betweenness', 'closeness'] as const)('ranks every entity alike by %s, without failing', (measure) => {
    for (const direction of ['in', 'both'] as const) {
      const scores = centrality(buildGraph(lonely, direction), measure);
      expect(Object.keys(scores).sort()).toEqual(['a', 'b']);
      expect(scores.a).toBe(scores.b);
    }
  });
});

describe('rank', () => {
  it('orders by score, ties by id, and tied scores share a rank', () => {
    expect(rank({ b: 1, a: 1, c: 3, d: 0 })).toEqual([
      { id: 'c', score: 3, rank: 1 },
      { id: 'a', score: 1, rank: 2 },
      { id: 'b', score: 1, rank: 2 },
      { id: 'd', score: 0, rank: 4 },
    ]);
  });
});

describe('communities', () => {
  const twoTriangles = projection('a>b', 'b>c', 'c>a', 'x>y', 'y>z', 'z>x', 'c>x');
  it('separates two triangles joined by one edge, the same way on every run', () => {
    const found = communities(twoTriangles);
    expect(found.groups.map((g) => [...g.members].sort())).toEqual(
      expect.arrayContaining([
        ['a', 'b', 'c'],
        ['x', 'y', 'z'],
      ]),
    );
    expect(found.modularity).toBeGreaterThan(0.3);
    expect(communities(twoTriangles)).toEqual(found);
  });
  it('answers no groups for an empty slice', () => {
    expect(communities(projection())).toEqual({ groups: [], modularity: 0 });
  });
});

describe('the worker', () => {
  it('computes in a worker thread what the measures compute in this one', async () => {
    const star = projection('hub>a', 'hub>b', 'hub>c');
    const result = await runInWorker(
      { task: 'centrality', measure: 'pagerank', direction: 'in', projection: star },
      { timeoutMs: 60_000, label: 'test', log: () => undefined },
    );
    expect(result).toEqual({ task: 'centrality', scores: centrality(buildGraph(star, 'in'), 'pagerank') });
  });
  it('is stopped at its time limit with a 503 that says to narrow the slice', async () => {
    const big = projection(...Array.from({ length: 3000 }, (_, i) => `n${i}>n${(i * 7 + 1) % 3000}`));
    const run = runInWorker(
      { task: 'centrality', measure: 'betweenness', direction: 'both', projection: big },
      {
        timeoutMs: 1,
        label: 'test',
        log: () => undefined,
      },
    );
    await expect(run).rejects.toMatchObject({ status: 503, code: 'QUERY_TIMEOUT' });
  });
  it('keeps a worker that answered for the next job, and starts a fresh one after a job it had to stop', async () => {
    const options = { timeoutMs: 60_000, label: 'test', log: () => undefined };
    const star = projection('hub>a', 'hub>b');
    await runInWorker({ task: 'centrality', measure: 'degree', direction: 'in', projection: star }, options);
    const before = workersStarted();
    const again = await runInWorker({ task: 'communities', seed: 1, projection: star }, options);
    expect(again).toEqual({ task: 'communities', ...communities(star, 1) });
    expect(workersStarted()).toBe(before);

    const big = projection(...Array.from({ length: 3000 }, (_, i) => `n${i}>n${(i * 7 + 1) % 3000}`));
    await expect(
      runInWorker({ task: 'centrality', measure: 'betweenness', direction: 'both', projection: big }, { ...options, timeoutMs: 1 }),
    ).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    // The stopped job ran in the kept worker and ended it: the next job starts one worker afresh.
    await runInWorker({ task: 'centrality', measure: 'degree', direction: 'in', projection: star }, options);
    expect(workersStarted()).toBe(before + 1);
  });
});
