// 初始化工作簿 on an empty, a partly filled and a filled workbook: tabs created, nothing a
// clerk typed changed, a second run changes nothing.

import {setupWorkbook} from '../../src/apps-script/actions/setup-workbook';
import {
  DATA_COLUMNS,
  PART_TABS,
  SECTION_COLUMNS,
  TAB,
} from '../../src/core/workbook/schema';
import {workbookLayout} from '../../src/core/workbook/template-layout';
import {createFakeServices} from '../fakes/fake-environment';
import type {SheetSnapshot} from '../fakes/sheet-snapshot';
import {sampleTabSeeds} from './sample-workbook-seeds';

/** Every non-empty cell of a snapshot, by tab and A1 address. */
function filledCells(snapshot: readonly SheetSnapshot[]): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const sheet of snapshot) {
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== '') cells.set(`${sheet.name}!R${r + 1}C${c + 1}`, value);
      }),
    );
  }
  return cells;
}

describe('setupWorkbook', () => {
  it('creates every tab of the template in order on an empty workbook', () => {
    const env = createFakeServices({tabs: [{name: 'Sheet1'}]});
    const result = setupWorkbook(env.services);
    const expected = workbookLayout().map(l => l.name);
    expect(result.created).toEqual(expected);
    expect(env.spreadsheet.sheetNames().filter(n => n !== 'Sheet1')).toEqual(
      expected,
    );
  });

  it('leaves a report of four parts at four parts: no part tab is added when some exist', () => {
    const env = createFakeServices({
      tabs: [
        {name: '一、举措成效', rows: [[...SECTION_COLUMNS]]},
        {name: '二、第一责任人', rows: [[...SECTION_COLUMNS]]},
        {name: '三、不足', rows: [[...SECTION_COLUMNS]]},
        {name: '四、安排', rows: [[...SECTION_COLUMNS]]},
      ],
    });
    const result = setupWorkbook(env.services);
    expect(result.created).toEqual([
      TAB.guide,
      TAB.settings,
      TAB.data,
      TAB.intro,
      TAB.log,
    ]);
    expect(env.spreadsheet.sheetNames()).not.toContain(PART_TABS[4]);
  });

  it('writes headers, freezes them and puts a 层级 dropdown and a 数值 check on new tabs', () => {
    const env = createFakeServices({tabs: [{name: 'Sheet1'}]});
    setupWorkbook(env.services);
    const data = env.spreadsheet.sheet(TAB.data);
    expect(data.getRange(1, 1, 1, DATA_COLUMNS.length).getValues()[0]).toEqual([
      ...DATA_COLUMNS,
    ]);
    expect(data.frozenRowCount()).toBe(1);
    const number = data.cellAt(2, 2).validation;
    expect(number?.getAllowInvalid()).toBe(true);
    const part = env.spreadsheet.sheet(PART_TABS[0]);
    expect(
      part.getRange(1, 1, 1, SECTION_COLUMNS.length).getValues()[0],
    ).toEqual([...SECTION_COLUMNS]);
    const level = part.cellAt(500, 1).validation;
    expect(level?.getCriteriaValues()[0]).toEqual([
      '章',
      '节',
      '条',
      '款',
      '要点',
      '段内要点',
      '段落',
    ]);
    expect(level?.getAllowInvalid()).toBe(false);
    const guide = env.spreadsheet.sheet(TAB.guide).getDataRange().getValues();
    expect(guide.length).toBeGreaterThan(5);
    const settings = env.spreadsheet
      .sheet(TAB.settings)
      .getDataRange()
      .getValues();
    expect(settings.map(r => r[0])).toContain('单位名称');
  });

  it('changes nothing when run a second time', () => {
    const env = createFakeServices({tabs: [{name: 'Sheet1'}]});
    setupWorkbook(env.services);
    const before = env.spreadsheet.snapshot();
    const second = setupWorkbook(env.services);
    expect(second).toEqual({created: [], filled: 0, conflicts: []});
    expect(env.spreadsheet.snapshot()).toEqual(before);
  });

  it('leaves every cell of a filled workbook exactly as it was', () => {
    const env = createFakeServices({tabs: sampleTabSeeds()});
    const before = filledCells(env.spreadsheet.snapshot());
    setupWorkbook(env.services);
    const after = filledCells(env.spreadsheet.snapshot());
    for (const [cell, value] of before)
      expect([cell, after.get(cell)]).toEqual([cell, value]);
  });

  it('in a partly filled tab fills empty header cells, keeps data and reports a wrong header', () => {
    const env = createFakeServices({
      tabs: [
        {
          name: '数据',
          rows: [
            ['指标', '数字', '', '合计于'],
            ['立案数', 461, '件', ''],
          ],
        },
      ],
    });
    const before = filledCells(env.spreadsheet.snapshot());
    const result = setupWorkbook(env.services);
    const header = env.spreadsheet
      .sheet('数据')
      .getRange(1, 1, 1, 8)
      .getValues()[0];
    expect(header).toEqual([
      '指标',
      '数字',
      '单位',
      '合计于',
      '不超过',
      '目标',
      '来源说明',
      '负责科室',
    ]);
    expect(result.conflicts).toEqual(['数据!B1 为“数字”，模板为“数值”']);
    const after = filledCells(env.spreadsheet.snapshot());
    for (const [cell, value] of before)
      expect([cell, after.get(cell)]).toEqual([cell, value]);
  });

  it('adds missing settings keys below the rows a clerk filled', () => {
    const env = createFakeServices({
      tabs: [
        {
          name: '基本信息',
          rows: [
            ['项目', '内容', '说明'],
            ['单位名称', '古荡街道', ''],
          ],
        },
      ],
    });
    setupWorkbook(env.services);
    const rows = env.spreadsheet.sheet('基本信息').getDataRange().getValues();
    expect(rows[1]).toEqual(['单位名称', '古荡街道', '']);
    expect(rows.map(r => r[0])).toEqual(
      expect.arrayContaining(['报告年度', '成文日期']),
    );
    expect(rows.filter(r => r[0] === '单位名称')).toHaveLength(1);
  });

  it('counts a renamed part tab such as 三、履职情况 as part three', () => {
    const env = createFakeServices({
      tabs: [{name: '三、履职情况', rows: [[...SECTION_COLUMNS]]}],
    });
    const result = setupWorkbook(env.services);
    expect(result.created).not.toContain('三、第一责任人');
  });
});
