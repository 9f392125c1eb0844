// 数据 at carry-over: each row's 数值 (the value a formula showed, not the formula) moves to
// 上年数值 and 数值 is emptied, ready for next year's figure.

import {cellText, parseFigure} from '../workbook/cell-text';
import type {CellValue, TabGrid} from '../workbook/grid';
import {
  PERCENT_UNIT,
  PREVIOUS_VALUE_COLUMN,
  REQUIRED_DATA_COLUMNS,
} from '../workbook/schema';
import {readTable} from '../workbook/tab-table';
import {columnFor, type MutableGrid, setCell} from './mutable-grid';

/** Carries every figure row of `tab` into `grid`; returns how many rows had a 指标. */
export function carryFigures(tab: TabGrid, grid: MutableGrid): number {
  const table = readTable(tab, REQUIRED_DATA_COLUMNS);
  const valueColumn = table.columnOf('数值');
  const previousColumn = columnFor(grid, table, PREVIOUS_VALUE_COLUMN);
  let count = 0;
  // Every row below the header, merged spills included: each cell is the clerk's.
  for (let row = table.headerRow + 1; row <= tab.grid.length; row++) {
    const cells = tab.grid[row - 1];
    const name = cellText(cells[table.columnOf('指标') - 1]);
    const value = cells[valueColumn - 1];
    if (name === '' && cellText(value) === '') continue;
    const unit = cellText(cells[table.columnOf('单位') - 1]);
    setCell(grid, row, previousColumn, previousValue(value, unit));
    setCell(grid, row, valueColumn, null);
    if (name !== '') count += 1;
  }
  return count;
}

/**
 * What 上年数值 holds: a number as a number (a rate of unit % as its fraction, so the sheet's
 * percent format shows it); "80.8%" typed under another unit, "30余" and the like as typed.
 */
export function previousValue(value: CellValue, unit: string): CellValue {
  const figure = parseFigure(value);
  if (figure.kind === 'empty') return null;
  if (figure.kind !== 'number') return cellText(value);
  if (figure.percent && unit !== PERCENT_UNIT) return cellText(value);
  return figure.value;
}
