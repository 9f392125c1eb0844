// 校验全部 / 校验当前工作表: read every tab once, run every rule, mark the cells with findings
// (restoring the clerk's own notes and colours elsewhere) and list the findings in a sidebar.

import {
  buildReport,
  countBySeverity,
  type Finding,
  findingMessage,
  toA1,
} from '../../core';
import {markSheet} from '../sheets/mark-sheet';
import type {Services} from '../services/ports';
import {readSheetGrids} from '../sheets/read-sheet-grids';
import {sidebarHtml, type SidebarFinding} from '../ui/sidebar-page';
import {APP_TITLE, TEXT} from '../ui/ui-text';

export type ValidationScope =
  {readonly kind: 'all'} | {readonly kind: 'active-sheet'};

export interface ValidationResult {
  /** The findings shown: all of them, or those of the active sheet. */
  readonly findings: readonly Finding[];
  readonly markedCells: number;
}

export function validateWorkbook(
  services: Services,
  scope: ValidationScope,
): ValidationResult {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const activeName =
    scope.kind === 'active-sheet'
      ? spreadsheet.getActiveSheet().getName()
      : undefined;
  const sheets = readSheetGrids(spreadsheet);
  const all = buildReport(sheets.workbook).findings;
  const findings =
    activeName === undefined ? all : all.filter(f => f.cell.tab === activeName);
  const markedCells = markFindings(sheets.sheets, all, activeName);
  showFindings(services, findings);
  return {findings, markedCells};
}

/** Marks each read tab (or only `onlyTab`) with its findings. */
export function markFindings(
  sheets: ReturnType<typeof readSheetGrids>['sheets'],
  findings: readonly Finding[],
  onlyTab?: string,
): number {
  let marked = 0;
  for (const [name, sheet] of sheets) {
    if (onlyTab !== undefined && name !== onlyTab) continue;
    marked += markSheet(
      sheet,
      findings.filter(f => f.cell.tab === name),
    ).marked;
  }
  return marked;
}

/** The findings sidebar, plus a toast with the counts. */
export function showFindings(
  services: Services,
  findings: readonly Finding[],
): void {
  const counts = countBySeverity(findings);
  const summary = TEXT.validationSummary(
    counts.error,
    counts.warning,
    counts.info,
  );
  const items: SidebarFinding[] = findings.map(f => ({
    tab: f.cell.tab,
    cell: toA1(f.cell),
    severity: f.severity,
    code: f.code,
    message: findingMessage(f),
  }));
  const output = services.HtmlService.createHtmlOutput(
    sidebarHtml(items, summary),
  ).setTitle(TEXT.sidebarTitle);
  services.SpreadsheetApp.getUi().showSidebar(output);
  services.SpreadsheetApp.getActiveSpreadsheet().toast(summary, APP_TITLE, 5);
}
