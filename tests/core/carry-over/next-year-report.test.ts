// The sample carried over to 2025, filled in with new figures and rewritten rows, then built:
// the year-on-year formats print last year against this year, and the findings follow.

import {buildReport, documentParagraphs} from '../../../src/core/build-report';
import {carryOver} from '../../../src/core/carry-over/carry-over';
import {sampleWorkbookGrids} from '../../../src/core/sample/sample-workbook';
import type {CellValue, WorkbookGrids} from '../../../src/core/workbook/grid';
import {PART_TABS, TAB} from '../../../src/core/workbook/schema';
import {editTab} from './grid-edit';

/** Next year's sample with this year's figures: last year's, except those in `changed`. */
function filledNextYear(changed: Readonly<Record<string, CellValue>>) {
  const result = carryOver(sampleWorkbookGrids());
  if (result.kind !== 'carried') throw new Error('refused');
  return editTab(result.workbook, TAB.data, (grid, column) => {
    for (const row of grid.slice(1)) {
      const name = String(row[column('指标')]);
      row[column('数值')] = changed[name] ?? row[column('上年数值')];
    }
  });
}

const CLOSED = '以街道名义结案共计{{结案数}}件';
const COMPARED =
  '以街道名义结案共计{{结案数}}件，同比{{结案数|同比}}（上年{{结案数|上年}}件，{{结案数|增减}}），持证率{{持证率|增减}}';

/** Rewrites the row of 一、举措成效 that states 结案数, and marks every row 已完成. */
function rewritten(workbook: WorkbookGrids): WorkbookGrids {
  let next = workbook;
  for (const name of [TAB.intro, ...PART_TABS]) {
    next = editTab(next, name, (grid, column) => {
      for (const row of grid.slice(1)) {
        row[column('状态')] = '已完成';
        const text = String(row[column('正文')] ?? '');
        if (text.includes(CLOSED))
          row[column('正文')] = text.replace(CLOSED, COMPARED);
      }
    });
  }
  return next;
}

describe('the sample carried over to 2025, filled in and built', () => {
  // 结案数 456 → 410; 持证人数 42 of 52 → 47 of 52 (80.77% → 90.38%); 立案数 and its parts as before.
  const workbook = rewritten(
    filledNextYear({结案数: 410, 持证人数: 47, 持证率: 47 / 52}),
  );
  const build = buildReport(workbook);
  const paragraphs = documentParagraphs(build.document);

  it('prints 同比, 上年 and 增减 of 结案数 from 456 last year to 410 this year', () => {
    expect(
      paragraphs.some(p =>
        p.includes(
          '以街道名义结案共计410件，同比下降10.1%（上年456件，减少46件），持证率提高9.62个百分点',
        ),
      ),
    ).toBe(true);
  });

  it('prints 2025 as the year and has no error', () => {
    expect(build.document.title).toContain('2025');
    expect(build.findings.filter(f => f.severity === 'error')).toEqual([]);
  });

  it('warns, at 正文, about rows marked 待更新 whose text is still last year’s, and nothing else about status', () => {
    const stale = editTab(workbook, TAB.intro, (grid, column) => {
      grid[1][column('状态')] = '待更新';
    });
    const codes = buildReport(stale)
      .findings.filter(f => f.cell.tab === TAB.intro)
      .map(f => [f.code, f.cell.column]);
    expect(codes).toEqual([['row-not-updated', 3]]);
  });

  it('gives a hint at 数值 for a figure that went from 201 to 500 since last year', () => {
    const doubled = buildReport(
      rewritten(
        filledNextYear({
          结案数: 410,
          持证人数: 47,
          持证率: 47 / 52,
          律师公益值班次数: 500,
        }),
      ),
    );
    const hints = doubled.findings.filter(
      f => f.code === 'figure-change-large',
    );
    expect(hints.map(f => f.params)).toEqual([
      expect.objectContaining({
        name: '律师公益值班次数',
        value: '500次',
        previous: '201次',
      }),
    ]);
  });
});

describe('years in text carried over from last year', () => {
  /** A 2024 report whose intro says "2024年" and one row naming 2023, carried to 2025. */
  function carriedWith(intro: string, other: string) {
    const result = carryOver({
      tabs: [
        {
          name: TAB.settings,
          grid: [
            ['项目', '内容', '说明'],
            ['单位名称', '古荡街道', ''],
            ['报告年度', 2024, ''],
          ],
        },
        {name: TAB.data, grid: [['指标', '数值', '单位']]},
        {
          name: '一、举措成效',
          grid: [
            ['层级', '标题', '正文', '负责科室', '状态', '备注'],
            ['章', '主要举措', '', '', '已完成', ''],
            ['段落', '', intro, '党政办', '已完成', ''],
            ['段落', '', other, '司法所', '已完成', ''],
          ],
        },
      ],
    });
    if (result.kind !== 'carried') throw new Error('refused');
    return result.workbook;
  }

  it('hints that 2024年 in text copied unchanged into the 2025 report was probably “this year”', () => {
    const workbook = editTab(
      carriedWith('2024年共开展培训12次。', '2024年共调解纠纷30起。'),
      '一、举措成效',
      (grid, column) => {
        grid[3][column('正文')] = '2024年共调解纠纷35起。';
      },
    );
    const years = buildReport(workbook).findings.filter(f =>
      ['year-of-last-report', 'year-typed'].includes(f.code),
    );
    // Row 3 is as carried: its 2024 was the old report year. Row 4 was rewritten.
    expect(years.map(f => [f.code, f.cell.row])).toEqual([
      ['year-of-last-report', 3],
      ['year-typed', 4],
    ]);
  });
});
