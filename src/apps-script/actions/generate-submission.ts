// 生成报送版: under the document lock, read every tab once, check the workbook with the 报送
// findings (版头 settings named by cell), save the 报送 .docx (版头 and 版记) in the clerk's output
// folder and log it in 生成记录 as a row without a 版本. No Google Doc: Docs drops the red 版头.

import {
  buildReport,
  countBySeverity,
  findingsForProfile,
  fingerprintWorkbook,
  hasErrors,
  outputFolderName,
  renderDocxParts,
  namedVersion,
  reportFileName,
  submissionBasis,
  type SubmissionBasis,
} from '../../core';
import {AppError, errorMessage, failureDetail} from '../services/app-error';
import {CLICK_LOCK_WAIT_MS, withWorkbookLock} from '../services/workbook-lock';
import {DOCX_MIME, docxBlob} from '../drive/docx-blob';
import {fileLink} from '../drive/latest-version';
import {clerkOutputFolder} from '../drive/output-folder';
import {
  appendLogEntry,
  logStamp,
  readLogEntries,
  type LogEntry,
} from '../sheets/generation-log';
import type {Services} from '../services/ports';
import {readSheetGrids} from '../sheets/read-sheet-grids';
import {linkHtml, escapeHtml} from '../ui/html';
import {showPageDialog} from '../ui/page-dialog';
import {APP_TITLE, TEXT} from '../ui/ui-text';
import {SUBMISSION_TEXT} from '../ui/ui-text-submission';
import {confirmDraft} from '../ui/report-dialogs';
import {markFindings, showFindings} from './validate-workbook';

export type SubmissionOutcome =
  | {
      readonly kind: 'generated';
      readonly entry: LogEntry;
      readonly basis: SubmissionBasis;
    }
  | {readonly kind: 'cancelled'};

/** A clerk's click on 生成报送版: builds, saves, logs and shows the dialog with the link. */
export function generateSubmission(
  services: Services,
  now: Date,
): SubmissionOutcome {
  return withWorkbookLock(services.LockService, CLICK_LOCK_WAIT_MS, () =>
    generateLocked(services, now),
  );
}

function generateLocked(services: Services, now: Date): SubmissionOutcome {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const drive = services.Drive;
  if (!drive) throw new AppError('drive-service-missing', {});
  spreadsheet.toast(SUBMISSION_TEXT.generating, APP_TITLE, 30);
  const sheets = readSheetGrids(spreadsheet);
  const build = buildReport(sheets.workbook);
  // 报送 adds its own errors: an empty 发文机关标志 or 发文字号, named by cell.
  const findings = findingsForProfile(build, '报送');
  const draft = hasErrors(findings);
  if (draft && !confirmDraft(services, findings)) {
    markFindings(sheets.sheets, findings);
    showFindings(services, findings);
    return {kind: 'cancelled'};
  }

  const fingerprint = fingerprintWorkbook(sheets.workbook);
  const basis = submissionBasis(readLogEntries(sheets.log).pop(), fingerprint);
  const stamp = logStamp(services, spreadsheet, now);
  const name = reportFileName({
    title: build.document.title,
    profile: '报送',
    draft,
    version: namedVersion(basis),
    time: stamp.time,
  });
  const counts = countBySeverity(findings);
  const row = {
    ...stamp,
    version: '',
    docUrl: '',
    errors: counts.error,
    warnings: counts.warning,
    fingerprint,
  };

  let docxUrl: string;
  try {
    const folder = clerkOutputFolder(
      services,
      drive,
      outputFolderName(build.settings),
    );
    const blob = docxBlob(
      services.Utilities,
      renderDocxParts(build.document, '报送', now),
      name,
    );
    const saved = folder.uploadFirst(parent =>
      drive.Files.create({name, mimeType: DOCX_MIME, parents: [parent]}, blob, {
        fields: 'id,webViewLink,trashed',
      }),
    );
    docxUrl = fileLink(saved.file);
  } catch (e) {
    logFailure(services, sheets, {
      ...row,
      docxUrl: '',
      result: TEXT.resultFailed(failureDetail(e)),
    });
    throw e;
  }
  const entry: LogEntry = {
    ...row,
    docxUrl,
    result: SUBMISSION_TEXT.logResult(basis, draft),
  };
  try {
    appendLogEntry(spreadsheet, sheets.logSheet, entry, sheets);
  } catch (e) {
    throw new AppError('submission-log-failed', {
      docxUrl,
      detail: errorMessage(e),
    });
  }
  showSubmissionLink(services, basis, docxUrl);
  return {kind: 'generated', entry, basis};
}

/** A failed upload gets its 失败 row, as 生成报告's does; a failing write is only logged. */
function logFailure(
  services: Services,
  sheets: ReturnType<typeof readSheetGrids>,
  entry: LogEntry,
): void {
  try {
    appendLogEntry(
      services.SpreadsheetApp.getActiveSpreadsheet(),
      sheets.logSheet,
      entry,
      sheets,
    );
  } catch (e) {
    services.console.error(
      `fazhi-report: could not log the failed 报送 upload: ${String(e)}`,
    );
  }
}

function showSubmissionLink(
  services: Services,
  basis: SubmissionBasis,
  docxUrl: string,
): void {
  const body = [
    `<p>${escapeHtml(SUBMISSION_TEXT.body(basis))}</p>`,
    `<p>${linkHtml(docxUrl, SUBMISSION_TEXT.link)}</p>`,
    `<p>${escapeHtml(SUBMISSION_TEXT.noGoogleDoc)}</p>`,
  ].join('');
  showPageDialog(services, SUBMISSION_TEXT.title, body);
}
