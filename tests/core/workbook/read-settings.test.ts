import type {CellValue} from '../../../src/core/workbook/grid';
import {readSettings} from '../../../src/core/workbook/read-settings';
import {settingsTab} from '../../helpers/workbook-grids';

function read(entries: readonly (readonly [string, CellValue])[]) {
  return readSettings(settingsTab(entries));
}

const REQUIRED: readonly (readonly [string, CellValue])[] = [
  ['单位名称', '古荡街道'],
  ['报告年度', 2024],
];

describe('readSettings', () => {
  it('places a finding for a required key with no row under 内容 of the tab as named', () => {
    const tab = {
      name: ' 基本信息 ',
      grid: [
        ['说明', '项目', '内容'],
        ['', '单位名称', '古荡街道'],
      ],
    };
    const {findings} = readSettings(tab);
    expect(findings.map(f => [f.code, f.cell])).toEqual([
      ['setting-required', {tab: ' 基本信息 ', row: 3, column: 3}],
    ]);
  });

  it('reads 单位名称 and 报告年度 with the cells they came from', () => {
    const {settings, findings} = read(REQUIRED);
    expect(findings).toEqual([]);
    expect(settings.unitName).toEqual({
      value: '古荡街道',
      cell: {tab: '基本信息', row: 2, column: 2},
    });
    expect(settings.year).toEqual({
      value: 2024,
      cell: {tab: '基本信息', row: 3, column: 2},
    });
  });

  it('defaults 三级编号样式 to "1." and leaves optional settings undefined', () => {
    const {settings} = read(REQUIRED);
    expect(settings.itemStyle).toBe('1.');
    expect(settings.title).toBeUndefined();
    expect(settings.addressee).toBeUndefined();
    expect(settings.signOffDate).toBeUndefined();
    expect(settings.reviewers).toEqual([]);
  });

  it('flags 基本信息!B3 when the required 报告年度 is empty', () => {
    const {findings, settings} = read([
      ['单位名称', '古荡街道'],
      ['报告年度', ''],
    ]);
    expect(findings).toEqual([
      {
        code: 'setting-required',
        severity: 'error',
        cell: {tab: '基本信息', row: 3, column: 2},
        params: {key: '报告年度'},
      },
    ]);
    expect(settings.year).toBeUndefined();
  });

  it('flags 基本信息!B2 when the required 单位名称 holds only spaces', () => {
    const {findings} = read([
      ['单位名称', '\u3000 '],
      ['报告年度', 2024],
    ]);
    expect(findings.map(f => [f.code, f.cell])).toEqual([
      ['setting-required', {tab: '基本信息', row: 2, column: 2}],
    ]);
  });

  it('flags a required key with no row at all below the last row of the tab', () => {
    const {findings} = read([['报告年度', 2024]]);
    expect(findings).toEqual([
      {
        code: 'setting-required',
        severity: 'error',
        cell: {tab: '基本信息', row: 3, column: 2},
        params: {key: '单位名称'},
      },
    ]);
  });

  it('flags a year typed as "24" as year-invalid', () => {
    const {findings, settings} = read([
      ['单位名称', '古荡街道'],
      ['报告年度', '24'],
    ]);
    expect(findings).toEqual([
      {
        code: 'year-invalid',
        severity: 'error',
        cell: {tab: '基本信息', row: 3, column: 2},
        params: {value: '24'},
      },
    ]);
    expect(settings.year).toBeUndefined();
  });

  it('flags a year written in Chinese numerals ("二〇二四") as year-invalid', () => {
    const {findings} = read([
      ['单位名称', '古荡街道'],
      ['报告年度', '二〇二四'],
    ]);
    expect(findings.map(f => f.code)).toEqual(['year-invalid']);
  });

  it('flags a four-digit year outside 2000–2100 as year-invalid', () => {
    const {findings} = read([
      ['单位名称', '古荡街道'],
      ['报告年度', 1999],
    ]);
    expect(findings.map(f => f.code)).toEqual(['year-invalid']);
  });

  it('accepts a year typed as "2024年", "2024年度" or full-width "２０２４"', () => {
    for (const typed of ['2024年', '2024年度', '２０２４']) {
      const {findings, settings} = read([
        ['单位名称', '古荡街道'],
        ['报告年度', typed],
      ]);
      expect(findings).toEqual([]);
      expect(settings.year?.value).toBe(2024);
    }
  });

  it('reads 成文日期 from text or from a Date cell', () => {
    const fromText = read([...REQUIRED, ['成文日期', '2025年2月5日']]);
    const fromDate = read([...REQUIRED, ['成文日期', new Date(2025, 1, 5)]]);
    expect(fromText.findings).toEqual([]);
    expect(fromText.settings.signOffDate?.value).toEqual(new Date(2025, 1, 5));
    expect(fromDate.settings.signOffDate?.value).toEqual(new Date(2025, 1, 5));
    expect(fromText.settings.signOffDate?.cell).toEqual({
      tab: '基本信息',
      row: 4,
      column: 2,
    });
  });

  it('flags 基本信息!B4 when 成文日期 is not a date', () => {
    const {findings, settings} = read([
      ...REQUIRED,
      ['成文日期', '2025-02-30'],
    ]);
    expect(findings).toEqual([
      {
        code: 'date-invalid',
        severity: 'error',
        cell: {tab: '基本信息', row: 4, column: 2},
        params: {key: '成文日期', value: '2025-02-30'},
      },
    ]);
    expect(settings.signOffDate).toBeUndefined();
  });

  it('reads 三级编号样式 "1、"', () => {
    const {settings, findings} = read([...REQUIRED, ['三级编号样式', '1、']]);
    expect(findings).toEqual([]);
    expect(settings.itemStyle).toBe('1、');
  });

  it('reads 三级编号样式 typed with a full-width stop "1．" as "1."', () => {
    const {settings, findings} = read([...REQUIRED, ['三级编号样式', '1．']]);
    expect(findings).toEqual([]);
    expect(settings.itemStyle).toBe('1.');
  });

  it('flags an unknown 三级编号样式 and keeps the default "1."', () => {
    const {settings, findings} = read([...REQUIRED, ['三级编号样式', '(1)']]);
    expect(findings).toEqual([
      {
        code: 'item-style-invalid',
        severity: 'error',
        cell: {tab: '基本信息', row: 4, column: 2},
        params: {value: '(1)'},
      },
    ]);
    expect(settings.itemStyle).toBe('1.');
  });

  it('splits 审阅人 on commas, semicolons and spaces of either width', () => {
    const {settings} = read([
      ...REQUIRED,
      ['审阅人', 'a@x.cn，b@x.cn; c@x.cn  d@x.cn'],
    ]);
    expect(settings.reviewers).toEqual([
      'a@x.cn',
      'b@x.cn',
      'c@x.cn',
      'd@x.cn',
    ]);
  });

  it('reads the optional text settings with their cells', () => {
    const {settings} = read([
      ...REQUIRED,
      ['报告标题', '{{年度}}年度报告'],
      ['主送机关', '西湖区人民政府'],
      ['落款单位', '杭州市西湖区人民政府古荡街道办事处'],
    ]);
    expect(settings.title).toEqual({
      value: '{{年度}}年度报告',
      cell: {tab: '基本信息', row: 4, column: 2},
    });
    expect(settings.addressee?.value).toBe('西湖区人民政府');
    expect(settings.signOffUnit?.value).toBe(
      '杭州市西湖区人民政府古荡街道办事处',
    );
  });

  it('uses the first of two rows with the same key', () => {
    const {settings} = read([...REQUIRED, ['单位名称', '西溪街道']]);
    expect(settings.unitName?.value).toBe('古荡街道');
  });

  it('matches keys typed with spaces inside them', () => {
    const {settings, findings} = read([
      ['单位 名称', '古荡街道'],
      ['\u3000报告年度', 2024],
    ]);
    expect(findings).toEqual([]);
    expect(settings.unitName?.value).toBe('古荡街道');
  });
});
