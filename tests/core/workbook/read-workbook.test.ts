import {readWorkbook} from '../../../src/core/workbook/read-workbook';
import {sectionPart} from '../../../src/core/workbook/tab-names';
import {PART_TABS} from '../../../src/core/workbook/schema';
import {
  BASIC_SETTINGS,
  dataTab,
  sectionTab,
  settingsTab,
  workbook,
} from '../../helpers/workbook-grids';

const PARAGRAPH = [['段落', '', '正文。']] as const;

describe('readWorkbook', () => {
  it('reports a missing 基本信息 or 数据 tab once, without findings about its cells', () => {
    const grids = workbook({});
    const tabs = grids.tabs.filter(
      t => t.name !== '基本信息' && t.name !== '数据',
    );
    const {findings} = readWorkbook({tabs});
    expect(findings.map(f => [f.code, f.cell.tab])).toEqual([
      ['tab-missing', '基本信息'],
      ['tab-missing', '数据'],
    ]);
  });

  it('reads a complete workbook without findings', () => {
    const {model, findings} = readWorkbook(
      workbook({figures: [['持证人数', 42, '人']]}),
    );
    expect(findings).toEqual([]);
    expect(model.settings.unitName?.value).toBe('古荡街道');
    expect(model.figures.map(f => f.name)).toEqual(['持证人数']);
    expect(model.sections.map(s => [s.name, s.part])).toEqual(
      PART_TABS.map((name, i) => [name, i + 1]),
    );
  });

  it('records every tab name in workbook order', () => {
    const grids = workbook({});
    const tabs = [{name: '填写说明', grid: []}, ...grids.tabs];
    const {model} = readWorkbook({tabs});
    expect(model.tabOrder).toEqual([
      '填写说明',
      '基本信息',
      '数据',
      ...PART_TABS,
    ]);
  });

  it('flags a missing 基本信息 tab as tab-missing at 基本信息!A1', () => {
    const tabs = workbook({}).tabs.filter(t => t.name !== '基本信息');
    const {findings, model} = readWorkbook({tabs});
    expect(findings).toContainEqual({
      code: 'tab-missing',
      severity: 'error',
      cell: {tab: '基本信息', row: 1, column: 1},
      params: {expected: '基本信息'},
    });
    expect(model.settings.unitName).toBeUndefined();
  });

  it('flags a missing 数据 tab as tab-missing at 数据!A1', () => {
    const tabs = workbook({}).tabs.filter(t => t.name !== '数据');
    const {findings, model} = readWorkbook({tabs});
    expect(findings).toContainEqual({
      code: 'tab-missing',
      severity: 'error',
      cell: {tab: '数据', row: 1, column: 1},
      params: {expected: '数据'},
    });
    expect(model.figures).toEqual([]);
  });

  it('flags a missing part tab as tab-missing naming 三、第一责任人', () => {
    const tabs = workbook({}).tabs.filter(t => t.name !== '三、第一责任人');
    const {findings} = readWorkbook({tabs});
    expect(findings).toEqual([
      {
        code: 'tab-missing',
        severity: 'error',
        cell: {tab: '三、第一责任人', row: 1, column: 1},
        params: {expected: '三、第一责任人'},
      },
    ]);
  });

  it('recognises a part tab by its prefix ("三、履职情况" counts as part 3)', () => {
    const tabs = workbook({}).tabs.map(t =>
      t.name === '三、第一责任人' ? sectionTab('三、履职情况', PARAGRAPH) : t,
    );
    const {findings, model} = readWorkbook({tabs});
    expect(findings).toEqual([]);
    expect(model.sections.find(s => s.part === 3)?.name).toBe('三、履职情况');
  });

  it('reads 导语 as part 0', () => {
    const base = workbook({}).tabs;
    const tabs = [
      ...base.slice(0, 2),
      sectionTab('导语', PARAGRAPH),
      ...base.slice(2),
    ];
    const {model} = readWorkbook({tabs});
    expect(model.sections[0]).toMatchObject({name: '导语', part: 0});
  });

  it('orders sections as the tabs stand in the workbook', () => {
    const tabs = [
      settingsTab(BASIC_SETTINGS),
      dataTab([]),
      sectionTab('二、不足原因', PARAGRAPH),
      sectionTab('一、举措成效', PARAGRAPH),
      sectionTab('导语', PARAGRAPH),
      sectionTab('五、其他事项', PARAGRAPH),
      sectionTab('四、下年安排', PARAGRAPH),
      sectionTab('三、第一责任人', PARAGRAPH),
    ];
    const {model} = readWorkbook({tabs});
    expect(model.sections.map(s => s.part)).toEqual([2, 1, 0, 5, 4, 3]);
  });

  it('finds 基本信息 and 数据 by name wherever they stand', () => {
    const tabs = [...workbook({}).tabs].reverse();
    const {findings, model} = readWorkbook({tabs});
    expect(findings).toEqual([]);
    expect(model.settings.year?.value).toBe(2024);
  });

  it('finds a tab whose name was typed with spaces', () => {
    const tabs = workbook({}).tabs.map(t =>
      t.name === '数据' ? {name: ' 数据 ', grid: t.grid} : t,
    );
    const {findings} = readWorkbook({tabs});
    expect(findings).toEqual([]);
  });

  it('ignores tabs that are neither settings, data nor sections', () => {
    const tabs = [
      ...workbook({}).tabs,
      {name: '生成记录', grid: [['生成时间']]},
    ];
    const {findings, model} = readWorkbook({tabs});
    expect(findings).toEqual([]);
    expect(model.sections).toHaveLength(5);
  });

  it('collects the findings of settings, data and sections together', () => {
    const {findings} = readWorkbook(
      workbook({
        settings: [
          ['单位名称', '古荡街道'],
          ['报告年度', '24'],
        ],
        figures: [['', 42, '人']],
        parts: {1: [['小节', '标题', '正文']]},
      }),
    );
    expect(findings.map(f => [f.code, f.cell.tab])).toEqual([
      ['year-invalid', '基本信息'],
      ['figure-name-missing', '数据'],
      ['level-unknown', '二、不足原因'],
    ]);
  });
});

describe('sectionPart', () => {
  it('gives 0 for 导语, 1–5 for the part prefixes and undefined otherwise', () => {
    expect(sectionPart('导语')).toBe(0);
    expect(PART_TABS.map(sectionPart)).toEqual([1, 2, 3, 4, 5]);
    expect(sectionPart('五、其他')).toBe(5);
    expect(sectionPart('数据')).toBeUndefined();
    expect(sectionPart('六、附件')).toBeUndefined();
  });
});
