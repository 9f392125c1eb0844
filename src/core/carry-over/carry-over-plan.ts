// 开始下一年度 in one workbook: which input tabs to keep as the finished year's copies (and
// under what names), and which cells of each input tab carry-over changes. The adapter copies
// and writes; it decides nothing.

import type {Finding} from '../findings/finding';
import type {CellValue, TabGrid, WorkbookGrids} from '../workbook/grid';
import {
  PREVIOUS_VALUE_COLUMN,
  READ_DATA_COLUMNS,
  TAB,
} from '../workbook/schema';
import {readTable} from '../workbook/tab-table';
import {
  archiveTabName,
  isReportInput,
  schemaTabName,
} from '../workbook/tab-names';
import {type CarryOverCounts, carryOver} from './carry-over';

/** One finished-year copy: the input tab and the name of its copy. */
export interface ArchiveCopy {
  readonly tab: string;
  readonly name: string;
}

/**
 * A run of cells one below the other that carry-over changes, from 1-based (`row`, `column`):
 * written with one setValues, so no cell it leaves alone is ever rewritten (formulas and text
 * such as "007" stay exactly as the clerk typed them).
 */
export interface CellRun {
  readonly tab: string;
  readonly row: number;
  readonly column: number;
  /** One value per row, top down; null empties the cell. */
  readonly values: readonly CellValue[];
  /**
   * The column whose number formats (same rows) this run takes: a 上年数值 run takes its rows'
   * 数值 formats, so a rate carried as 0.808 is still shown as 80.8%.
   */
  readonly formatsLike?: number;
}

export type CarryOverPlan =
  | {
      readonly kind: 'planned';
      readonly finishedYear: number;
      readonly year: number;
      readonly copies: readonly ArchiveCopy[];
      readonly runs: readonly CellRun[];
      readonly counts: CarryOverCounts;
    }
  /** 报告年度 missing or unreadable. */
  | {readonly kind: 'refused'; readonly findings: readonly Finding[]}
  /** A copy of the finished year exists already (carried over before?): nothing is done. */
  | {readonly kind: 'copies-exist'; readonly names: readonly string[]};

/**
 * The plan for `workbook` (the input tabs as read). `sheetNames` are every tab of the
 * spreadsheet; a copy name already taken (compared case-insensitively, as Sheets does) stops
 * the plan.
 */
export function planCarryOver(
  workbook: WorkbookGrids,
  sheetNames: readonly string[],
): CarryOverPlan {
  const result = carryOver(workbook);
  if (result.kind === 'refused') return result;
  const finishedYear = result.year - 1;
  const inputs = workbook.tabs.filter(t => isReportInput(t.name));
  const copies = inputs.map(t => ({
    tab: t.name,
    name: archiveTabName(t.name, finishedYear),
  }));
  const taken = new Set(sheetNames.map(n => n.toLowerCase()));
  const clashes = copies
    .filter(c => taken.has(c.name.toLowerCase()))
    .map(c => c.name);
  if (clashes.length > 0) return {kind: 'copies-exist', names: clashes};
  const next = new Map(result.workbook.tabs.map(t => [t.name, t]));
  const runs = inputs.flatMap(tab => {
    const carried = next.get(tab.name);
    return carried ? changedRuns(tab, carried) : [];
  });
  return {
    kind: 'planned',
    finishedYear,
    year: result.year,
    copies,
    runs,
    counts: result.counts,
  };
}

/** The cells `after` changes in `before`, as runs down each column, left to right. */
export function changedRuns(before: TabGrid, after: TabGrid): CellRun[] {
  const rows = Math.max(before.grid.length, after.grid.length);
  // A loop, not Math.max(...rows): spreading some 100,000 rows overflows the call stack.
  let width = 0;
  for (const r of [before.grid, after.grid].flat()) {
    if (r.length > width) width = r.length;
  }
  const formats = previousValueColumns(after);
  const runs: CellRun[] = [];
  for (let c = 0; c < width; c++) {
    let start = -1;
    const close = (end: number) => {
      if (start < 0) return;
      runs.push({
        tab: before.name,
        row: start + 1,
        column: c + 1,
        values: after.grid
          .slice(start, end)
          .map(line => emptyAsNull(line?.[c])),
        ...(formats?.previous === c + 1 && {formatsLike: formats.value}),
      });
      start = -1;
    };
    for (let r = 0; r < rows; r++) {
      const changed = !sameCell(before.grid[r]?.[c], after.grid[r]?.[c]);
      if (changed && start < 0) start = r;
      if (!changed) close(r);
    }
    close(rows);
  }
  return runs;
}

/** In 数据: the 1-based columns of 数值 and 上年数值, when both have headers (as carryFigures finds them). */
function previousValueColumns(tab: TabGrid) {
  if (schemaTabName(tab.name) !== TAB.data) return undefined;
  const table = readTable(tab, READ_DATA_COLUMNS);
  if (!table.has('数值') || !table.has(PREVIOUS_VALUE_COLUMN)) return undefined;
  return {
    value: table.columnOf('数值'),
    previous: table.columnOf(PREVIOUS_VALUE_COLUMN),
  };
}

function emptyAsNull(value: CellValue): CellValue {
  return value === undefined || value === '' ? null : value;
}

function sameCell(a: CellValue, b: CellValue): boolean {
  a = emptyAsNull(a);
  b = emptyAsNull(b);
  if (a instanceof Date && b instanceof Date)
    return a.getTime() === b.getTime();
  return a === b;
}
