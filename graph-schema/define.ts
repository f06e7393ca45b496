// The two building blocks of the model: `defineKind` for entity kinds and `defineRelationship` for
// relationship types. Each returns the final zod schema of a record with its graph metadata
// registered on it, so every consumer (constraints, loader, API, OpenAPI, client styles) reads one
// definition.
import { z } from 'zod';
import { EntityId, RelationshipKey, PartialDate, SourceRefs, Text } from './primitives';

/** Shapes cytoscape can draw; the client maps kinds to them. */
export type NodeShape =
  'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'triangle' | 'star' | 'round-tag' | 'barrel' | 'vee' | 'rhomboid' | 'octagon';
export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface KindMeta {
  role: 'kind';
  /** The Neo4j label and the `kind` field of a record. */
  label: string;
  title: string;
  description: string;
  /** Property shown as the node's caption. */
  caption: string;
  color: string;
  shape: NodeShape;
  /** Properties the API filters by: each gets a range index. */
  indexed: readonly string[];
  /** Whether a record of this kind must cite at least one source (only Source itself need not). */
  needsSources: boolean;
  /** Property names specific to this kind, in display order. */
  properties: readonly string[];
}

export interface RelationshipMeta {
  role: 'relationship';
  /** The Neo4j relationship type. */
  type: string;
  title: string;
  description: string;
  from: readonly string[];
  to: readonly string[];
  /** True when direction carries no meaning (rivalry, partnership): drawn without arrows. */
  symmetric: boolean;
  color: string;
  lineStyle: LineStyle;
  /** A numeric property that sizes the edge's width, e.g. an investment's amount. */
  weight?: string;
  properties: readonly string[];
}

export const graphRegistry = z.registry<KindMeta | RelationshipMeta>();

/** Fields every entity has, whatever its kind. Their names are reserved for kind properties. */
export const entityBaseShape = {
  id: EntityId,
  name: Text(300).meta({ description: 'Name in English.' }),
  nameJa: Text(300).optional().meta({ description: 'Name in Japanese, where the data has one.' }),
  aliases: z
    .array(Text(300))
    .max(60)
    .default([])
    .meta({ description: 'Other spellings, in every language used (English, Japanese, Chinese).' }),
  description: Text(4000).optional().meta({ description: 'A short description in the curators\u2019 own words.' }),
  sources: SourceRefs.default([]).meta({ description: 'Where this entity is attested: source id and paragraph.' }),
};
export const RESERVED_ENTITY_FIELDS = ['kind', ...Object.keys(entityBaseShape)] as const;

/** Properties every relationship may carry: the time it held, and a description. */
export const relationshipBaseProperties = {
  description: Text(4000).optional().meta({ description: 'What the relationship is, in the curators\u2019 own words.' }),
  from: PartialDate.optional().meta({ description: 'When the relationship began.' }),
  to: PartialDate.optional().meta({ description: 'When the relationship ended (absent while it holds).' }),
  asOf: PartialDate.optional().meta({ description: 'The date at which the stated figures were true.' }),
};
export const RESERVED_RELATIONSHIP_FIELDS = ['id', 'type', 'key', 'source', 'target', 'sources'] as const;

interface KindSpec<P extends z.ZodRawShape> extends Omit<KindMeta, 'role' | 'properties' | 'needsSources'> {
  needsSources?: boolean;
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
    description: spec.description,
    caption: spec.caption,
    color: spec.color,
    shape: spec.shape,
    indexed: spec.indexed,
    needsSources,
    properties: Object.keys(spec.properties),
  };
  schema.register(graphRegistry, meta);
  return { label: spec.label, meta, schema, properties: spec.properties };
}

interface RelationshipSpec<P extends z.ZodRawShape> extends Omit<RelationshipMeta, 'role' | 'properties' | 'symmetric'> {
  symmetric?: boolean;
  properties: P;
}

export function defineRelationship<const T extends string, P extends z.ZodRawShape>(spec: RelationshipSpec<P> & { type: T }) {
  const properties = z.object({ ...relationshipBaseProperties, ...spec.properties }).strict();
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
    description: spec.description,
    from: spec.from,
    to: spec.to,
    symmetric: spec.symmetric ?? false,
    color: spec.color,
    lineStyle: spec.lineStyle,
    weight: spec.weight,
    properties: Object.keys(properties.shape),
  };
  schema.register(graphRegistry, meta);
  return { type: spec.type, meta, schema, properties };
}
