// 载入示例数据: writes the sample (古荡街道 2024) into the workbook. When any target cell
// already holds data it asks first; on "no" nothing changes. Missing tabs are created first.

import {
  cellText,
  isFormulaCell,
  normaliseKey,
  sampleTemplateTabs,
  TAB,
  type TemplateCell,
  type TemplateTab,
} from '../../core';
import type {Services, SheetPort, SpreadsheetPort} from '../services/ports';
import {setupWorkbook} from './setup-workbook';
import {findTabs} from '../sheets/tab-lookup';
import {TEXT} from '../ui/ui-text';

export type SampleOutcome = 'loaded' | 'declined';

export function loadSample(services: Services): SampleOutcome {
  const ui = services.SpreadsheetApp.getUi();
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const tabs = sampleTemplateTabs();
  const occupied = tabs
    .filter(tab => holdsData(spreadsheet, tab))
    .map(tab => tab.name);
  if (occupied.length > 0) {
    const answer = ui.alert(
      TEXT.sampleTitle,
      TEXT.sampleOverwriteQuestion(occupied.join('、')),
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) return 'declined';
  }
  setupWorkbook(services);
  for (const tab of tabs) {
    const sheet = findSheet(spreadsheet, tab.name);
    if (!sheet) throw new Error(`tab ${tab.name} missing after setup`);
    if (normaliseKey(tab.name) === TAB.settings) writeSettings(sheet, tab);
    else
      writeBlock(
        sheet,
        tab.rows.map(r => r.map(sheetValue)),
      );
  }
  return 'loaded';
}

function findSheet(
  spreadsheet: SpreadsheetPort,
  name: string,
): SheetPort | null {
  return findTabs(spreadsheet, [name]).get(name)?.sheet ?? null;
}

/** Whether writing the sample would replace anything a clerk typed. */
function holdsData(spreadsheet: SpreadsheetPort, tab: TemplateTab): boolean {
  const sheet = findSheet(spreadsheet, tab.name);
  if (!sheet || tab.rows.length === 0) return false;
  if (normaliseKey(tab.name) === TAB.settings) {
    const current = settingsValues(sheet);
    return tab.rows.some(([key, value]) => {
      const typed = current.get(normaliseKey(key as string));
      return (
        typed !== undefined &&
        typed !== '' &&
        typed !== cellText(value as string)
      );
    });
  }
  const width = tab.rows[0].length;
  const values = sheet.getRange(2, 1, tab.rows.length, width).getValues();
  return values.some(row => row.some(v => cellText(v as string) !== ''));
}

function settingsValues(sheet: SheetPort): Map<string, string> {
  const values = sheet.getDataRange().getValues();
  return new Map(
    values
      .slice(1)
      .map(r => [normaliseKey(r[0] as string), cellText(r[1] as string)]),
  );
}

/** Fills 内容 of each settings key the sample sets, one cell each; other rows stay as they are. */
function writeSettings(sheet: SheetPort, tab: TemplateTab): void {
  const keys = sheet
    .getDataRange()
    .getValues()
    .map(r => normaliseKey(r[0] as string));
  for (const [key, value] of tab.rows) {
    if (value === null || value === undefined || value === '') continue;
    const row = keys.indexOf(normaliseKey(key as string), 1);
    if (row > 0)
      sheet.getRange(row + 1, 2, 1, 1).setValues([[sheetValue(value)]]);
  }
}

function writeBlock(sheet: SheetPort, rows: unknown[][]): void {
  if (rows.length === 0) return;
  sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
}

/** A formula goes in as its A1 text (Sheets evaluates it); empty as "". */
function sheetValue(cell: TemplateCell): unknown {
  if (isFormulaCell(cell)) return cell.sheetsFormula ?? cell.formula;
  return cell === null || cell === undefined ? '' : cell;
}
