import {
  cellRef,
  columnLetter,
  formatCellRef,
  toA1,
} from '../../../src/core/cells/cell-ref';

describe('columnLetter', () => {
  it('writes column 1 as A and 26 as Z', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(26)).toBe('Z');
  });

  it('writes column 27 as AA and 28 as AB', () => {
    expect(columnLetter(27)).toBe('AA');
    expect(columnLetter(28)).toBe('AB');
  });

  it('writes column 52 as AZ and 53 as BA', () => {
    expect(columnLetter(52)).toBe('AZ');
    expect(columnLetter(53)).toBe('BA');
  });

  it('writes column 702 as ZZ and 703 as AAA', () => {
    expect(columnLetter(702)).toBe('ZZ');
    expect(columnLetter(703)).toBe('AAA');
  });
});

describe('cell references', () => {
  it('builds a reference from tab, row and column', () => {
    expect(cellRef('数据', 7, 2)).toEqual({tab: '数据', row: 7, column: 2});
  });

  it('writes the A1 address within the tab as B7', () => {
    expect(toA1(cellRef('数据', 7, 2))).toBe('B7');
  });

  it('writes the full reference as 数据!B7', () => {
    expect(formatCellRef(cellRef('数据', 7, 2))).toBe('数据!B7');
  });

  it('writes a part tab reference as 一、举措成效!C12', () => {
    expect(formatCellRef(cellRef('一、举措成效', 12, 3))).toBe(
      '一、举措成效!C12',
    );
  });
});
