// Which part of the graph an analysis runs on. The default slice is the world of actors: it leaves
// out the documents facts rest on (Source) and what was said (Claim), and so every relationship
// type that can only join one of those, all read off graph-schema rather than listed here.
import { Claim, KIND_NAMES, relationshipTypes, Source, type KindName, type RelationshipTypeName } from '../../graph-schema';

/** in: what points at an entity counts for it (funding received); out: what it points at; both: direction ignored. */
export type Direction = 'in' | 'out' | 'both';

export interface Slice {
  kinds: KindName[];
  types: RelationshipTypeName[];
  asOf?: string;
  direction: Direction;
}

const NOT_ACTORS: readonly string[] = [Claim.label, Source.label];

export const ACTOR_KINDS: KindName[] = KIND_NAMES.filter((k) => !NOT_ACTORS.includes(k));

/** The relationship types that can join two of `kinds` (ABOUT and MADE_CLAIM cannot join two actors). */
export function typesJoining(kinds: readonly KindName[]): RelationshipTypeName[] {
  const within = (ends: readonly string[]) => ends.some((k) => kinds.includes(k as KindName));
  return relationshipTypes.filter((t) => within(t.meta.from) && within(t.meta.to)).map((t) => t.type);
}

/** Types named without kinds keep every kind (the types already choose); neither gives the actors. */
export function resolveSlice(args: { kinds?: KindName[]; types?: RelationshipTypeName[]; asOf?: string; direction?: Direction }): Slice {
  const kinds = args.kinds ?? (args.types ? [...KIND_NAMES] : ACTOR_KINDS);
  const types = args.types ?? typesJoining(kinds);
  return {
    kinds: [...new Set(kinds)].sort(),
    types: [...new Set(types)].sort(),
    ...(args.asOf ? { asOf: args.asOf } : {}),
    direction: args.direction ?? 'both',
  };
}

/** The symmetric types of a slice, whose relationships count in both directions. */
export function symmetricTypes(types: readonly RelationshipTypeName[]): RelationshipTypeName[] {
  return relationshipTypes.filter((t) => t.meta.symmetric && types.includes(t.type)).map((t) => t.type);
}

export function sliceKey(slice: Slice): string {
  return JSON.stringify([slice.kinds, slice.types, slice.asOf ?? null, slice.direction]);
}
