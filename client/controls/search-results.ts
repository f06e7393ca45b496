// What the search box does with an answer, as pure functions: suggestions grouped by kind (the
// groups in the order of their best hit, hits in rank order), and whether a hit is exact enough
// to open on Enter or to stand for a typed name.
import { SEARCH_EXACT_SCORE } from '../../graph-schema/rules';
import type { Entity } from '../graph/types';

export type Hit = Entity & { score?: number };

export interface KindGroup {
  kind: string;
  items: Hit[];
}

export function groupByKind(hits: readonly Hit[]): KindGroup[] {
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  return [...groups].map(([kind, items]) => ({ kind, items }));
}

/** The hits in the order they are listed: group by group. */
export function listed(groups: readonly KindGroup[]): Hit[] {
  return groups.flatMap((g) => g.items);
}

/** Whether the search answered with an exact name or alias match first. */
export function exactTop(hits: readonly Hit[]): Hit | undefined {
  const top = hits[0];
  return top && (top.score ?? 0) >= SEARCH_EXACT_SCORE ? top : undefined;
}
