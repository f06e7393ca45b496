// How facts and their evidence read in the panels: values with the labels and units the schema
// gives them, and source references grouped per document so five paragraphs of one article read
// as one line.
import type { PropertyInfo } from '../../graph-schema/rules';

export interface SourceRef {
  source: string;
  paragraph: number;
}

/** One line per document, its paragraphs in order: "¶6, 8, 13". */
export function groupRefs(refs: SourceRef[]): { source: string; paragraphs: number[] }[] {
  const groups = new Map<string, Set<number>>();
  for (const ref of refs) groups.set(ref.source, (groups.get(ref.source) ?? new Set()).add(ref.paragraph));
  return [...groups].map(([source, paragraphs]) => ({ source, paragraphs: [...paragraphs].sort((a, b) => a - b) }));
}

/**
 * The unit of a property as shown: the unit word its schema gives, or, where that names a sibling
 * property (an amount's `currency`), the sibling's value in this record.
 */
export function unitOf(name: string, info: Readonly<Record<string, PropertyInfo>>, record: Record<string, unknown>): string | undefined {
  const unit = info[name]?.unit;
  if (unit === undefined || !(unit in info)) return unit;
  return typeof record[unit] === 'string' ? (record[unit] as string) : undefined;
}

/** A property's label from the schema, else its name spelled out. */
export function labelOf(name: string, info: Readonly<Record<string, PropertyInfo>>): string {
  return info[name]?.label ?? propertyLabel(name);
}

/** A property value as a person reads it: numbers grouped, with their unit. */
export function formatValue(value: unknown, unit?: string): string {
  if (typeof value === 'number') return `${value.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map((v) => formatValue(v)).join(', ');
  return String(value);
}

/** Property names as labels where the schema gives none: "signatureCountAsOf" reads "signature count as of". */
export function propertyLabel(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
