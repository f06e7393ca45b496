// The shapes the API answers with, as zod schemas tagged with an OpenAPI id: the server's handlers
// and repositories are typed by them (`z.output<>`), the OpenAPI document lists each once under
// components.schemas, tests parse answers with them, and the client imports their types only.
import { z } from 'zod';
import { EntityId, KindNameSchema, PREDICTION_STATUSES, RelationshipTypeSchema, SourceRef, STANCES } from '../index';

export const Entity = z
  .looseObject({
    id: EntityId,
    kind: KindNameSchema,
    name: z.string(),
    aliases: z.array(z.string()),
    sources: z.array(SourceRef),
  })
  .meta({ id: 'Entity', description: 'An entity with its kind\u2019s properties (see /api/schema).' });
export type Entity = z.output<typeof Entity>;

export const EntityRef = z.object({ id: EntityId, kind: KindNameSchema, name: z.string() }).meta({ id: 'EntityRef' });
export type EntityRef = z.output<typeof EntityRef>;

export const Edge = z
  .object({
    id: z.string(),
    type: RelationshipTypeSchema,
    source: EntityId,
    target: EntityId,
    key: z.string().optional(),
    properties: z.record(z.string(), z.unknown()),
    sources: z.array(SourceRef),
  })
  .meta({ id: 'Edge', description: 'A relationship; source and target are entity ids.' });
export type Edge = z.output<typeof Edge>;

export const Graph = z.object({ nodes: z.array(Entity), edges: z.array(Edge) }).meta({ id: 'Graph' });
export type Graph = z.output<typeof Graph>;

export const FilteredGraph = Graph.extend({
  truncated: z.boolean(),
  positions: z
    .record(z.string(), z.object({ x: z.number(), y: z.number() }))
    .optional()
    .meta({
      description:
        'Force-directed positions of the nodes by id, computed once per graph state, so a client can draw without a layout. Absent for graphs of over 300 nodes.',
    }),
}).meta({
  id: 'FilteredGraph',
  description: 'A graph cut at the edge limit when truncated is true.',
});

export const EdgeWithEntities = Edge.extend({ sourceEntity: EntityRef, targetEntity: EntityRef }).meta({ id: 'EdgeWithEntities' });

/** A page of a list: the items, how many there are in all, and the window asked for. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const EntityDetail = z
  .object({
    entity: Entity,
    claimCount: z.object({ made: z.number().int(), about: z.number().int() }),
    sourceDocuments: z.array(Entity),
  })
  .meta({ id: 'EntityDetail' });

export const PredictionStatus = z.enum(PREDICTION_STATUSES as [string, ...string[]]).meta({
  id: 'PredictionStatus',
  description: 'Its recorded outcome, else overdue (due period over), due (in it) or open; computed, never stored.',
});

export const ClaimView = z
  .object({
    claim: Entity,
    claimants: z.array(EntityRef),
    subjects: z.array(EntityRef),
    status: PredictionStatus.optional().meta({ description: 'For a prediction: where it stands today.' }),
  })
  .meta({ id: 'ClaimView', description: 'A claim with who made it and what it is about.' });
export type ClaimView = z.output<typeof ClaimView>;

export const TrackRecord = z
  .object({
    by: EntityRef,
    counts: z
      .object({
        made: z.number().int(),
        resolved: z.number().int(),
        cameTrue: z.number().int(),
        partly: z.number().int(),
        didNot: z.number().int(),
        unresolvable: z.number().int(),
        open: z.number().int(),
        due: z.number().int(),
        overdue: z.number().int(),
      })
      .meta({ description: 'Predictions made, and how many stand at each status.' }),
    predictions: z.array(ClaimView).meta({ description: 'Every prediction, soonest due first; undated last.' }),
  })
  .meta({ id: 'TrackRecord', description: 'Who predicted what and how it turned out.' });
export type TrackRecord = z.output<typeof TrackRecord>;

const Position = z
  .object({
    entity: EntityRef,
    claims: z.array(ClaimView).meta({ description: 'Its claims about the subject that take this side, with their sources.' }),
    relationships: z
      .array(Edge)
      .meta({ description: 'Its relationships to the subject that take this side (a signature, support, opposition).' }),
  })
  .meta({ id: 'Position', description: 'One speaker\u2019s side on a subject, with what says so.' });

export const Disputes = z
  .object({
    about: EntityRef,
    supports: z.array(Position),
    opposes: z.array(Position),
    neutral: z.array(Position).meta({ description: 'Who spoke about it without taking a side.' }),
    pairs: z
      .array(z.object({ supports: EntityRef, opposes: EntityRef }))
      .meta({ description: 'Every pair of speakers on opposite sides; an entity on both sides is paired with no one.' }),
  })
  .meta({ id: 'Disputes', description: 'Who is for and who is against a subject, with the claims and relationships that say so.' });
export type Disputes = z.output<typeof Disputes>;

export const ComputeRow = z
  .object({
    owner: EntityRef,
    clusters: z.number().int(),
    chipCount: z.number(),
    h100Equivalents: z.number(),
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        chipModel: z.string().optional(),
        chipCount: z.number().optional(),
        h100Equivalents: z.number().optional(),
        status: z.string().optional(),
        asOf: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'ComputeRow', description: 'The GPU clusters one owner operates, summed.' });
export type ComputeRow = z.output<typeof ComputeRow>;

export const Stats = z
  .object({
    kinds: z.record(z.string(), z.number().int()),
    relationships: z.record(z.string(), z.number().int()),
    compute: z.array(ComputeRow),
  })
  .meta({ id: 'Stats' });

export const SourceWithCitations = Entity.extend({ citations: z.number().int() }).meta({ id: 'SourceWithCitations' });

export const SourceSupport = z
  .object({ source: Entity, entities: z.array(Entity), edges: z.array(Edge) })
  .meta({ id: 'SourceSupport', description: 'A source and what cites it.' });

const PropertySchemas = z.record(
  z.string(),
  z.looseObject({
    description: z.string().optional(),
    label: z.string().optional(),
    unit: z.string().optional(),
    enum: z.array(z.string()).optional(),
  }),
);

const Titles = z
  .object({ ja: z.string(), zh: z.string() })
  .meta({ description: 'The title in each language the interface speaks besides English (`title`).' });
const PropertyInfo = z
  .object({
    type: z.enum(['text', 'number', 'date', 'boolean', 'enum', 'url', 'other']),
    values: z.array(z.string()).readonly().optional(),
    label: z.string().optional(),
    labels: Titles.optional().meta({ description: 'The label in each language the interface speaks besides English (`label`).' }),
    unit: z.string().optional(),
    units: Titles.optional().meta({ description: 'The unit word in each language besides English, where `unit` is a word.' }),
  })
  .meta({ id: 'PropertyInfo', description: 'What a property holds and how the interface names it and its unit.' });
const PropertyInfos = z.record(z.string(), PropertyInfo);
const Names = z.array(z.string()).readonly();
const ValueTitles = z.object({ en: z.string(), ja: z.string(), zh: z.string() });
const EnumValueTitles = z
  .record(z.string(), z.record(z.string(), ValueTitles))
  .meta({ id: 'EnumValueTitles', description: 'How each value of an enum reads, per language.' });

export const KindDocument = z
  .object({
    role: z.literal('kind'),
    label: z.string(),
    title: z.string(),
    titles: Titles,
    description: z.string(),
    caption: z.string(),
    color: z.string(),
    shape: z.enum([
      'ellipse',
      'round-rectangle',
      'diamond',
      'hexagon',
      'triangle',
      'star',
      'round-tag',
      'barrel',
      'vee',
      'rhomboid',
      'octagon',
    ]),
    indexed: Names,
    needsSources: z.boolean(),
    properties: Names,
    featured: Names.meta({ description: 'The properties a panel shows, in its order.' }),
    body: z.object({ en: z.string(), ja: z.string().optional() }).optional(),
    size: z
      .object({ by: Names.optional(), fixed: z.number() })
      .meta({ description: 'Sized by the first of `by` present, else `fixed` pixels.' }),
    dates: Names.meta({ description: 'Date properties saying when an entity came to exist; the first present counts.' }),
    palettes: z.record(z.string(), z.record(z.string(), z.string())),
    valueTitles: EnumValueTitles,
    propertyInfo: PropertyInfos,
    propertySchemas: PropertySchemas,
  })
  .meta({
    id: 'KindDocument',
    description: 'A kind of entity: its label, caption, colour, shape, display and time rules, and the JSON Schema of each property.',
  });

export const RelationshipDocument = z
  .object({
    role: z.literal('relationship'),
    type: z.string(),
    title: z.string(),
    titles: Titles,
    description: z.string(),
    from: Names,
    to: Names,
    symmetric: z.boolean(),
    color: z.string(),
    lineStyle: z.enum(['solid', 'dashed', 'dotted']),
    weight: z.string().optional(),
    stance: z
      .enum(STANCES)
      .optional()
      .meta({ description: 'The side a relationship of this type takes toward its target (a signature supports), which disputes read.' }),
    properties: Names,
    temporal: z
      .object({ start: Names, end: Names })
      .nullable()
      .meta({ description: 'Date properties saying when it began and ended; null when it holds while both ends exist.' }),
    valueTitles: EnumValueTitles,
    propertyInfo: PropertyInfos,
    propertySchemas: PropertySchemas,
  })
  .meta({
    id: 'RelationshipDocument',
    description: 'A relationship type: which kinds it joins, how it is drawn and dated, its properties.',
  });
export type KindDocument = z.output<typeof KindDocument>;
export type RelationshipDocument = z.output<typeof RelationshipDocument>;

export const SchemaDocument = z
  .object({
    kinds: z.array(KindDocument),
    relationships: z.array(RelationshipDocument),
    model: z.object({ kindCount: z.number().int(), relationshipTypeCount: z.number().int() }),
  })
  .meta({ id: 'SchemaDocument' });
export type SchemaDocument = z.output<typeof SchemaDocument>;

export const Health = z.object({ status: z.literal('ok'), neo4j: z.literal('up') }).meta({ id: 'Health' });
export const HealthDown = z
  .object({
    status: z.literal('degraded'),
    neo4j: z.literal('down'),
    error: z.object({ code: z.literal('DATABASE_UNAVAILABLE'), message: z.string(), details: z.array(z.never()) }),
  })
  .meta({ id: 'HealthDown', description: 'The API is up but the database does not answer.' });

export const Deleted = z.object({ deleted: z.string() }).meta({ id: 'Deleted' });
export const EntityDeleted = Deleted.extend({ relationshipsDeleted: z.number().int() }).meta({ id: 'EntityDeleted' });

export const ImportSummary = z
  .object({
    mode: z.enum(['atomic', 'batched']).meta({ description: 'atomic: one transaction, all or nothing; batched: one per batch.' }),
    entities: z.number().int(),
    relationships: z.number().int(),
    byKind: z.record(z.string(), z.number().int()),
    byType: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'ImportSummary', description: 'How many records were loaded.' });

export const GraphmlDocument = z.string().meta({ id: 'GraphML', description: 'A GraphML document (XML) for Gephi or yEd.' });
