// The 生成记录 tab: one row per generation (time, user, version, links, counts, fingerprint,
// result). Versions count the successful rows; text is escaped so nothing becomes a formula.

import {cellText} from '../core/workbook/cell-text';
import type {TabGrid} from '../core/workbook/grid';
import {LOG_COLUMNS, TAB} from '../core/workbook/schema';
import type {Services, SheetPort, SpreadsheetPort} from './ports';
import {insertScriptTab} from './sheet-layout';
import {ensureRowCapacity} from './sheet-rows';
import {escapeForSheet} from './sheet-text';
import {findTabs, readTabGrid} from './tab-lookup';
import {TEXT} from './ui-text';

export interface LogEntry {
  readonly time: string;
  readonly user: string;
  /** "v3"; empty for a failed run. */
  readonly version: string;
  readonly docUrl: string;
  readonly docxUrl: string;
  readonly errors: number;
  readonly warnings: number;
  readonly fingerprint: string;
  readonly result: string;
}

const column = (header: (typeof LOG_COLUMNS)[number]) =>
  LOG_COLUMNS.indexOf(header);

/** Entries of the log tab that produced a document, oldest first. */
export function readLogEntries(log: TabGrid | undefined): LogEntry[] {
  if (!log) return [];
  return log.grid
    .slice(1)
    .map(row => {
      const text = (header: (typeof LOG_COLUMNS)[number]) =>
        cellText(row[column(header)] as string);
      return {
        time: text('生成时间'),
        user: text('操作人'),
        version: text('版本'),
        docUrl: text('文档链接'),
        docxUrl: text('公文链接'),
        errors: Number(text('错误数')) || 0,
        warnings: Number(text('警告数')) || 0,
        fingerprint: text('数据指纹'),
        result: text('结果'),
      };
    })
    .filter(entry => entry.version !== '');
}

export function nextVersion(entries: readonly LogEntry[]): string {
  const numbers = entries.map(e => Number(e.version.replace(/^v/, '')) || 0);
  return `v${Math.max(0, ...numbers) + 1}`;
}

/**
 * Appends one row to the 生成记录 sheet (`logSheet` when the caller has it, else looked up),
 * creating it with its header when there is none.
 */
export function appendLogEntry(
  spreadsheet: SpreadsheetPort,
  logSheet: SheetPort | undefined,
  entry: LogEntry,
): void {
  let sheet = logSheet ?? findTabs(spreadsheet, [TAB.log]).get(TAB.log)?.sheet;
  if (!sheet) sheet = insertScriptTab(spreadsheet, TAB.log, LOG_COLUMNS);
  const row = [
    entry.time,
    entry.user,
    entry.version,
    entry.docUrl,
    entry.docxUrl,
    entry.errors,
    entry.warnings,
    entry.fingerprint,
    entry.result,
  ].map(escapeForSheet);
  const target = sheet.getLastRow() + 1;
  ensureRowCapacity(sheet, target);
  sheet.getRange(target, 1, 1, row.length).setValues([row]);
}

/** The 生成记录 tab alone (one getValues), for flows that need nothing else; undefined if absent. */
export function readLogTab(spreadsheet: SpreadsheetPort): TabGrid | undefined {
  const log = findTabs(spreadsheet, [TAB.log]).get(TAB.log);
  return log && readTabGrid(log);
}

/** When and by whom, as every log row records it: spreadsheet time zone, the user's address. */
export function logStamp(
  services: Services,
  spreadsheet: SpreadsheetPort,
  now: Date,
): {readonly time: string; readonly user: string} {
  return {
    time: services.Utilities.formatDate(
      now,
      spreadsheet.getSpreadsheetTimeZone(),
      'yyyy-MM-dd HH:mm:ss',
    ),
    user: services.Session.getActiveUser().getEmail() || TEXT.unknownUser,
  };
}
