// 版本列表: every version in 生成记录, newest first, with the links of its Google Doc and .docx.
// Nothing is ever deleted, so every version stays reachable from here.

import {AppError} from '../services/app-error';
import {readLogEntries, readLogTab} from '../sheets/generation-log';
import {escapeHtml, linkHtml} from '../ui/html';
import {showPageDialog} from '../ui/page-dialog';
import type {Services} from '../services/ports';
import {TEXT} from '../ui/ui-text';

export function showVersionList(services: Services): number {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const entries = readLogEntries(readLogTab(spreadsheet));
  if (entries.length === 0) throw new AppError('no-report-yet', {});
  const rows = [...entries]
    .reverse()
    .map(
      e =>
        `<tr><td>${escapeHtml(e.version)}</td><td>${escapeHtml(e.time)}</td><td>${escapeHtml(e.result)}</td>` +
        `<td>${linkHtml(e.docUrl, TEXT.versionDocLink)}</td><td>${linkHtml(e.docxUrl, TEXT.versionDocxLink)}</td></tr>`,
    );
  const table = `<table><tr><th>版本</th><th>生成时间</th><th>结果</th><th colspan="2">文件</th></tr>${rows.join('')}</table>`;
  showPageDialog(services, TEXT.versionListTitle, table, 560, 360);
  return entries.length;
}
