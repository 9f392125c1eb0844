import {createFakeServices} from '../../fakes/fake-environment';
import {fakeSpreadsheet} from '../../fakes/fake-spreadsheet';

describe('FakeSpreadsheet', () => {
  it('returns tabs in order and null for a missing name', () => {
    const ss = fakeSpreadsheet({tabs: [{name: '数据'}, {name: '设置'}]});
    expect(ss.getSheets().map(s => s.getName())).toEqual(['数据', '设置']);
    expect(ss.getSheetByName('说明')).toBeNull();
    expect(ss.getSheetByName('设置')?.getName()).toBe('设置');
  });

  it('inserts a sheet at a 0-based index', () => {
    const ss = fakeSpreadsheet({tabs: [{name: 'A'}, {name: 'C'}]});
    ss.insertSheet('B', 1);
    ss.insertSheet('Z', 3);
    expect(ss.sheetNames()).toEqual(['A', 'B', 'C', 'Z']);
    expect(ss.sheet('B').getMaxRows()).toBe(1000);
  });

  it('throws like Sheets when inserting a sheet whose name is taken', () => {
    const ss = fakeSpreadsheet({tabs: [{name: '数据'}]});
    expect(() => ss.insertSheet('数据', 0)).toThrow(
      'A sheet with the name "数据" already exists. Please enter another name.',
    );
  });

  it('treats tab names case-insensitively, as Sheets does', () => {
    const ss = fakeSpreadsheet({tabs: [{name: 'Data'}]});
    expect(() => ss.insertSheet('data', 1)).toThrow(/already exists/);
    expect(ss.getSheetByName('DATA')?.getName()).toBe('Data');
  });

  it('throws for an insert index past the end', () => {
    expect(() => fakeSpreadsheet().insertSheet('A', 1)).toThrow(/out of range/);
  });

  it('keeps toasts for assertions', () => {
    const ss = fakeSpreadsheet();
    ss.toast('已生成', '法治报告', 5);
    expect(ss.toasts).toEqual([
      {message: '已生成', title: '法治报告', timeoutSeconds: 5},
    ]);
  });

  it('reports Asia/Shanghai as the time zone unless configured', () => {
    expect(fakeSpreadsheet().getSpreadsheetTimeZone()).toBe('Asia/Shanghai');
    expect(fakeSpreadsheet({timeZone: 'UTC'}).getSpreadsheetTimeZone()).toBe(
      'UTC',
    );
  });

  it('helps a test find a tab and fails loudly on a typo', () => {
    expect(() => fakeSpreadsheet().sheet('数椐')).toThrow(/no tab named/);
  });
});

describe('spreadsheet snapshots', () => {
  it('capture values, formulas, escapes and formats per tab', () => {
    const env = createFakeServices({
      tabs: [{name: '数据', rows: [['标题', 3]]}],
    });
    const sheet = env.spreadsheet.sheet('数据');
    const rule = env.services.SpreadsheetApp.newDataValidation()
      .requireValueInList(['是', '否'], true)
      .build();
    sheet.getRange(2, 1, 1, 3).setValues([['=B1*2', "'=x", 'plain']]);
    sheet.getRange(1, 1, 1, 2).setFontWeight('bold').setBackground('#eee');
    sheet
      .getRange(2, 2, 1, 1)
      .setDataValidation(rule)
      .setNote('选择')
      .setWrap(true);
    sheet.getRange(1, 2, 1, 1).setNumberFormat('0');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 120);
    expect(env.spreadsheet.snapshot()).toEqual([
      {
        name: '数据',
        values: [
          ['标题', 3, ''],
          ['', '=x', 'plain'],
        ],
        formulas: {A2: '=B1*2'},
        escaped: ['B2'],
        notes: {B2: '选择'},
        backgrounds: {A1: '#eee', B1: '#eee'},
        validations: {
          B2: {
            criteria: 'VALUE_IN_LIST',
            values: [['是', '否'], true],
            allowInvalid: true,
            helpText: null,
          },
        },
        numberFormats: {B1: '0'},
        bold: ['A1', 'B1'],
        wrapped: ['B2'],
        frozenRows: 1,
        columnWidths: {1: 120},
      },
    ]);
  });

  it('are equal before and after a run that only reads', () => {
    const ss = fakeSpreadsheet({
      tabs: [{name: '数据', rows: [['a', 1]]}, {name: '空'}],
    });
    const before = ss.snapshot();
    ss.getSheets().forEach(s => s.getDataRange().getValues());
    expect(ss.snapshot()).toEqual(before);
    expect(before[1].values).toEqual([['']]);
  });
});
