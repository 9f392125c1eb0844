import {chineseNumeralOf} from '../../../src/core/custom-functions/chinese-numeral';

describe('chineseNumeralOf (FZ_CN)', () => {
  it('writes 4, 20 and 105 as 四, 二十 and 一百零五', () => {
    expect(chineseNumeralOf(4)).toBe('四');
    expect(chineseNumeralOf(20)).toBe('二十');
    expect(chineseNumeralOf(105)).toBe('一百零五');
  });

  it('writes 0 as 零 and accepts a number typed as text', () => {
    expect(chineseNumeralOf(0)).toBe('零');
    expect(chineseNumeralOf('１２')).toBe('十二');
  });

  it('converts a range cell by cell, blank cells staying blank', () => {
    expect(
      chineseNumeralOf([
        [1, 2],
        ['', 10],
      ]),
    ).toEqual([
      ['一', '二'],
      ['', '十'],
    ]);
  });

  it('throws for a fractional number', () => {
    expect(() => chineseNumeralOf(2.5)).toThrow('FZ_CN：数字须为整数：2.5');
  });

  it('throws for a negative number', () => {
    expect(() => chineseNumeralOf(-3)).toThrow('FZ_CN：数字不能为负数：-3');
  });

  it('throws for 10^16 and above, which have no unit name', () => {
    expect(() => chineseNumeralOf(1e16)).toThrow('FZ_CN：数字过大');
  });

  it('throws for text', () => {
    expect(() => chineseNumeralOf('第三')).toThrow('FZ_CN：数字不是数字：第三');
  });

  it('marks the bad cells of a range with #错误', () => {
    expect(chineseNumeralOf([[3], [-1], [1.5]])).toEqual([
      ['三'],
      ['#错误：数字不能为负数：-1'],
      ['#错误：数字须为整数：1.5'],
    ]);
  });
});
