// A tab read as a table: finds the header row, maps columns by header name (in any order),
// and yields the data rows below it, skipping empty rows. Both readers give a merged range's
// value in its top-left cell only, so a row that repeats the one above is the clerk's own.

import {cellRef, type CellRef} from './cell-ref';
import {isEmptyCell, isSpreadsheetError, normaliseKey} from './cell-text';
import type {CellValue, TabGrid} from './grid';
import {finding, type Finding} from '../findings/finding';

/** Rows above this index are searched for the header (a title row above it is tolerated). */
const HEADER_SEARCH_ROWS = 5;

export interface TableRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** Value under a header, undefined when the column is missing. */
  value(header: string): CellValue;
  /** Reference of the cell under a header (the header's column, or the next free one). */
  cell(header: string): CellRef;
}

export interface Table {
  readonly rows: readonly TableRow[];
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 1-based sheet column of a header (or where it would be added when missing). */
  columnOf(header: string): number;
  /** Whether the header row holds `header` (asked for or not). */
  has(header: string): boolean;
  readonly findings: readonly Finding[];
}

/**
 * Reads `tab` as a table with `headers`. The header row is the first of the top rows holding
 * `headers[0]`; each header missing from it is a finding at the header row. A cell showing a
 * spreadsheet error (#REF!) is a finding, except under `errorsReadBy`, whose reader words it.
 */
export function readTable(
  tab: TabGrid,
  headers: readonly string[],
  errorsReadBy: readonly string[] = [],
): Table {
  const grid = tab.grid;
  const wanted = normaliseKey(headers[0]);
  let headerIndex = grid
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex(r => r.some(v => normaliseKey(v) === wanted));
  if (headerIndex < 0) headerIndex = 0;
  const headerRow = grid[headerIndex] ?? [];
  const columns = new Map<string, number>();
  headerRow.forEach((v, i) => {
    const key = normaliseKey(v);
    if (key !== '' && !columns.has(key)) columns.set(key, i + 1);
  });
  const findings: Finding[] = [];
  let nextFree = headerRow.length + 1;
  for (const header of headers) {
    if (columns.has(normaliseKey(header))) continue;
    findings.push(
      finding('column-missing', cellRef(tab.name, headerIndex + 1, nextFree), {
        column: header,
      }),
    );
    columns.set(normaliseKey(header), -nextFree);
    nextFree += 1;
  }
  const skipped = new Set(errorsReadBy.map(h => columns.get(normaliseKey(h))));
  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const values = grid[i];
    if (values.every(isEmptyCell)) continue;
    rows.push(tableRow(tab.name, i + 1, values, columns));
    values.forEach((value, c) => {
      if (!isSpreadsheetError(value) || skipped.has(c + 1)) return;
      findings.push(
        finding('cell-spreadsheet-error', cellRef(tab.name, i + 1, c + 1), {
          value: value.trim(),
        }),
      );
    });
  }
  return {
    rows,
    headerRow: headerIndex + 1,
    findings,
    columnOf: header => Math.abs(columns.get(normaliseKey(header)) ?? 0) || 1,
    has: header => (columns.get(normaliseKey(header)) ?? 0) > 0,
  };
}

function tableRow(
  tab: string,
  row: number,
  values: readonly CellValue[],
  columns: ReadonlyMap<string, number>,
): TableRow {
  const column = (header: string) => columns.get(normaliseKey(header)) ?? 0;
  return {
    row,
    value: header => {
      const c = column(header);
      return c > 0 ? values[c - 1] : undefined;
    },
    cell: header => cellRef(tab, row, Math.abs(column(header)) || 1),
  };
}
