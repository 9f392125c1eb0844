// Puts the marks of a set of findings on one sheet (or one area of it), replacing its old marks
// and restoring the clerk's own notes and colours; writes only the block of cells that change.

import {type CellArea, type Finding} from '../../core';
import type {RangePort, SheetPort} from '../services/ports';
import {remarkArea} from './validation-marks';

export interface MarkResult {
  /** Cells that carry a mark now. */
  readonly marked: number;
  /** Cells whose old mark was taken off. */
  readonly cleared: number;
}

/** Marks the whole sheet: every cell of its grid is re-marked from `findings` (of this tab). */
export function markSheet(
  sheet: SheetPort,
  findings: readonly Finding[],
): MarkResult {
  const area = {
    row: 1,
    column: 1,
    numRows: sheet.getMaxRows(),
    numColumns: sheet.getMaxColumns(),
  };
  const range = sheet.getRange(
    area.row,
    area.column,
    area.numRows,
    area.numColumns,
  );
  return markArea(sheet, range, area, findings);
}

/** Re-marks only `area`, read through `range` (the same cells). */
export function markArea(
  sheet: SheetPort,
  range: RangePort,
  area: CellArea,
  findings: readonly Finding[],
): MarkResult {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const r = f.cell.row - area.row;
    const c = f.cell.column - area.column;
    if (r < 0 || c < 0 || r >= area.numRows || c >= area.numColumns) continue;
    const key = `${r}:${c}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  const result = remarkArea(
    range.getNotes(),
    range.getBackgrounds(),
    (r, c) => byCell.get(`${r}:${c}`) ?? [],
  );
  const box = result.changed;
  if (!box) return {marked: result.marked, cleared: result.cleared};
  const slice = <T>(grid: T[][]) =>
    grid
      .slice(box.top, box.bottom + 1)
      .map(row => row.slice(box.left, box.right + 1));
  const target = sheet.getRange(
    area.row + box.top,
    area.column + box.left,
    box.bottom - box.top + 1,
    box.right - box.left + 1,
  );
  target.setNotes(slice(result.notes));
  target.setBackgrounds(slice(result.backgrounds));
  return {marked: result.marked, cleared: result.cleared};
}
