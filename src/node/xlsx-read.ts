// Reads an .xlsx workbook (Excel, WPS, LibreOffice, a Google Sheets download) into the plain
// grids the core reads: every worksheet in workbook order, cells as values a spreadsheet shows.

import {readFile} from 'node:fs/promises';
import ExcelJS from 'exceljs';
import {percentFormattedCell} from '../core/workbook/cell-text';
import type {CellValue, Grid, WorkbookGrids} from '../core/workbook/grid';

export type WorkbookUnreadableReason = 'missing' | 'not-xlsx';

/** The file is not there, or is not an .xlsx workbook; the command line maps it to exit code 2. */
export class WorkbookUnreadableError extends Error {
  constructor(
    readonly reason: WorkbookUnreadableReason,
    readonly path: string,
    options?: {cause?: unknown},
  ) {
    super(`workbook ${path} is unreadable: ${reason}`, options);
    this.name = 'WorkbookUnreadableError';
  }
}

/** Reads the .xlsx file at `path`. Throws WorkbookUnreadableError if it is missing or not xlsx. */
export async function readXlsxWorkbook(path: string): Promise<WorkbookGrids> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new WorkbookUnreadableError('missing', path, {cause: error});
    }
    if (code === 'EISDIR') {
      throw new WorkbookUnreadableError('not-xlsx', path, {cause: error});
    }
    throw error;
  }
  return readXlsxBuffer(data, path);
}

/** Reads .xlsx bytes; `path` only names the source in errors. */
export async function readXlsxBuffer(
  data: Uint8Array,
  path = '(buffer)',
): Promise<WorkbookGrids> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookUnreadableError('not-xlsx', path, {cause: error});
  }
  // Any zip loads; only a real workbook has at least one worksheet.
  if (workbook.worksheets.length === 0) {
    throw new WorkbookUnreadableError('not-xlsx', path);
  }
  return {
    tabs: workbook.worksheets.map(sheet => ({
      name: sheet.name,
      grid: readGrid(sheet),
    })),
  };
}

/**
 * The used range from A1, like Sheets' getDataRange().getValues(): rectangular, trailing empty
 * rows and columns dropped, empty cells null. Cells of a merged range all show the master's value.
 * A number shown with a percent format reads as the percentage the clerk sees ("80.8%").
 */
function readGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.findRow(r);
    const values: CellValue[] = [];
    for (let c = 1; row && c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      const value = toCellValue(cell.value);
      values.push(
        typeof value === 'number' && cell.numFmt?.includes('%')
          ? percentFormattedCell(value)
          : value,
      );
    }
    rows.push(values);
  }
  const isFilled = (value: CellValue) => value !== null;
  while (rows.length > 0 && !rows[rows.length - 1].some(isFilled)) {
    rows.pop();
  }
  let width = 0;
  for (const values of rows) {
    for (let c = values.length; c > width; c--) {
      if (isFilled(values[c - 1])) {
        width = c;
        break;
      }
    }
  }
  return rows.map(values =>
    Array.from({length: width}, (_, c) => values[c] ?? null),
  );
}

/**
 * One exceljs cell value as the core sees it. Formulas give their cached result (null if the
 * file has none), rich text and hyperlinks their plain text, errors their text ("#DIV/0!").
 * Dates: exceljs reads a date serial as that wall-clock time in UTC; the core reads dates with
 * local getters (as Apps Script does in the script's time zone), so the same wall-clock time is
 * rebuilt in local time: 2025-02-05 stays 2025年2月5日 west of Greenwich too.
 */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  if (value instanceof Date) return localWallClock(value);
  if ('error' in value) return value.error;
  if ('richText' in value) return richTextOf(value);
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    return typeof text === 'string' ? text : richTextOf(text);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return toCellValue(value.result ?? null);
  }
  return null;
}

function localWallClock(utc: Date): Date {
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
}

function richTextOf(value: unknown): string {
  const runs = (value as Partial<ExcelJS.CellRichTextValue> | null)?.richText;
  return Array.isArray(runs) ? runs.map(run => run.text ?? '').join('') : '';
}
