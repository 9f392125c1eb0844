// Text written into cells by the script. Sheets reads a written string as if it were typed:
// "=…" becomes a formula, "007" the number 7, "2025-02-05 14:03" a date, unless the cell's
// number format is "@" (plain text), where strings are kept exactly as written.

const FORMULA_START = /^[=+\-@]/;

/** The number format that keeps a cell's string exactly as written. */
export const TEXT_FORMAT = '@';

/**
 * A value safe to pass to setValues() into a cell with an automatic format: text beginning with
 * = + - @ gets a leading apostrophe, which Sheets shows as plain text and never evaluates. Not
 * for "@" cells, which would keep the apostrophe.
 */
export function escapeForSheet<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value)
    ? `'${value}`
    : value;
}

/** The minimal slice of a sheet writeRow needs. */
interface RowTarget {
  getRange(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): RowRange;
}

/** The range of one written row, to write it again without another getRange. */
export interface RowRange {
  setNumberFormats(formats: string[][]): unknown;
  setValues(values: unknown[][]): unknown;
}

/**
 * Writes one row from column A: the number formats first, then the values, so a string in a
 * "@" column stays text. Two calls.
 */
export function writeRow(
  sheet: RowTarget,
  row: number,
  formats: readonly string[],
  values: readonly unknown[],
): RowRange {
  const range = sheet.getRange(row, 1, 1, values.length);
  range.setNumberFormats([[...formats]]);
  range.setValues([[...values]]);
  return range;
}
