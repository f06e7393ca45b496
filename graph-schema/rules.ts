// The display and time rules of the model as plain data, and the pure functions that apply them.
// No runtime import (zod stays out): the client bundles this file and applies it to the metadata
// `/api/schema` serves, the server to the definitions themselves, so both read one rule.

/** Shapes cytoscape can draw; the client maps kinds to them. */
export type NodeShape =
  'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'triangle' | 'star' | 'round-tag' | 'barrel' | 'vee' | 'rhomboid' | 'octagon';
export type LineStyle = 'solid' | 'dashed' | 'dotted';

/** What a property holds, as far as the display and time rules care. */
export type PropertyType = 'text' | 'number' | 'date' | 'boolean' | 'enum' | 'url' | 'other';

/** A property's type and its human wording, derived from its zod schema and `.meta()`. */
export interface PropertyInfo {
  type: PropertyType;
  /** The allowed values of an enum, in the order the schema gives them. */
  values?: readonly string[];
  label?: string;
  /** The label in each language besides English; the model check asks for one per language. */
  labels?: Titles;
  /** A unit word, or the name of the sibling property that holds the unit (e.g. `currency`). */
  unit?: string;
  /** A unit word in each language besides English; none where `unit` names a sibling property. */
  units?: Titles;
}

/**
 * How large a node is drawn: by the first property of `by` the record has (a measure such as
 * compute), else `fixed` pixels.
 */
/** The size of a node that nothing measures. */
export const DEFAULT_NODE_SIZE = 28;

export interface SizeRule {
  by?: readonly string[];
  fixed: number;
}

/** Which date properties say when a relationship began and ended, each the first one present. */
export interface Temporal {
  start: readonly string[];
  end: readonly string[];
}

/** The languages the interface is written in besides English; every title is declared in each. */
export const TITLE_LANGUAGES = ['ja', 'zh'] as const;
export type TitleLanguage = (typeof TITLE_LANGUAGES)[number];
/** A title in each language besides English, which stays in `title`. */
export type Titles = Readonly<Record<TitleLanguage, string>>;
/** What a reader sees for a value (a claim's kind, an outcome), in English and each other language. */
export type ValueTitles = Readonly<Record<'en' | TitleLanguage, string>>;

export interface KindMeta {
  role: 'kind';
  /** The Neo4j label and the `kind` field of a record. */
  label: string;
  title: string;
  titles: Titles;
  description: string;
  /** Property shown as the node's caption. */
  caption: string;
  color: string;
  shape: NodeShape;
  /** Properties the API filters by: each gets a range index. */
  indexed: readonly string[];
  /** Whether a record of this kind must cite at least one source (only Source itself need not). */
  needsSources: boolean;
  /** Property names specific to this kind, in declaration order. */
  properties: readonly string[];
  /** The properties a panel shows, in its order. */
  featured: readonly string[];
  /** The record's own words (a claim's text), shown as a quotation: in English, and in Japanese where given. */
  body?: { en: string; ja?: string };
  size: SizeRule;
  /** Date properties that say when an entity came to exist, the first present one counting; none: always. */
  dates: readonly string[];
  /** Colours per value of an enum property, e.g. claim kinds. */
  palettes: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** How each value of an enum reads (a claim's kind, an outcome, an organisation's type), per language. */
  valueTitles: Readonly<Record<string, Readonly<Record<string, ValueTitles>>>>;
  propertyInfo: Readonly<Record<string, PropertyInfo>>;
}

/** A position on something: for it, against it, or stated without taking a side. */
export const STANCES = ['supports', 'opposes', 'neutral'] as const;
export type Stance = (typeof STANCES)[number];

export interface RelationshipMeta {
  role: 'relationship';
  /** The Neo4j relationship type. */
  type: string;
  title: string;
  titles: Titles;
  description: string;
  from: readonly string[];
  to: readonly string[];
  /** True when direction carries no meaning (rivalry, partnership): drawn without arrows. */
  symmetric: boolean;
  color: string;
  lineStyle: LineStyle;
  /** A numeric property that sizes the edge's width, e.g. an investment's amount. */
  weight?: string;
  /** What holding it says of the source's position on the target (a signature is support): how disputes are found. */
  stance?: Stance;
  properties: readonly string[];
  /** Its date properties; null when it has no time of its own and holds while both ends exist. */
  temporal: Temporal | null;
  propertyInfo: Readonly<Record<string, PropertyInfo>>;
  /** How each value of an enum property reads, per language (a claim's stance on a subject). */
  valueTitles: Readonly<Record<string, Readonly<Record<string, ValueTitles>>>>;
}

type Props = Readonly<Record<string, unknown>>;

function firstString(record: Props, names: readonly string[]): string | undefined {
  for (const name of names) if (typeof record[name] === 'string') return record[name];
  return undefined;
}

/** The date an entity came to exist by its kind's `dates` rule; undefined when undated. */
export function entityExistsFrom(kind: Pick<KindMeta, 'dates'>, record: Props): string | undefined {
  return firstString(record, kind.dates);
}

/** When a relationship began and ended by its type's `temporal` rule (either may be unknown). */
export function relationshipSpan(rel: Pick<RelationshipMeta, 'temporal'>, properties: Props): { start?: string; end?: string } {
  if (!rel.temporal) return {};
  const start = firstString(properties, rel.temporal.start);
  const end = firstString(properties, rel.temporal.end);
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

/** Whether a relationship is marked as one the documents and the public record give no date for. */
export function isUndated(properties: Props): boolean {
  return properties.undated === true;
}

/**
 * Why a relationship breaks the dating rule, or undefined: a fact of a type with a time extent says
 * when it began or says it is undated, never both. `complete` false checks only the "never both"
 * half, for writes that may still be dated later (a curator's draft, a generated dataset).
 */
export function datingError(rel: Pick<RelationshipMeta, 'temporal'>, properties: Props, complete = true): string | undefined {
  if (!rel.temporal) return undefined;
  const { start } = relationshipSpan(rel, properties);
  if (start !== undefined && isUndated(properties))
    return `is dated (${start}) and marked undated: give the date or "undated": true, not both`;
  if (complete && start === undefined && !isUndated(properties))
    return `has no start (${rel.temporal.start.join(' or ')}): give one, or "undated": true when no document or public record dates it`;
  return undefined;
}

/**
 * A partial ISO date names a whole period ("2023" is the year, "2023-03" the month). Appending the
 * highest code unit makes a text comparison treat it as the period's last instant, so "2023-03-15"
 * falls within "2023-03" and within "2023". The generated Cypher appends the same character.
 */
export const PERIOD_END = '\uffff';
export const endOfPeriod = (date: string): string => date + PERIOD_END;

/**
 * Whether a span holds at some time within the period `asOf` names: it began by the period's end
 * and had not ended before the period began. Both ends are partial dates read as whole periods.
 */
export function holdsAsOf(span: { start?: string; end?: string }, asOf: string): boolean {
  return (span.start === undefined || span.start <= endOfPeriod(asOf)) && (span.end === undefined || endOfPeriod(span.end) >= asOf);
}

/** The measure that sizes a node by its kind's `size` rule; undefined when it has none. */
export function nodeSizeValue(kind: Pick<KindMeta, 'size'>, record: Props): number | undefined {
  for (const name of kind.size.by ?? []) if (typeof record[name] === 'number') return record[name];
  return undefined;
}

/** A record's own words in a language by its kind's `body` rule, English where the language has none. */
export function bodyText(kind: Pick<KindMeta, 'body'>, record: Props, lang: string): string | undefined {
  if (!kind.body) return undefined;
  const translated = lang === 'ja' && kind.body.ja ? record[kind.body.ja] : undefined;
  const text = typeof translated === 'string' && translated ? translated : record[kind.body.en];
  return typeof text === 'string' ? text : undefined;
}

/** The properties a panel shows for a kind, in order. */
export function featuredProperties(kind: Pick<KindMeta, 'featured'>): readonly string[] {
  return kind.featured;
}

/** Properties that only serve as another's unit (an amount's currency): shown beside it, not on their own. */
export function unitProperties(info: Readonly<Record<string, PropertyInfo>>): Set<string> {
  return new Set(Object.values(info).flatMap((p) => (p.unit && p.unit in info ? [p.unit] : [])));
}

/**
 * Where a prediction stands: its recorded outcome once there is one; else `overdue` once the
 * period its due date names has ended, `due` within that period, `open` before it or without a
 * due date. Computed from the record and today, never stored.
 */
export type PredictionStatus = 'open' | 'due' | 'overdue' | 'came-true' | 'partly' | 'did-not' | 'unresolvable';
export const PREDICTION_STATUSES: readonly PredictionStatus[] = [
  'open',
  'due',
  'overdue',
  'came-true',
  'partly',
  'did-not',
  'unresolvable',
];

/** How each status reads; the outcomes among them read as the Claim kind's outcome values do. */
export const PREDICTION_STATUS_TITLES: Readonly<Record<PredictionStatus, ValueTitles>> = {
  open: { en: 'open', ja: '未確定', zh: '待定' },
  due: { en: 'due', ja: '期限中', zh: '到期中' },
  overdue: { en: 'overdue', ja: '期限切れ', zh: '已逾期' },
  'came-true': { en: 'came true', ja: '的中', zh: '已应验' },
  partly: { en: 'partly', ja: '一部的中', zh: '部分应验' },
  'did-not': { en: 'did not', ja: '外れ', zh: '未应验' },
  unresolvable: { en: 'unresolvable', ja: '判定不能', zh: '无法判定' },
};

/** A title in a language: English from `title`, any other from `titles`. */
export function titleIn(meta: { title: string; titles: Titles }, lang: string): string {
  return (TITLE_LANGUAGES as readonly string[]).includes(lang) ? meta.titles[lang as TitleLanguage] : meta.title;
}

/** A property's label in a language: its declared translation, else the English label. */
export function labelIn(info: PropertyInfo | undefined, lang: string): string | undefined {
  return info?.labels?.[lang as TitleLanguage] ?? info?.label;
}

/** A property's unit word in a language: its declared translation, else the English word (or the sibling's name). */
export function unitIn(info: PropertyInfo | undefined, lang: string): string | undefined {
  return info?.units?.[lang as TitleLanguage] ?? info?.unit;
}

/** How a value of a kind's property reads in a language: its declared title, else the value itself. */
export function valueTitle(kind: Pick<KindMeta, 'valueTitles'>, property: string, value: string, lang: string): string {
  const titles = kind.valueTitles[property]?.[value];
  return titles ? (titles[lang as keyof ValueTitles] ?? titles.en) : value;
}

export function predictionStatus(claim: Props, today: string): PredictionStatus {
  if (typeof claim.outcome === 'string' && claim.outcome !== 'open') return claim.outcome as PredictionStatus;
  if (typeof claim.dueBy !== 'string') return 'open';
  if (endOfPeriod(claim.dueBy) < today) return 'overdue';
  return today.startsWith(claim.dueBy) ? 'due' : 'open';
}

/** Today as YYYY-MM-DD (UTC), the date statuses are computed against. */
export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10);

/**
 * The lowest score the name search gives an exact match of a name or alias (after normalising
 * width, case, script and honorifics); lesser matches score below it. The client opens a hit on
 * Enter, or resolves a typed name, only at or above it.
 */
export const SEARCH_EXACT_SCORE = 4;
