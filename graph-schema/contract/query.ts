// Building blocks of query-string parameters, which always arrive as text.
import { z } from 'zod';
import { KindNameSchema, RelationshipTypeSchema } from '../model';

const MAX_LIST_ITEMS = 50;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text one item may be, as a regular expression: an enum's values, or a string's own pattern. */
function itemPattern(item: z.ZodType): string | undefined {
  if (item instanceof z.ZodEnum) return `(?:${item.options.map((o) => escapeRegExp(String(o))).join('|')})`;
  const checks = (item._zod.def as { checks?: { _zod: { def: { pattern?: unknown } } }[] }).checks ?? [];
  const patterns = checks.map((check) => check._zod.def.pattern).filter((p): p is RegExp => p instanceof RegExp);
  if (patterns.length === 1) return `(?:${patterns[0].source.replace(/^\^/, '').replace(/\$$/, '')})`;
  return undefined;
}

/**
 * Query parameters that hold a comma-separated list: `types=A,B`. The OpenAPI document says what
 * the server reads (empty items and spaces around them ignored, 1 to 50 items) as a pattern, so a
 * client or a fuzzer can tell a good list from a bad one without asking.
 */
export function commaList<T extends z.ZodType>(item: T) {
  const one = itemPattern(item);
  const pattern = one && `^[\\s,]*${one}(?:[\\s,]*,[\\s,]*${one}){0,${MAX_LIST_ITEMS - 1}}[\\s,]*$`;
  return z
    .string()
    .max(2000)
    .meta(pattern ? { pattern } : {})
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x.length > 0),
    )
    .pipe(z.array(item).min(1).max(MAX_LIST_ITEMS) as unknown as z.ZodType<z.output<T>[], string[]>);
}

const DECIMAL = /^[0-9]{1,9}$/;

/**
 * A whole number written in decimal digits only. `Number()` (what z.coerce uses) reads `0x10`,
 * `1e2`, `10.0` and ` 7 ` as numbers and an empty `offset=` as 0; none of those is what a client
 * meant to send, so text that is not plain digits stays text and fails the integer check.
 */
export function wholeNumber(min: number, max: number) {
  return z.preprocess((value) => (typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value), z.int().min(min).max(max));
}

export const Limit = (max: number, fallback: number) => wholeNumber(1, max).default(fallback).meta({ default: fallback });
export const Offset = wholeNumber(0, 100000).default(0).meta({ default: 0 });

/** The two lists many routes filter by, named once in the OpenAPI document. */
export const KindList = commaList(KindNameSchema).meta({ id: 'KindList', description: 'Entity kinds, comma-separated.' });
export const RelationshipTypeList = commaList(RelationshipTypeSchema).meta({
  id: 'RelationshipTypeList',
  description: 'Relationship types, comma-separated.',
});
