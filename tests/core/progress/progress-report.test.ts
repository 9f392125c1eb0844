import {progressReport} from '../../../src/core/progress/progress-report';
import type {CellValue, WorkbookGrids} from '../../../src/core/workbook/grid';
import {
  DATA_COLUMNS,
  SECTION_COLUMNS,
  TAB,
} from '../../../src/core/workbook/schema';
import {settingsTab, BASIC_SETTINGS} from '../../helpers/workbook-grids';

/** Two parts and three offices in every state; 司法所's figure is empty and used. */
function mixedWorkbook(): WorkbookGrids {
  const figure = (name: string, value: CellValue, office: string) => [
    name,
    value,
    '件',
    '',
    '',
    '',
    '',
    office,
  ];
  return {
    tabs: [
      settingsTab(BASIC_SETTINGS),
      {
        name: TAB.data,
        grid: [
          [...DATA_COLUMNS],
          figure('立案数', 461, '执法队'),
          figure('调解数', '', '司法所'),
          figure('咨询数', 12, ''),
        ],
      },
      {
        name: '一、举措成效',
        grid: [
          [...SECTION_COLUMNS],
          ['章', '主要举措', '', '党政办', '已完成', ''],
          ['段落', '', '立案{{立案数}}件。', '执法队', '已审核', ''],
          ['段落', '', '调解{{调解数}}起。', '司法所', '填写中', ''],
        ],
      },
      {
        name: '二、不足原因',
        grid: [
          [...SECTION_COLUMNS],
          ['章', '不足和原因', '', '党政办', '待审核', ''],
          ['段落', '', '仍有不足。', '执法队', '已完成', ''],
          ['段落', '', '咨询{{咨询数}}次。', '', '', ''],
        ],
      },
    ],
  };
}

describe('progressReport on a workbook with mixed states', () => {
  const report = progressReport(mixedWorkbook());
  const office = (name: string) => report.offices.find(o => o.office === name)!;

  it('lists the offices in the order they first appear, the unnamed last', () => {
    expect(report.offices.map(o => o.office)).toEqual([
      '党政办',
      '执法队',
      '司法所',
      '',
    ]);
  });

  it('counts each office’s rows by 状态, reading 已审核 as 已完成', () => {
    expect(office('党政办').byStatus).toEqual([
      {status: '待审核', rows: 1},
      {status: '已完成', rows: 1},
    ]);
    expect(office('执法队').byStatus).toEqual([{status: '已完成', rows: 2}]);
    expect(office('司法所').byStatus).toEqual([{status: '填写中', rows: 1}]);
    expect(office('').byStatus).toEqual([{status: '', rows: 1}]);
  });

  it('lists the empty figures of an office at their 数值 cells', () => {
    expect(office('司法所').figures).toBe(1);
    expect(office('司法所').emptyFigures).toEqual([
      {name: '调解数', cell: {tab: '数据', row: 3, column: 2}},
    ]);
    expect(office('执法队').emptyFigures).toEqual([]);
  });

  it('gives each office the findings in its own rows and figures', () => {
    expect(
      office('司法所').findings.map(f => [f.code, f.cell.tab, f.cell.row]),
    ).toEqual([
      ['figure-empty', '数据', 3],
      ['row-unfinished', '一、举措成效', 4],
    ]);
    expect(office('党政办').findings.map(f => f.code)).toEqual([
      'row-unfinished',
    ]);
  });

  it('calls an office complete only with every row done, no empty figure and no error', () => {
    expect(report.offices.map(o => [o.office, o.complete])).toEqual([
      ['党政办', false],
      ['执法队', true],
      ['司法所', false],
      ['', false],
    ]);
  });

  it('tells per part how many rows are done', () => {
    expect(report.parts).toEqual([
      {tab: '一、举措成效', rows: 3, done: 2, complete: false},
      {tab: '二、不足原因', rows: 3, done: 1, complete: false},
    ]);
  });

  it('calls the workbook complete only when every office and part is', () => {
    expect(report.complete).toBe(false);
  });

  it('keeps findings no office owns apart', () => {
    const codes = report.otherFindings.map(f => f.code);
    expect(codes).toContain('part-missing');
    expect(codes).not.toContain('figure-empty');
  });
});

describe('progressReport on a finished workbook', () => {
  it('calls it complete when every row is done and every figure filled', () => {
    const done = mixedWorkbook();
    const tabs = done.tabs.map(tab =>
      tab.name === TAB.data
        ? {
            ...tab,
            grid: tab.grid.map(r =>
              r[1] === '' ? [r[0], 7, ...r.slice(2)] : r,
            ),
          }
        : tab.name === TAB.settings
          ? tab
          : {
              ...tab,
              grid: tab.grid.map((r, i) =>
                i === 0 ? r : [...r.slice(0, 4), '已完成', ...r.slice(5)],
              ),
            },
    );
    const report = progressReport({tabs});
    expect(report.parts.every(p => p.complete)).toBe(true);
    expect(report.offices.every(o => o.complete)).toBe(true);
    expect(report.otherFindings.filter(f => f.severity === 'error')).toEqual(
      [],
    );
    expect(report.complete).toBe(true);
  });
});
