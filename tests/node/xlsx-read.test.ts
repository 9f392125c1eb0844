import {mkdtempSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import ExcelJS from 'exceljs';
import {strToU8, zipSync} from 'fflate';
import type {Grid} from '../../src/core/workbook/grid';
import {
  MAX_XLSX_FILE_BYTES,
  readXlsxBuffer,
  readXlsxWorkbook,
  WorkbookUnreadableError,
} from '../../src/node/xlsx-read';
import {compoundFile} from '../core/xlsx/compound-file';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-read-'));

/** Builds a one-sheet workbook with exceljs and reads it back with the reader. */
async function readBack(
  fill: (sheet: ExcelJS.Worksheet) => void,
): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('数据'));
  const data = await workbook.xlsx.writeBuffer();
  const grids = await readXlsxBuffer(Buffer.from(data));
  return grids.tabs[0].grid;
}

async function unreadableReason(path: string): Promise<string> {
  try {
    await readXlsxWorkbook(path);
  } catch (error) {
    if (error instanceof WorkbookUnreadableError) return error.reason;
    throw error;
  }
  throw new Error('read an unreadable workbook');
}

describe('readXlsxWorkbook', () => {
  it('reads every worksheet in workbook order, Chinese names kept', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ['基本信息', '数据', '一、举措成效']) {
      workbook.addWorksheet(name).getCell('A1').value = name;
    }
    const path = join(dir, '顺序.xlsx');
    await workbook.xlsx.writeFile(path);
    const grids = await readXlsxWorkbook(path);
    expect(grids.tabs).toEqual([
      {name: '基本信息', grid: [['基本信息']], hiddenRows: []},
      {name: '数据', grid: [['数据']], hiddenRows: []},
      {name: '一、举措成效', grid: [['一、举措成效']], hiddenRows: []},
    ]);
  });

  it('keeps numbers, strings and booleans, untrimmed', async () => {
    const grid = await readBack(sheet => {
      sheet.addRow([12.5, ' 30余 ', true]);
    });
    expect(grid).toEqual([[12.5, ' 30余 ', true]]);
  });

  it('gives a rectangular grid with null for empty cells and no empty tail', async () => {
    const grid = await readBack(sheet => {
      sheet.getCell('A1').value = '指标';
      sheet.getCell('C2').value = 3;
      sheet.getCell('F9').font = {bold: true};
    });
    expect(grid).toEqual([
      ['指标', null, null],
      [null, null, 3],
    ]);
  });

  it('reads a number shown with a percent format as the percentage the clerk sees', async () => {
    const grid = await readBack(sheet => {
      sheet.getCell('A1').value = 0.808;
      sheet.getCell('A1').numFmt = '0.0%';
      sheet.getCell('B1').value = 0.808;
    });
    expect(grid).toEqual([['80.8%', 0.808]]);
  });

  it('reads a formula cell as its cached result', async () => {
    const grid = await readBack(sheet => {
      sheet.getCell('A1').value = 96;
      sheet.getCell('B1').value = {formula: 'A1/120', result: 0.8};
    });
    expect(grid[0][1]).toBe(0.8);
  });

  it('reads a shared formula cell as its cached result', async () => {
    const grid = await readBack(sheet => {
      sheet.getCell('A1').value = 1;
      sheet.getCell('A2').value = 2;
      sheet.getCell('B1').value = {
        formula: 'A1*2',
        result: 2,
        shareType: 'shared',
        ref: 'B1:B2',
      } as ExcelJS.CellFormulaValue;
      sheet.getCell('B2').value = {sharedFormula: 'B1', result: 4};
    });
    expect(grid.map(row => row[1])).toEqual([2, 4]);
  });

  it('reads a formula without a cached result as null', async () => {
    const grid = await readBack(sheet => {
      sheet.getCell('A1').value = '指标';
      sheet.getCell('B1').value = {
        formula: 'A1&"x"',
      } as ExcelJS.CellFormulaValue;
      sheet.getCell('C1').value = '件';
    });
    expect(grid).toEqual([['指标', null, '件']]);
  });

  it('reads a formula whose result is an error as the error text', async () => {
    const grid = await readBack(sheet => {
      sheet.getCell('A1').value = {formula: '1/0', result: {error: '#DIV/0!'}};
    });
    expect(grid).toEqual([['#DIV/0!']]);
  });

  it('reads an error cell as its text', async () => {
    const grid = await readBack(sheet => {
      sheet.getCell('A1').value = {error: '#DIV/0!'} as ExcelJS.CellErrorValue;
      sheet.getCell('B1').value = {error: '#REF!'} as ExcelJS.CellErrorValue;
    });
    expect(grid).toEqual([['#DIV/0!', '#REF!']]);
  });

  it('reads rich text as its plain text', async () => {
    const grid = await readBack(sheet => {
      sheet.getCell('A1').value = {
        richText: [{text: '行政执法'}, {text: '三项制度', font: {bold: true}}],
      };
    });
    expect(grid).toEqual([['行政执法三项制度']]);
  });

  it('reads a hyperlink as its text', async () => {
    const grid = await readBack(sheet => {
      sheet.getCell('A1').value = {
        text: '浙江政务服务网',
        hyperlink: 'https://www.zjzwfw.gov.cn/',
      };
    });
    expect(grid).toEqual([['浙江政务服务网']]);
  });

  it("keeps a merged range's value in its top-left cell only, as Sheets does", async () => {
    const grid = await readBack(sheet => {
      sheet.getCell('A1').value = '合并';
      sheet.mergeCells('A1:B2');
      sheet.getCell('C2').value = 1;
    });
    expect(grid).toEqual([
      ['合并', null, null],
      [null, null, 1],
    ]);
  });

  it('reads a date cell as a local Date on the calendar day the cell shows', async () => {
    const grid = await readBack(sheet => {
      sheet.getCell('A1').value = new Date(Date.UTC(2025, 1, 5));
      sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    expect(grid[0][0]).toBeInstanceOf(Date);
    const date = grid[0][0] as Date;
    expect([date.getFullYear(), date.getMonth() + 1, date.getDate()]).toEqual([
      2025, 2, 5,
    ]);
    expect(date.getHours()).toBe(0);
  });

  it('reads an empty worksheet as an empty grid', async () => {
    expect(await readBack(() => {})).toEqual([]);
  });

  it("throws WorkbookUnreadableError 'missing' for a file that is not there", async () => {
    const path = join(dir, '没有.xlsx');
    await expect(readXlsxWorkbook(path)).rejects.toMatchObject({
      name: 'WorkbookUnreadableError',
      reason: 'missing',
      path,
    });
  });

  it("throws 'not-xlsx' for a text file named .xlsx", async () => {
    const path = join(dir, '文本.xlsx');
    writeFileSync(path, '指标,数值\n受理案件,120\n');
    expect(await unreadableReason(path)).toBe('not-xlsx');
  });

  it("throws 'not-xlsx' for an empty file and for a zip without worksheets", async () => {
    const empty = join(dir, '空.xlsx');
    writeFileSync(empty, '');
    const zip = join(dir, '压缩包.xlsx');
    writeFileSync(zip, zipSync({'readme.txt': strToU8('x')}));
    expect(await unreadableReason(empty)).toBe('not-xlsx');
    expect(await unreadableReason(zip)).toBe('not-xlsx');
  });

  it("throws 'not-xlsx' for a directory", async () => {
    expect(await unreadableReason(dir)).toBe('not-xlsx');
  });

  it("throws 'encrypted' for a password-protected workbook", async () => {
    const path = join(dir, '有密码.xlsx');
    writeFileSync(
      path,
      compoundFile({
        EncryptionInfo: new Uint8Array(100),
        EncryptedPackage: new Uint8Array(5000),
      }),
    );
    expect(await unreadableReason(path)).toBe('encrypted');
  });

  it("throws 'too-large' for a file over MAX_XLSX_FILE_BYTES without reading it", async () => {
    const path = join(dir, '很大.xlsx');
    writeFileSync(path, '');
    truncateSync(path, MAX_XLSX_FILE_BYTES + 1); // sparse: no 100 MB written
    expect(await unreadableReason(path)).toBe('too-large');
  });
});
