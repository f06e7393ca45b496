// Writes a validated dataset as the CSV files of Neo4j's offline importer: one node file per kind,
// one relationship file per type, each with its own typed header. Rows are built by the same
// functions the transactional path writes with (entityRow, relationshipRow), so both paths store
// the same properties: source references as "source#paragraph" strings, dates as the strings they
// are, numbers as the floats the driver sends, and the relationship ids the validation derived.
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { KIND_NAMES } from '../../graph-schema';
import { entityRow } from '../repositories/entities.repository';
import { relationshipRow } from '../repositories/relationships.repository';
import type { EmptyArrayTarget } from '../repositories/bulk-import.repository';
import type { Dataset } from './validate-dataset';

/**
 * Separates the elements of an array value. Names, aliases and every other text refuse control
 * characters (graph-schema's Text), so U+001F cannot occur inside an element; a `;` (the
 * importer's default) can.
 */
export const ARRAY_DELIMITER = '\u001f';

type ColumnType = 'string' | 'double' | 'boolean' | 'string[]';

export interface CsvFile {
  /** The kind of the node file, or the type of the relationship file. */
  name: string;
  file: string;
  rows: number;
}

export interface BulkCsv {
  nodes: CsvFile[];
  relationships: CsvFile[];
  /** Some value holds a line break: the importer must then read fields across lines (slower). */
  multiline: boolean;
  /** Empty arrays the importer cannot store (it reads an empty array field as no value). */
  emptyArrays: EmptyArrayTarget[];
}

/** The importer's type of a stored value; the driver sends every JS number as a float. */
function columnType(value: unknown, where: string): ColumnType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return 'string[]';
  throw new Error(`${where}: no CSV column type for ${JSON.stringify(value)}`);
}

/** Every property of the rows, in order of first appearance, with one type each. */
function columns(rows: Record<string, unknown>[], where: string): Map<string, ColumnType> {
  const found = new Map<string, ColumnType>();
  for (const props of rows)
    for (const key in props) {
      const type = columnType(props[key], `${where}.${key}`);
      const known = found.get(key);
      if (known === undefined) found.set(key, type);
      else if (known !== type) throw new Error(`${where}.${key} holds both ${known} and ${type} values`);
    }
  return found;
}

const LINE_BREAK = /[\r\n]/;

/** Writes rows into a file a megabyte at a time. */
class CsvWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  multiline = false;

  constructor(file: string) {
    this.fd = openSync(file, 'w', 0o600);
  }

  quoted(text: string): string {
    if (!this.multiline && LINE_BREAK.test(text)) this.multiline = true;
    return `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`;
  }

  field(value: unknown, type: ColumnType): string {
    if (value === undefined || value === null) return '';
    if (type === 'string') return this.quoted(value as string);
    if (type === 'string[]') {
      const items = value as string[];
      for (const item of items)
        if (item.includes(ARRAY_DELIMITER)) throw new Error(`an array element holds U+001F, the importer's array delimiter: ${item}`);
      return this.quoted(items.join(ARRAY_DELIMITER));
    }
    // JavaScript's shortest text of a number reads back in Java as the same double.
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw new Error(`not a ${type}: ${JSON.stringify(value)}`);
  }

  line(text: string): void {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join('\n') + '\n');
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

function writeFile(
  file: string,
  rows: { id: string; props: Record<string, unknown>; lead: string[] }[],
  leadHeader: string[],
  where: string,
  idColumn?: string,
): { multiline: boolean; emptyArrays: Omit<EmptyArrayTarget, 'of' | 'name'>[] } {
  const types = columns(
    rows.map((r) => r.props),
    where,
  );
  const keys = [...types.keys()].filter((k) => k !== idColumn);
  const arrays = keys.filter((k) => types.get(k) === 'string[]').map((property) => ({ property, present: 0, ids: [] as string[] }));
  const writer = new CsvWriter(file);
  try {
    writer.line([...leadHeader, ...keys.map((k) => `${k}:${types.get(k)}`)].join(','));
    for (const row of rows) {
      const fields = row.lead.map((v) => writer.quoted(v));
      for (const key of keys) fields.push(writer.field(row.props[key], types.get(key)!));
      writer.line(fields.join(','));
      for (const array of arrays) {
        const value = row.props[array.property] as string[] | undefined;
        if (value === undefined) continue;
        array.present++;
        if (value.length === 0) array.ids.push(row.id);
      }
    }
  } finally {
    writer.close();
  }
  const emptyArrays = arrays
    .filter((a) => a.ids.length > 0)
    .map((a) =>
      a.present === rows.length
        ? { property: a.property, everyRecord: true, ids: [] }
        : { property: a.property, everyRecord: false, ids: a.ids },
    );
  return { multiline: writer.multiline, emptyArrays };
}

/** Writes the dataset's CSV files into `dir` (which must exist) and says what it wrote. */
export function writeBulkCsv(dataset: Dataset, dir: string): BulkCsv {
  const out: BulkCsv = { nodes: [], relationships: [], multiline: false, emptyArrays: [] };
  const byKind = new Map<string, ReturnType<typeof entityRow>[]>();
  for (const entity of dataset.entities) {
    const list = byKind.get(entity.kind) ?? [];
    list.push(entityRow(entity));
    byKind.set(entity.kind, list);
  }
  for (const kind of KIND_NAMES) {
    const rows = byKind.get(kind);
    if (!rows) continue;
    const file = path.join(dir, `nodes-${kind}.csv`);
    // The importer stores the :ID column as the property `id` too, as the transactional path does.
    const written = writeFile(
      file,
      rows.map((r) => ({ id: r.id, props: r.props, lead: [r.id] })),
      ['id:ID'],
      kind,
      'id',
    );
    out.multiline ||= written.multiline;
    out.emptyArrays.push(...written.emptyArrays.map((e) => ({ of: 'node' as const, name: kind, ...e })));
    out.nodes.push({ name: kind, file, rows: rows.length });
  }
  const byType = new Map<string, ReturnType<typeof relationshipRow>[]>();
  for (const rel of dataset.relationships) {
    const list = byType.get(rel.type) ?? [];
    list.push(relationshipRow(rel));
    byType.set(rel.type, list);
  }
  for (const [type, rows] of byType) {
    const file = path.join(dir, `relationships-${type}.csv`);
    const written = writeFile(
      file,
      rows.map((r) => ({ id: r.props.id as string, props: r.props, lead: [r.from, r.to] })),
      [':START_ID', ':END_ID'],
      type,
    );
    out.multiline ||= written.multiline;
    out.emptyArrays.push(...written.emptyArrays.map((e) => ({ of: 'relationship' as const, name: type, ...e })));
    out.relationships.push({ name: type, file, rows: rows.length });
  }
  return out;
}
