// The newest version in 生成记录 and the Drive ids of its Google Doc and .docx, taken from the
// links the log keeps ("…/document/d/<id>/edit", "…/file/d/<id>/view").

import type {TabGrid} from '../../core';
import {AppError} from '../services/app-error';
import {readLogEntries, type LogEntry} from '../sheets/generation-log';

export interface LatestVersion {
  readonly entry: LogEntry;
  readonly docId: string;
  readonly docxId: string;
}

/** The link the log keeps for a file Drive created: its web view, or one built from its id. */
export function fileLink(file: {
  readonly id?: string;
  readonly webViewLink?: string;
}): string {
  return file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view`;
}

/** The file id in a Drive or Docs link; undefined when the link has none. */
export function driveFileId(url: string): string | undefined {
  return /\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1];
}

/**
 * The last version row of the log. Throws 'no-report-yet' when there is none, and
 * 'drive-failed' when its links were edited so that no file id can be read from them.
 */
export function latestVersion(log: TabGrid | undefined): LatestVersion {
  const entries = readLogEntries(log);
  const entry = entries[entries.length - 1];
  if (!entry) throw new AppError('no-report-yet', {});
  const docId = driveFileId(entry.docUrl);
  const docxId = driveFileId(entry.docxUrl);
  if (!docId || !docxId) {
    const link = docId ? entry.docxUrl : entry.docUrl;
    throw new AppError('drive-failed', {
      detail: `no file id in the ${entry.version} link "${link}"`,
    });
  }
  return {entry, docId, docxId};
}
