// The two building blocks of the model: `defineKind` for entity kinds and `defineRelationship` for
// relationship types. Each returns the final zod schema of a record with its graph metadata
// beside it, so every consumer (constraints, loader, API, OpenAPI, client styles) reads one
// definition. Besides storage, a definition carries how its records are shown (featured
// properties, size, palettes, labels and units) and when they hold (dates, temporal), so the
// client and the Cypher read those rules instead of restating them.
import { z } from 'zod';
import { EntityId, PARTIAL_DATE_PATTERN, RelationshipKey, PartialDate, SourceRefs, Text, Name } from './primitives';
import { DEFAULT_NODE_SIZE, type KindMeta, type PropertyInfo, type PropertyType, type RelationshipMeta, type Titles } from './rules';

export type { KindMeta, PropertyInfo, RelationshipMeta } from './rules';

/** The languages the text pipelines read; every signal is declared in each. */
export const SIGNAL_LANGUAGES = ['ja', 'zh', 'en'] as const;
export type SignalLanguage = (typeof SIGNAL_LANGUAGES)[number];
/**
 * Words that signal something in a text, per language, written as people write them. English
 * entries match at a word's start, so a stem (`invest`) covers its forms (`invested`, `investment`).
 */
export type Signals = Readonly<Record<SignalLanguage, readonly string[]>>;
/**
 * What signals a relationship type in an article. `active` forms put the source first, as the
 * grammatical subject (`A invested in B`, `AがBに出資`, `A投资B`); `passive` forms make the target
 * the subject (`B raised from A`, `BはAから出資を受け`, `B获得A投资`). Kept beside the type and out
 * of its display metadata, so a new type brings its own signals and nothing else changes.
 */
export interface RelationshipSignals {
  active: Signals;
  passive?: Partial<Signals>;
  /**
   * Whether an owner's possessive states this type (`OpenAIのo1`, `Meta's Llama`, `谷歌的Gemini`, `its
   * Grok 3`): the owner is the source, the thing owned the target. Where several such types fit two
   * kinds, the one that may join the fewest target kinds is the more specific reading.
   */
  possessive?: true;
  /**
   * Whether someone named as the source's companion (`founded X with B`, `BとともにXを設立`,
   * `与B共同创立`) takes the source's part too: co-founders, co-authors, co-signers.
   */
  comitative?: true;
}

/**
 * The properties of a record whose values the cited paragraphs do not give: public record, an
 * outside estimate or figure. Said in a field rather than only in the description, so the API and
 * every reader can tell a figure of the documents from one brought in.
 */
const outsideFields = z
  .array(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'must be a property name'))
  .min(1)
  .max(30)
  .optional();
const OUTSIDE_FIELDS_DESCRIPTION =
  'Properties whose values come from outside the curated documents (public record, an estimate or an outside figure), not from the cited paragraphs.';

/** Fields every entity has, whatever its kind. Their names are reserved for kind properties. */
export const entityBaseShape = {
  id: EntityId,
  name: Name(300).meta({ description: 'Name in English.' }),
  nameJa: Name(300).optional().meta({ description: 'Name in Japanese, where the data has one.' }),
  aliases: z
    .array(Name(300))
    .max(60)
    .default([])
    .meta({ description: 'Other spellings, in every language used (English, Japanese, Chinese).' }),
  description: Text(4000).optional().meta({ description: 'A short description in the curators\u2019 own words.' }),
  sources: SourceRefs.default([]).meta({ description: 'Where this entity is attested: source id and paragraph.' }),
  outsideFields: outsideFields.meta({ description: OUTSIDE_FIELDS_DESCRIPTION }),
};
export const RESERVED_ENTITY_FIELDS = ['kind', ...Object.keys(entityBaseShape)] as const;

/** Properties every relationship may carry: the time it held, a description, and which values came from outside. */
export const relationshipBaseProperties = {
  description: Text(4000)
    .optional()
    .meta({
      label: 'Description',
      labels: { ja: '説明', zh: '说明' },
      description: 'What the relationship is, in the curators\u2019 own words.',
    }),
  from: PartialDate.optional().meta({ label: 'From', labels: { ja: '開始', zh: '开始' }, description: 'When the relationship began.' }),
  to: PartialDate.optional().meta({
    label: 'Until',
    labels: { ja: '終了', zh: '结束' },
    description: 'When the relationship ended (absent while it holds).',
  }),
  asOf: PartialDate.optional().meta({
    label: 'As of',
    labels: { ja: '時点', zh: '截至' },
    description: 'The date at which the stated figures were true.',
  }),
  outsideFields: outsideFields.meta({
    label: 'From outside the documents',
    labels: { ja: '文書外の情報', zh: '文档以外的信息' },
    description: OUTSIDE_FIELDS_DESCRIPTION,
  }),
};
/**
 * Said of a fact of a type with a time extent when neither the documents nor the public record date
 * it: shown as undated rather than as always true. Declared only on types with a `temporal` rule.
 */
const UNDATED_PROPERTY = 'undated';
export const undatedProperty = z
  .literal(true)
  .optional()
  .meta({
    label: 'Undated',
    labels: { ja: '日付不明', zh: '日期不详' },
    description: 'True when the documents and the public record give no date for this fact. Never given together with a start date.',
  });
export const RESERVED_RELATIONSHIP_FIELDS = ['id', 'type', 'key', 'source', 'target', 'sources'] as const;

/** Words in the interface's other languages, as `.meta({ labels, units })` declares them beside the English. */
const isTitles = (value: unknown): value is Titles => typeof value === 'object' && value !== null;

/** What the display and time rules need to know of a property, read off its final zod schema. */
export function propertyInfo(schema: z.ZodType): PropertyInfo {
  const meta = (z.globalRegistry.get(schema) ?? {}) as { label?: unknown; labels?: unknown; unit?: unknown; units?: unknown };
  const wording = {
    ...(typeof meta.label === 'string' ? { label: meta.label } : {}),
    ...(isTitles(meta.labels) ? { labels: meta.labels } : {}),
    ...(typeof meta.unit === 'string' ? { unit: meta.unit } : {}),
    ...(isTitles(meta.units) ? { units: meta.units } : {}),
  };
  let inner = schema;
  while (
    inner instanceof z.ZodOptional ||
    inner instanceof z.ZodDefault ||
    inner instanceof z.ZodPrefault ||
    inner instanceof z.ZodNullable
  )
    inner = inner.unwrap() as z.ZodType;
  const type = ((): PropertyType => {
    if (inner instanceof z.ZodNumber) return 'number';
    if (inner instanceof z.ZodBoolean) return 'boolean';
    if (inner instanceof z.ZodLiteral && [...inner.values].every((v) => typeof v === 'boolean')) return 'boolean';
    if (inner instanceof z.ZodEnum) return 'enum';
    if (inner instanceof z.ZodURL) return 'url';
    if (inner instanceof z.ZodString) {
      const checks = (inner._zod.def.checks ?? []) as unknown as { _zod: { def: { pattern?: RegExp } } }[];
      return checks.some((c) => c._zod.def.pattern?.source === PARTIAL_DATE_PATTERN.source) ? 'date' : 'text';
    }
    return 'other';
  })();
  return { type, ...(inner instanceof z.ZodEnum ? { values: inner.options.map(String) } : {}), ...wording };
}

const infoOf = (shape: z.ZodRawShape) => Object.fromEntries(Object.entries(shape).map(([name, s]) => [name, propertyInfo(s as z.ZodType)]));

type KindSpecMeta = Omit<KindMeta, 'role' | 'properties' | 'needsSources' | 'size' | 'dates' | 'palettes' | 'valueTitles' | 'propertyInfo'>;
interface KindSpec<P extends z.ZodRawShape> extends KindSpecMeta {
  needsSources?: boolean;
  /** Defaults to a plain node of the usual size. */
  size?: KindMeta['size'];
  /** Defaults to none: the entity has always existed as far as the graph knows. */
  dates?: KindMeta['dates'];
  palettes?: KindMeta['palettes'];
  /** How the values of each enum read in every language; the model check asks for one per value. */
  valueTitles?: KindMeta['valueTitles'];
  /**
   * How a name of this kind counts in search among equally good matches, higher first. Defaults
   * to 1, the actors people look for; records about actors (claims, documents) weigh less.
   */
  searchWeight?: number;
  /** Words that signal a record of this kind in a text, per variety (a claim's kinds: said, predicted…). */
  signals?: Readonly<Record<string, Signals>>;
  properties: P;
}

export function defineKind<const L extends string, P extends z.ZodRawShape>(spec: KindSpec<P> & { label: L }) {
  const needsSources = spec.needsSources ?? true;
  const schema = z
    .object({
      kind: z.literal(spec.label),
      ...entityBaseShape,
      sources: needsSources
        ? SourceRefs.min(1, 'must cite at least one source').meta({ description: 'Where this entity is attested.' })
        : entityBaseShape.sources,
      ...spec.properties,
    })
    .strict();
  const meta: KindMeta = {
    role: 'kind',
    label: spec.label,
    title: spec.title,
    titles: spec.titles,
    description: spec.description,
    caption: spec.caption,
    color: spec.color,
    shape: spec.shape,
    indexed: spec.indexed,
    needsSources,
    properties: Object.keys(spec.properties),
    featured: spec.featured,
    ...(spec.body ? { body: spec.body } : {}),
    size: spec.size ?? { fixed: DEFAULT_NODE_SIZE },
    dates: spec.dates ?? [],
    palettes: spec.palettes ?? {},
    valueTitles: spec.valueTitles ?? {},
    propertyInfo: infoOf(spec.properties),
  };
  return {
    label: spec.label,
    meta,
    schema,
    properties: spec.properties,
    searchWeight: spec.searchWeight ?? 1,
    signals: spec.signals ?? {},
  };
}

interface RelationshipSpec<P extends z.ZodRawShape> extends Omit<
  RelationshipMeta,
  'role' | 'properties' | 'symmetric' | 'propertyInfo' | 'valueTitles'
> {
  symmetric?: boolean;
  valueTitles?: RelationshipMeta['valueTitles'];
  signals: RelationshipSignals;
  properties: P;
}

export function defineRelationship<const T extends string, P extends z.ZodRawShape>(spec: RelationshipSpec<P> & { type: T }) {
  const properties = z
    .object({ ...relationshipBaseProperties, ...(spec.temporal ? { [UNDATED_PROPERTY]: undatedProperty } : {}), ...spec.properties })
    .strict();
  const schema = z
    .object({
      id: z.string().max(300).optional().meta({ description: 'Derived from from, type, to and key when absent.' }),
      type: z.literal(spec.type),
      from: EntityId.meta({ description: 'Id of the entity the relationship starts at.' }),
      to: EntityId.meta({ description: 'Id of the entity the relationship ends at.' }),
      key: RelationshipKey.optional().meta({
        description: 'Tells apart two relationships of this type between the same pair (e.g. two funding rounds).',
      }),
      properties: properties.prefault({} as z.input<typeof properties>),
      sources: SourceRefs.min(1, 'must cite at least one source'),
    })
    .strict();
  const meta: RelationshipMeta = {
    role: 'relationship',
    type: spec.type,
    title: spec.title,
    titles: spec.titles,
    description: spec.description,
    from: spec.from,
    to: spec.to,
    symmetric: spec.symmetric ?? false,
    color: spec.color,
    lineStyle: spec.lineStyle,
    weight: spec.weight,
    ...(spec.stance ? { stance: spec.stance } : {}),
    properties: Object.keys(properties.shape),
    temporal: spec.temporal,
    propertyInfo: infoOf(properties.shape),
    valueTitles: spec.valueTitles ?? {},
  };
  return { type: spec.type, meta, schema, properties, signals: spec.signals };
}
