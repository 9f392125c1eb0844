// Cells as the template writers (the .xlsx writer, later the Apps Script setup) put them into a
// sheet: plain values, or a formula together with the result it evaluates to.

import type {CellValue} from './grid';

/** A spreadsheet formula in A1 notation ("=B5/B6") with its computed result. */
export interface FormulaCell {
  readonly formula: string;
  readonly result: number;
  /**
   * The formula to use in Google Sheets when it differs: one calling the script's custom
   * functions (=FZ_PERCENT(…)), which Excel and WPS do not have.
   */
  readonly sheetsFormula?: string;
}

export type TemplateCell = CellValue | FormulaCell;

/** Rows of one tab below its header row. */
export interface TemplateTab {
  readonly name: string;
  readonly rows: readonly (readonly TemplateCell[])[];
}

export function isFormulaCell(cell: TemplateCell): cell is FormulaCell {
  return (
    typeof cell === 'object' &&
    cell !== null &&
    !(cell instanceof Date) &&
    'formula' in cell
  );
}

/** The value a spreadsheet shows for the cell, as getValues() would return it. */
export function displayedValue(cell: TemplateCell): CellValue {
  return isFormulaCell(cell) ? cell.result : cell;
}
