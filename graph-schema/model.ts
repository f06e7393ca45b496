// The assembled graph model: every kind and relationship type, looked up by name, plus the
// checks that refuse an inconsistent model before anything is derived from it.
import { z } from 'zod';
import { entityKinds } from './kinds';
import { relationshipTypes } from './relationships';
import {
  RESERVED_ENTITY_FIELDS,
  RESERVED_RELATIONSHIP_FIELDS,
  SIGNAL_LANGUAGES,
  type KindMeta,
  type RelationshipMeta,
  type RelationshipSignals,
  type Signals,
} from './define';
import { TITLE_LANGUAGES, type PropertyInfo, type PropertyType, type Titles } from './rules';

/** Every entity node carries this label besides its kind's, so an id is unique across kinds. */
export const ENTITY_LABEL = 'Entity';
/** Name of the full-text index over names and aliases. */
export const NAME_SEARCH_INDEX = 'entity_name_search';
/** Nodes of the product's own bookkeeping, never entities: one per recorded write, and one per
 *  ingested document holding its suggestions and the curator's decisions. */
export const HISTORY_LABEL = 'HistoryEntry';
export const DOCUMENT_STATE_LABEL = 'DocumentState';
const RESERVED_LABELS = [ENTITY_LABEL, HISTORY_LABEL, DOCUMENT_STATE_LABEL];

export type EntityKindDefinition = (typeof entityKinds)[number];
export type RelationshipDefinition = (typeof relationshipTypes)[number];
export type KindName = EntityKindDefinition['label'];
export type RelationshipTypeName = RelationshipDefinition['type'];

export const KIND_NAMES = entityKinds.map((k) => k.label) as [KindName, ...KindName[]];
export const RELATIONSHIP_TYPE_NAMES = relationshipTypes.map((r) => r.type) as [RelationshipTypeName, ...RelationshipTypeName[]];

export const KindNameSchema = z.enum(KIND_NAMES);
export const RelationshipTypeSchema = z.enum(RELATIONSHIP_TYPE_NAMES);

const kindsByName = new Map<string, EntityKindDefinition>(entityKinds.map((k) => [k.label, k]));
const relationshipsByType = new Map<string, RelationshipDefinition>(relationshipTypes.map((r) => [r.type, r]));

export function kindDefinition(name: string): EntityKindDefinition | undefined {
  return kindsByName.get(name);
}
export function relationshipDefinition(type: string): RelationshipDefinition | undefined {
  return relationshipsByType.get(type);
}
export function isKindName(name: string): name is KindName {
  return kindsByName.has(name);
}
export function isRelationshipType(type: string): type is RelationshipTypeName {
  return relationshipsByType.has(type);
}

/** A record of any kind: the union discriminated on `kind`. */
export const EntityRecord = z.discriminatedUnion(
  'kind',
  entityKinds.map((k) => k.schema) as unknown as [EntityKindDefinition['schema'], ...EntityKindDefinition['schema'][]],
);
export type EntityRecord = z.infer<typeof EntityRecord>;

/** A relationship of any type: the union discriminated on `type`. */
export const RelationshipRecord = z.discriminatedUnion(
  'type',
  relationshipTypes.map((r) => r.schema) as unknown as [RelationshipDefinition['schema'], ...RelationshipDefinition['schema'][]],
);
export type RelationshipRecord = z.infer<typeof RelationshipRecord>;

/** Why a relationship of `type` may not join a `fromKind` to a `toKind`, or undefined if it may. */
export function endpointError(type: string, fromKind: string, toKind: string): string | undefined {
  const def = relationshipDefinition(type);
  if (!def) return `unknown relationship type "${type}"`;
  if (!def.meta.from.includes(fromKind)) return `${type} may not start at a ${fromKind} (allowed: ${def.meta.from.join(', ')})`;
  if (!def.meta.to.includes(toKind)) return `${type} may not end at a ${toKind} (allowed: ${def.meta.to.join(', ')})`;
  return undefined;
}

/** The id a relationship gets when none is given: readable, and it names the type it belongs to. */
export function relationshipId(rel: { from: string; type: string; to: string; key?: string }): string {
  return [rel.from, rel.type, rel.to, ...(rel.key ? [rel.key] : [])].join(':');
}
/** The relationship type named inside an id made by `relationshipId`, if it is a known one. */
export function typeOfRelationshipId(id: string): RelationshipTypeName | undefined {
  const type = id.split(':')[1];
  return type !== undefined && isRelationshipType(type) ? type : undefined;
}

export interface ModelDescription {
  kinds: KindMeta[];
  relationships: RelationshipMeta[];
  /** What signals each type and kind in a text; the extractor reads nothing else. */
  signals?: {
    relationships: Record<string, RelationshipSignals>;
    kinds: Record<string, Readonly<Record<string, Signals>>>;
  };
}

/**
 * Why a rule of `owner` may not name `names` for `role`: each must be a property of the required type.
 * The display and time rules read these properties blindly, so a typo would silently show nothing.
 */
function ruleErrors(
  owner: string,
  role: string,
  names: readonly string[],
  info: Readonly<Record<string, PropertyInfo>>,
  type?: PropertyType,
): string[] {
  return names.flatMap((name) => {
    const property = info[name];
    if (!property) return [`${owner} ${role} "${name}" which is no property`];
    if (type && property.type !== type) return [`${owner} ${role} "${name}" which is ${property.type}, not ${type}`];
    return [];
  });
}

/**
 * Every property reads in every language of the interface: its label, and its unit where that is a
 * word rather than the name of the sibling property that holds it (an amount's `currency`).
 */
function labelErrors(owner: string, info: Readonly<Record<string, PropertyInfo>>): string[] {
  return Object.entries(info).flatMap(([name, p]) => [
    ...(p.label ? [] : [`${owner} property "${name}" has no label`]),
    ...TITLE_LANGUAGES.flatMap((lang) => (p.labels?.[lang]?.trim() ? [] : [`${owner} property "${name}" has no label in ${lang}`])),
    ...(p.unit === undefined || p.unit in info
      ? []
      : TITLE_LANGUAGES.flatMap((lang) => (p.units?.[lang]?.trim() ? [] : [`${owner} property "${name}" has no unit in ${lang}`]))),
  ]);
}

function paletteErrors(owner: string, kind: KindMeta): string[] {
  return Object.entries(kind.palettes).flatMap(([name, colours]) => {
    const property = kind.propertyInfo[name];
    if (!property) return [`${owner} has a palette for "${name}" which is no property`];
    if (property.type !== 'enum') return [`${owner} has a palette for "${name}" which is ${property.type}, not enum`];
    const values = property.values ?? [];
    return [
      ...values.filter((v) => !(v in colours)).map((v) => `${owner} palette "${name}" has no colour for "${v}"`),
      ...Object.keys(colours)
        .filter((v) => !values.includes(v))
        .map((v) => `${owner} palette "${name}" colours "${v}" which is no value`),
    ];
  });
}

/** A kind or type without a title in some language would show English in the middle of that language's interface. */
function titleErrors(owner: string, titles: Partial<Titles> | undefined): string[] {
  return TITLE_LANGUAGES.flatMap((lang) => (titles?.[lang]?.trim() ? [] : [`${owner} has no title in ${lang}`]));
}

/** The values of a kind's enums are shown to readers (the legend, badges, panels): each needs its words in every language. */
function valueTitleErrors(
  owner: string,
  kind: Pick<KindMeta, 'propertyInfo' | 'valueTitles'> & { palettes?: KindMeta['palettes'] },
): string[] {
  const enums = Object.entries(kind.propertyInfo).flatMap(([name, p]) => (p.type === 'enum' ? [name] : []));
  return [...new Set([...Object.keys(kind.palettes ?? {}), ...enums])].flatMap((name) =>
    (kind.propertyInfo[name]?.values ?? []).flatMap((value) => {
      const titles = kind.valueTitles?.[name]?.[value];
      return (['en', ...TITLE_LANGUAGES] as const).flatMap((lang) =>
        titles?.[lang]?.trim() ? [] : [`${owner} value "${value}" of "${name}" has no title in ${lang}`],
      );
    }),
  );
}

/** A type or kind the extractor could not find in some language would be silently missing from its suggestions. */
function signalErrors(owner: string, signals: Partial<Signals> | undefined, required: boolean): string[] {
  return SIGNAL_LANGUAGES.flatMap((lang) => {
    const words = signals?.[lang];
    if (words === undefined) return required ? [`${owner} has no signals in ${lang}`] : [];
    if (words.length === 0 || words.some((w) => w.trim() === '')) return [`${owner} has an empty signal list or word in ${lang}`];
    return [];
  });
}

/** Every inconsistency in a model description; an empty list means the model is sound. */
export function modelErrors(model: ModelDescription): string[] {
  const errors: string[] = [];
  const labels = new Set<string>();
  for (const kind of model.kinds) {
    if (labels.has(kind.label)) errors.push(`two kinds share the label ${kind.label}`);
    labels.add(kind.label);
    if (RESERVED_LABELS.includes(kind.label)) errors.push(`kind ${kind.label} uses a reserved label`);
    const fields = new Set<string>([...RESERVED_ENTITY_FIELDS, ...kind.properties]);
    if (!fields.has(kind.caption)) errors.push(`kind ${kind.label} has caption "${kind.caption}" which is no property`);
    for (const p of kind.indexed) if (!kind.properties.includes(p)) errors.push(`kind ${kind.label} indexes "${p}" which is no property`);
    for (const p of kind.properties)
      if ((RESERVED_ENTITY_FIELDS as readonly string[]).includes(p)) errors.push(`kind ${kind.label} redefines the reserved field "${p}"`);
    const owner = `kind ${kind.label}`;
    errors.push(
      ...ruleErrors(owner, 'features', kind.featured, kind.propertyInfo),
      ...ruleErrors(owner, 'quotes', kind.body ? Object.values(kind.body) : [], kind.propertyInfo, 'text'),
      ...ruleErrors(owner, 'is sized by', kind.size.by ?? [], kind.propertyInfo, 'number'),
      ...ruleErrors(owner, 'is dated by', kind.dates, kind.propertyInfo, 'date'),
      ...paletteErrors(owner, kind),
      ...titleErrors(owner, kind.titles),
      ...valueTitleErrors(owner, kind),
      ...labelErrors(owner, kind.propertyInfo),
    );
    if (!(kind.size.fixed > 0)) errors.push(`${owner} has a fixed size that is not positive`);
  }
  const types = new Set<string>();
  for (const rel of model.relationships) {
    if (types.has(rel.type)) errors.push(`two relationship types share the type ${rel.type}`);
    types.add(rel.type);
    if (!/^[A-Z][A-Z0-9_]*$/.test(rel.type)) errors.push(`relationship type ${rel.type} is not UPPER_SNAKE`);
    if (rel.from.length === 0) errors.push(`relationship ${rel.type} has no source kind`);
    if (rel.to.length === 0) errors.push(`relationship ${rel.type} has no target kind`);
    for (const k of [...rel.from, ...rel.to]) if (!labels.has(k)) errors.push(`relationship ${rel.type} names unknown kind ${k}`);
    for (const p of rel.properties)
      if ((RESERVED_RELATIONSHIP_FIELDS as readonly string[]).includes(p))
        errors.push(`relationship ${rel.type} redefines the reserved field "${p}"`);
    const owner = `relationship ${rel.type}`;
    if (rel.temporal) {
      if (rel.temporal.start.length === 0) errors.push(`${owner} is temporal but names no start`);
      errors.push(
        ...ruleErrors(owner, 'starts by', rel.temporal.start, rel.propertyInfo, 'date'),
        ...ruleErrors(owner, 'ends by', rel.temporal.end, rel.propertyInfo, 'date'),
      );
    }
    errors.push(...ruleErrors(owner, 'is weighted by', rel.weight ? [rel.weight] : [], rel.propertyInfo, 'number'));
    errors.push(...labelErrors(owner, rel.propertyInfo), ...titleErrors(owner, rel.titles), ...valueTitleErrors(owner, rel));
    const signals = model.signals?.relationships[rel.type];
    errors.push(...signalErrors(owner, signals?.active, true));
    if (signals?.passive) errors.push(...signalErrors(`${owner} (passive)`, signals.passive, false));
  }
  for (const [label, varieties] of Object.entries(model.signals?.kinds ?? {})) {
    if (!labels.has(label)) errors.push(`signals are declared for unknown kind ${label}`);
    for (const [variety, signals] of Object.entries(varieties))
      errors.push(...signalErrors(`kind ${label} signal "${variety}"`, signals, true));
  }
  return errors;
}

export const model: ModelDescription = {
  kinds: entityKinds.map((k) => k.meta),
  relationships: relationshipTypes.map((r) => r.meta),
  signals: {
    relationships: Object.fromEntries(relationshipTypes.map((r) => [r.type, r.signals])),
    kinds: Object.fromEntries(entityKinds.filter((k) => Object.keys(k.signals).length > 0).map((k) => [k.label, k.signals])),
  },
};

const problems = modelErrors(model);
if (problems.length > 0) throw new Error(`graph-schema is inconsistent:\n- ${problems.join('\n- ')}`);
