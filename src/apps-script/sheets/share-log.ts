// The 共享记录 tab: one row per share (time, user, version, who was shared with, skipped and
// refused, the message, the result). Created with its header on first use; every cell is text
// ("@"), so a time stays a time and an address or a message is never read as a number or formula.

import {TAB} from '../../core';
import type {SpreadsheetPort} from '../services/ports';
import {insertScriptTab} from './sheet-layout';
import {ensureRowCapacity} from './sheet-rows';
import {TEXT_FORMAT, writeRow} from './sheet-text';

export const SHARE_LOG_COLUMNS = [
  '共享时间',
  '操作人',
  '版本',
  '已共享',
  '已有权限',
  '未共享',
  '附言',
  '结果',
] as const;

export interface ShareLogRow {
  readonly time: string;
  readonly user: string;
  readonly version: string;
  /** Addresses joined for reading, e.g. "a@x.cn、b@x.cn". */
  readonly shared: string;
  readonly skipped: string;
  readonly refused: string;
  readonly message: string;
  readonly result: string;
}

/** Appends one row to 共享记录, creating the tab (last, with a frozen header) when missing. */
export function appendShareLog(
  spreadsheet: SpreadsheetPort,
  row: ShareLogRow,
): void {
  let sheet = spreadsheet.getSheetByName(TAB.shareLog);
  if (!sheet)
    sheet = insertScriptTab(spreadsheet, TAB.shareLog, SHARE_LOG_COLUMNS);
  const values = [
    row.time,
    row.user,
    row.version,
    row.shared,
    row.skipped,
    row.refused,
    row.message,
    row.result,
  ];
  const target = sheet.getLastRow() + 1;
  ensureRowCapacity(sheet, target);
  writeRow(
    sheet,
    target,
    values.map(() => TEXT_FORMAT),
    values,
  );
}
