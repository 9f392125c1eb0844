import type {CellValue, Grid} from '../../../src/core/workbook/grid';
import {readXlsx} from '../../../src/core/xlsx/read-xlsx';
import {
  sharedStrings,
  styles,
  worksheet,
  xlsxPackage,
  type PackageSpec,
} from './xlsx-package';

/** The grid of the only sheet of a package built from `rows` and the other parts. */
function gridOf(
  rows: string,
  spec: Partial<PackageSpec> = {},
  after = '',
): Grid {
  const bytes = xlsxPackage({
    ...spec,
    sheets: [{name: '数据', xml: worksheet(rows, after)}],
  });
  return readXlsx(bytes).tabs[0].grid;
}

function ymd(value: CellValue): number[] {
  const d = value as Date;
  expect(d).toBeInstanceOf(Date);
  return [
    d.getFullYear(),
    d.getMonth() + 1,
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
  ];
}

describe('readXlsx: cell values', () => {
  it('reads inline strings, untrimmed, with their rich-text runs joined', () => {
    const grid = gridOf(
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> 30余 </t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><t>行政执法</t></r><r><rPr><b/></rPr><t>三项制度</t></r></is></c></row>',
    );
    expect(grid).toEqual([[' 30余 ', '行政执法三项制度']]);
  });

  it('reads shared strings, skipping phonetic runs and decoding _xHHHH_ and entities', () => {
    const strings = sharedStrings([
      '<si><t>古荡街道</t></si>',
      '<si><r><t>调</t></r><r><t>解</t></r><rPh sb="0" eb="1"><t>tiáo</t></rPh><phoneticPr fontId="1"/></si>',
      '<si><t>第一行_x000D_\r\n第二行 &amp; &#x4E09;&#22235;</t></si>',
    ]);
    const grid = gridOf(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
      {sharedStrings: strings},
    );
    expect(grid).toEqual([['古荡街道', '调解', '第一行\r\n第二行 & 三四']]);
  });

  it('reads numbers, booleans and error cells as Sheets gives them', () => {
    const grid = gridOf(
      '<row r="1"><c r="A1"><v>12.5</v></c><c r="B1" t="n"><v>-3E2</v></c>' +
        '<c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c>' +
        '<c r="E1" t="e"><v>#REF!</v></c><c r="F1" t="e"><v>#DIV/0!</v></c></row>',
    );
    expect(grid).toEqual([[12.5, -300, true, false, '#REF!', '#DIV/0!']]);
  });

  it('reads formula cells as their cached result, and as null without one', () => {
    const grid = gridOf(
      '<row r="1"><c r="A1"><f>B1*2</f><v>4</v></c>' +
        '<c r="B1" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>' +
        '<c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="D1"><f>A1+1</f></c>' +
        '<c r="E1" t="str"><f>A1&amp;""</f><v></v></c>' +
        '<c r="F1" t="b"><f>TRUE()</f><v>1</v></c>' +
        '<c r="G1"><f t="shared" ref="G1:G1" si="0">A1</f><v>4</v></c>' +
        '<c r="H1" t="s"/><c r="I1">件</c></row>',
    );
    expect(grid).toEqual([[4, 'xy', '#DIV/0!', null, '', true, 4]]);
  });

  it('lists the formula cells a file holds no result for, and no others', () => {
    const bytes = xlsxPackage({
      sheets: [
        {
          name: '数据',
          xml: worksheet(
            '<row r="1"><c r="A1"><f>B1*2</f><v>4</v></c>' +
              '<c r="B1"><f>A1+1</f></c>' +
              '<c r="C1"><f>A1+2</f><v></v></c>' +
              '<c r="D1" t="str"><f>A1&amp;""</f><v></v></c>' +
              '<c r="E1"><f t="shared" si="0"/></c>' +
              '<c r="F1"><v>7</v></c></row>',
          ),
        },
      ],
    });
    const tab = readXlsx(bytes).tabs[0];
    expect(tab.uncomputedFormulas).toEqual([
      {row: 1, column: 2, formula: 'A1+1'},
      {row: 1, column: 3, formula: 'A1+2'},
      {row: 1, column: 5, formula: ''},
    ]);
  });

  it('reads t="d" cells (ISO 8601) as local Dates of their wall-clock time', () => {
    const grid = gridOf(
      '<row r="1"><c r="A1" t="d"><v>2025-02-05T00:00:00</v></c><c r="B1" t="d"><v>2024-12-31T18:30:00.000Z</v></c></row>',
    );
    expect(ymd(grid[0][0])).toEqual([2025, 2, 5, 0, 0]);
    expect(ymd(grid[0][1])).toEqual([2024, 12, 31, 18, 30]);
  });
});

describe('readXlsx: number formats', () => {
  // Style index → number format id: 0 General, 1 built-in date 14, 2 built-in 年月日 31,
  // 3 custom yyyy"年"m"月"d"日", 4 custom 0.0%, 5 built-in 9 (0%), 6 custom 0.0"%", 7 custom
  // [Red]0.00, 8 custom h:mm, 9 custom 0.00E+00, 10 custom [$-804]yyyy/m/d;@, 11 custom
  // "第"0"号", 12 built-in 10 (0.00%).
  const withStyles = styles(
    [0, 14, 31, 176, 177, 9, 178, 179, 180, 181, 182, 183, 10],
    {
      176: 'yyyy"年"m"月"d"日"',
      177: '0.0%',
      178: '0.0"%"',
      179: '[Red]0.00',
      180: 'h:mm',
      181: '0.00E+00',
      182: '[$-804]yyyy/m/d;@',
      183: '"第"0"号"',
    },
  );
  const row = (s: number, v: number) =>
    `<c r="A${s + 1}" s="${s}"><v>${v}</v></c>`;
  const rows = (values: readonly number[]) =>
    values.map((v, s) => `<row r="${s + 1}">${row(s, v)}</row>`).join('');

  it('reads dates by built-in and custom date formats in the 1900 system', () => {
    const grid = gridOf(rows([1, 45693, 45693, 45693.75]), {
      styles: withStyles,
    });
    expect(grid[0][0]).toBe(1);
    expect(ymd(grid[1][0])).toEqual([2025, 2, 5, 0, 0]);
    expect(ymd(grid[2][0])).toEqual([2025, 2, 5, 0, 0]);
    expect(ymd(grid[3][0])).toEqual([2025, 2, 5, 18, 0]);
  });

  it('keeps a date-formatted number beyond any date as the number', () => {
    const grid = gridOf(rows([0, 1e12]), {styles: withStyles});
    expect(grid[1][0]).toBe(1e12);
  });

  it('reads dates in the 1904 system of a workbook that uses it', () => {
    const grid = gridOf(rows([0, 44231]), {
      styles: withStyles,
      workbookPr: '<workbookPr date1904="1"/>',
    });
    expect(ymd(grid[1][0])).toEqual([2025, 2, 5, 0, 0]);
  });

  it('reads percent formats as the percentage shown, and only an unquoted % as one', () => {
    const grid = gridOf(rows([0, 0, 0, 0, 0.808, 0.85, 80.8, 0.5]), {
      styles: withStyles,
    });
    expect(grid.slice(4).map(r => r[0])).toEqual(['80.8%', '85%', 80.8, 0.5]);
  });

  it('leaves other custom formats as plain numbers, and reads time and locale date formats as dates', () => {
    const grid = gridOf(
      rows([0, 0, 0, 0, 0, 0, 0, 0, 0.5, 1234, 45693, 7, 0.25]),
      {styles: withStyles},
    );
    expect(ymd(grid[8][0]).slice(3)).toEqual([12, 0]);
    expect(grid[9][0]).toBe(1234);
    expect(ymd(grid[10][0])).toEqual([2025, 2, 5, 0, 0]);
    expect(grid[11][0]).toBe(7);
    expect(grid[12][0]).toBe('25%');
  });
});
