// Reads the tabs the core needs, one getValues() each (plus number formats for 数据, where a
// percent format tells a rate); other tabs are never read.

import {
  type CellValue,
  type Grid,
  isReportInput,
  isScriptTab,
  percentFormattedCell,
  readSettings,
  type ReportSettings,
  rowsWithText,
  schemaTabName,
  sectionPart,
  TAB,
  type TabGrid,
  type WorkbookGrids,
} from '../../core';
import type {Services, SheetPort, SpreadsheetPort} from '../services/ports';
import {findTabs, readTabGrid} from './tab-lookup';

export interface SheetGrids {
  /** The tabs the core reads, in workbook order. */
  readonly workbook: WorkbookGrids;
  /** The 生成记录 tab, when present, and its sheet (to append to without a second lookup). */
  readonly log?: TabGrid;
  readonly logSheet?: SheetPort;
  /** The sheet of every read tab, by tab name, to mark findings on. */
  readonly sheets: ReadonlyMap<string, SheetPort>;
  /** Every tab's name, read or not, in workbook order. */
  readonly names: readonly string[];
}

export function readSheetGrids(spreadsheet: SpreadsheetPort): SheetGrids {
  const tabs: TabGrid[] = [];
  const sheets = new Map<string, SheetPort>();
  let log: TabGrid | undefined;
  let logSheet: SheetPort | undefined;
  const names: string[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    names.push(name);
    const key = schemaTabName(name);
    if (key === TAB.log) {
      log = {name, grid: readGrid(sheet, false)};
      logSheet = sheet;
    } else if (isReportInput(name)) {
      const grid = readGrid(sheet, key === TAB.data);
      const tab: TabGrid = {name, grid};
      tabs.push(
        sectionPart(name) === undefined
          ? tab
          : {...tab, hiddenRows: hiddenRowsOf(sheet, rowsWithText(tab))},
      );
      sheets.set(name, sheet);
    } else if (!isScriptTab(name)) {
      // Named but not read: the core tells the clerk this tab is not in the report.
      tabs.push({name, grid: []});
    }
  }
  return {workbook: {tabs}, log, logSheet, sheets, names};
}

/** The rows among `rows` that the clerk hid: one call per row, only rows that hold text. */
function hiddenRowsOf(sheet: SheetPort, rows: readonly number[]): number[] {
  return rows.filter(row => sheet.isRowHiddenByUser(row));
}

function readGrid(sheet: SheetPort, withPercentFormats: boolean): Grid {
  const range = sheet.getDataRange();
  const values = range.getValues() as CellValue[][];
  if (!withPercentFormats) return values;
  const formats = range.getNumberFormats();
  return values.map((row, r) =>
    row.map((value, c) =>
      typeof value === 'number' && formats[r][c].includes('%')
        ? percentFormattedCell(value)
        : value,
    ),
  );
}

/** The settings of 基本信息 as the core reads them (one read of the settings tab). */
export function readSheetSettings(services: Services): ReportSettings {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const tab = findTabs(spreadsheet, [TAB.settings]).get(TAB.settings);
  return readSettings(tab ? readTabGrid(tab) : {name: TAB.settings, grid: []})
    .settings;
}
