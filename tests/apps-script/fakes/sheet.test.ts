import {CallLog} from '../../fakes/call-log';
import {FakeSheet} from '../../fakes/fake-sheet';

function sheet(maxRows?: number, maxColumns?: number) {
  return new FakeSheet('数据', new CallLog(), maxRows, maxColumns);
}

describe('FakeSheet ranges', () => {
  it('gives the 1×1 range A1 as the data range of an empty sheet', () => {
    const range = sheet().getDataRange();
    expect([
      range.getRow(),
      range.getColumn(),
      range.getNumRows(),
      range.getNumColumns(),
    ]).toEqual([1, 1, 1, 1]);
    expect(range.getValues()).toEqual([['']]);
  });

  it('spans A1 to the last row and column with content as the data range', () => {
    const s = sheet().seed([['a'], ['', '', 'c']]);
    expect(s.getDataRange().getValues()).toEqual([
      ['a', '', ''],
      ['', '', 'c'],
    ]);
  });

  it('reads getSheetValues like getRange().getValues(), -1 running to the last row or column with data', () => {
    const s = sheet(5, 4).seed([['a'], ['', '', 'c']]);
    expect(s.getSheetValues(1, 2, 2, 2)).toEqual(
      s.getRange(1, 2, 2, 2).getValues(),
    );
    expect(s.getSheetValues(1, 1, -1, -1)).toEqual(
      s.getDataRange().getValues(),
    );
    expect(s.getSheetValues(2, 1, -1, 1)).toEqual([['']]);
    expect(() => s.getSheetValues(1, 1, 6, 1)).toThrow(
      'Those rows are out of bounds.',
    );
  });

  it('throws for a range with zero rows, the empty-tab getLastRow() - 1 bug', () => {
    const s = sheet();
    expect(() => s.getRange(2, 1, s.getLastRow() - 1, 3)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
  });

  it('throws for a range with zero columns', () => {
    expect(() => sheet().getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
  });

  it('throws for a starting row or column below 1', () => {
    expect(() => sheet().getRange(0, 1, 1, 1)).toThrow(
      'The starting row of the range is too small.',
    );
    expect(() => sheet().getRange(1, 0, 1, 1)).toThrow(
      'The starting column of the range is too small.',
    );
  });

  it('throws for ranges beyond the sheet’s 1000 rows and 26 columns', () => {
    const s = sheet();
    expect(s.getMaxRows()).toBe(1000);
    expect(() => s.getRange(1000, 1, 1, 26)).not.toThrow();
    expect(() => s.getRange(1000, 1, 2, 1)).toThrow(
      'Those rows are out of bounds.',
    );
    expect(() => s.getRange(1, 26, 1, 2)).toThrow(
      'Those columns are out of bounds.',
    );
  });

  it('honours a configured sheet size', () => {
    expect(() => sheet(10, 3).getRange(11, 1, 1, 1)).toThrow(
      'Those rows are out of bounds.',
    );
  });

  it('throws for a fractional row instead of guessing', () => {
    expect(() => sheet().getRange(1.5, 1, 1, 1)).toThrow(/integers/);
  });
});

describe('FakeSheet content and layout', () => {
  it('reports the last row and column with content, 0 when empty', () => {
    const s = sheet();
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([0, 0]);
    s.getRange(3, 2, 1, 1).setValues([['x']]);
    s.getRange(1, 4, 1, 1).setValues([['=A1']]);
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([3, 4]);
  });

  it('grows to fit seeded rows wider or longer than the default size', () => {
    const s = sheet(2, 2).seed([[1, 2, 3], [4], [5]]);
    expect(s.size).toEqual({maxRows: 3, maxColumns: 3});
  });

  it('seeds values verbatim, without formula or number parsing', () => {
    const s = sheet().seed([['=not a formula', '001']]);
    expect(s.getDataRange().getValues()).toEqual([['=not a formula', '001']]);
    expect(s.formulaAt(1, 1)).toBeNull();
  });

  it('seeds a formula together with its computed value', () => {
    const s = sheet().seedFormula(1, 1, '=1+1', 2);
    expect(s.formulaAt(1, 1)).toBe('=1+1');
    expect(s.getDataRange().getValues()).toEqual([[2]]);
  });

  it('refuses to seed a computed value where there is no formula', () => {
    expect(() =>
      sheet()
        .seed([[1]])
        .setComputed(1, 1, 2),
    ).toThrow(/no formula/);
  });

  it('forgets a seeded computed value when the formula cell is overwritten', () => {
    const s = sheet().seedFormula(1, 1, '=1+1', 2);
    s.getRange(1, 1, 1, 1).setValues([['=2+2']]);
    expect(s.getDataRange().getValues()).toEqual([['']]);
  });

  it('keeps frozen rows and refuses to freeze every row', () => {
    const s = sheet(5);
    s.setFrozenRows(1);
    expect(s.getFrozenRows()).toBe(1);
    expect(() => s.setFrozenRows(5)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  it('records column widths and refuses columns beyond the sheet', () => {
    const s = sheet();
    s.setColumnWidth(2, 240);
    expect(s.widths()).toEqual(new Map([[2, 240]]));
    expect(() => s.setColumnWidth(27, 100)).toThrow(
      'Those columns are out of bounds.',
    );
  });
});
