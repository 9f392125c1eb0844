import {approximateOf} from '../../../src/core/custom-functions/approximate';

describe('approximateOf (FZ_APPROX)', () => {
  it('writes 746 as 740余 and 32 as 30余', () => {
    expect(approximateOf(746)).toBe('740余');
    expect(approximateOf(32)).toBe('30余');
  });

  it('keeps a round value exact: 400 stays 400', () => {
    expect(approximateOf(400)).toBe('400');
  });

  it('counts in 万 when asked: 4812345 → 480余万, 4800000 → 480万', () => {
    expect(approximateOf(4812345, '万')).toBe('480余万');
    expect(approximateOf(4800000, '万')).toBe('480万');
  });

  it('counts in 亿 when asked', () => {
    expect(approximateOf(312000000, '亿')).toBe('3余亿');
  });

  it('writes a figure under one 万 without the unit', () => {
    expect(approximateOf(3200, '万')).toBe('3200');
  });

  it('converts a range cell by cell', () => {
    expect(approximateOf([[746], [''], [1234]])).toEqual([
      ['740余'],
      [''],
      ['1200余'],
    ]);
  });

  it('throws for an unknown unit, naming the allowed ones', () => {
    expect(() => approximateOf(746, '千')).toThrow(
      'FZ_APPROX：单位须为空、“万”或“亿”：千',
    );
  });

  it('throws for a negative number and for text', () => {
    expect(() => approximateOf(-5)).toThrow('FZ_APPROX：数字不能为负数：-5');
    expect(() => approximateOf('很多')).toThrow(
      'FZ_APPROX：数字不是数字：很多',
    );
  });

  it('marks a negative cell of a range with #错误 and approximates the rest', () => {
    expect(approximateOf([[746], [-1]])).toEqual([
      ['740余'],
      ['#错误：数字不能为负数：-1'],
    ]);
  });
});
