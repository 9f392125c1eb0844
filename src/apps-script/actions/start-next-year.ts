// 开始下一年度: keeps the finished year as copies of every input tab ("数据（2024年）"), then
// turns the input tabs into next year's, as the core plans. Nothing changes before the clerk
// says yes, and nothing at all when a copy of that year exists already.

import {
  type ArchiveCopy,
  type CarryOverCounts,
  type CellRun,
  type Finding,
  planCarryOver,
} from '../../core';
import type {Services, SheetPort, SpreadsheetPort} from '../services/ports';
import {withWorkbookLock} from '../services/workbook-lock';
import {readSheetGrids} from '../sheets/read-sheet-grids';
import {escapeForSheet} from '../sheets/sheet-text';
import {NEXT_YEAR_TEXT} from '../ui/ui-text-next-year';

/** Longer than a click's wait: the clerk means to change every input tab, not to retry. */
const LOCK_WAIT_MS = 5000;

export type NextYearOutcome =
  | {readonly kind: 'declined'}
  | {readonly kind: 'refused'; readonly findings: readonly Finding[]}
  | {readonly kind: 'copies-exist'; readonly names: readonly string[]}
  | {
      readonly kind: 'carried';
      readonly year: number;
      readonly copies: readonly string[];
      readonly counts: CarryOverCounts;
    };

export function startNextYear(services: Services): NextYearOutcome {
  return withWorkbookLock(services.LockService, LOCK_WAIT_MS, () =>
    startLocked(services),
  );
}

function startLocked(services: Services): NextYearOutcome {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const read = readSheetGrids(spreadsheet);
  const plan = planCarryOver(read.workbook, read.names);
  if (plan.kind !== 'planned') return plan;
  const ui = services.SpreadsheetApp.getUi();
  const answer = ui.alert(
    NEXT_YEAR_TEXT.title,
    NEXT_YEAR_TEXT.question(
      plan.finishedYear,
      plan.year,
      plan.copies.map(c => c.name),
    ),
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return {kind: 'declined'};
  // The finished year first: if a copy fails, no input tab has been changed yet.
  keepFinishedYear(spreadsheet, read.sheets, plan.copies, read.names.length);
  for (const run of plan.runs) writeRun(sheetOf(read.sheets, run.tab), run);
  return {
    kind: 'carried',
    year: plan.year,
    copies: plan.copies.map(c => c.name),
    counts: plan.counts,
  };
}

/** One insertSheet per tab, each copy placed after every existing tab, in tab order. */
function keepFinishedYear(
  spreadsheet: SpreadsheetPort,
  sheets: ReadonlyMap<string, SheetPort>,
  copies: readonly ArchiveCopy[],
  sheetCount: number,
): void {
  copies.forEach((copy, i) =>
    spreadsheet.insertSheet(copy.name, sheetCount + i, {
      template: sheetOf(sheets, copy.tab),
    }),
  );
}

/** One setValues per run (plus a format read and write for a 上年数值 run). */
function writeRun(sheet: SheetPort, run: CellRun): void {
  const rows = run.values.length;
  const range = sheet.getRange(run.row, run.column, rows, 1);
  if (run.formatsLike !== undefined)
    range.setNumberFormats(
      sheet.getRange(run.row, run.formatsLike, rows, 1).getNumberFormats(),
    );
  range.setValues(
    run.values.map(value => [
      value === null || value === undefined ? '' : escapeForSheet(value),
    ]),
  );
}

function sheetOf(
  sheets: ReadonlyMap<string, SheetPort>,
  tab: string,
): SheetPort {
  const sheet = sheets.get(tab);
  if (!sheet) throw new Error(`tab ${tab} was read but has no sheet`);
  return sheet;
}
