// The value types every kind and relationship is built from: ids, dates, source references.
// Kept in one place so the loader, the API and the OpenAPI document agree on what "a date" is.
import { z } from 'zod';

/** A stable, human-readable entity id: a kebab-case slug such as `elon-musk` or `openai`. */
export const EntityId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug such as "elon-musk" (a-z, 0-9, single hyphens)')
  .meta({ description: 'Stable kebab-case slug, e.g. "elon-musk".', example: 'elon-musk' });

/** A discriminator used when one relationship type joins the same pair more than once. */
export const RelationshipKey = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug such as "2023" or "series-b"');

function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const daysInMonth = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d >= 1 && d <= daysInMonth;
}

/**
 * The same rule as one regular expression, for the OpenAPI document (JSON Schema cannot call
 * isRealCalendarDate): months 01–12, each month's days, and 29 February in leap years only.
 */
const REAL_DATE_PATTERN = [
  '^\\d{4}(?:-(?:0[1-9]|1[0-2]))?$',
  '^\\d{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)$',
  '^(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29$',
].join('|');

export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A date as precise as the source allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Stored as a string because partial dates are the norm in news ("in 2021"), and ISO strings of
 * mixed precision still compare correctly as text for "as of" filtering.
 */
export const PartialDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealCalendarDate, 'is not a real calendar date')
  .meta({ description: 'A date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD.', example: '2024-01-19', pattern: REAL_DATE_PATTERN });

/** C0 and C1 control characters other than tab and line breaks, which long texts may hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Embeddings, overrides and isolates: they reorder what a reader sees without changing the text. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/**
 * Characters a reader cannot see, which make two names look equal while they differ. The two
 * joiners have honest uses, and only those pass: a zero-width joiner inside an emoji sequence
 * (👩‍👩‍👧), a zero-width non-joiner between letters of a script other than Latin (Persian, Hindi).
 */
const INVISIBLE =
  /[\u200B\u200E\u200F\u2060-\u2064\u061C\uFEFF\u00AD]|(?<![\p{Extended_Pictographic}\uFE0F\p{Emoji_Modifier}])\u200D|\u200D(?!\p{Extended_Pictographic})|(?<![^\p{Script=Latin}\P{L}]\p{M}*)\u200C|\u200C(?![^\p{Script=Latin}\P{L}])/u;
/** One word that mixes Latin with Cyrillic or Greek letters: the usual shape of a look-alike ("Меta"). */
const MIXED_SCRIPT_WORD = /(?=[^\s]*\p{Script=Latin})(?=[^\s]*[\p{Script=Cyrillic}\p{Script=Greek}])[^\s]+/u;

/**
 * Free text: trimmed and in Unicode NFC, so a name typed on two systems is stored the same way
 * (NFC and NFD twins compare equal); no control or bidirectional-override characters.
 */
export const Text = (max = 2000) =>
  z
    .string()
    .trim()
    .overwrite((s) => s.normalize('NFC'))
    .min(1)
    .max(max)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters')
    .refine((s) => !BIDI_CONTROL.test(s), 'must not contain bidirectional override characters (U+202A–U+202E, U+2066–U+2069)');

/**
 * A name or alias: free text on one line, with nothing invisible in it and no word that mixes
 * Latin with Cyrillic or Greek letters, so that no two entities can look alike while differing.
 */
export const Name = (max = 300) =>
  Text(max)
    .refine((s) => !/[\r\n\t]/.test(s), 'must be one line')
    .refine((s) => !INVISIBLE.test(s), 'must not contain invisible characters (zero-width spaces, joiners, direction marks, soft hyphens)')
    .refine((s) => !MIXED_SCRIPT_WORD.test(s), 'must not mix Latin with Cyrillic or Greek letters in one word (a look-alike)');

/**
 * What a citation vouches for. `stated`: the paragraph says it (the default, left out). `inference`:
 * the paragraph does not name it, it follows from the context (the note says how). `outside`: the
 * Source is a web page outside the curated documents, with an address and no stored text.
 */
const CITATION_BASES = ['stated', 'inference', 'outside'] as const;

/** Where a fact is stated: a `Source` entity and the paragraph (n-th non-blank line) within it. */
export const SourceRef = z
  .object({
    source: EntityId.meta({ description: 'Id of a Source entity.' }),
    paragraph: z
      .number()
      .int()
      .min(1)
      .max(100000)
      .meta({ description: 'n-th non-blank line of the document, from 1; 1 for a web page outside the documents, cited as a whole.' }),
    basis: z.enum(CITATION_BASES).optional().meta({
      description:
        'What the citation vouches for: "stated" (the default) the paragraph says it; "inference" it follows from the paragraph and its context without naming it; "outside" the Source is a web page outside the curated documents.',
    }),
    note: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .regex(/^[^#\r\n]*$/, 'must be one line without "#"')
      .optional()
      .meta({ description: 'For an inference: how the fact follows from the paragraph, in a sentence.' }),
  })
  .strict();
export type SourceRef = z.infer<typeof SourceRef>;

export const SourceRefs = z.array(SourceRef).max(100);

export const NonNegative = z.number().finite().nonnegative();
export const Count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
