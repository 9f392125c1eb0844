// 拉取审阅意见: reads the comments and replies on the newest version's Google Doc into the
// 审阅意见 tab, one row per comment, updating rows of earlier pulls in place and never writing
// 处理情况 or the clerk's own columns (so their formulas stay formulas). Script columns are
// written as text ("@"), and a text longer than a cell holds is cut with a marker.

import {
  buildReport,
  type CellValue,
  fingerprintWorkbook,
  type Grid,
  planReviewRows,
  quoteLocator,
  REVIEW_COLUMNS,
  REVIEW_TIME_FORMAT,
  TAB,
} from '../../core';
import {AppError} from '../services/app-error';
import {CLICK_LOCK_WAIT_MS, withWorkbookLock} from '../services/workbook-lock';
import {latestVersion} from '../drive/latest-version';
import {requireOwnVersion} from '../drive/version-access';
import type {Services, SheetPort, SpreadsheetPort} from '../services/ports';
import {readSheetGrids} from '../sheets/read-sheet-grids';
import {ensureRowCapacity} from '../sheets/sheet-rows';
import {listAllComments, toReviewEntries} from '../drive/review-comments';
import {APP_TITLE} from '../ui/ui-text';
import {COMMENTS_TEXT} from '../ui/ui-text-review';
import {HEADER_BACKGROUND} from '../sheets/sheet-layout';

/** Widths in pixels of a new tab's columns, by header; others keep Sheets' default. */
const COLUMN_WIDTHS: Readonly<Partial<Record<string, number>>> = {
  所在部分: 220,
  引用原文: 260,
  意见: 300,
  回复: 260,
  处理情况: 260,
};

export interface PullResult {
  readonly version: string;
  /** Comments written as new rows. */
  readonly added: number;
  /** Rows of earlier pulls whose script columns changed (a reply, resolved, an edit). */
  readonly updated: number;
  readonly unchanged: number;
  /**
   * The workbook's data differ from the version's (by fingerprint): sections were located in
   * the current text, and quotes of changed text are left without a section.
   */
  readonly textChanged: boolean;
}

/**
 * Pulls the newest version's comments into 审阅意见 under the document lock (so two pulls never
 * append the same comment twice). Throws 'no-report-yet' without a version, 'busy' while a
 * generation or pull runs, 'drive-failed' (nothing written) when Drive fails.
 */
export function pullComments(services: Services): PullResult {
  return withWorkbookLock(services.LockService, CLICK_LOCK_WAIT_MS, () =>
    pullLocked(services),
  );
}

function pullLocked(services: Services): PullResult {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const drive = services.Drive;
  if (!drive) throw new AppError('drive-service-missing', {});
  const sheets = readSheetGrids(spreadsheet);
  const {entry, docId} = latestVersion(sheets.log);
  requireOwnVersion(services, entry);
  spreadsheet.toast(COMMENTS_TEXT.pulling(entry.version), APP_TITLE, 5);
  const comments = listAllComments(drive, docId);

  // The Doc is not read back: its text is the report built from the workbook as it was then.
  // Built from the workbook as it is now, it is the same text unless the data changed since.
  const build = buildReport(sheets.workbook);
  const entries = toReviewEntries(comments, quoteLocator(build.document));
  const existing = spreadsheet.getSheetByName(TAB.review);
  const sheet = existing ?? createReviewSheet(spreadsheet);
  const grid: Grid = existing
    ? (existing.getDataRange().getValues() as CellValue[][])
    : [];
  const plan = planReviewRows(grid, entry.version, entries);
  const bottom = Math.max(
    0,
    ...plan.writes.map(b => b.row + b.values.length - 1),
  );
  if (plan.writes.length > 0) ensureRowCapacity(sheet, bottom);
  for (const block of plan.writes) {
    // Formats first: in "@" cells Sheets keeps text as written ("007", "=x", "2025-02-05").
    const range = sheet.getRange(
      block.row,
      block.column,
      block.values.length,
      block.values[0].length,
    );
    range.setNumberFormats(block.values.map(() => [...block.numberFormats]));
    range.setValues(block.values);
  }
  if (!existing) layOutReviewSheet(sheet);
  return {
    version: entry.version,
    added: plan.added,
    updated: plan.updated,
    unchanged: plan.unchanged,
    textChanged: fingerprintWorkbook(sheets.workbook) !== entry.fingerprint,
  };
}

function createReviewSheet(spreadsheet: SpreadsheetPort): SheetPort {
  return spreadsheet.insertSheet(TAB.review, spreadsheet.getSheets().length);
}

/** Header style, frozen header, widths, wrapping and the 时间 format of a new tab. */
function layOutReviewSheet(sheet: SheetPort): void {
  const column = (header: (typeof REVIEW_COLUMNS)[number]) =>
    REVIEW_COLUMNS.indexOf(header) + 1;
  sheet
    .getRange(1, 1, 1, REVIEW_COLUMNS.length)
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  REVIEW_COLUMNS.forEach((header, i) => {
    const width = COLUMN_WIDTHS[header];
    if (width) sheet.setColumnWidth(i + 1, width);
  });
  const bodyRows = sheet.getMaxRows() - 1;
  const firstWrapped = column('所在部分');
  sheet
    .getRange(
      2,
      firstWrapped,
      bodyRows,
      REVIEW_COLUMNS.length - firstWrapped + 1,
    )
    .setWrap(true);
  sheet
    .getRange(2, column('时间'), bodyRows, 1)
    .setNumberFormat(REVIEW_TIME_FORMAT);
}
