import {
  DATA_COLUMNS,
  ITEM_STYLES,
  LEVELS,
  LOG_COLUMNS,
  PART_TABS,
  SECTION_COLUMNS,
  SECTION_STATUSES,
  SETTINGS_COLUMNS,
  SETTING_SPECS,
} from '../../../src/core/workbook/schema';
import {
  blankSettingsRows,
  guideLines,
  settingRowLayouts,
  workbookLayout,
  type TabLayout,
} from '../../../src/core/workbook/template-layout';

function tab(name: string): TabLayout {
  const found = workbookLayout().find(layout => layout.name === name);
  if (!found) throw new Error(`no tab ${name}`);
  return found;
}

function column(tabName: string, header: string) {
  return tab(tabName).columns.find(c => c.header === header);
}

describe('workbookLayout', () => {
  it('lists the guide, settings, data, intro, five part tabs and log in order', () => {
    expect(workbookLayout().map(layout => layout.name)).toEqual([
      '填写说明',
      '基本信息',
      '数据',
      '导语',
      ...PART_TABS,
      '生成记录',
    ]);
  });

  it('gives each tab the schema columns as headers and a role', () => {
    const byRole = (role: string) =>
      workbookLayout()
        .filter(layout => layout.role === role)
        .map(layout => layout.columns.map(c => c.header));
    expect(byRole('settings')).toEqual([[...SETTINGS_COLUMNS]]);
    expect(byRole('data')).toEqual([[...DATA_COLUMNS]]);
    expect(byRole('log')).toEqual([[...LOG_COLUMNS]]);
    expect(byRole('section')).toHaveLength(6);
    for (const headers of byRole('section')) {
      expect(headers).toEqual([...SECTION_COLUMNS]);
    }
  });

  it('freezes one header row and gives every column a positive width', () => {
    for (const layout of workbookLayout()) {
      expect(layout.frozenRows).toBe(1);
      for (const c of layout.columns) expect(c.width).toBeGreaterThan(0);
    }
  });

  it('offers the 层级 values and the statuses as lists on every section tab', () => {
    for (const name of ['导语', ...PART_TABS]) {
      expect(column(name, '层级')?.validation).toEqual({
        kind: 'list',
        values: LEVELS,
      });
      expect(column(name, '状态')?.validation).toEqual({
        kind: 'list',
        values: SECTION_STATUSES,
      });
    }
  });

  it('asks for a number in 数据!数值 while still accepting text figures', () => {
    const validation = column('数据', '数值')?.validation;
    expect(validation?.kind).toBe('number-or-text-figure');
    expect(
      validation?.kind === 'number-or-text-figure' && validation.help,
    ).toContain('30余');
  });

  it('explains every data and section column in a header note', () => {
    for (const name of ['数据', '一、举措成效']) {
      for (const c of tab(name).columns) expect(c.note).toBeTruthy();
    }
  });
});

describe('settings rows', () => {
  it('has one blank row per setting with its help in 说明', () => {
    const rows = blankSettingsRows();
    expect(rows.map(row => row[0])).toEqual(SETTING_SPECS.map(s => s.key));
    for (const [index, row] of rows.entries()) {
      expect(row[1]).toBeNull();
      expect(row[2]).toContain(SETTING_SPECS[index].help);
    }
  });

  it('marks required settings as 必填 in 说明', () => {
    const rows = blankSettingsRows();
    expect(rows.find(row => row[0] === '单位名称')?.[2]).toMatch(/^必填/);
    expect(rows.find(row => row[0] === '主送机关')?.[2]).not.toMatch(/必填/);
  });

  it('restricts 三级编号样式 to the item styles kept as plain text', () => {
    const row = settingRowLayouts().find(s => s.key === '三级编号样式');
    expect(row?.validation).toEqual({kind: 'list', values: ITEM_STYLES});
    expect(row?.plainText).toBe(true);
  });
});

describe('guideLines', () => {
  const text = guideLines().join('\n');

  it('explains every 层级 value', () => {
    for (const level of LEVELS) expect(text).toContain(`  ${level}：`);
  });

  it('shows placeholder syntax with an example of each format', () => {
    for (const example of [
      '{{指标}}',
      '{{指标|格式}}',
      '百分比1：0.808 → 80.8%',
      '万：4812345 → 481.23万',
      '余：746 → 740余',
      '万余：4812345 → 480余万',
      '中文：4 → 四',
      '千分位：4812345 → 4,812,345',
    ]) {
      expect(text).toContain(example);
    }
  });

  it('names the built-in placeholders and the 数据 rules', () => {
    for (const part of [
      '{{年度}}',
      '{{下年度}}',
      '{{单位名称}}',
      '30余',
      '80.8%',
    ]) {
      expect(text).toContain(part);
    }
    for (const header of ['合计于', '不超过', '目标']) {
      expect(text).toContain(`“${header}”：`);
    }
  });

  it('writes one line per row without line breaks inside a line', () => {
    for (const line of guideLines()) expect(line).not.toContain('\n');
  });
});
