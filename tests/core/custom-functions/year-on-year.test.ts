import {yearOnYearOf} from '../../../src/core/custom-functions/year-on-year';

describe('yearOnYearOf (FZ_YOY)', () => {
  it('writes a rise as 增长 with one decimal: 112.5 over 100 → 增长12.5%', () => {
    expect(yearOnYearOf(112.5, 100)).toBe('增长12.5%');
  });

  it('writes a fall as 下降: 96.9 over 100 → 下降3.1%', () => {
    expect(yearOnYearOf(96.9, 100)).toBe('下降3.1%');
  });

  it('writes no change, or a change that rounds to 0, as 持平', () => {
    expect(yearOnYearOf(100, 100)).toBe('持平');
    expect(yearOnYearOf(10001, 10000)).toBe('持平');
  });

  it('writes the given number of decimals', () => {
    expect(yearOnYearOf(461, 400, 0)).toBe('增长15%');
    expect(yearOnYearOf(461, 400, 2)).toBe('增长15.25%');
  });

  it('compares two ranges element-wise and a range with one last-year cell', () => {
    expect(yearOnYearOf([[110], [90]], [[100], [100]])).toEqual([
      ['增长10.0%'],
      ['下降10.0%'],
    ]);
    expect(yearOnYearOf([[110, 100]], 100)).toEqual([['增长10.0%', '持平']]);
  });

  it('throws when last year is 0', () => {
    expect(() => yearOnYearOf(5, 0)).toThrow('FZ_YOY：上年数不能为 0');
  });

  it('throws when last year is negative', () => {
    expect(() => yearOnYearOf(5, -2)).toThrow('FZ_YOY：上年数不能为负数：-2');
  });

  it('throws when this year or last year is missing or text', () => {
    expect(() => yearOnYearOf('', 100)).toThrow('FZ_YOY：本年数为空');
    expect(() => yearOnYearOf(100, '去年')).toThrow(
      'FZ_YOY：上年数不是数字：去年',
    );
  });

  it('marks a bad pair of a range with #错误', () => {
    expect(yearOnYearOf([[110], [3]], [[100], [0]])).toEqual([
      ['增长10.0%'],
      ['#错误：上年数不能为 0'],
    ]);
  });
});
