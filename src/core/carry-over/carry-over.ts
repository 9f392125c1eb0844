// Next year's workbook from this year's (issue 13): 报告年度 + 1, 成文日期 cleared, each 数值
// moved to 上年数值, every section row kept with its 负责科室 and set to 待更新 beside its
// 上年正文, and the script's records (生成记录, 共享记录, 审阅意见) left behind.

import type {Finding} from '../findings/finding';
import {normaliseKey} from '../workbook/cell-text';
import type {CellValue, TabGrid, WorkbookGrids} from '../workbook/grid';
import {readWorkbook} from '../workbook/read-workbook';
import {SCRIPT_TABS, SETTINGS_COLUMNS, TAB} from '../workbook/schema';
import {schemaTabName, sectionPart} from '../workbook/tab-names';
import {readTable} from '../workbook/tab-table';
import {carryFigures} from './carry-figures';
import {carrySectionRows} from './carry-sections';
import {type MutableGrid, setCell} from './mutable-grid';

/** What carry-over did, for the adapters' summary line. */
export interface CarryOverCounts {
  readonly figures: number;
  readonly rows: number;
  /** The script's record tabs not copied into next year's workbook. */
  readonly tabsLeftOut: readonly string[];
}

export type CarryOverResult =
  | {
      readonly kind: 'carried';
      readonly workbook: WorkbookGrids;
      readonly year: number;
      readonly counts: CarryOverCounts;
    }
  /** 报告年度 is missing or unreadable: the findings say where. */
  | {readonly kind: 'refused'; readonly findings: readonly Finding[]};

/** Tabs that stay with the finished year: the script's records of it. */
const LEFT_BEHIND: readonly string[] = SCRIPT_TABS.filter(t => t !== TAB.guide);

/**
 * Next year's workbook from `workbook`. Every cell not named above is kept as it was (hidden
 * rows too); a 数值 written by a formula is carried as the value it showed.
 */
export function carryOver(workbook: WorkbookGrids): CarryOverResult {
  const reading = readWorkbook(workbook);
  const year = reading.model.settings.year;
  if (!year) {
    return {
      kind: 'refused',
      findings: reading.findings.filter(
        f =>
          f.cell.tab === TAB.settings &&
          ['setting-required', 'year-invalid', 'tab-missing'].includes(f.code),
      ),
    };
  }
  let figures = 0;
  let rows = 0;
  const tabs: TabGrid[] = [];
  const tabsLeftOut: string[] = [];
  for (const tab of workbook.tabs) {
    const name = schemaTabName(tab.name);
    if (name !== undefined && LEFT_BEHIND.includes(name)) {
      tabsLeftOut.push(tab.name);
      continue;
    }
    const grid: MutableGrid = tab.grid.map(row => [...row]);
    if (name === TAB.settings) carrySettings(tab, grid, year.value + 1);
    else if (name === TAB.data) figures += carryFigures(tab, grid);
    else if (sectionPart(tab.name) !== undefined)
      rows += carrySectionRows(tab, grid);
    tabs.push({...tab, grid});
  }
  return {
    kind: 'carried',
    workbook: {tabs},
    year: year.value + 1,
    counts: {figures, rows, tabsLeftOut},
  };
}

/** 报告年度 → next year; 成文日期 cleared (next year's report gets its own date). */
function carrySettings(tab: TabGrid, grid: MutableGrid, nextYear: number) {
  const table = readTable(tab, SETTINGS_COLUMNS);
  const keyColumn = table.columnOf('项目');
  const valueColumn = table.columnOf('内容');
  const set = (key: string, value: CellValue) => {
    const row = table.rows.find(
      r => normaliseKey(r.value('项目')) === normaliseKey(key),
    );
    if (row && keyColumn !== valueColumn)
      setCell(grid, row.row, valueColumn, value);
  };
  set('报告年度', nextYear);
  set('成文日期', null);
}
