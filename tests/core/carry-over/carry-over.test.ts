import {carryOver} from '../../../src/core/carry-over/carry-over';
import {sampleWorkbookGrids} from '../../../src/core/sample/sample-workbook';
import {cellText} from '../../../src/core/workbook/cell-text';
import type {WorkbookGrids} from '../../../src/core/workbook/grid';
import {
  LOG_COLUMNS,
  PART_TABS,
  REVIEW_COLUMNS,
  TAB,
} from '../../../src/core/workbook/schema';
import {columnOf, columnValues, tabOf} from './grid-edit';

function carried(workbook: WorkbookGrids) {
  const result = carryOver(workbook);
  if (result.kind !== 'carried') throw new Error('carry-over refused');
  return result;
}

const SECTION_TABS = [TAB.intro, ...PART_TABS];

describe('carryOver of the sample', () => {
  const sample = sampleWorkbookGrids();
  const next = carried(sample);

  it('moves every 数值 to 上年数值 (the formula 持证率 as the value it showed) and empties 数值', () => {
    const before = tabOf(sample, TAB.data);
    const after = tabOf(next.workbook, TAB.data);
    const values = columnValues(before, '数值');
    expect(values.filter(v => cellText(v) === '')).toEqual([]);
    expect(columnValues(after, '上年数值')).toEqual(values);
    expect(columnValues(after, '数值').every(v => v === null)).toBe(true);
    const rate = after.grid.find(r => r[0] === '持证率')!;
    expect(rate[columnOf(after, '上年数值')]).toBeCloseTo(42 / 52, 12);
  });

  it('counts the figures and rows it carried', () => {
    expect(next.counts.figures).toBe(tabOf(sample, TAB.data).grid.length - 1);
    const rows = SECTION_TABS.map(n => tabOf(sample, n).grid.length - 1);
    expect(next.counts.rows).toBe(rows.reduce((a, b) => a + b, 0));
  });

  it('makes 报告年度 2025 and clears 成文日期, keeping every other setting', () => {
    const settings = tabOf(next.workbook, TAB.settings);
    const byKey = new Map(settings.grid.map(r => [r[0], r[1]]));
    expect(byKey.get('报告年度')).toBe(2025);
    expect(byKey.get('成文日期')).toBeNull();
    expect(next.year).toBe(2025);
    const before = tabOf(sample, TAB.settings).grid;
    before.forEach((row, i) => {
      if (row[0] === '报告年度' || row[0] === '成文日期') return;
      expect(settings.grid[i]).toEqual(row);
    });
  });

  it('keeps every section row word for word with its 层级 and 负责科室, 状态 待更新 and 上年正文 its 正文', () => {
    for (const name of SECTION_TABS) {
      const before = tabOf(sample, name);
      const after = tabOf(next.workbook, name);
      for (const header of ['层级', '标题', '正文', '负责科室', '备注']) {
        expect(columnValues(after, header)).toEqual(
          columnValues(before, header),
        );
      }
      expect(new Set(columnValues(after, '状态'))).toEqual(new Set(['待更新']));
      expect(columnValues(after, '上年正文')).toEqual(
        columnValues(before, '正文').map(t => (cellText(t) === '' ? null : t)),
      );
    }
  });

  it('leaves 生成记录, 共享记录, 审阅意见 and 自检 behind and keeps a tab it does not know', () => {
    const withRecords: WorkbookGrids = {
      tabs: [
        ...sample.tabs,
        {name: TAB.log, grid: [[...LOG_COLUMNS], ['2025-02-05 10:00:00']]},
        {name: TAB.review, grid: [[...REVIEW_COLUMNS]]},
        {name: TAB.shareLog, grid: [['时间'], ['2025-02-06']]},
        {name: TAB.selfCheck, grid: [['项目', '结果', '说明']]},
        {name: '草稿', grid: [['随手记'], ['明年再写']]},
      ],
    };
    const result = carried(withRecords);
    expect(result.counts.tabsLeftOut).toEqual([
      TAB.log,
      TAB.review,
      TAB.shareLog,
      TAB.selfCheck,
    ]);
    const names = result.workbook.tabs.map(t => t.name);
    expect(names).toEqual([...sample.tabs.map(t => t.name), '草稿']);
    expect(tabOf(result.workbook, '草稿').grid).toEqual([
      ['随手记'],
      ['明年再写'],
    ]);
  });

  it('does not change the workbook it was given', () => {
    const copy = JSON.stringify(sampleWorkbookGrids());
    carried(sample);
    expect(JSON.stringify(sample)).toBe(copy);
  });
});

describe('carryOver of other workbooks', () => {
  const settings = [
    ['项目', '内容', '说明'],
    ['单位名称', '青溪镇', ''],
    ['报告年度', 2024, ''],
  ];

  it('adds 上年数值, 状态 and 上年正文 headers to a workbook made before them, keeping hidden rows', () => {
    const result = carried({
      tabs: [
        {name: TAB.settings, grid: settings},
        {
          name: TAB.data,
          grid: [
            [
              '指标',
              '数值',
              '单位',
              '合计于',
              '不超过',
              '目标',
              '来源说明',
              '负责科室',
            ],
            ['持证率', '80.8%', '%', '', '', '', '', '党政办'],
            ['调解数', '30余', '起', '', '', '', '', '司法所'],
            ['覆盖率', '75%', '', '', '', '', '', '司法所'],
          ],
        },
        {
          name: '一、举措成效',
          grid: [
            ['层级', '标题', '正文', '负责科室'],
            ['章', '主要举措', '', '党政办'],
            ['段落', '', '隐藏的一段。', '司法所'],
          ],
          hiddenRows: [3],
        },
      ],
    });
    const data = tabOf(result.workbook, TAB.data);
    expect(columnValues(data, '上年数值')).toEqual([0.808, '30余', '75%']);
    const part = tabOf(result.workbook, '一、举措成效');
    expect(part.grid[0]).toEqual([
      '层级',
      '标题',
      '正文',
      '负责科室',
      '状态',
      '上年正文',
    ]);
    expect(columnValues(part, '状态')).toEqual(['待更新', '待更新']);
    expect(columnValues(part, '上年正文')).toEqual([null, '隐藏的一段。']);
    expect(part.hiddenRows).toEqual([3]);
  });

  it('refuses a workbook whose 报告年度 cannot be read, naming the cell', () => {
    const result = carryOver({
      tabs: [
        {
          name: TAB.settings,
          grid: [settings[0], settings[1], ['报告年度', '明年', '']],
        },
      ],
    });
    expect(result.kind).toBe('refused');
    if (result.kind !== 'refused') return;
    expect(result.findings.map(f => [f.code, f.cell.tab, f.cell.row])).toEqual([
      ['year-invalid', TAB.settings, 3],
    ]);
  });
});
