// Room below a sheet's last row: a new tab has 1000 rows, and writing past the last one fails
// ("Those rows are out of bounds."), so long logs and comment lists add rows first.

import type {SheetPort} from '../services/ports';

/** Makes sure `lastRow` exists, adding rows at the bottom when needed. */
export function ensureRowCapacity(sheet: SheetPort, lastRow: number): void {
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
}
