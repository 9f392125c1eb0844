// 生成报告: under the document lock, read every tab once, validate and render in the core,
// upload the 在线 .docx converted to a Google Doc and the 公文 .docx beside it, log the run.

import {
  buildReport,
  completedRow,
  countBySeverity,
  fingerprintWorkbook,
  type FontProfileName,
  hasErrors,
  nextVersion,
  outputFolderName,
  reportNameStem,
  skipUnchanged,
  renderDocxParts,
  reservedRow,
} from '../../core';
import {AppError} from '../services/app-error';
import {CLICK_LOCK_WAIT_MS, withWorkbookLock} from '../services/workbook-lock';
import {DOCX_MIME, docxBlob} from '../drive/docx-blob';
import {
  finishedEntries,
  logStamp,
  readLogRows,
  runEntry,
  type LogEntry,
} from '../sheets/generation-log';
import {
  completeLogRow,
  failUpload,
  reserveLogRow,
} from '../sheets/generation-run-log';
import {confirmDraft, showLinks} from '../ui/report-dialogs';
import {unfinishedLines} from '../ui/unfinished-line';
import {fileLink} from '../drive/latest-version';
import {callDrive, clerkOutputFolder} from '../drive/output-folder';
import type {DrivePort, Services} from '../services/ports';
import {readSheetGrids} from '../sheets/read-sheet-grids';
import {APP_TITLE, TEXT} from '../ui/ui-text';
import {markFindings, showFindings} from './validate-workbook';

export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';

export type GenerateOutcome =
  | {readonly kind: 'generated'; readonly entry: LogEntry}
  | {readonly kind: 'cancelled'}
  | {readonly kind: 'unchanged'};

/**
 * 'interactive': a clerk clicked 生成报告 (toasts, a draft question, a closing dialog).
 * 'scheduled': the daily trigger (no UI; builds only when the data changed since the last
 * version; a workbook with errors is built as a draft marked 有错误).
 */
export type GenerationMode = 'interactive' | 'scheduled';

export function generateReport(
  services: Services,
  now: Date,
  mode: GenerationMode = 'interactive',
): GenerateOutcome {
  return withWorkbookLock(services.LockService, CLICK_LOCK_WAIT_MS, () =>
    generateLocked(services, now, mode),
  );
}

function generateLocked(
  services: Services,
  now: Date,
  mode: GenerationMode,
): GenerateOutcome {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const interactive = mode === 'interactive';
  const drive = services.Drive;
  if (!drive) throw new AppError('drive-service-missing', {});
  // One toast for the whole run: the closing dialog says when it is done.
  if (interactive) spreadsheet.toast(TEXT.generating, APP_TITLE, 30);
  const sheets = readSheetGrids(spreadsheet);
  const fingerprint = fingerprintWorkbook(sheets.workbook);
  const rows = readLogRows(sheets.log);
  const last = finishedEntries(rows).pop();
  if (skipUnchanged(!interactive, last?.fingerprint, fingerprint))
    return {kind: 'unchanged'};
  const build = buildReport(sheets.workbook);
  const draft = hasErrors(build.findings);
  if (interactive && draft && !confirmDraft(services, build.findings)) {
    // No draft: show the clerk where the errors are instead.
    markFindings(sheets.sheets, build.findings);
    showFindings(services, build.findings);
    return {kind: 'cancelled'};
  }

  const version = nextVersion(rows);
  // One time-zone read and one formatDate: the file name takes the log's time to the minute.
  const stamp = logStamp(services, spreadsheet, now);
  const name = reportNameStem({
    title: build.document.title,
    profile: '公文',
    draft,
    version,
    time: stamp.time,
  });
  const counts = countBySeverity(build.findings);
  const reserved = reservedRow(
    {
      ...stamp,
      errors: counts.error,
      warnings: counts.warning,
      fingerprint,
    },
    version,
  );
  // The version is taken by a 进行中 row before anything is uploaded; if this write fails,
  // nothing is uploaded (plan 'stop') and the error goes to the clerk.
  const logRow = reserveLogRow(spreadsheet, sheets.logSheet, reserved, sheets);

  const saved: {docUrl: string; docxUrl: string} = {docUrl: '', docxUrl: ''};
  try {
    const folder = clerkOutputFolder(
      services,
      drive,
      outputFolderName(build.settings),
    );
    const blobOf = (profile: FontProfileName) =>
      docxBlob(
        services.Utilities,
        renderDocxParts(build.document, profile, now),
        `${name}.docx`,
      );
    const online = blobOf('在线');
    const first = folder.uploadFirst(parent =>
      drive.Files.create(
        {name, mimeType: GOOGLE_DOC_MIME, parents: [parent]},
        online,
        {fields: 'id,webViewLink,trashed'},
      ),
    );
    saved.docUrl = fileLink(first.file);
    saved.docxUrl = upload(
      drive,
      {name: `${name}.docx`, mimeType: DOCX_MIME, parents: [first.folderId]},
      blobOf('公文'),
    );
  } catch (e) {
    failUpload(services, logRow, reserved, saved, e);
    throw e;
  }
  const entry = runEntry(completedRow(reserved, saved, draft));
  completeLogRow(logRow, reserved, saved, entry);
  if (interactive) {
    showLinks(
      services,
      TEXT.generatedTitle,
      TEXT.generatedBody(version),
      entry,
      [
        ...unfinishedLines(build.findings),
        TEXT.sectionOrder(build.stats.sectionTabs),
        TEXT.twoCopies,
      ],
    );
  }
  return {kind: 'generated', entry};
}

interface DriveResource {
  name: string;
  mimeType: string;
  parents: string[];
}

function upload(
  drive: DrivePort,
  resource: DriveResource,
  blob: ReturnType<typeof docxBlob>,
): string {
  const file = callDrive(() =>
    drive.Files.create(resource, blob, {fields: 'id,webViewLink'}),
  );
  return fileLink(file);
}
