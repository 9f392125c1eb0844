// Room below a sheet's last row: a new tab has 1000 rows, and writing past the last one fails
// ("Those rows are out of bounds."), so long logs and comment lists add rows first.

import type {SheetPort} from '../services/ports';

/** Makes sure `lastRow` exists, adding rows at the bottom when needed. */
export function ensureRowCapacity(sheet: SheetPort, lastRow: number): void {
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
}

/**
 * Runs `write`, which writes row `row`, without asking getMaxRows first: when the write fails
 * and `row` is past the sheet's last row, the rows are added and `write` runs once more. A range past the end is refused before anything is written, so the retry writes the
 * row once; any other failure is thrown as it came. For appends where the row usually exists.
 */
export function writeWithRowCapacity<T>(
  sheet: SheetPort,
  row: number,
  write: () => T,
): T {
  try {
    return write();
  } catch (e) {
    const maxRows = sheet.getMaxRows();
    if (row <= maxRows) throw e;
    sheet.insertRowsAfter(maxRows, row - maxRows);
    return write();
  }
}
