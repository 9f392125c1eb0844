import {ordinalOf} from '../../../src/core/custom-functions/ordinal';

describe('ordinalOf (FZ_ORDINAL)', () => {
  it('writes 章 as 一、 and 节 as （一）', () => {
    expect(ordinalOf(1, '章')).toBe('一、');
    expect(ordinalOf(12, '节')).toBe('（十二）');
  });

  it('writes 条 as 1. and 条、 as 1、', () => {
    expect(ordinalOf(3, '条')).toBe('3.');
    expect(ordinalOf(3, '条、')).toBe('3、');
  });

  it('writes 款 as （1） and 要点 as 一是', () => {
    expect(ordinalOf(2, '款')).toBe('（2）');
    expect(ordinalOf(2, '要点')).toBe('二是');
  });

  it('accepts a style with surrounding spaces and n typed as text', () => {
    expect(ordinalOf('３', ' 节 ')).toBe('（三）');
  });

  it('labels a range of numbers element-wise', () => {
    expect(ordinalOf([[1], [2], ['']], '章')).toEqual([
      ['一、'],
      ['二、'],
      [''],
    ]);
  });

  it('throws for an unknown style, listing the styles', () => {
    expect(() => ordinalOf(1, '段')).toThrow(
      'FZ_ORDINAL：样式须为“章”“节”“条”“条、”“款”“要点”之一：段',
    );
  });

  it('throws for a missing style', () => {
    expect(() => ordinalOf(1, '')).toThrow('FZ_ORDINAL：样式须为');
  });

  it('throws for 0, a fraction and text', () => {
    expect(() => ordinalOf(0, '章')).toThrow('FZ_ORDINAL：序号须大于 0：0');
    expect(() => ordinalOf(1.5, '章')).toThrow('FZ_ORDINAL：序号须为整数：1.5');
    expect(() => ordinalOf('甲', '章')).toThrow('FZ_ORDINAL：序号不是数字：甲');
  });

  it('marks an item 0 in a range with #错误 and labels the rest', () => {
    expect(ordinalOf([[1], [0]], '要点')).toEqual([
      ['一是'],
      ['#错误：序号须大于 0：0'],
    ]);
  });
});
