// A worksheet's cells as Sheets' getDataRange().getValues() gives them: rectangular from A1,
// trailing empty rows and columns dropped, empty cells null, a merged range's value in its
// top-left cell only; plus the rows the clerk hid.

import type {CellValue, Grid, UncomputedFormula} from '../workbook/grid';
import type {Area, SheetCells} from './sheet-cells';
import {malformed} from './xlsx-error';

export interface SheetGrid {
  readonly grid: Grid;
  /** 1-based, ascending, within the grid; rows hidden by an active filter left out. */
  readonly hiddenRows: readonly number[];
  /** Formula cells with no cached result. */
  readonly uncomputedFormulas: readonly UncomputedFormula[];
  /** 1-based, ascending, within the grid's width. */
  readonly hiddenColumns: readonly number[];
}

/** Builds the grid in place from `cells` (its row arrays are reused). */
export function toSheetGrid(cells: SheetCells): SheetGrid {
  const rows = cells.rows;
  clearMergedCells(rows, cells.merges);
  let height = rows.length;
  while (height > 0 && lastFilled(rows[height - 1]) === 0) height--;
  let width = 0;
  for (let r = 0; r < height; r++) width = Math.max(width, lastFilled(rows[r]));
  const grid: CellValue[][] = new Array<CellValue[]>(height);
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    row.length = Math.min(row.length, width);
    while (row.length < width) row.push(null);
    grid[r] = row;
  }
  return {
    grid,
    hiddenRows: userHiddenRows(cells, height),
    uncomputedFormulas: cells.uncomputed,
    hiddenColumns: hiddenColumnsWithin(cells.hiddenColumns, width),
  };
}

/** 1-based index of the last non-null cell; 0 for none. */
function lastFilled(row: readonly CellValue[] | undefined): number {
  if (row === undefined) return 0;
  for (let c = row.length; c > 0; c--) if (row[c - 1] !== null) return c;
  return 0;
}

/**
 * Empties every cell of a merged range but the top-left, touching only cells that exist. Merged
 * ranges may not overlap (Excel calls such a file damaged); refusing overlaps keeps this linear.
 */
function clearMergedCells(
  rows: (CellValue[] | undefined)[],
  merges: readonly Area[],
): void {
  let width = 0;
  for (const row of rows) width = Math.max(width, row?.length ?? 0);
  // Non-overlapping ranges, clipped to the stored rectangle, cover it at most once.
  const limit = rows.length * width + merges.length;
  let work = 0;
  for (const m of merges) {
    const bottom = Math.min(m.bottom, rows.length);
    const right = Math.min(m.right, width);
    if (m.left > right) continue;
    for (let r = m.top; r <= bottom; r++) {
      work += right - m.left + 1;
      if (work > limit) malformed('overlapping merged ranges');
      const row = rows[r - 1];
      if (row === undefined) continue;
      const end = Math.min(right, row.length);
      for (let c = r === m.top ? m.left + 1 : m.left; c <= end; c++) {
        row[c - 1] = null;
      }
    }
  }
}

function userHiddenRows(cells: SheetCells, height: number): number[] {
  const filter = cells.filter;
  const byFilter = (row: number) =>
    filter !== undefined && row > filter.top && row <= filter.bottom;
  const rows = cells.hiddenRows.filter(r => r <= height && !byFilter(r));
  return [...new Set(rows)].sort((a, b) => a - b);
}

/** The hidden column ranges as column numbers up to `width` (ranges past the grid cost nothing). */
function hiddenColumnsWithin(
  ranges: readonly (readonly [number, number])[],
  width: number,
): number[] {
  const hidden = new Set<number>();
  for (const [min, max] of ranges) {
    for (let c = min; c <= Math.min(max, width); c++) hidden.add(c);
  }
  return [...hidden].sort((a, b) => a - b);
}
