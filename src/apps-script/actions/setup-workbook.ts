// 初始化工作簿: creates the missing tabs of the template; in existing tabs it only fills empty
// header cells and adds missing settings keys. A filled cell is never written; a header that
// differs from the template is reported, not changed. Running it twice changes nothing.

import {
  blankSettingsRows,
  cellText,
  formatCellRef,
  guideLines,
  normaliseKey,
  schemaTabName,
  shouldCreateTemplateTab,
  type TabLayout,
  workbookLayout,
} from '../../core';
import type {Services, SheetPort} from '../services/ports';
import {layOutNewSheet} from '../sheets/sheet-layout';
import {TEXT} from '../ui/ui-text';

export interface SetupResult {
  readonly created: readonly string[];
  /** Header cells and settings rows written into empty cells of existing tabs. */
  readonly filled: number;
  /** Header cells whose text differs from the template, as sentences. */
  readonly conflicts: readonly string[];
}

export function setupWorkbook(services: Services): SetupResult {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const existing = spreadsheet.getSheets().map(sheet => {
    const name = sheet.getName();
    return {sheet, name, key: schemaTabName(name)};
  });
  const created: string[] = [];
  const conflicts: string[] = [];
  let filled = 0;
  const names = existing.map(e => e.name);
  workbookLayout().forEach((layout, index) => {
    const found = existing.find(e => e.key === layout.name);
    if (!found && !shouldCreateTemplateTab(layout, names)) return;
    if (!found) {
      const sheet = spreadsheet.insertSheet(
        layout.name,
        Math.min(index, existing.length + created.length),
      );
      const rows = initialRows(layout);
      sheet.getRange(1, 1, rows.length, layout.columns.length).setValues(rows);
      layOutNewSheet(sheet, layout, services.SpreadsheetApp);
      created.push(layout.name);
      return;
    }
    const header = completeHeader(found.sheet, layout);
    filled += header.filled;
    conflicts.push(...header.conflicts);
    if (layout.role === 'settings') filled += addMissingSettings(found.sheet);
  });
  return {created, filled, conflicts};
}

/** Header row plus the rows a new tab starts with, padded to the layout's width. */
function initialRows(layout: TabLayout): unknown[][] {
  const width = layout.columns.length;
  const pad = (row: readonly unknown[]) =>
    Array.from({length: width}, (_, i) =>
      row[i] === null || row[i] === undefined ? '' : row[i],
    );
  const header = layout.columns.map(c => c.header);
  if (layout.role === 'guide')
    return [header, ...guideLines().map(line => pad([line]))];
  if (layout.role === 'settings')
    return [header, ...blankSettingsRows().map(pad)];
  return [header];
}

/** Writes template headers into empty header cells; reports filled cells that differ. */
function completeHeader(
  sheet: SheetPort,
  layout: TabLayout,
): {filled: number; conflicts: string[]} {
  const width = layout.columns.length;
  const row = sheet.getRange(1, 1, 1, width).getValues()[0];
  const conflicts: string[] = [];
  let filled = 0;
  layout.columns.forEach((column, i) => {
    const found = cellText(row[i] as string);
    if (found === '') {
      sheet.getRange(1, i + 1, 1, 1).setValues([[column.header]]);
      filled += 1;
    } else if (normaliseKey(found) !== normaliseKey(column.header)) {
      const cell = formatCellRef({tab: sheet.getName(), row: 1, column: i + 1});
      conflicts.push(TEXT.headerConflict(cell, found, column.header));
    }
  });
  return {filled, conflicts};
}

/** Appends a row for each settings key the tab lacks, below its last row. */
function addMissingSettings(sheet: SheetPort): number {
  const lastRow = sheet.getLastRow();
  const keys = new Set(
    sheet
      .getRange(1, 1, Math.max(lastRow, 1), 1)
      .getValues()
      .map(r => normaliseKey(r[0] as string)),
  );
  const missing = blankSettingsRows()
    .filter(r => !keys.has(normaliseKey(r[0])))
    .map(r => r.map(v => (v === null || v === undefined ? '' : v)));
  if (missing.length > 0) {
    sheet
      .getRange(lastRow + 1, 1, missing.length, missing[0].length)
      .setValues(missing);
  }
  return missing.length;
}
