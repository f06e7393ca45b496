// CSV as RFC 4180 writes it (every text field quoted, quotes doubled, CRLF between records), with
// text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) made inert by a
// leading apostrophe: a table's cells come from curated and user-written data.
export type CsvValue = string | number | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
