// Coordinated names share what the sentence says of any of them: `raised $1 billion from A, B, C
// and D` makes each an investor, `AとBに出資` funds both. The relationship reader pairs a signal
// with its nearest arguments, so it finds the list's first or last item; the others are its mates.
import { endpointError, type KindName } from '../../../graph-schema';
import type { EntityMention } from './entity-index';
import type { FoundRelationship } from './relationships';

/** What may stand between two items of one list, and nothing else. */
const JOINER = /^\s*(?:,|、|，|and|&|,\s*and|和|与|及|以及|や|と|および|及び)\s*$/u;
/** People and organisations are listed together as the actors of one verb (investors, signatories). */
const ACTORS = new Set<KindName>(['Person', 'Organization']);
const sameSort = (a: KindName, b: KindName) => a === b || (ACTORS.has(a) && ACTORS.has(b));

export interface ListMates {
  /** The other names of the list a name stands in; only for names written once in the sentence. */
  mates: Map<string, string[]>;
  kinds: Map<string, KindName>;
}

export function listMates(sentence: string, mentions: readonly EntityMention[]): ListMates {
  const ordered = [...mentions].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start);
  const kinds = new Map(ordered.map((m) => [m.ref, m.kind]));
  const count = new Map<string, number>();
  for (const m of ordered) count.set(m.ref, (count.get(m.ref) ?? 0) + 1);
  const mates = new Map<string, string[]>();
  let list: EntityMention[] = [];
  const close = () => {
    const refs = [...new Set(list.map((m) => m.ref))];
    // A name written twice may be the relationship's argument where it stands outside the list.
    if (refs.length > 1)
      for (const ref of refs)
        if (count.get(ref) === 1)
          mates.set(
            ref,
            refs.filter((r) => r !== ref),
          );
    list = [];
  };
  for (const m of ordered) {
    const last = list.at(-1);
    if (last && !(sameSort(last.kind, m.kind) && JOINER.test(sentence.slice(last.end, m.start)))) close();
    list.push(m);
  }
  close();
  return { mates, kinds };
}

/** The relationship said again of each list mate of either end, a little less sure than the one read. */
export function sharedByList(r: FoundRelationship, { mates, kinds }: ListMates): FoundRelationship[] {
  const confidence = Math.max(0.05, Math.round((r.confidence - 0.05) * 100) / 100);
  const fits = (from: string, to: string) => from !== to && !endpointError(r.type, kinds.get(from) ?? '', kinds.get(to) ?? '');
  return [
    ...(mates.get(r.from) ?? []).filter((from) => fits(from, r.to)).map((from) => ({ ...r, from, confidence })),
    ...(mates.get(r.to) ?? []).filter((to) => fits(r.from, to)).map((to) => ({ ...r, to, confidence })),
  ];
}
