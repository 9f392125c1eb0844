import {percentOf} from '../../../src/core/custom-functions/percent';

describe('percentOf (FZ_PERCENT)', () => {
  it('writes 42 of 52 as 80.8% with one decimal by default', () => {
    expect(percentOf(42, 52)).toBe('80.8%');
  });

  it('writes the given number of decimals, 0 to 4', () => {
    expect(percentOf(42, 52, 0)).toBe('81%');
    expect(percentOf(42, 52, 2)).toBe('80.77%');
    expect(percentOf(1, 4, 3)).toBe('25.000%');
  });

  it('accepts numbers typed as text and full-width digits', () => {
    expect(percentOf('42', '５２')).toBe('80.8%');
  });

  it('divides two ranges of the same shape cell by cell', () => {
    expect(percentOf([[42], [3]], [[52], [4]])).toEqual([['80.8%'], ['75.0%']]);
  });

  it('divides a range by a single whole', () => {
    expect(percentOf([[1, 2, 5]], 10)).toEqual([['10.0%', '20.0%', '50.0%']]);
  });

  it('leaves a row blank where part and whole are both blank', () => {
    expect(percentOf([[42], ['']], [[52], ['']])).toEqual([['80.8%'], ['']]);
  });

  it('throws 分母不能为 0 for a single whole of 0', () => {
    expect(() => percentOf(42, 0)).toThrow('FZ_PERCENT：分母不能为 0');
  });

  it('throws when the whole is text, blank or a spreadsheet error', () => {
    expect(() => percentOf(42, '未知')).toThrow(
      'FZ_PERCENT：分母不是数字：未知',
    );
    expect(() => percentOf(42, '')).toThrow('FZ_PERCENT：分母为空');
    expect(() => percentOf(42, '#REF!')).toThrow(
      'FZ_PERCENT：分母单元格有错误：#REF!',
    );
  });

  it('throws when the part is not a number', () => {
    expect(() => percentOf('四十二', 52)).toThrow(
      'FZ_PERCENT：分子不是数字：四十二',
    );
  });

  it('marks only the bad cell of a range and computes the rest', () => {
    expect(percentOf([[42], [1], ['x']], [[52], [0], [4]])).toEqual([
      ['80.8%'],
      ['#错误：分母不能为 0'],
      ['#错误：分子不是数字：x'],
    ]);
  });

  it('throws when part and whole ranges differ in shape', () => {
    expect(() => percentOf([[1], [2]], [[1, 2]])).toThrow(
      'FZ_PERCENT：两个区域的大小不一致：2行1列与1行2列',
    );
  });

  it('throws for decimals out of range even when the inputs are fine', () => {
    expect(() => percentOf(42, 52, 7)).toThrow(
      'FZ_PERCENT：小数位数须为 0 到 4 的整数：7',
    );
  });
});
