import type {TabGrid} from '../../../src/core/workbook/grid';
import {readTable} from '../../../src/core/workbook/tab-table';

const HEADERS = ['指标', '数值', '单位'] as const;

function tab(grid: TabGrid['grid']): TabGrid {
  return {name: '数据', grid};
}

describe('readTable', () => {
  it('flags a cell showing #N/A at its cell unless its column words errors itself', () => {
    const grid = [
      ['指标', '数值', '单位'],
      ['立案数', '#REF!', '#N/A'],
    ];
    const all = readTable(tab(grid), HEADERS);
    expect(
      all.findings.map(f => [f.code, f.cell.row, f.cell.column, f.params]),
    ).toEqual([
      ['cell-spreadsheet-error', 2, 2, {value: '#REF!'}],
      ['cell-spreadsheet-error', 2, 3, {value: '#N/A'}],
    ]);
    const skipped = readTable(tab(grid), HEADERS, ['数值']);
    expect(skipped.findings.map(f => f.cell.column)).toEqual([3]);
  });

  it('reads the rows below a header in row 1, with their sheet row numbers', () => {
    const table = readTable(
      tab([
        ['指标', '数值', '单位'],
        ['持证人数', 42, '人'],
        ['办案数', 7, '件'],
      ]),
      HEADERS,
    );
    expect(table.findings).toEqual([]);
    expect(
      table.rows.map(r => [r.row, r.value('指标'), r.value('数值')]),
    ).toEqual([
      [2, '持证人数', 42],
      [3, '办案数', 7],
    ]);
  });

  it('finds the header in row 2 under a title row', () => {
    const table = readTable(
      tab([
        ['2024年度数据', '', ''],
        ['指标', '数值', '单位'],
        ['持证人数', 42, '人'],
      ]),
      HEADERS,
    );
    expect(table.findings).toEqual([]);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0].row).toBe(3);
    expect(table.rows[0].cell('数值')).toEqual({
      tab: '数据',
      row: 3,
      column: 2,
    });
  });

  it('maps columns by header name in any order', () => {
    const table = readTable(
      tab([
        ['单位', '数值', '指标'],
        ['人', 42, '持证人数'],
      ]),
      HEADERS,
    );
    const [row] = table.rows;
    expect(row.value('指标')).toBe('持证人数');
    expect(row.value('单位')).toBe('人');
    expect(row.cell('指标')).toEqual({tab: '数据', row: 2, column: 3});
  });

  it('flags 数据!C1 when the 单位 column is missing from the header row', () => {
    const table = readTable(
      tab([
        ['指标', '数值'],
        ['持证人数', 42],
      ]),
      HEADERS,
    );
    expect(table.findings).toEqual([
      {
        code: 'column-missing',
        severity: 'error',
        cell: {tab: '数据', row: 1, column: 3},
        params: {column: '单位'},
      },
    ]);
    expect(table.rows[0].value('单位')).toBeUndefined();
    expect(table.rows[0].cell('单位')).toEqual({
      tab: '数据',
      row: 2,
      column: 3,
    });
  });

  it('flags a missing column at the header row found under a title row', () => {
    const table = readTable(
      tab([
        ['标题', ''],
        ['指标', '数值'],
      ]),
      HEADERS,
    );
    expect(table.findings.map(f => f.cell)).toEqual([
      {tab: '数据', row: 2, column: 3},
    ]);
  });

  it('places each missing column in its own next free column', () => {
    const table = readTable(tab([['指标']]), HEADERS);
    expect(table.findings.map(f => [f.params, f.cell.column])).toEqual([
      [{column: '数值'}, 2],
      [{column: '单位'}, 3],
    ]);
  });

  it('flags every column at row 1 of an empty tab', () => {
    const table = readTable(tab([]), HEADERS);
    expect(table.rows).toEqual([]);
    expect(table.findings.map(f => [f.cell.row, f.cell.column])).toEqual([
      [1, 1],
      [1, 2],
      [1, 3],
    ]);
  });

  it('ignores trailing empty rows and trailing empty columns', () => {
    const table = readTable(
      tab([
        ['指标', '数值', '单位', '', ''],
        ['持证人数', 42, '人', '', null],
        ['', '', '', '', ''],
        [null, undefined, '  ', '', ''],
      ]),
      HEADERS,
    );
    expect(table.findings).toEqual([]);
    expect(table.rows.map(r => r.row)).toEqual([2]);
  });

  it('skips empty rows between data rows and keeps the later rows’ numbers', () => {
    const table = readTable(
      tab([
        ['指标', '数值', '单位'],
        ['持证人数', 42, '人'],
        ['', '', ''],
        ['办案数', 7, '件'],
      ]),
      HEADERS,
    );
    expect(table.rows.map(r => r.row)).toEqual([2, 4]);
  });

  it('reads a row repeating the one above: merged cells no longer spill, so it is the clerk’s', () => {
    const table = readTable(
      tab([
        ['指标', '数值', '单位'],
        ['持证人数', 42, '人'],
        ['持证人数', 42, '人'],
        ['办案数', 7, '件'],
      ]),
      HEADERS,
    );
    expect(table.rows.map(r => r.row)).toEqual([2, 3, 4]);
  });

  it('keeps a row that differs from the one above in one cell only', () => {
    const table = readTable(
      tab([
        ['指标', '数值', '单位'],
        ['持证人数', 42, '人'],
        ['持证人数', 43, '人'],
      ]),
      HEADERS,
    );
    expect(table.rows.map(r => r.row)).toEqual([2, 3]);
  });

  it('matches header text typed with full-width forms and spaces', () => {
    const table = readTable(
      {
        name: '数据',
        grid: [
          ['\u3000指 标', '数\u3000值 ', '单位', 'ＩＤ'],
          ['持证人数', 42, '人', 'x1'],
        ],
      },
      [...HEADERS, 'ID'],
    );
    expect(table.findings).toEqual([]);
    expect(table.rows[0].value('数值')).toBe(42);
    expect(table.rows[0].value('ID')).toBe('x1');
  });

  it('reads a short row’s missing cells as undefined', () => {
    const table = readTable(
      tab([['指标', '数值', '单位'], ['持证人数']]),
      HEADERS,
    );
    expect(table.rows[0].value('指标')).toBe('持证人数');
    expect(table.rows[0].value('单位')).toBeUndefined();
  });
});
