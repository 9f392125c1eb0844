import {parseDateValue} from '../../../src/core/workbook/cell-date';

const FEB_5 = new Date(2025, 1, 5);

describe('parseDateValue', () => {
  it('rejects a year before 1900 rather than reading 0025 as 1925', () => {
    expect(parseDateValue('0025-02-05')).toBeUndefined();
  });

  it('returns a valid Date as it is', () => {
    expect(parseDateValue(FEB_5)).toBe(FEB_5);
  });

  it('rejects an invalid Date object', () => {
    expect(parseDateValue(new Date(NaN))).toBeUndefined();
  });

  it('reads "2025-02-05" as 5 February 2025', () => {
    expect(parseDateValue('2025-02-05')).toEqual(FEB_5);
  });

  it('reads "2025/2/5" as 5 February 2025', () => {
    expect(parseDateValue('2025/2/5')).toEqual(FEB_5);
  });

  it('reads "2025.2.5" as 5 February 2025', () => {
    expect(parseDateValue('2025.2.5')).toEqual(FEB_5);
  });

  it('reads "2025年2月5日" as 5 February 2025', () => {
    expect(parseDateValue('2025年2月5日')).toEqual(FEB_5);
  });

  it('reads a date typed with surrounding spaces', () => {
    expect(parseDateValue(' 2025-02-05 ')).toEqual(FEB_5);
  });

  it('rejects 30 February ("2025-02-30")', () => {
    expect(parseDateValue('2025-02-30')).toBeUndefined();
  });

  it('rejects month 13 ("2025-13-01")', () => {
    expect(parseDateValue('2025-13-01')).toBeUndefined();
  });

  it('rejects text that is not a date', () => {
    expect(parseDateValue('二〇二五年二月五日')).toBeUndefined();
    expect(parseDateValue('明天')).toBeUndefined();
    expect(parseDateValue('')).toBeUndefined();
  });

  it('rejects numbers, booleans and empty cells', () => {
    expect(parseDateValue(45693)).toBeUndefined();
    expect(parseDateValue(true)).toBeUndefined();
    expect(parseDateValue(null)).toBeUndefined();
    expect(parseDateValue(undefined)).toBeUndefined();
  });
});
