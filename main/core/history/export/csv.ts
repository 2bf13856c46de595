/**
 * CSV cells and rows (RFC 4180: CRLF rows; a cell with a comma, quote, CR or LF is quoted, quotes doubled).
 * Text that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is prefixed with `'`.
 */

/** A value as it goes into one cell. Numbers are written as they are; only text is guarded. */
export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, escaped. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** One row, with its CRLF line end. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
