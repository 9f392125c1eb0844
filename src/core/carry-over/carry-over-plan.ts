// 开始下一年度 in one workbook: which input tabs to keep as the finished year's copies (and
// under what names), and which cells of each input tab carry-over changes. The adapter copies
// and writes; it decides nothing.

import type {Finding} from '../findings/finding';
import {normaliseKey} from '../workbook/cell-text';
import type {CellValue, TabGrid, WorkbookGrids} from '../workbook/grid';
import {DATA_COLUMNS, PREVIOUS_VALUE_COLUMN, TAB} from '../workbook/schema';
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

/** A cell to write; null in a plan is a cell that keeps what it holds (its formula too). */
export interface PlannedCell {
  readonly value: CellValue;
}

/**
 * The cells of one tab to write, as a rectangle from 1-based (`row`, `column`): a planned
 * cell, or null for a cell inside the rectangle that carry-over leaves as it is.
 */
export interface TabWrite {
  readonly tab: string;
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly (PlannedCell | null)[])[];
  /**
   * Cells (1-based, absolute) whose number format should be that of another cell of the tab:
   * a 上年数值 number takes its row's 数值 format (a rate stays shown as a percent).
   */
  readonly formatsFrom: readonly {
    readonly row: number;
    readonly column: number;
    readonly like: {readonly row: number; readonly column: number};
  }[];
}

export type CarryOverPlan =
  | {
      readonly kind: 'planned';
      readonly finishedYear: number;
      readonly year: number;
      readonly copies: readonly ArchiveCopy[];
      readonly writes: readonly TabWrite[];
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
  const writes: TabWrite[] = [];
  for (const tab of inputs) {
    const carried = next.get(tab.name);
    const write = carried && tabWrite(tab, carried);
    if (write) writes.push(write);
  }
  return {
    kind: 'planned',
    finishedYear,
    year: result.year,
    copies,
    writes,
    counts: result.counts,
  };
}

/** The rectangle around every cell `after` changes in `before`; undefined when none. */
export function tabWrite(
  before: TabGrid,
  after: TabGrid,
): TabWrite | undefined {
  const changed: [number, number][] = [];
  const rows = Math.max(before.grid.length, after.grid.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(
      before.grid[r]?.length ?? 0,
      after.grid[r]?.length ?? 0,
    );
    for (let c = 0; c < width; c++) {
      if (!sameCell(before.grid[r]?.[c], after.grid[r]?.[c]))
        changed.push([r, c]);
    }
  }
  if (changed.length === 0) return undefined;
  const top = Math.min(...changed.map(([r]) => r));
  const bottom = Math.max(...changed.map(([r]) => r));
  const left = Math.min(...changed.map(([, c]) => c));
  const right = Math.max(...changed.map(([, c]) => c));
  const isChanged = new Set(changed.map(([r, c]) => `${r},${c}`));
  const cells = [];
  for (let r = top; r <= bottom; r++) {
    const line: (PlannedCell | null)[] = [];
    for (let c = left; c <= right; c++)
      line.push(
        isChanged.has(`${r},${c}`) ? {value: after.grid[r]?.[c] ?? null} : null,
      );
    cells.push(line);
  }
  return {
    tab: before.name,
    row: top + 1,
    column: left + 1,
    cells,
    formatsFrom: previousValueFormats(before, after),
  };
}

/** In 数据, each numeric 上年数值 takes the number format of its row's 数值. */
function previousValueFormats(before: TabGrid, after: TabGrid) {
  if (schemaTabName(after.name) !== TAB.data) return [];
  const headerRow = after.grid.findIndex(row =>
    row.some(cell => normaliseKey(cell) === DATA_COLUMNS[0]),
  );
  if (headerRow < 0) return [];
  const header = after.grid[headerRow].map(cell => normaliseKey(cell));
  const value = header.indexOf('数值');
  const previous = header.indexOf(PREVIOUS_VALUE_COLUMN);
  if (value < 0 || previous < 0) return [];
  const out = [];
  for (let r = headerRow + 1; r < after.grid.length; r++) {
    const cell = after.grid[r][previous];
    if (typeof cell === 'number' && !sameCell(before.grid[r]?.[previous], cell))
      out.push({
        row: r + 1,
        column: previous + 1,
        like: {row: r + 1, column: value + 1},
      });
  }
  return out;
}

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const empty = (v: CellValue | undefined) =>
    v === undefined || v === null || v === '';
  if (empty(a) && empty(b)) return true;
  if (a instanceof Date && b instanceof Date)
    return a.getTime() === b.getTime();
  return a === b;
}
