// The 生成记录 tab: one row per generation (time, user, version, links, counts, fingerprint,
// result). Rows are written as text (number format "@") so Sheets never turns a time into a
// date or a fingerprint into a number; only the two counts are numbers.

import {
  cellText,
  type CellValue,
  finishedRuns,
  LOG_COLUMNS,
  type RunRow,
  type RunState,
  TAB,
  type TabGrid,
} from '../../core';
import type {Services, SheetPort, SpreadsheetPort} from '../services/ports';
import {insertScriptTab} from './sheet-layout';
import {writeWithRowCapacity} from './sheet-rows';
import {type RowRange, TEXT_FORMAT, writeRow} from './sheet-text';
import {findTabs, readTabGrid} from './tab-lookup';
import {LOG_HEADER_NOTES, TEXT} from '../ui/ui-text';

/** A row of 生成记录 as the sheet shows it: the core's run row with its state worded. */
export interface LogEntry extends Omit<RunRow, 'state' | 'detail'> {
  readonly result: string;
}

/** Where a written row stands, to complete it later. */
export interface LogRowRef {
  readonly sheet: SheetPort;
  readonly row: number;
  /** The row's range as written, rewritten in place (one call, no second getRange). */
  readonly range: RowRange;
}

type LogColumn = (typeof LOG_COLUMNS)[number];
const column = (header: LogColumn) => LOG_COLUMNS.indexOf(header);
/** Counts are numbers ("0"); everything else is text ("@"). */
const FORMATS = LOG_COLUMNS.map(header =>
  header === '错误数' || header === '警告数' ? '0' : TEXT_FORMAT,
);

/** Every row of the log with a version or a result, oldest first, 进行中 and 失败 included. */
export function readLogRows(log: TabGrid | undefined): RunRow[] {
  if (!log) return [];
  return log.grid.slice(1).map(row => {
    const text = (header: LogColumn) =>
      cellText(row[column(header)] as CellValue);
    const result = text('结果');
    return {
      time: text('生成时间'),
      user: text('操作人'),
      version: text('版本'),
      docUrl: text('文档链接'),
      docxUrl: text('公文链接'),
      errors: Number(text('错误数')) || 0,
      warnings: Number(text('警告数')) || 0,
      fingerprint: text('数据指纹'),
      state: stateOf(result),
      detail: result,
    };
  });
}

/** Entries of the log that produced a document (not 进行中, not 失败), oldest first. */
export function readLogEntries(log: TabGrid | undefined): LogEntry[] {
  return finishedEntries(readLogRows(log));
}

/** readLogEntries for rows already read with readLogRows. */
export function finishedEntries(rows: readonly RunRow[]): LogEntry[] {
  return finishedRuns(rows).map(row => ({...fields(row), result: row.detail}));
}

/** The words of the 结果 cell for a run. */
export function resultText(state: RunState, detail: string): string {
  switch (state) {
    case 'pending':
      return TEXT.resultPending;
    case 'succeeded':
      return TEXT.resultOk;
    case 'draft':
      return TEXT.resultDraft;
    case 'failed':
      return TEXT.resultFailed(detail);
    case 'other':
      return detail;
  }
}

function stateOf(result: string): RunState {
  if (result === TEXT.resultPending) return 'pending';
  if (result === TEXT.resultOk) return 'succeeded';
  if (result === TEXT.resultDraft) return 'draft';
  if (result.startsWith(TEXT.resultFailed(''))) return 'failed';
  return 'other';
}

/** A run's row as a log entry, its state worded. */
export function runEntry(row: RunRow): LogEntry {
  return {...fields(row), result: resultText(row.state, row.detail)};
}

function fields(row: RunRow): Omit<LogEntry, 'result'> {
  const {time, user, version, docUrl, docxUrl, errors, warnings, fingerprint} =
    row;
  return {time, user, version, docUrl, docxUrl, errors, warnings, fingerprint};
}

/** What a read of every tab under the lock knows of 生成记录: its grid, absent when there is none. */
export interface WorkbookRead {
  readonly log?: TabGrid;
}

/**
 * Appends one row to the 生成记录 sheet (`logSheet` when the caller has it, else looked up),
 * creating it with its header when there is none. `read` is the workbook as the caller just read
 * it under the lock: its log grid's height is the last row, and without a log grid there is no
 * log tab, so neither getLastRow nor a lookup is asked again. Returns where the row went.
 */
export function appendLogEntry(
  spreadsheet: SpreadsheetPort,
  logSheet: SheetPort | undefined,
  entry: LogEntry,
  read?: WorkbookRead,
): LogRowRef {
  let sheet =
    logSheet ??
    (read ? undefined : findTabs(spreadsheet, [TAB.log]).get(TAB.log)?.sheet);
  let lastRow: number | undefined =
    logSheet && read?.log && lastRowOf(read.log);
  if (!sheet) {
    sheet = insertScriptTab(
      spreadsheet,
      TAB.log,
      LOG_COLUMNS,
      LOG_COLUMNS.map(header => LOG_HEADER_NOTES[header] ?? null),
    );
    lastRow = 1;
  }
  const target = sheet;
  const row = (lastRow ?? target.getLastRow()) + 1;
  const range = writeWithRowCapacity(target, row, () =>
    writeRow(target, row, FORMATS, values(entry)),
  );
  return {sheet: target, row, range};
}

/** getLastRow as a read grid shows it: its height, 0 for an empty tab's one blank cell. */
function lastRowOf(read: TabGrid): number {
  const {grid} = read;
  if (grid.length === 1 && grid[0].every(v => v === '' || v === null)) return 0;
  return grid.length;
}

/** Rewrites a row written by appendLogEntry (its formats are already set). */
export function rewriteLogEntry(ref: LogRowRef, entry: LogEntry): void {
  ref.range.setValues([values(entry)]);
}

function values(entry: LogEntry): CellValue[] {
  return [
    entry.time,
    entry.user,
    entry.version,
    entry.docUrl,
    entry.docxUrl,
    entry.errors,
    entry.warnings,
    entry.fingerprint,
    entry.result,
  ];
}

/** The 生成记录 tab alone (one getValues), for flows that need nothing else; undefined if absent. */
export function readLogTab(spreadsheet: SpreadsheetPort): TabGrid | undefined {
  const log = findTabs(spreadsheet, [TAB.log]).get(TAB.log);
  return log && readTabGrid(log);
}

/**
 * When and by whom, as every log row records it: spreadsheet time zone, the user's address.
 * The time is text to the second, kept as text in the tab.
 */
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
