// Writes whole tab grids as .xlsx (next year's workbook from carry-over): every cell as the
// grid holds it, hidden rows hidden, and the template's look on the tabs the contract knows
// (header style, widths, wrap, dropdowns, print options) matched by header name.

import type ExcelJS from 'exceljs';
import {
  cellText,
  type ColumnLayout,
  layoutOfTab,
  normaliseKey,
  PREVIOUS_TEXT_LAYOUT,
  type TabGrid,
} from '../core';
import {applyPrintLayout, fitWrappedRow} from './xlsx-print';
import {decorateColumns, loadExcelJs, writeRow} from './xlsx-write';

/** The .xlsx bytes of `tabs`, in order. */
export async function writeGridsXlsx(
  tabs: readonly TabGrid[],
): Promise<Buffer> {
  const workbook = new (loadExcelJs().Workbook)();
  workbook.creator = 'fazhi-report';
  for (const tab of tabs) addGridSheet(workbook, tab);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addGridSheet(workbook: ExcelJS.Workbook, tab: TabGrid): void {
  const layout = layoutOfTab(tab.name);
  const sheet = workbook.addWorksheet(
    tab.name,
    layout ? {views: [{state: 'frozen', ySplit: layout.frozenRows}]} : {},
  );
  const headers = (tab.grid[0] ?? []).map(cellText);
  const columns = layout
    ? headers.map(header => columnLayout(layout.columns, header))
    : [];
  if (layout) decorateColumns(sheet, columns, tab.grid.length);
  const isData = layout?.role === 'data';
  tab.grid.forEach((row, index) => {
    writeRow(sheet, headers, isData, index + 1, row);
    if (index > 0) fitWrappedRow(sheet, index + 1, columns, row);
  });
  for (const row of tab.hiddenRows ?? []) sheet.getRow(row).hidden = true;
  if (layout) applyPrintLayout(sheet);
}

function columnLayout(
  columns: readonly ColumnLayout[],
  header: string,
): ColumnLayout | undefined {
  const key = normaliseKey(header);
  if (key === PREVIOUS_TEXT_LAYOUT.header) return PREVIOUS_TEXT_LAYOUT;
  return columns.find(c => normaliseKey(c.header) === key);
}
