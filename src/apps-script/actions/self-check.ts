// 自检: what this Google account and this script can do, on the real platform, written to a
// 自检 tab (项目 · 结果 · 说明) a clerk can send to whoever supports them: the granted scopes,
// the Drive advanced service, whether the address is visible, the triggers, and a round trip
// of a one-page test .docx through Google Docs (converted, exported back as .docx and PDF,
// compared by the core, then deleted).

import {
  compareRoundTrip,
  docxFacts,
  packDocx,
  renderDocxParts,
  selfCheckDocument,
} from '../../core';
import {autoDraftState} from './auto-draft';
import {errorMessage} from '../services/app-error';
import {DOCX_MIME, javaBytes} from '../drive/docx-blob';
import {unzipText, zipFiles} from '../drive/zip-on-demand';
import {PDF_MIME} from './export-pdf';
import {GOOGLE_DOC_MIME} from './generate-report';
import {logStamp} from '../sheets/generation-log';
import type {DrivePort, Services, SpreadsheetPort} from '../services/ports';
import {insertScriptTab} from '../sheets/sheet-layout';
import {probeSheetValues} from '../sheets/sheet-values-probe';
import {TEXT_FORMAT} from '../sheets/sheet-text';
import {
  RESULT,
  SELF_CHECK_COLUMNS,
  SELF_CHECK_TAB,
  SELF_CHECK_TEXT as T,
} from '../ui/ui-text-self-check';

/** The scopes appsscript.json pins. */
export const REQUIRED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/userinfo.email',
];

export interface SelfCheckRow {
  readonly item: string;
  readonly result: string;
  readonly note: string;
}

/** Runs every check, writes the 自检 tab and returns its rows. */
export function runSelfCheck(services: Services, now: Date): SelfCheckRow[] {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const stamp = logStamp(services, spreadsheet, now);
  const email = services.Session.getActiveUser().getEmail();
  const rows: SelfCheckRow[] = [
    {item: T.time, result: stamp.time, note: ''},
    email
      ? {item: T.account, result: email, note: ''}
      : {item: T.account, result: RESULT.note, note: T.accountHidden},
    scopesRow(services),
    services.Drive
      ? {item: T.drive, result: RESULT.ok, note: T.driveOn}
      : {item: T.drive, result: RESULT.failed, note: T.driveOff},
    triggersRow(services),
    sheetValuesRow(spreadsheet),
    ...(services.Drive
      ? roundTrip(services, services.Drive, now)
      : [
          {
            item: T.roundTripSkipped,
            result: RESULT.failed,
            note: T.roundTripSkippedNote,
          },
        ]),
  ];
  writeSelfCheckTab(spreadsheet, rows);
  return rows;
}

function scopesRow(services: Services): SelfCheckRow {
  const info = services.ScriptApp.getAuthorizationInfo(
    services.ScriptApp.AuthMode.FULL,
    REQUIRED_SCOPES,
  );
  const granted = info.getAuthorizedScopes?.();
  if (!granted)
    return {item: T.scopes, result: RESULT.note, note: T.scopesUnknown};
  const missing = REQUIRED_SCOPES.filter(s => !granted.includes(s));
  return missing.length === 0
    ? {
        item: T.scopes,
        result: RESULT.ok,
        note: T.scopesOk(REQUIRED_SCOPES.length),
      }
    : {
        item: T.scopes,
        result: RESULT.failed,
        note: T.scopesMissing(
          missing.map(s => s.replace(/^.*\/auth\//, '')).join('、'),
        ),
      };
}

function triggersRow(services: Services): SelfCheckRow {
  const count = services.ScriptApp.getProjectTriggers().length;
  const state = autoDraftState(
    services.PropertiesService.getDocumentProperties(),
  );
  return {
    item: T.triggers,
    result: String(count),
    note: T.triggerNote(state.on ? state.owner || T.accountHidden : ''),
  };
}

/** Whether one getSheetValues call reads a tab as getDataRange().getValues() does. */
function sheetValuesRow(spreadsheet: SpreadsheetPort): SelfCheckRow {
  const probe = probeSheetValues(spreadsheet);
  const item = T.sheetValues;
  switch (probe.kind) {
    case 'same':
      return {
        item,
        result: RESULT.ok,
        note: T.sheetValuesSame(probe.tab, probe.rows, probe.columns),
      };
    case 'different':
      return {
        item,
        result: RESULT.note,
        note: T.sheetValuesDifferent(probe.tab, probe.detail),
      };
    case 'failed':
      return {
        item,
        result: RESULT.note,
        note: T.sheetValuesFailed(probe.detail),
      };
    case 'no-tab':
      return {item, result: RESULT.note, note: T.sheetValuesNoTab};
  }
}

/** Upload as a Google Doc, export back as .docx and PDF, compare, delete. Never throws. */
function roundTrip(
  services: Services,
  drive: DrivePort,
  now: Date,
): SelfCheckRow[] {
  const sent = packDocx(
    renderDocxParts(selfCheckDocument(), '公文', now),
    zipFiles,
  );
  const name = `法治报告自检（可删除）${now.getTime()}`;
  let docId: string | undefined;
  const rows: SelfCheckRow[] = [];
  const fail = (item: string, e: unknown) =>
    rows.push({
      item,
      result: RESULT.failed,
      note: T.failedNote(errorMessage(e)),
    });
  try {
    const blob = services.Utilities.newBlob(
      javaBytes(sent),
      DOCX_MIME,
      `${name}.docx`,
    );
    docId = drive.Files.create({name, mimeType: GOOGLE_DOC_MIME}, blob, {
      fields: 'id',
    }).id;
    rows.push({item: T.upload, result: RESULT.ok, note: ''});
  } catch (e) {
    fail(T.upload, e);
    return rows;
  }
  const id = docId ?? '';
  try {
    const back = bytesOf(drive.Files.export(id, DOCX_MIME, {alt: 'media'}));
    for (const line of compareRoundTrip(
      docxFacts(sent, unzipText),
      docxFacts(back, unzipText),
    ))
      rows.push({
        item: T.roundTripItem(line.item),
        result: line.kept ? RESULT.ok : RESULT.changed,
        note: T.roundTripNote(line),
      });
  } catch (e) {
    fail(T.roundTripItem('page-size'), e);
  }
  try {
    const pdf = bytesOf(drive.Files.export(id, PDF_MIME, {alt: 'media'}));
    const isPdf =
      String.fromCharCode(...Array.from(pdf.slice(0, 5))) === '%PDF-';
    rows.push(
      isPdf
        ? {
            item: T.pdf,
            result: RESULT.ok,
            note: T.pdfOk(Math.ceil(pdf.length / 1024)),
          }
        : {item: T.pdf, result: RESULT.failed, note: T.failedNote('not a PDF')},
    );
  } catch (e) {
    fail(T.pdf, e);
  }
  try {
    drive.Files.remove(id);
    rows.push({item: T.cleanup, result: RESULT.ok, note: T.cleanupOk});
  } catch (e) {
    fail(T.cleanup, e);
  }
  return rows;
}

/** Export content as bytes: a Java byte[] (what Drive.Files.export returns), or a Blob. */
function bytesOf(exported: unknown): Uint8Array {
  if (Array.isArray(exported))
    return Uint8Array.from(exported as number[], b => b & 0xff);
  const blob = exported as {getBytes?: () => number[]} | null;
  if (blob && typeof blob.getBytes === 'function')
    return Uint8Array.from(blob.getBytes(), b => b & 0xff);
  throw new Error(`Drive.Files.export returned ${typeof exported}`);
}

/** The 自检 tab, created on first use; rows below the new ones are blanked, all as text. */
function writeSelfCheckTab(
  spreadsheet: SpreadsheetPort,
  rows: readonly SelfCheckRow[],
): void {
  let sheet = spreadsheet.getSheetByName(SELF_CHECK_TAB);
  const previous = sheet ? sheet.getLastRow() - 1 : 0;
  if (!sheet)
    sheet = insertScriptTab(spreadsheet, SELF_CHECK_TAB, SELF_CHECK_COLUMNS);
  const values = rows.map(r => [r.item, r.result, r.note]);
  while (values.length < previous) values.push(['', '', '']);
  sheet
    .getRange(2, 1, values.length, SELF_CHECK_COLUMNS.length)
    .setNumberFormat(TEXT_FORMAT)
    .setValues(values);
}

/** The alert after a run: counts by result. */
export function selfCheckSummary(rows: readonly SelfCheckRow[]): string {
  const count = (result: string) =>
    rows.filter(r => r.result === result).length;
  return T.summary(
    count(RESULT.ok),
    count(RESULT.note),
    count(RESULT.changed),
    count(RESULT.failed),
  );
}
