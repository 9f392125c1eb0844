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

  it('reads a workbook without 三、第一责任人 with no finding of reading', () => {
    const tabs = workbook({}).tabs.filter(t => t.name !== '三、第一责任人');
    const {findings, model} = readWorkbook({tabs});
    expect(findings).toEqual([]);
    expect(model.sections.map(s => s.name)).toEqual([
      '一、举措成效',
      '二、不足原因',
      '四、下年安排',
      '五、其他事项',
    ]);
  });

  it('reads 六、 and later part tabs in workbook order', () => {
    const tabs = [
      ...workbook({}).tabs,
      sectionTab('六、其他', PARAGRAPH),
      sectionTab('七、附记', PARAGRAPH),
    ];
    const {findings, model} = readWorkbook({tabs});
    expect(findings).toEqual([]);
    expect(model.sections.slice(-2).map(s => [s.name, s.part])).toEqual([
      ['六、其他', 6],
      ['七、附记', 7],
    ]);
  });

  it('reads a renamed 导语 (前言) as the opening', () => {
    const tabs = [sectionTab('前言', PARAGRAPH), ...workbook({}).tabs];
    const {findings, model} = readWorkbook({tabs});
    expect(findings).toEqual([]);
    expect(model.sections[0]).toMatchObject({name: '前言', part: 0});
  });

  it('refuses a copied part tab with part-duplicate at its A1 and does not read it', () => {
    const tabs = [
      ...workbook({}).tabs,
      sectionTab('一、举措成效 (2)', PARAGRAPH),
    ];
    const {findings, model} = readWorkbook({tabs});
    expect(findings).toEqual([
      {
        code: 'part-duplicate',
        severity: 'error',
        cell: {tab: '一、举措成效 (2)', row: 1, column: 1},
        params: {tab: '一、举措成效 (2)', first: '一、举措成效'},
      },
    ]);
    expect(model.sections.map(s => s.name)).not.toContain('一、举措成效 (2)');
  });

  it('names a tab it does not read (草稿) in a tab-not-read warning', () => {
    const tabs = [...workbook({}).tabs, sectionTab('草稿', PARAGRAPH)];
    const {findings} = readWorkbook({tabs});
    expect(findings).toEqual([
      {
        code: 'tab-not-read',
        severity: 'warning',
        cell: {tab: '草稿', row: 1, column: 1},
        params: {tab: '草稿'},
      },
    ]);
  });

  it('leaves hidden rows out with a row-hidden warning at the hidden text', () => {
    const part = sectionTab('一、举措成效', [
      ['章', '举措成效', ''],
      ['段落', '', '隐藏的一段。'],
      ['段落', '', '留下的一段。'],
    ]);
    const tabs = workbook({}).tabs.map(t =>
      t.name === part.name ? {...part, hiddenRows: [3]} : t,
    );
    const {findings, model} = readWorkbook({tabs});
    expect(findings).toEqual([
      {
        code: 'row-hidden',
        severity: 'warning',
        cell: {tab: '一、举措成效', row: 3, column: 3},
        params: {row: '隐藏的一段。'},
      },
    ]);
    const rows = model.sections.find(s => s.name === part.name)?.rows;
    expect(rows?.map(r => r.text)).toEqual(['', '留下的一段。']);
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

  it('reads the script tabs (填写说明, 生成记录, 共享记录, 审阅意见, 自检) silently and not as sections', () => {
    const tabs = [
      {name: '填写说明', grid: [['说明']]},
      ...workbook({}).tabs,
      {name: '生成记录', grid: [['生成时间']]},
      {name: '共享记录', grid: [['共享时间']]},
      {name: '审阅意见', grid: [['版本']]},
      {name: '自检', grid: [['项目', '结果', '说明']]},
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

describe('readWorkbook on a tab of 150,000 #REF! cells', () => {
  it('keeps every finding (more than a spread call takes) for 数据 and a section tab', () => {
    const errors = Array.from(
      {length: 150_000},
      () => ['#REF!', '', ''] as const,
    );
    const grids = workbook({figures: errors, parts: {0: errors}});
    const {findings} = readWorkbook(grids);
    const count = (tab: string) =>
      findings.filter(
        f => f.code === 'cell-spreadsheet-error' && f.cell.tab === tab,
      ).length;
    expect(count('数据')).toBe(150_000);
    expect(count('一、举措成效')).toBe(150_000);
  });
});

describe('sectionPart', () => {
  it('gives 0 for 导语 and its other names, the leading numeral for part tabs, undefined otherwise', () => {
    expect(sectionPart('导语')).toBe(0);
    expect(sectionPart('前言')).toBe(0);
    expect(PART_TABS.map(sectionPart)).toEqual([1, 2, 3, 4, 5]);
    expect(sectionPart('五、其他')).toBe(5);
    expect(sectionPart('六、附件')).toBe(6);
    expect(sectionPart('十二、专题')).toBe(12);
    expect(sectionPart('数据')).toBeUndefined();
    expect(sectionPart('草稿')).toBeUndefined();
    expect(sectionPart('一是')).toBeUndefined();
  });
});
