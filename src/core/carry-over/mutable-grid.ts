// A copy of a tab's grid that carry-over edits cell by cell, growing rows as needed.

import {isEmptyCell} from '../workbook/cell-text';
import type {CellValue} from '../workbook/grid';
import type {Table} from '../workbook/tab-table';

export type MutableGrid = CellValue[][];

/** Sets the cell at 1-based `row`, `column`, padding the row with nulls to reach it. */
export function setCell(
  grid: MutableGrid,
  row: number,
  column: number,
  value: CellValue,
): void {
  while (grid.length < row) grid.push([]);
  const cells = grid[row - 1];
  while (cells.length < column) cells.push(null);
  cells[column - 1] = value;
}

/** The 1-based column after the last non-empty cell of `row` (1 for an empty row). */
export function nextFreeColumn(grid: MutableGrid, row: number): number {
  const cells = grid[row - 1] ?? [];
  let last = cells.length;
  while (last > 0 && isEmptyCell(cells[last - 1])) last -= 1;
  return last + 1;
}

/**
 * The column of `header` in the header row, or a new one after the last header (written there),
 * as carry-over adds 上年数值 or 上年正文 to a workbook made before they existed.
 */
export function columnFor(
  grid: MutableGrid,
  table: Table,
  header: string,
): number {
  if (table.has(header)) return table.columnOf(header);
  const column = nextFreeColumn(grid, table.headerRow);
  setCell(grid, table.headerRow, column, header);
  return column;
}
