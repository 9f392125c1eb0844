// The check run as a clerk types (onEdit): only the edited cells of one tab, only the rules that
// can be judged from those rows alone (no other tab is read, to keep the trigger fast).

import {buildReport} from './build-report';
import {CELL_LOCAL_CODES, type Finding} from './findings/finding';
import type {CellArea} from './cells/cell-ref';
import type {TabGrid} from './workbook/grid';

/**
 * Findings inside `area` of `tab`, whose grid holds the tab's header rows and the edited rows at
 * their real positions (other rows may be empty).
 */
export function checkEditedCells(tab: TabGrid, area: CellArea): Finding[] {
  const inside = (f: Finding) =>
    f.cell.tab === tab.name &&
    f.cell.row >= area.row &&
    f.cell.row < area.row + area.numRows &&
    f.cell.column >= area.column &&
    f.cell.column < area.column + area.numColumns;
  return buildReport({tabs: [tab]}).findings.filter(
    f => CELL_LOCAL_CODES.has(f.code) && inside(f),
  );
}
