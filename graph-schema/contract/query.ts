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

export const Limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
export const Offset = z.coerce.number().int().min(0).max(100000).default(0);
