// Section tabs at carry-over: every row is kept with its text and 负责科室, 状态 becomes 待更新,
// and 上年正文 keeps this year's 正文 beside it for comparison (and for row-not-updated).

import {cellText} from '../workbook/cell-text';
import type {TabGrid} from '../workbook/grid';
import {
  PREVIOUS_TEXT_COLUMN,
  SECTION_COLUMNS,
  STATUS_TO_UPDATE,
} from '../workbook/schema';
import {readTable} from '../workbook/tab-table';
import {columnFor, type MutableGrid, setCell} from './mutable-grid';

/** Marks every row with a 层级, 标题 or 正文 as 待更新; returns how many. */
export function carrySectionRows(tab: TabGrid, grid: MutableGrid): number {
  const table = readTable(tab, SECTION_COLUMNS);
  const statusColumn = columnFor(grid, table, '状态');
  const previousColumn = columnFor(grid, table, PREVIOUS_TEXT_COLUMN);
  const textColumn = table.columnOf('正文');
  const content = ['层级', '标题', '正文'].map(h => table.columnOf(h));
  let count = 0;
  for (let row = table.headerRow + 1; row <= tab.grid.length; row++) {
    const cells = tab.grid[row - 1];
    if (content.every(c => cellText(cells[c - 1]) === '')) continue;
    setCell(grid, row, statusColumn, STATUS_TO_UPDATE);
    const text = cellText(cells[textColumn - 1]);
    setCell(grid, row, previousColumn, text === '' ? null : text);
    count += 1;
  }
  return count;
}
