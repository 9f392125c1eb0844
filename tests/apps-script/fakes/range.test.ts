import {fakeSpreadsheet} from '../../fakes/fake-spreadsheet';
import {DEFAULT_NUMBER_FORMAT} from '../../fakes/fake-range';

function emptySheet() {
  return fakeSpreadsheet({tabs: [{name: '数据'}]}).sheet('数据');
}

describe('FakeRange values', () => {
  it('reads back what setValues wrote, empty cells as empty strings', () => {
    const sheet = emptySheet();
    const when = new Date(Date.UTC(2024, 0, 2));
    sheet.getRange(2, 2, 2, 3).setValues([
      ['a', 1.5, true],
      [when, null, ''],
    ]);
    expect(sheet.getRange(1, 1, 3, 4).getValues()).toEqual([
      ['', '', '', ''],
      ['', 'a', 1.5, true],
      ['', when, '', ''],
    ]);
  });

  it('throws when the data has more rows than the range', () => {
    const range = emptySheet().getRange(1, 1, 2, 2);
    expect(() =>
      range.setValues([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 3 but the range has 2.',
    );
  });

  it('throws when a row has fewer columns than the range', () => {
    const range = emptySheet().getRange(1, 1, 2, 2);
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('writes nothing when setValues throws part-way through the data', () => {
    const sheet = emptySheet();
    expect(() =>
      sheet.getRange(1, 1, 2, 1).setValues([['kept?'], [undefined]]),
    ).toThrow(/fake Sheets: refusing a undefined/);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('stores a string starting with = as a formula whose value is empty until seeded', () => {
    const sheet = emptySheet();
    sheet.getRange(1, 1, 1, 1).setValues([['=SUM(B1:B3)']]);
    expect(sheet.formulaAt(1, 1)).toBe('=SUM(B1:B3)');
    expect(sheet.getRange(1, 1, 1, 1).getValues()).toEqual([['']]);
    sheet.setComputed(1, 1, 42);
    expect(sheet.getRange(1, 1, 1, 1).getValues()).toEqual([[42]]);
  });

  it('keeps an apostrophe-escaped string as text without the apostrophe', () => {
    const sheet = emptySheet();
    sheet.getRange(1, 1, 1, 2).setValues([["'=SUM(B1:B3)", "'001"]]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([
      ['=SUM(B1:B3)', '001'],
    ]);
    expect(sheet.formulaAt(1, 1)).toBeNull();
    expect(sheet.wasEscaped(1, 1)).toBe(true);
    expect(sheet.wasEscaped(1, 2)).toBe(true);
  });

  it('parses number-like and TRUE/FALSE text the way Sheets does', () => {
    const sheet = emptySheet();
    sheet.getRange(1, 1, 1, 4).setValues([['001', '-2.5', 'true', '1,000']]);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([
      [1, -2.5, true, 1000],
    ]);
  });

  it('parses exponents, percentages and dates on the automatic format, in the spreadsheet’s zone', () => {
    const sheet = emptySheet();
    sheet
      .getRange(1, 1, 1, 6)
      .setValues([
        ['007', '1e5', '80%', '2025-02-05', '2025-02-05 14:03', '2025-02-30'],
      ]);
    const [row] = sheet.getRange(1, 1, 1, 6).getValues();
    expect(row.slice(0, 3)).toEqual([7, 100000, 0.8]);
    expect((row[3] as Date).toISOString()).toBe('2025-02-04T16:00:00.000Z');
    expect((row[4] as Date).toISOString()).toBe('2025-02-05T06:03:00.000Z');
    expect(row[5]).toBe('2025-02-30');
  });

  it('keeps number-, date- and percent-like text as written in cells formatted "@"', () => {
    const sheet = emptySheet();
    const text = ['007', '1e5', '80%', '2025-02-05 14:03', "'x"];
    const range = sheet.getRange(1, 1, 1, 5).setNumberFormat('@');
    range.setValues([text]);
    expect(range.getValues()).toEqual([text]);
  });

  it('stores strings verbatim in cells formatted as plain text', () => {
    const sheet = emptySheet();
    const range = sheet.getRange(1, 1, 1, 2).setNumberFormat('@');
    range.setValues([['001', '=A1']]);
    expect(range.getValues()).toEqual([['001', '=A1']]);
    expect(sheet.formulaAt(1, 2)).toBeNull();
  });

  it('refuses a cell longer than 50000 characters like Sheets', () => {
    expect(() =>
      emptySheet()
        .getRange(1, 1, 1, 1)
        .setValues([['x'.repeat(50001)]]),
    ).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });

  it('hands out fresh arrays and Dates, so mutating them leaves the sheet alone', () => {
    const sheet = emptySheet();
    sheet.getRange(1, 1, 1, 2).setValues([[new Date(0), 'a']]);
    const values = sheet.getRange(1, 1, 1, 2).getValues();
    (values[0][0] as Date).setTime(5);
    values[0][1] = 'changed';
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([
      [new Date(0), 'a'],
    ]);
  });

  it('reports its position and size', () => {
    const range = emptySheet().getRange(3, 2, 4, 5);
    expect([
      range.getRow(),
      range.getColumn(),
      range.getNumRows(),
      range.getNumColumns(),
    ]).toEqual([3, 2, 4, 5]);
  });
});

describe('FakeRange formats', () => {
  it('sets notes, backgrounds, bold, wrap and number formats on every cell of the range', () => {
    const sheet = emptySheet();
    sheet
      .getRange(1, 1, 1, 2)
      .setNote('说明')
      .setBackground('#fff2cc')
      .setFontWeight('bold')
      .setWrap(true)
      .setNumberFormat('0.0%');
    for (const column of [1, 2])
      expect(sheet.cellAt(1, column)).toMatchObject({
        note: '说明',
        background: '#fff2cc',
        fontWeight: 'bold',
        wrap: true,
        numberFormat: '0.0%',
      });
    expect(sheet.cellAt(1, 3).note).toBeUndefined();
  });

  it('clears a note, background or font weight when given null', () => {
    const sheet = emptySheet();
    const range = sheet
      .getRange(1, 1, 1, 1)
      .setNote('n')
      .setBackground('red')
      .setFontWeight('bold');
    range.setNote(null).setBackground(null).setFontWeight(null);
    expect(sheet.cellAt(1, 1)).toEqual({
      value: '',
      formula: null,
      escaped: false,
    });
  });

  it('rejects a font weight other than bold or normal', () => {
    expect(() =>
      emptySheet().getRange(1, 1, 1, 1).setFontWeight('heavy'),
    ).toThrow(/Invalid argument/);
  });

  it('reports the automatic number format where none was set', () => {
    const range = emptySheet().getRange(1, 1, 1, 2);
    expect(range.getNumberFormats()).toEqual([
      [DEFAULT_NUMBER_FORMAT, DEFAULT_NUMBER_FORMAT],
    ]);
  });

  it('does not count formats and notes as content for getLastRow', () => {
    const sheet = emptySheet();
    sheet.getRange(5, 5, 1, 1).setNote('n').setBackground('red');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
  });
});

describe('FakeRange number formats and failing writes', () => {
  it('sets one number format per cell and refuses a grid of the wrong shape', () => {
    const sheet = emptySheet();
    const range = sheet.getRange(1, 1, 1, 2);
    range.setNumberFormats([['@', '0']]);
    expect(range.getNumberFormats()).toEqual([['@', '0']]);
    expect(() => range.setNumberFormats([['@']])).toThrow(
      'The number of columns in the data does not match',
    );
  });

  it('fails a scheduled setValues, writing nothing, then writes again', () => {
    const sheet = emptySheet();
    sheet.failNextSetValues(new Error('Service unavailable'), 1);
    sheet.getRange(1, 1, 1, 1).setValues([['a']]);
    expect(() => sheet.getRange(2, 1, 1, 1).setValues([['b']])).toThrow(
      'Service unavailable',
    );
    sheet.getRange(3, 1, 1, 1).setValues([['c']]);
    expect(sheet.getRange(1, 1, 3, 1).getValues()).toEqual([
      ['a'],
      [''],
      ['c'],
    ]);
  });
});
