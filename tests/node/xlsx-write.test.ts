import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import ExcelJS from 'exceljs';
import {
  LEVELS,
  PART_TABS,
  SECTION_COLUMNS,
} from '../../src/core/workbook/schema';
import type {TemplateTab} from '../../src/core/workbook/template-cells';
import {
  guideLines,
  TEMPLATE_LAST_ROW,
  workbookLayout,
} from '../../src/core/workbook/template-layout';
import {readXlsxBuffer} from '../../src/node/xlsx-read';
import {writeTemplateXlsx} from '../../src/node/xlsx-write';
import {cellXml, sheetXml, validationsOf} from './xlsx-parts';

const SAMPLE: readonly TemplateTab[] = [
  {
    name: '数据',
    rows: [
      ['受理案件', 120, '件'],
      ['办结案件', 96, '件'],
      ['办结率', {formula: '=B3/B2', result: 0.8}, '%'],
      ['公式样文本', '=1+1', '件'],
    ],
  },
  {
    name: '基本信息',
    rows: [
      ['单位名称', '古荡街道'],
      ['成文日期', new Date(2025, 1, 5)],
      ['自定义项', '保留'],
    ],
  },
  {name: '一、举措成效', rows: [['章', '主要举措和成效', '', null, '填写中']]},
];

let xlsx: Buffer;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  xlsx = await writeTemplateXlsx(SAMPLE);
  book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
});

function sheet(name: string): ExcelJS.Worksheet {
  const found = book.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('writeTemplateXlsx', () => {
  it('writes every layout tab in order, each with its header row', async () => {
    const grids = await readXlsxBuffer(xlsx);
    const layout = workbookLayout();
    expect(grids.tabs.map(t => t.name)).toEqual(layout.map(l => l.name));
    for (const [index, tab] of grids.tabs.entries()) {
      expect(tab.grid[0]).toEqual(layout[index].columns.map(c => c.header));
    }
  });

  it('freezes the header row of every sheet', () => {
    for (const worksheet of book.worksheets) {
      expect(worksheet.views[0]).toMatchObject({state: 'frozen', ySplit: 1});
    }
  });

  it('styles headers bold with a fill and explains them in notes', () => {
    const header = sheet('数据').getCell('B1');
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({type: 'pattern', pattern: 'solid'});
    expect(JSON.stringify(header.note)).toContain('30余');
  });

  it('sets column widths from the layout', () => {
    const data = workbookLayout().find(l => l.name === '数据');
    expect(sheet('数据').getColumn(1).width).toBe(data?.columns[0].width);
  });

  it('writes the 层级 and 状态 lists into the section sheet XML', () => {
    for (const name of ['导语', ...PART_TABS]) {
      const lists = validationsOf(sheetXml(xlsx, name));
      expect(lists).toContainEqual(
        expect.objectContaining({
          type: 'list',
          sqref: `A2:A${TEMPLATE_LAST_ROW}`,
          formula1: `"${LEVELS.join(',')}"`,
        }),
      );
      expect(lists).toContainEqual(
        expect.objectContaining({
          type: 'list',
          sqref: `E2:E${TEMPLATE_LAST_ROW}`,
        }),
      );
    }
  });

  it('reads the list validation back through exceljs on every covered row', () => {
    const validations = (
      sheet('二、不足原因') as unknown as {
        dataValidations: {model: Record<string, ExcelJS.DataValidation>};
      }
    ).dataValidations.model;
    for (const address of ['A2', `A${TEMPLATE_LAST_ROW}`]) {
      expect(validations[address]).toMatchObject({type: 'list'});
    }
    expect(validations[`A${TEMPLATE_LAST_ROW + 1}`]).toBeUndefined();
  });

  it('asks for a number in 数据!数值 with a prompt and no blocking error', () => {
    const [rule] = validationsOf(sheetXml(xlsx, '数据'));
    expect(rule).toMatchObject({
      type: 'decimal',
      sqref: `B2:B${TEMPLATE_LAST_ROW}`,
      allowBlank: '1',
      showInputMessage: '1',
      errorStyle: 'warning',
    });
    expect(rule.showErrorMessage).toBeUndefined();
    expect(rule.prompt).toContain('30余');
  });

  it('writes a formula without "=" and its cached result, read back as the percentage shown', async () => {
    const xml = cellXml(sheetXml(xlsx, '数据'), 'B4');
    expect(xml?.getElementsByTagName('f')[0]?.textContent).toBe('B3/B2');
    expect(xml?.getElementsByTagName('v')[0]?.textContent).toBe('0.8');
    const grids = await readXlsxBuffer(xlsx);
    expect(grids.tabs.find(t => t.name === '数据')?.grid[3][1]).toBe('80%');
  });

  it('keeps a string that starts with "=" as text', async () => {
    const xml = cellXml(sheetXml(xlsx, '数据'), 'B5');
    expect(xml?.getAttribute('t')).toBe('s');
    expect(xml?.getElementsByTagName('f')).toHaveLength(0);
    const grids = await readXlsxBuffer(xlsx);
    expect(grids.tabs.find(t => t.name === '数据')?.grid[4][1]).toBe('=1+1');
  });

  it('shows the 数值 of a % row as a percentage with one decimal', () => {
    expect(sheet('数据').getCell('B4').numFmt).toBe('0.0%');
    expect(sheet('数据').getCell('B2').numFmt).toBeUndefined();
  });

  it('fills 基本信息 by key, keeps 说明, and appends unknown keys', async () => {
    const grids = await readXlsxBuffer(xlsx);
    const grid = grids.tabs.find(t => t.name === '基本信息')?.grid ?? [];
    const row = (key: string) => grid.find(r => r[0] === key);
    expect(row('单位名称')?.slice(1)).toEqual([
      '古荡街道',
      '必填。如：古荡街道',
    ]);
    expect(row('报告年度')?.[1]).toBeNull();
    expect(grid[grid.length - 1]).toEqual(['自定义项', '保留', null]);
  });

  it('writes a date as a date cell shown yyyy-mm-dd', async () => {
    const grids = await readXlsxBuffer(xlsx);
    const grid = grids.tabs.find(t => t.name === '基本信息')?.grid ?? [];
    const date = grid.find(r => r[0] === '成文日期')?.[1];
    expect(date).toEqual(new Date(2025, 1, 5));
    const cell = sheet('基本信息').getColumn(1).values.indexOf('成文日期');
    expect(sheet('基本信息').getCell(cell, 2).numFmt).toBe('yyyy-mm-dd');
  });

  it('keeps the 三级编号样式 cell as text with the item style list', () => {
    const settings = sheet('基本信息');
    const row = settings.getColumn(1).values.indexOf('三级编号样式');
    expect(settings.getCell(row, 2).numFmt).toBe('@');
    expect(validationsOf(sheetXml(xlsx, '基本信息'))).toContainEqual(
      expect.objectContaining({sqref: `B${row}`, formula1: '"1.,1、"'}),
    );
  });

  it('writes the guide text one line per row below its title', async () => {
    const grids = await readXlsxBuffer(xlsx);
    const guide = grids.tabs[0].grid.map(row => row[0]);
    expect(guide).toEqual(['填写说明', ...guideLines().map(l => l || null)]);
  });

  it('writes given section rows below the header', async () => {
    const grids = await readXlsxBuffer(xlsx);
    const part = grids.tabs.find(t => t.name === PART_TABS[0])?.grid;
    expect(part).toEqual([
      [...SECTION_COLUMNS],
      ['章', '主要举措和成效', null, null, '填写中', null],
    ]);
  });

  it('leaves cells given as empty strings blank', () => {
    expect(cellXml(sheetXml(xlsx, PART_TABS[0]), 'C2')).toBeUndefined();
  });

  it('puts a renamed part tab in the place of the part with its numeral', async () => {
    const renamed = await writeTemplateXlsx([{name: '三、履职情况', rows: []}]);
    const names = (await readXlsxBuffer(renamed)).tabs.map(t => t.name);
    expect(names[6]).toBe('三、履职情况');
    expect(names).not.toContain('三、第一责任人');
  });

  it('refuses rows for a tab the template does not have', async () => {
    await expect(writeTemplateXlsx([{name: '杂项', rows: []}])).rejects.toThrow(
      '杂项',
    );
  });

  it('also writes the bytes to a file when given a path', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'xlsx-write-')), '模板.xlsx');
    const written = await writeTemplateXlsx([], path);
    expect(readFileSync(path).equals(written)).toBe(true);
  });
});
