// 填报进度: reads the input tabs once and shows who still owes what in a sidebar.

import {type ProgressReport, progressReport} from '../../core';
import type {Services} from '../services/ports';
import {readSheetGrids} from '../sheets/read-sheet-grids';
import {PROGRESS_TEXT, progressHtml} from '../ui/progress-page';

export function showProgress(services: Services): ProgressReport {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const report = progressReport(readSheetGrids(spreadsheet).workbook);
  const output = services.HtmlService.createHtmlOutput(
    progressHtml(report),
  ).setTitle(PROGRESS_TEXT.title);
  services.SpreadsheetApp.getUi().showSidebar(output);
  return report;
}
