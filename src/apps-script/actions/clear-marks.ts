// 清除校验标记: takes every validation mark off every sheet and restores the clerk's own notes
// and colours; cells without a mark are not written.

import {markSheet} from '../sheets/mark-sheet';
import type {Services} from '../services/ports';

/** Returns how many cells lost their mark. */
export function clearValidationMarks(services: Services): number {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  let cleared = 0;
  for (const sheet of spreadsheet.getSheets())
    cleared += markSheet(sheet, []).cleared;
  return cleared;
}
