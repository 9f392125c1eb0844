import {toChineseNumeral} from '../../../src/core/text/chinese-numerals';

describe('toChineseNumeral', () => {
  it('writes 0 as 零', () => {
    expect(toChineseNumeral(0)).toBe('零');
  });

  it('writes the digits 1 to 9 as 一 to 九', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(toChineseNumeral)).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
      '九',
    ]);
  });

  it('writes 10 as 十 and 15 as 十五', () => {
    expect(toChineseNumeral(10)).toBe('十');
    expect(toChineseNumeral(15)).toBe('十五');
  });

  it('writes 11 to 19 without a leading 一 (十一, not 一十一)', () => {
    expect(toChineseNumeral(11)).toBe('十一');
    expect(toChineseNumeral(19)).toBe('十九');
  });

  it('writes 20 as 二十 and 99 as 九十九', () => {
    expect(toChineseNumeral(20)).toBe('二十');
    expect(toChineseNumeral(99)).toBe('九十九');
  });

  it('writes 100 as 一百 and 101 as 一百零一', () => {
    expect(toChineseNumeral(100)).toBe('一百');
    expect(toChineseNumeral(101)).toBe('一百零一');
  });

  it('keeps the 一 of 一十 inside a number (110 → 一百一十)', () => {
    expect(toChineseNumeral(110)).toBe('一百一十');
    expect(toChineseNumeral(115)).toBe('一百一十五');
  });

  it('collapses inner zeros to one 零 (1001 → 一千零一, 1010 → 一千零一十)', () => {
    expect(toChineseNumeral(1001)).toBe('一千零一');
    expect(toChineseNumeral(1010)).toBe('一千零一十');
  });

  it('writes 10000 as 一万 and 10001 as 一万零一', () => {
    expect(toChineseNumeral(10000)).toBe('一万');
    expect(toChineseNumeral(10001)).toBe('一万零一');
  });

  it('writes 100000 as 十万 and 110000 as 十一万', () => {
    expect(toChineseNumeral(100000)).toBe('十万');
    expect(toChineseNumeral(110000)).toBe('十一万');
  });

  it('writes 1000000 as 一百万', () => {
    expect(toChineseNumeral(1000000)).toBe('一百万');
  });

  it('writes 12345678 group by group as 一千二百三十四万五千六百七十八', () => {
    expect(toChineseNumeral(12345678)).toBe('一千二百三十四万五千六百七十八');
  });

  it('writes a 零 after 万 when the lower group is under a thousand (10100 → 一万零一百)', () => {
    expect(toChineseNumeral(10100)).toBe('一万零一百');
    expect(toChineseNumeral(100010)).toBe('十万零一十');
  });

  it('writes 亿 and one 零 across an empty 万 group (100000001 → 一亿零一)', () => {
    expect(toChineseNumeral(100000000)).toBe('一亿');
    expect(toChineseNumeral(100000001)).toBe('一亿零一');
  });

  it('throws a RangeError for a negative number', () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
  });

  it('throws a RangeError for a fraction', () => {
    expect(() => toChineseNumeral(2.5)).toThrow(RangeError);
  });

  it('throws a RangeError for NaN and for 10^16 and above', () => {
    expect(() => toChineseNumeral(NaN)).toThrow(RangeError);
    expect(() => toChineseNumeral(1e16)).toThrow(RangeError);
  });
});
