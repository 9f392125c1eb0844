// The check run as a clerk types (onEdit): only the edited cells of one tab, only the rules that
// can be judged from those rows alone (no other tab is read, to keep the trigger fast).

import {buildReport} from '../build-report';
import type {Finding, FindingCode} from '../findings/finding';
import type {CellArea} from '../workbook/cell-ref';
import type {TabGrid} from '../workbook/grid';

/** Codes decided by a cell and its own row; others need the whole workbook. */
export const CELL_LOCAL_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'level-unknown',
  'row-without-text',
  'placeholder-malformed',
  'figure-name-missing',
  'figure-not-whole',
  'figure-not-number',
  'figure-spreadsheet-error',
  'cell-spreadsheet-error',
  'year-invalid',
  'date-invalid',
  'item-style-invalid',
  'count-negative',
  'money-negative',
  'rate-out-of-range',
  'target-missed',
  'target-unparsable',
  'bracket-unclosed',
  'bracket-unopened',
  'bracket-mismatched',
  'bracket-crossed',
  'bracket-empty',
  'quote-straight',
  'punctuation-half-width',
  'punctuation-doubled',
  'space-between-chinese',
  'ordinal-out-of-sequence',
  'ordinal-doubled-by-level',
  'ordinal-typed',
  'term-missing-character',
]);

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
