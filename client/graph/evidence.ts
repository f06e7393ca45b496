// How facts and their evidence read in the panels: values with the labels and units the schema
// gives them in the reader's language, and source references grouped per document so five
// paragraphs of one article read as one line.
import {
  entityExistsFrom,
  featuredProperties,
  labelIn,
  unitIn,
  unitProperties,
  valueTitle,
  type KindMeta,
  type PropertyInfo,
  type RelationshipMeta,
} from '../../graph-schema/rules';
import { CATALOGUES, languageTag } from '../i18n/i18n';
import type { Language } from './types';

export interface SourceRef {
  source: string;
  paragraph: number;
  basis?: 'stated' | 'inference' | 'outside';
  note?: string;
}

/** The citations of one document: its paragraphs in order, which of them are inferences, and whether it lies outside the documents. */
export interface CitedDocument {
  source: string;
  paragraphs: number[];
  inferences: { paragraph: number; note?: string }[];
  outside: boolean;
}

/** One line per document, its paragraphs in order: "¶6, 8, 13". */
export function groupRefs(refs: SourceRef[]): CitedDocument[] {
  const groups = new Map<string, CitedDocument>();
  for (const ref of refs) {
    let group = groups.get(ref.source);
    if (!group) groups.set(ref.source, (group = { source: ref.source, paragraphs: [], inferences: [], outside: false }));
    if (!group.paragraphs.includes(ref.paragraph)) group.paragraphs.push(ref.paragraph);
    if (ref.basis === 'inference') group.inferences.push({ paragraph: ref.paragraph, ...(ref.note ? { note: ref.note } : {}) });
    if (ref.basis === 'outside') group.outside = true;
  }
  for (const group of groups.values()) group.paragraphs.sort((a, b) => a - b);
  return [...groups.values()];
}

/**
 * The unit of a property as shown: the unit word its schema gives in the language, or, where that
 * names a sibling property (an amount's `currency`), the sibling's value in this record.
 */
export function unitOf(
  name: string,
  info: Readonly<Record<string, PropertyInfo>>,
  record: Record<string, unknown>,
  lang: Language = 'en',
): string | undefined {
  const unit = info[name]?.unit;
  if (unit === undefined || !(unit in info)) return unitIn(info[name], lang);
  return typeof record[unit] === 'string' ? record[unit] : undefined;
}

/** A property's label from the schema in the language, else its name spelled out. */
export function labelOf(name: string, info: Readonly<Record<string, PropertyInfo>>, lang: Language = 'en'): string {
  return labelIn(info[name], lang) ?? propertyLabel(name);
}

/** Chinese and Japanese counters follow the number without a space (`10,000枚`); Latin units take one. */
const CJK_UNIT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** One formatter per language: a caption is worded for every weighted edge each time the picture is built. */
const compactFormats = new Map<Language, Intl.NumberFormat>();
function compactFormat(lang: Language): Intl.NumberFormat {
  let format = compactFormats.get(lang);
  if (!format)
    compactFormats.set(lang, (format = new Intl.NumberFormat(languageTag(lang), { notation: 'compact', maximumFractionDigits: 1 })));
  return format;
}

/** A property value as a person reads it: numbers grouped, with their unit; yes and no in the language. */
export function formatValue(value: unknown, unit?: string, lang: Language = 'en', compact = false): string {
  if (typeof value === 'number') {
    // Compact (10B, 100億, 10万) where the value sits on a line with others, as in an edge's caption.
    const number = compact ? compactFormat(lang).format(value) : value.toLocaleString('en-US');
    return `${number}${unit ? `${CJK_UNIT.test(unit) ? '' : ' '}${unit}` : ''}`;
  }
  if (typeof value === 'boolean') return CATALOGUES[lang][value ? 'yes' : 'no'];
  if (Array.isArray(value)) return value.map((v) => formatValue(v, undefined, lang)).join(', ');
  return String(value);
}

/** Property names as labels where the schema gives none: "signatureCountAsOf" reads "signature count as of". */
export function propertyLabel(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

type Info = Readonly<Record<string, PropertyInfo>>;

/** What a relationship's panel lists: its properties in schema order, but its description (shown as prose) and units (shown beside their values). */
export function relationshipProperties(rel: Pick<RelationshipMeta, 'properties' | 'propertyInfo'>): string[] {
  const units = unitProperties(rel.propertyInfo);
  return rel.properties.filter((p) => p !== 'description' && !units.has(p));
}

/** `[label, value]` of each of `names` the record has, in the language: its unit beside it, an enum's value by its title. */
export function facts(
  record: Record<string, unknown>,
  names: readonly string[],
  info: Info,
  lang: Language = 'en',
  valueTitles: KindMeta['valueTitles'] = {},
): [string, string][] {
  return names
    .filter((name) => record[name] !== undefined && record[name] !== null)
    .map((name) => {
      const value = record[name];
      if (typeof value === 'string' && valueTitles[name]?.[value])
        return [labelOf(name, info, lang), valueTitle({ valueTitles }, name, value, lang)];
      return [labelOf(name, info, lang), formatValue(value, unitOf(name, info, record, lang), lang)];
    });
}

/** ", 2024-03, due by 2025": when it came to be, then the other dates the kind features, labelled. */
export function datesLine(
  kind: Pick<KindMeta, 'featured' | 'dates' | 'propertyInfo'>,
  record: Record<string, unknown>,
  lang: Language = 'en',
): string {
  const from = entityExistsFrom(kind, record);
  const others = featuredProperties(kind).filter((p) => kind.propertyInfo[p]?.type === 'date' && !kind.dates.includes(p));
  const parts = [from, ...facts(record, others, kind.propertyInfo, lang).map(([label, value]) => `${label.toLowerCase()} ${value}`)];
  return parts
    .filter(Boolean)
    .map((p) => `, ${p}`)
    .join('');
}

/** The text of paragraph `n` of a source, where the project stores it: `paragraphs` as strings (¶1 first) or as `{ n, text }`. */
export function paragraphText(source: Record<string, unknown> | undefined, n: number): string | undefined {
  const paragraphs = source?.paragraphs;
  if (!Array.isArray(paragraphs)) return undefined;
  const list = paragraphs as unknown[];
  const found = list.find((p) => typeof p === 'object' && p !== null && (p as { n?: unknown }).n === n) as { text?: unknown } | undefined;
  const text = found ? found.text : list[n - 1];
  return typeof text === 'string' ? text : undefined;
}

/** Whether the project keeps a source's text (documents ingested through the API do; the seed articles do not). */
export const storesText = (source: Record<string, unknown> | undefined): boolean =>
  Array.isArray(source?.paragraphs) && source.paragraphs.length > 0;

/** A value from the API shown as text: strings as they are, anything else as JSON. */
export const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
