// Test helper: reading and editing carried-over grids by tab name and header, as a clerk would.

import type {
  CellValue,
  TabGrid,
  WorkbookGrids,
} from '../../../src/core/workbook/grid';

export function tabOf(workbook: WorkbookGrids, name: string): TabGrid {
  const tab = workbook.tabs.find(t => t.name === name);
  if (!tab) throw new Error(`no tab ${name}`);
  return tab;
}

/** The 0-based column of `header` in the tab's first row. */
export function columnOf(tab: TabGrid, header: string): number {
  const i = tab.grid[0].indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${tab.name}`);
  return i;
}

/** The value under `header` in every row below the header. */
export function columnValues(tab: TabGrid, header: string): CellValue[] {
  const c = columnOf(tab, header);
  return tab.grid.slice(1).map(row => row[c]);
}

/** A copy of `workbook` with `edit` applied to a copy of tab `name`'s grid rows. */
export function editTab(
  workbook: WorkbookGrids,
  name: string,
  edit: (grid: CellValue[][], column: (header: string) => number) => void,
): WorkbookGrids {
  return {
    tabs: workbook.tabs.map(tab => {
      if (tab.name !== name) return tab;
      const grid = tab.grid.map(row => [...row]);
      edit(grid, header => columnOf(tab, header));
      return {...tab, grid};
    }),
  };
}
