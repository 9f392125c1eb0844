// The onEdit check and the cellLocal column of the code tables: a code marked cell-local must be
// judged the same from the edited row alone as from the whole workbook, both ways.

import {buildReport} from '../../src/core/build-report';
import {checkEditedCells} from '../../src/core/check-edited-cells';
import {
  CELL_LOCAL_CODES,
  FINDING_CODES,
} from '../../src/core/findings/finding-codes';
import type {Finding} from '../../src/core/findings/finding';
import {formatCellRef} from '../../src/core/workbook/cell-ref';
import type {CellValue, WorkbookGrids} from '../../src/core/workbook/grid';
import {
  DATA_COLUMNS,
  PART_TABS,
  PREVIOUS_TEXT_COLUMN,
  SECTION_COLUMNS,
  TAB,
} from '../../src/core/workbook/schema';
import {sectionTab, settingsTab} from '../helpers/workbook-grids';

/** 数据 rows as 指标 · 数值 · 单位 · 合计于 · 不超过 · 目标. */
const DATA: readonly CellValue[][] = [
  ['持证人数', 2.5, '人', '', '', ''],
  ['', 42, '', '', '', ''],
  ['听证次数', '若干', '次', '', '', ''],
  ['应诉案件数', '#REF!', '件', '', '', ''],
  ['减少案件数', -3, '件', '', '', ''],
  ['节约经费', -5, '元', '', '', ''],
  ['持证率', 1.5, '%', '', '', ''],
  ['办结率', 0.8, '%', '', '', '≥85%'],
  ['复议纠错率', 0.1, '%', '', '', '差不多'],
  ['调解\u200b成功数', 3, '件', '', '', ''],
  // 上年数值 (column I) 100 against 300 this year: a change over half.
  ['立案数', 300, '件', '', '', '', '', '', 100],
];

const PART_ROWS: readonly (readonly [CellValue, CellValue, CellValue])[] = [
  ['小节', '', '层级写错。'],
  ['条', '', ''],
  ['段落', '', '引用写错{{}}。'],
  ['段落', '', '面向街社两级干【】部开展讲座培训。'],
  ['段落', '', '打造“浙里调"品牌。'],
  ['段落', '', '一是加强培训；二是完善制度；二是强化监督。'],
  ['段落', '', '落实政执法三项制度。'],
  ['段落', '', '开展培训,提升能力。'],
  ['段落', '', '完善制度。。'],
  ['段落', '', '依法 行政。'],
  ['要点', '', '一是加强培训。'],
  ['段落', '', '#N/A'],
  ['段落', '', '建立（联席会议制度。'],
  ['段落', '', '建立联席会议）制度。'],
  ['段落', '', '印发《实施办法（试行)》。'],
  ['段落', '', '建立（联席【会议）制度】。'],
];

function defectWorkbook(): WorkbookGrids {
  const header = [...DATA_COLUMNS];
  return {
    tabs: [
      settingsTab([
        ['单位名称', '古荡街道'],
        ['报告年度', '24'],
        ['成文日期', '2025-02-30'],
        ['三级编号样式', '(1)'],
        ['节标题', '同段'],
        ['发文字号', '古街(2025)3号'],
      ]),
      {
        name: TAB.data,
        grid: [header, ...DATA.map(r => [...r, '', ''])],
      },
      sectionTab(PART_TABS[0], PART_ROWS),
      {
        name: PART_TABS[1],
        grid: [
          [...SECTION_COLUMNS, PREVIOUS_TEXT_COLUMN],
          [
            '段落',
            '',
            '沿用上年的文字。',
            '党政办',
            '待更新',
            '',
            '沿用上年的文字。',
          ],
        ],
      },
    ],
  };
}

const key = (f: Finding) =>
  `${formatCellRef(f.cell)} ${f.code} ${JSON.stringify(f.params)}`;

/** Checks row `row` of `tab` alone: header row, empty rows, the row, as onEdit sees it. */
function checkRowAlone(wb: WorkbookGrids, tab: string, row: number) {
  const grid = wb.tabs.find(t => t.name === tab)!.grid;
  const alone: (readonly CellValue[])[] = [
    grid[0],
    ...Array.from({length: row - 2}, () => []),
    grid[row - 1],
  ];
  const width = Math.max(...grid.map(r => r.length));
  return checkEditedCells(
    {name: tab, grid: alone},
    {row, column: 1, numRows: 1, numColumns: width},
  );
}

describe('CELL_LOCAL_CODES', () => {
  it('is exactly the codes whose table row says cellLocal', () => {
    const marked = Object.entries(FINDING_CODES)
      .filter(([, row]) => row.cellLocal)
      .map(([code]) => code);
    expect([...CELL_LOCAL_CODES].sort()).toEqual(marked.sort());
  });

  it('leaves out codes that need another tab or other rows', () => {
    for (const code of [
      'placeholder-unknown',
      'sum-mismatch',
      'figure-unused',
      'part-empty',
      'year-after-report-year',
    ] as const) {
      expect(CELL_LOCAL_CODES.has(code)).toBe(false);
    }
  });
});

describe('checkEditedCells', () => {
  const wb = defectWorkbook();
  const whole = buildReport(wb).findings.filter(f =>
    CELL_LOCAL_CODES.has(f.code),
  );

  it('has a defect workbook that shows every cell-local code', () => {
    const shown = new Set(whole.map(f => f.code));
    expect([...CELL_LOCAL_CODES].filter(c => !shown.has(c))).toEqual([]);
  });

  it('finds each cell-local finding of the whole workbook from its row alone', () => {
    for (const f of whole) {
      const alone = checkRowAlone(wb, f.cell.tab, f.cell.row).map(key);
      expect(alone).toContain(key(f));
    }
  });

  it('finds nothing from a row alone that the whole workbook does not find', () => {
    const all = new Set(whole.map(key));
    for (const tab of wb.tabs) {
      for (let row = 2; row <= tab.grid.length; row++) {
        for (const f of checkRowAlone(wb, tab.name, row)) {
          expect(all).toContain(key(f));
        }
      }
    }
  });

  it('reports only findings inside the edited area', () => {
    const [first] = whole.filter(f => f.cell.tab === PART_TABS[0]);
    const found = checkEditedCells(
      wb.tabs.find(t => t.name === PART_TABS[0])!,
      {row: first.cell.row, column: 1, numRows: 1, numColumns: 6},
    );
    expect(found.every(f => f.cell.row === first.cell.row)).toBe(true);
    expect(found.length).toBeGreaterThan(0);
  });
});
