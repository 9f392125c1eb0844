// Applies the core's plan for one generation's row in 生成记录: reserve the version (进行中)
// before uploading, complete the row afterwards, and on each failure do what planFailure says.

import {planFailure, type RunRow, type SavedFiles} from '../../core';
import {AppError, errorMessage, failureDetail} from '../services/app-error';
import {
  appendLogEntry,
  rewriteLogEntry,
  runEntry,
  type LogEntry,
  type LogRowRef,
  type WorkbookRead,
} from './generation-log';
import type {Services, SheetPort, SpreadsheetPort} from '../services/ports';

/** Writes the 进行中 row; if that fails nothing is uploaded (plan 'stop'). */
export function reserveLogRow(
  spreadsheet: SpreadsheetPort,
  logSheet: SheetPort | undefined,
  reserved: RunRow,
  read?: WorkbookRead,
): LogRowRef {
  try {
    return appendLogEntry(spreadsheet, logSheet, runEntry(reserved), read);
  } catch (e) {
    const detail = errorMessage(e);
    if (planFailure('reserve', reserved, NOTHING_SAVED, detail).kind === 'stop')
      throw new AppError('log-unwritable', {detail});
    throw e;
  }
}

const NOTHING_SAVED: SavedFiles = {docUrl: '', docxUrl: ''};

/** The reserved row becomes 失败 with the links of what was uploaded (plan 'complete-as-failed'). */
export function failUpload(
  services: Services,
  logRow: LogRowRef,
  reserved: RunRow,
  saved: SavedFiles,
  error: unknown,
): void {
  const plan = planFailure('upload', reserved, saved, failureDetail(error));
  if (plan.kind !== 'complete-as-failed') return;
  try {
    rewriteLogEntry(logRow, runEntry(plan.row));
  } catch (e) {
    // The row stays 进行中 and keeps its version; the upload error is what the clerk sees.
    services.console.error(
      `fazhi-report: could not mark ${reserved.version} as failed: ${String(e)}`,
    );
  }
}

/** Completes the reserved row; if that write fails, the clerk is told the version and links. */
export function completeLogRow(
  logRow: LogRowRef,
  reserved: RunRow,
  saved: SavedFiles,
  entry: LogEntry,
): void {
  try {
    rewriteLogEntry(logRow, entry);
  } catch (e) {
    const plan = planFailure('complete', reserved, saved, String(e));
    if (plan.kind !== 'report-links') throw e;
    throw new AppError('log-failed', {
      version: plan.version,
      docUrl: plan.saved.docUrl,
      docxUrl: plan.saved.docxUrl,
      detail: errorMessage(e),
    });
  }
}
