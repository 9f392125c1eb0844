import {
  cellText,
  isEmptyCell,
  isSpreadsheetError,
  normaliseKey,
  parseFigure,
  toHalfWidth,
  trimCell,
} from '../../../src/core/workbook/cell-text';

describe('trimCell', () => {
  it('trims ordinary spaces, tabs and line breaks from both ends', () => {
    expect(trimCell(' \t古荡街道\n ')).toBe('古荡街道');
  });

  it('trims the ideographic space U+3000 from both ends', () => {
    expect(trimCell('\u3000古荡街道\u3000')).toBe('古荡街道');
  });

  it('keeps spaces inside the text', () => {
    expect(trimCell(' 古荡 街道 ')).toBe('古荡 街道');
  });
});

describe('toHalfWidth', () => {
  it('folds full-width digits and percent sign ("４２％" → "42%")', () => {
    expect(toHalfWidth('４２％')).toBe('42%');
  });

  it('folds full-width letters, comma and full stop', () => {
    expect(toHalfWidth('ＡＢｃ，１．５')).toBe('ABc,1.5');
  });

  it('leaves Chinese text and Chinese punctuation alone', () => {
    expect(toHalfWidth('持证率。、')).toBe('持证率。、');
  });
});

describe('cellText', () => {
  it('gives "" for null and undefined', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
  });

  it('writes a Date as yyyy-mm-dd', () => {
    expect(cellText(new Date(2025, 1, 5))).toBe('2025-02-05');
  });

  it('writes integers as they are and rounds binary noise off fractions', () => {
    expect(cellText(42)).toBe('42');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
  });

  it('writes booleans as TRUE and FALSE', () => {
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(false)).toBe('FALSE');
  });

  it('trims text cells', () => {
    expect(cellText('\u3000章 ')).toBe('章');
  });

  it('treats a cell of spaces only as empty', () => {
    expect(isEmptyCell(' \u3000 ')).toBe(true);
    expect(isEmptyCell(0)).toBe(false);
  });
});

describe('normaliseKey', () => {
  it('removes inner spaces and folds full-width forms of a header', () => {
    expect(normaliseKey(' 指\u3000标 ')).toBe('指标');
    expect(normaliseKey('ＩＤ')).toBe('ID');
  });
});

describe('isSpreadsheetError', () => {
  it('recognises the spreadsheet error values', () => {
    for (const e of [
      '#DIV/0!',
      '#REF!',
      '#N/A',
      '#NAME?',
      '#VALUE!',
      '#NUM!',
      '#NULL!',
    ]) {
      expect(isSpreadsheetError(e)).toBe(true);
    }
  });

  it('does not take ordinary text or a number for an error', () => {
    expect(isSpreadsheetError('#1')).toBe(false);
    expect(isSpreadsheetError(42)).toBe(false);
  });
});

describe('parseFigure', () => {
  it('reads a number cell as a number that is not a percent', () => {
    expect(parseFigure(42)).toEqual({
      kind: 'number',
      value: 42,
      percent: false,
    });
  });

  it('reads a number stored as text with full-width digits and a comma ("１,234")', () => {
    expect(parseFigure('１,234')).toEqual({
      kind: 'number',
      value: 1234,
      percent: false,
    });
  });

  it('reads a number stored as text with a full-width comma ("１，２３４")', () => {
    expect(parseFigure('１，２３４')).toEqual({
      kind: 'number',
      value: 1234,
      percent: false,
    });
  });

  it('reads " 42 " with surrounding spaces as 42', () => {
    expect(parseFigure(' 42 ')).toEqual({
      kind: 'number',
      value: 42,
      percent: false,
    });
  });

  it('reads negative and decimal text ("-3", "2.5")', () => {
    expect(parseFigure('-3')).toEqual({
      kind: 'number',
      value: -3,
      percent: false,
    });
    expect(parseFigure('2.5')).toEqual({
      kind: 'number',
      value: 2.5,
      percent: false,
    });
  });

  it('reads "80.8%" as 0.808 flagged as percent', () => {
    expect(parseFigure('80.8%')).toEqual({
      kind: 'number',
      value: 0.808,
      percent: true,
    });
  });

  it('reads a full-width "８０．８％" as 0.808 flagged as percent', () => {
    expect(parseFigure('８０．８％')).toEqual({
      kind: 'number',
      value: 0.808,
      percent: true,
    });
  });

  it('reads "30余" as an approximate figure', () => {
    expect(parseFigure('30余')).toEqual({kind: 'approximate', text: '30余'});
  });

  it('reads "480余万" and "20多" as approximate figures', () => {
    expect(parseFigure('480余万')).toEqual({
      kind: 'approximate',
      text: '480余万',
    });
    expect(parseFigure('20多')).toEqual({kind: 'approximate', text: '20多'});
  });

  it.each(['3万余', '1.2万余', '近3000', '约3000', '3000多', '两', '超过500'])(
    'reads "%s" as an approximate figure printed as typed',
    text => {
      expect(parseFigure(text)).toEqual({kind: 'approximate', text});
    },
  );

  it.each(['3万', '近', '万余', '两千', '约'])(
    'does not read "%s" as an approximate figure',
    text => {
      expect(parseFigure(text).kind).toBe('invalid');
    },
  );

  it('reads "#DIV/0!" as a spreadsheet error', () => {
    expect(parseFigure('#DIV/0!')).toEqual({kind: 'error', text: '#DIV/0!'});
  });

  it('reads "abc" as invalid, keeping the text', () => {
    expect(parseFigure('abc')).toEqual({kind: 'invalid', text: 'abc'});
  });

  it('reads a comma in the wrong place ("1,23") as invalid', () => {
    expect(parseFigure('1,23')).toEqual({kind: 'invalid', text: '1,23'});
  });

  it('reads "", spaces, null and undefined as empty', () => {
    for (const v of ['', ' \u3000', null, undefined]) {
      expect(parseFigure(v)).toEqual({kind: 'empty'});
    }
  });

  it('reads NaN and Infinity as invalid', () => {
    expect(parseFigure(NaN)).toEqual({kind: 'invalid', text: 'NaN'});
    expect(parseFigure(Infinity)).toEqual({kind: 'invalid', text: 'Infinity'});
  });

  it('reads a Date in a figure cell as invalid', () => {
    expect(parseFigure(new Date(2025, 1, 5))).toEqual({
      kind: 'invalid',
      text: '2025-02-05',
    });
  });
});
