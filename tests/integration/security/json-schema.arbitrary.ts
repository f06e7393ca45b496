// fast-check arbitraries built from the JSON Schemas of the OpenAPI document: values that fit
// (valid requests) and values that do not (wrong types, huge numbers, unicode, empty, deep JSON).
import fc from 'fast-check';

export type JsonSchema = Record<string, any>;

export interface Hints {
  /** Arbitrary for kebab-case ids: writes use a prefix so they never touch the seed. */
  id: fc.Arbitrary<string>;
  /** Values for comma-separated list parameters, by parameter name. */
  lists: Record<string, readonly string[]>;
}

const KEBAB = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** Values that fit the schema (as far as JSON Schema says; the graph may still refuse them). */
export function validValue(schema: JsonSchema, hints: Hints, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...(schema.enum as unknown[]));
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) return fc.oneof(...(choices as JsonSchema[]).map((s) => validValue(s, hints, depth + 1)));
  if (schema.allOf) return validValue(schema.allOf[0], hints, depth + 1);
  switch (schema.type) {
    case 'string': {
      if (schema.pattern === KEBAB) return hints.id;
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 10_000));
      if (schema.format === 'uri' || schema.format === 'url') return fc.webUrl();
      return fc
        .string({ unit: 'grapheme', minLength: Math.max(1, schema.minLength ?? 0), maxLength: Math.min(schema.maxLength ?? 40, 40) })
        .filter((s) => s.trim().length > 0);
    }
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items ? validValue(schema.items, hints, depth + 1) : fc.string(), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set<string>(schema.required ?? []);
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, prop] of Object.entries(properties)) if (depth < 6) model[name] = validValue(prop, hints, depth + 1);
      return fc.record(model, { requiredKeys: [...required].filter((k) => k in model) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Nested arrays far deeper than any schema, as JSON text. */
export const deepJson = fc.integer({ min: 50, max: 5000 }).map((n) => '['.repeat(n) + ']'.repeat(n));

/** Scalars that break naive parsers and converters. */
export const nastyScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '-1',
    '0',
    '1e308',
    '-1e308',
    'NaN',
    'Infinity',
    '99999999999999999999999',
    '0x10',
    '1.5',
    'true',
    'null',
    '[]',
    '{}',
  ),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER - 2, 1e308, -0, 0.1),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom('\u202e', '\u200b', '\ufeff', '\ud83d\ude00', '\ud800', '%', '&', '=', '#', '/', '\\', '"', "'", '`'),
    maxLength: 20,
  }),
  fc.integer({ min: 300, max: 5000 }).map((n) => 'x'.repeat(n)),
  fc.boolean(),
  fc.constant(null),
);

/** A value of the wrong shape for the schema: another type, out of range, or plain junk. */
export function invalidValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const wrongType: fc.Arbitrary<unknown>[] = [nastyScalar, fc.jsonValue({ maxDepth: 4 })];
  if (schema.type === 'integer' || schema.type === 'number')
    wrongType.push(
      fc.integer({ min: (schema.maximum ?? 1e6) + 1, max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: Number.MIN_SAFE_INTEGER, max: (schema.minimum ?? -1e6) - 1 }),
      fc.double({ noNaN: true, min: 0.01, max: 100 }).filter((x) => !Number.isInteger(x)),
    );
  if (schema.type === 'string' && schema.maxLength) wrongType.push(fc.constant('a'.repeat(schema.maxLength + 1)));
  return fc.oneof(...wrongType);
}

/** A valid object with one field dropped, retyped or an unknown field added. */
export function mutatedObject(schema: JsonSchema, hints: Hints): fc.Arbitrary<unknown> {
  return fc
    .tuple(validValue(schema, hints), fc.nat(), nastyScalar, fc.constantFrom('drop', 'retype', 'extra'))
    .map(([value, n, junk, how]) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return junk;
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(copy);
      if (keys.length === 0 || how === 'extra') copy[`unexpected${n % 7}`] = junk;
      else if (how === 'drop') delete copy[keys[n % keys.length]];
      else copy[keys[n % keys.length]] = junk;
      return copy;
    });
}
