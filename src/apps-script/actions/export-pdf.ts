// 导出PDF: the newest version's Google Doc exported to PDF, saved beside it in the output folder
// and logged in 生成记录 as a row without a 版本 (so it never counts as a version).

import {TAB} from '../../core';
import {AppError} from '../services/app-error';
import {appendLogEntry, logStamp} from '../sheets/generation-log';
import {fileLink, latestVersion} from '../drive/latest-version';
import {requireOwnVersion} from '../drive/version-access';
import {callDrive} from '../drive/output-folder';
import type {BlobPort, Services} from '../services/ports';
import {findTabs, readTabGrid} from '../sheets/tab-lookup';
import {APP_TITLE} from '../ui/ui-text';
import {PDF_TEXT} from '../ui/ui-text-review';

export const PDF_MIME = 'application/pdf';

export interface PdfExport {
  readonly version: string;
  readonly pdfUrl: string;
}

/**
 * Exports the Google Doc of the newest version in 生成记录 to "<Doc name>.pdf" in the Doc's
 * folder (the output folder the version was saved in) and logs it: 版本 empty, 文档链接 the Doc,
 * 公文链接 the PDF, 结果 "导出PDF（v3）". Throws 'no-report-yet' without a version and
 * 'drive-failed' when the Doc is gone, trashed or Drive fails (nothing is logged then).
 */
export function exportLatestPdf(
  services: Services,
  now: Date = new Date(),
): PdfExport {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const drive = services.Drive;
  if (!drive) throw new AppError('drive-service-missing', {});
  const log = findTabs(spreadsheet, [TAB.log]).get(TAB.log);
  const latest = latestVersion(log && readTabGrid(log));
  requireOwnVersion(services, latest.entry);
  spreadsheet.toast(PDF_TEXT.exporting, APP_TITLE, 10);

  const doc = callDrive(() =>
    drive.Files.get(latest.docId, {fields: 'id,name,parents,trashed'}),
  );
  if (doc.trashed)
    throw new AppError('drive-failed', {
      detail: `File is in the trash: ${latest.docId}.`,
    });
  const name = `${doc.name ?? latest.entry.version}.pdf`;
  const exported = callDrive(() =>
    drive.Files.export(latest.docId, PDF_MIME, {alt: 'media'}),
  );
  const pdf = pdfBlob(services, exported, name);
  const file = callDrive(() =>
    drive.Files.create({name, mimeType: PDF_MIME, parents: doc.parents}, pdf, {
      fields: 'id,webViewLink',
    }),
  );
  const pdfUrl = fileLink(file);

  appendLogEntry(spreadsheet, log?.sheet, {
    ...logStamp(services, spreadsheet, now),
    version: '',
    docUrl: latest.entry.docUrl,
    docxUrl: pdfUrl,
    errors: latest.entry.errors,
    warnings: latest.entry.warnings,
    fingerprint: '',
    result: PDF_TEXT.logResult(latest.entry.version),
  });
  return {version: latest.entry.version, pdfUrl};
}

/**
 * The exported content as a named PDF blob. Drive.Files.export with {alt: 'media'} returns
 * bytes (a Java byte[]), not a Blob; a Blob is accepted too should Google change that. Any
 * other value is a Drive failure with a clear detail, not a TypeError.
 */
export function pdfBlob(
  services: Pick<Services, 'Utilities'>,
  exported: unknown,
  name: string,
): BlobPort {
  if (Array.isArray(exported) && exported.every(b => typeof b === 'number'))
    return services.Utilities.newBlob(exported, PDF_MIME, name);
  if (isBlob(exported)) return exported.setName(name).setContentType(PDF_MIME);
  const shape = Array.isArray(exported) ? 'array' : typeof exported;
  throw new AppError('drive-failed', {
    detail: `Drive.Files.export returned ${shape}, not the PDF bytes.`,
  });
}

function isBlob(value: unknown): value is BlobPort {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<BlobPort>).getBytes === 'function' &&
    typeof (value as Partial<BlobPort>).setName === 'function'
  );
}
