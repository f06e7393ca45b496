// Building blocks of query-string parameters, which always arrive as text.
import { z } from 'zod';

/** Query parameters that hold a comma-separated list: `types=A,B`. */
export function commaList<T extends z.ZodType>(item: T) {
  return z
    .string()
    .max(2000)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x.length > 0),
    )
    .pipe(z.array(item).min(1).max(50) as unknown as z.ZodType<z.output<T>[], string[]>);
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
