// The simple onEdit trigger: checks only the edited cells against the rules that need no other
// tab, and marks or unmarks them at once. No service that needs authorisation; few calls.

import {
  type CellArea,
  type CellValue,
  checkEditedCells,
  isReportInput,
  parseA1Area,
} from '../../core';
import {markArea} from '../sheets/mark-sheet';
import type {RangePort} from '../services/ports';

/** Rows read above the edit to find the header (the reader looks at the first five). */
const HEADER_ROWS = 5;
/** A paste larger than this is left to 校验全部. */
const MAX_EDITED_CELLS = 2000;

export interface EditEvent {
  readonly range: RangePort;
}

/** Returns the number of cells marked in the edited area, or -1 when it was not checked. */
export function checkEdit(event: EditEvent): number {
  const sheet = event.range.getSheet();
  const name = sheet.getName();
  const checked = isReportInput(name);
  const area = parseA1Area(event.range.getA1Notation());
  if (!checked || !area || area.numRows * area.numColumns > MAX_EDITED_CELLS)
    return -1;
  const width = Math.max(
    sheet.getLastColumn(),
    area.column + area.numColumns - 1,
  );
  const headerRows = Math.min(HEADER_ROWS, area.row - 1);
  const header =
    headerRows > 0 ? sheet.getRange(1, 1, headerRows, width).getValues() : [];
  const rows = sheet.getRange(area.row, 1, area.numRows, width).getValues();
  const grid = editedGrid(header as CellValue[][], rows as CellValue[][], area);
  const findings = checkEditedCells({name, grid}, area);
  return markArea(sheet, event.range, area, findings).marked;
}

/** Header rows, empty rows down to the edit, then the edited rows: cells keep their positions. */
function editedGrid(
  header: CellValue[][],
  rows: CellValue[][],
  area: CellArea,
): CellValue[][] {
  const gap = Math.max(0, area.row - 1 - header.length);
  return [...header, ...Array.from({length: gap}, () => []), ...rows];
}
