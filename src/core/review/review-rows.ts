// Merges one pull of reviewer comments into the 审阅意见 tab as read: rows matched by 版本 +
// 意见编号 are rewritten in the script's own columns, new comments appended below. Columns are
// found by header, so 处理情况 and any column the clerk added are never written.

import {cellText, normaliseKey} from '../workbook/cell-text';
import type {CellValue, Grid} from '../workbook/grid';
import {
  REVIEW_CLERK_COLUMN,
  REVIEW_COLUMNS,
  REVIEW_RESOLVED,
  type ReviewColumn,
} from '../workbook/schema';

/** One comment as the tab shows it. */
export interface ReviewEntry {
  readonly commentId: string;
  readonly author: string;
  /** When the comment was made, written as a date-time cell; null when Drive gave none. */
  readonly time: Date | null;
  /** Heading path of the section; '' keeps what an earlier pull located. */
  readonly section: string;
  readonly quote: string;
  readonly comment: string;
  /** Replies, one "作者：内容" line each. */
  readonly replies: string;
  readonly resolved: boolean;
}

/**
 * One rectangular write, 1-based, values unescaped. `numberFormats` (one per column) are set
 * before the values: text columns are "@", so Sheets keeps "007" or "=x" exactly as written.
 */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly values: CellValue[][];
  readonly numberFormats: readonly string[];
}

/** The plain-text number format. */
export const TEXT_NUMBER_FORMAT = '@';
/** How 时间 shows: a date-time cell, to the minute. */
export const REVIEW_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

export interface ReviewPlan {
  /** In order: missing headers, then updated rows, then appended rows. */
  readonly writes: readonly CellBlock[];
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

type ScriptColumn = Exclude<ReviewColumn, typeof REVIEW_CLERK_COLUMN>;
type ScriptValues = Record<ScriptColumn, CellValue>;

const SCRIPT_COLUMNS = REVIEW_COLUMNS.filter(
  (c): c is ScriptColumn => c !== REVIEW_CLERK_COLUMN,
);

/**
 * The writes that bring `grid` (the tab's values from A1, [] for a new tab) up to date with the
 * comments of `version`. Rows of other versions and rows no comment matches are left as they are,
 * except that a row between two updated rows is rewritten with its own script-column values.
 */
export function planReviewRows(
  grid: Grid,
  version: string,
  entries: readonly ReviewEntry[],
): ReviewPlan {
  const layout = headerLayout(grid);
  const writes: CellBlock[] = [];
  if (layout.missing.length > 0)
    writes.push({
      row: 1,
      column: layout.width + 1,
      values: [layout.missing],
      numberFormats: layout.missing.map(() => TEXT_NUMBER_FORMAT),
    });
  const rowOf = existingRows(grid, layout.positions);
  const changed = new Map<number, ScriptValues>();
  const appended: ScriptValues[] = [];
  let unchanged = 0;
  for (const entry of [...entries].sort(byTime)) {
    const index = rowOf.get(rowKey(version, entry.commentId));
    if (index === undefined) {
      appended.push(scriptValues(version, entry, ''));
      continue;
    }
    const old = readScriptValues(grid[index], layout.positions);
    const next = scriptValues(version, entry, cellText(old['所在部分']));
    if (SCRIPT_COLUMNS.every(c => sameCell(old[c], next[c]))) unchanged++;
    else changed.set(index, next);
  }
  if (changed.size > 0) {
    const first = Math.min(...changed.keys());
    const last = Math.max(...changed.keys());
    const rows = grid
      .slice(first, last + 1)
      .map(
        (row, i) =>
          changed.get(first + i) ?? readScriptValues(row, layout.positions),
      );
    writes.push(...blocks(first + 1, rows, layout.positions));
  }
  if (appended.length > 0)
    writes.push(
      ...blocks(Math.max(grid.length, 1) + 1, appended, layout.positions),
    );
  return {writes, added: appended.length, updated: changed.size, unchanged};
}

/** 0-based position of each column by header; missing ones go after the last used column. */
function headerLayout(grid: Grid) {
  const empty = grid.every(row => row.every(v => cellText(v) === ''));
  const width = empty ? 0 : Math.max(0, ...grid.map(row => row.length));
  const positions = new Map<ReviewColumn, number>();
  (empty ? [] : (grid[0] ?? [])).forEach((cell, i) => {
    const key = normaliseKey(cell) as ReviewColumn;
    if (REVIEW_COLUMNS.includes(key) && !positions.has(key))
      positions.set(key, i);
  });
  const missing = REVIEW_COLUMNS.filter(c => !positions.has(c));
  missing.forEach((c, i) => positions.set(c, width + i));
  return {width, positions, missing: missing as CellValue[]};
}

function existingRows(
  grid: Grid,
  positions: ReadonlyMap<ReviewColumn, number>,
): Map<string, number> {
  const rows = new Map<string, number>();
  grid.forEach((row, index) => {
    if (index === 0) return;
    const version = cellText(row[positions.get('版本') ?? -1]);
    const id = cellText(row[positions.get('意见编号') ?? -1]);
    const key = rowKey(version, id);
    if (id !== '' && !rows.has(key)) rows.set(key, index);
  });
  return rows;
}

function rowKey(version: string, commentId: string): string {
  return `${version}\u0000${commentId}`;
}

function scriptValues(
  version: string,
  entry: ReviewEntry,
  earlierSection: string,
): ScriptValues {
  return {
    版本: version,
    意见编号: entry.commentId,
    作者: entry.author,
    时间: entry.time ?? '',
    所在部分: entry.section || earlierSection,
    引用原文: entry.quote,
    意见: entry.comment,
    回复: entry.replies,
    是否已解决: entry.resolved ? REVIEW_RESOLVED.yes : REVIEW_RESOLVED.no,
  };
}

function readScriptValues(
  row: readonly CellValue[],
  positions: ReadonlyMap<ReviewColumn, number>,
): ScriptValues {
  const values = {} as ScriptValues;
  for (const column of SCRIPT_COLUMNS)
    values[column] = row[positions.get(column) ?? -1] ?? '';
  return values;
}

/** As Sheets gives a written value back: text like "12" returns as a number, dates to the ms. */
function sameCell(old: CellValue, next: CellValue): boolean {
  if (next instanceof Date)
    return (
      old instanceof Date && Math.abs(old.getTime() - next.getTime()) < 1000
    );
  if (typeof old === 'boolean')
    return String(old).toUpperCase() === String(next).toUpperCase();
  return String(old ?? '') === String(next ?? '');
}

/** One block per run of adjacent script columns (one unless the clerk moved columns). */
function blocks(
  row: number,
  rows: readonly ScriptValues[],
  positions: ReadonlyMap<ReviewColumn, number>,
): CellBlock[] {
  const ordered = [...SCRIPT_COLUMNS].sort(
    (a, b) => (positions.get(a) ?? 0) - (positions.get(b) ?? 0),
  );
  const runs: ScriptColumn[][] = [];
  for (const column of ordered) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (previous && positions.get(previous)! + 1 === positions.get(column))
      run.push(column);
    else runs.push([column]);
  }
  return runs.map(run => ({
    row,
    column: positions.get(run[0])! + 1,
    values: rows.map(values => run.map(c => values[c])),
    numberFormats: run.map(c =>
      c === '时间' ? REVIEW_TIME_FORMAT : TEXT_NUMBER_FORMAT,
    ),
  }));
}

function byTime(a: ReviewEntry, b: ReviewEntry): number {
  return (a.time?.getTime() ?? 0) - (b.time?.getTime() ?? 0);
}
