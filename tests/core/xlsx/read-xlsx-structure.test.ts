import {strFromU8, strToU8, zipSync} from 'fflate';
import {readXlsx} from '../../../src/core/xlsx/read-xlsx';
import {worksheet, xlsxPackage, xlsxParts} from './xlsx-package';

const text = (ref: string, value: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const num = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;

describe('readXlsx: workbook structure', () => {
  it('reads worksheets in workbook order with their names, skipping chart sheets', () => {
    const bytes = xlsxPackage({
      sheets: [
        {
          name: '基本信息',
          xml: worksheet(`<row r="1">${text('A1', '甲')}</row>`),
        },
        {name: '图表', xml: '<chartsheet/>', type: 'chartsheet'},
        {
          name: '数据 &amp; 说明',
          xml: worksheet(`<row r="1">${num('A1', 1)}</row>`),
        },
      ],
    });
    const tabs = readXlsx(bytes).tabs;
    expect(tabs.map(t => t.name)).toEqual(['基本信息', '数据 & 说明']);
    expect(tabs.map(t => t.grid)).toEqual([[['甲']], [[1]]]);
  });

  it('follows absolute relationship targets and a workbook part outside xl/', () => {
    const bytes = xlsxPackage({
      sheets: [
        {name: '数据', xml: worksheet(`<row r="1">${num('A1', 7)}</row>`)},
      ],
      absoluteTargets: true,
      workbookPart: 'book/main.xml',
    });
    expect(readXlsx(bytes).tabs[0].grid).toEqual([[7]]);
  });

  it('finds parts whatever the case of their names in the zip', () => {
    const parts = xlsxParts({
      sheets: [
        {name: '数据', xml: worksheet(`<row r="1">${num('A1', 3)}</row>`)},
      ],
    });
    const renamed: Record<string, Uint8Array> = {};
    for (const [name, data] of Object.entries(parts)) {
      renamed[name.replace('worksheets/sheet1.xml', 'Worksheets/Sheet1.XML')] =
        data;
    }
    expect(readXlsx(zipSync(renamed)).tabs[0].grid).toEqual([[3]]);
  });

  it('reads elements with a namespace prefix, as some exporters write them', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c>' +
      '<x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const bytes = xlsxPackage({sheets: [{name: '数据', xml}]});
    expect(readXlsx(bytes).tabs[0].grid).toEqual([['前缀', 2]]);
  });

  it('places rows and cells without r attributes after the previous ones', () => {
    const rows =
      `<row>${text('', '指标').replace(' r=""', '')}<c><v>1</v></c></row>` +
      '<row><c/><c><v>2</v></c></row>' +
      `<row r="5"><c><v>5</v></c>${num('C5', 3)}<c><v>4</v></c></row>`;
    const bytes = xlsxPackage({sheets: [{name: '数据', xml: worksheet(rows)}]});
    expect(readXlsx(bytes).tabs[0].grid).toEqual([
      ['指标', 1, null, null],
      [null, 2, null, null],
      [null, null, null, null],
      [null, null, null, null],
      [5, null, 3, 4],
    ]);
  });

  it('gives a rectangle from A1 without trailing empty rows and columns', () => {
    const rows =
      `<row r="2">${num('B2', 1)}<c r="F2" s="1"/></row>` +
      `<row r="3">${num('C3', 2)}</row><row r="9" ht="30"><c r="A9" s="2"/></row>`;
    const bytes = xlsxPackage({sheets: [{name: '数据', xml: worksheet(rows)}]});
    expect(readXlsx(bytes).tabs[0].grid).toEqual([
      [null, null, null],
      [null, 1, null],
      [null, null, 2],
    ]);
  });

  it("keeps a merged range's value in its top-left cell only", () => {
    const rows =
      `<row r="1">${text('A1', '标题')}${text('B1', '残留')}<c r="C1"/></row>` +
      `<row r="2"><c r="A2"/><c r="B2"/>${num('C2', 1)}</row>`;
    const merges =
      '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="D5:E9"/></mergeCells>';
    const bytes = xlsxPackage({
      sheets: [{name: '数据', xml: worksheet(rows, merges)}],
    });
    expect(readXlsx(bytes).tabs[0].grid).toEqual([
      ['标题', null, null],
      [null, null, 1],
    ]);
  });

  it('reports the columns the clerk hid, within the grid', () => {
    const xml = worksheet(
      `<row r="1">${num('A1', 1)}${num('B1', 2)}${num('C1', 3)}${num('D1', 4)}</row>`,
    ).replace(
      '<sheetData>',
      '<cols><col min="2" max="3" width="9" hidden="1"/><col min="4" max="4" width="9"/>' +
        '<col min="6" max="16384" hidden="1"/></cols><sheetData>',
    );
    const bytes = xlsxPackage({sheets: [{name: '数据', xml}]});
    expect(readXlsx(bytes).tabs[0].hiddenColumns).toEqual([2, 3]);
  });

  it('reports the rows the clerk hid, but not rows an active filter hides', () => {
    const rows =
      [1, 2, 3, 4, 5, 6]
        .map(
          r =>
            `<row r="${r}"${r === 2 || r === 5 || r === 9 ? ' hidden="1"' : ''}>${num(`A${r}`, r)}</row>`,
        )
        .join('') + '<row r="9" hidden="1"/>';
    const plain = xlsxPackage({sheets: [{name: '数据', xml: worksheet(rows)}]});
    expect(readXlsx(plain).tabs[0].hiddenRows).toEqual([2, 5]);
    const filter =
      '<autoFilter ref="A4:A6"><filterColumn colId="0"><filters><filter val="4"/></filters></filterColumn></autoFilter>';
    const filtered = xlsxPackage({
      sheets: [{name: '数据', xml: worksheet(rows, filter)}],
    });
    expect(readXlsx(filtered).tabs[0].hiddenRows).toEqual([2]);
  });

  it('reads an empty worksheet as an empty grid', () => {
    const bytes = xlsxPackage({sheets: [{name: '空', xml: worksheet('')}]});
    expect(readXlsx(bytes).tabs).toEqual([
      {name: '空', grid: [], hiddenRows: []},
    ]);
  });

  it('reads a worksheet part with a UTF-8 byte order mark, comments and CDATA', () => {
    const parts = xlsxParts({
      sheets: [
        {
          name: '数据',
          xml: worksheet(
            '<!-- 注释 --><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<甲>]]></t></is></c></row>',
          ),
        },
      ],
    });
    const sheet = 'xl/worksheets/sheet1.xml';
    parts[sheet] = strToU8('\uFEFF' + strFromU8(parts[sheet]));
    expect(readXlsx(zipSync(parts)).tabs[0].grid).toEqual([['<甲>']]);
  });
});
