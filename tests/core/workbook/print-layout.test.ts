import {wrappedRowHeight} from '../../../src/core/workbook/print-layout';

describe('wrappedRowHeight', () => {
  it('leaves a row whose text fits on one line at its default height', () => {
    expect(wrappedRowHeight([{text: '主要举措', width: 30}])).toBeUndefined();
    expect(wrappedRowHeight([])).toBeUndefined();
  });

  it('counts a CJK character as two column units: 40 of them in a 30-wide column take 3 lines', () => {
    expect(wrappedRowHeight([{text: '法'.repeat(40), width: 30}])).toBe(45);
  });

  it('counts line breaks typed in the cell and takes the tallest cell of the row', () => {
    expect(
      wrappedRowHeight([
        {text: '一\n二\n三\n四', width: 80},
        {text: 'a'.repeat(100), width: 30},
      ]),
    ).toBe(60);
  });
});
