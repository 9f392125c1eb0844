// Which rows an adapter must ask "hidden?" about: Sheets answers one row per call, so only the
// rows of a section tab that hold text are asked (a hidden empty row changes nothing).

import {isEmptyCell} from './cell-text';
import type {TabGrid} from './grid';

/** 1-based rows below the header row (row 1) with at least one filled cell. */
export function rowsWithText(tab: TabGrid): number[] {
  const rows: number[] = [];
  tab.grid.forEach((row, i) => {
    if (i > 0 && row.some(v => !isEmptyCell(v))) rows.push(i + 1);
  });
  return rows;
}
