// The core's print layout (A4 landscape, one page wide, header row on every page, tab and page
// in the footer) and wrapped-row heights, set on an exceljs worksheet.

import type ExcelJS from 'exceljs';
import {
  type ColumnLayout,
  PRINT_LAYOUT,
  type TemplateCell,
  wrappedRowHeight,
} from '../core';

/** exceljs's paperSize code of A4 (the OOXML ST_PaperSize value 9). */
const PAPER_A4 = 9;

export function applyPrintLayout(sheet: ExcelJS.Worksheet): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: PRINT_LAYOUT.orientation,
    fitToPage: true,
    fitToWidth: PRINT_LAYOUT.pagesWide,
    // 0: as many pages tall as needed.
    fitToHeight: 0,
    horizontalDpi: 300,
    verticalDpi: 300,
    printTitlesRow: `1:${PRINT_LAYOUT.repeatedRows}`,
  };
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddFooter: PRINT_LAYOUT.footer,
  };
}

/**
 * Gives row `rowNumber` the height its wrapped cells need: Excel and WPS keep the default
 * one-line height of a row written without one, which cuts a long 正文 to its first line.
 */
export function fitWrappedRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  columns: readonly (ColumnLayout | undefined)[],
  row: readonly TemplateCell[],
): void {
  const cells = columns.flatMap((column, i) => {
    const value = row[i];
    return column?.wrap && typeof value === 'string'
      ? [{text: value, width: column.width}]
      : [];
  });
  const height = wrappedRowHeight(cells);
  if (height !== undefined) sheet.getRow(rowNumber).height = height;
}
