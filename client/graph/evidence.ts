// How facts and their evidence read in the panels: values with units and currencies, and source
// references grouped per document so five paragraphs of one article read as one line.
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

/** A property value as a person reads it: numbers grouped with their unit, currency beside amounts. */
export function formatValue(value: unknown, unit?: string, currency?: unknown): string {
  if (typeof value === 'number') {
    const suffix = unit && unit !== 'currency' ? ` ${unit}` : typeof currency === 'string' && unit === 'currency' ? ` ${currency}` : '';
    return `${value.toLocaleString('en-US')}${suffix}`;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map((v) => formatValue(v)).join(', ');
  return String(value);
}

/** Property names as labels: "h100Equivalents" reads "h100 equivalents". */
export function propertyLabel(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
