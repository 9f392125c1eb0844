import {formatChineseDate} from '../../../src/core/text/chinese-date';
import {parseDateValue} from '../../../src/core/workbook/cell-date';

const FEB_5 = new Date(2025, 1, 5);

describe('formatChineseDate', () => {
  it('writes 5 February 2025 as 2025年2月5日 with no zero padding', () => {
    expect(formatChineseDate(FEB_5)).toBe('2025年2月5日');
  });

  it('writes two-digit months and days as they are (2024年12月31日)', () => {
    expect(formatChineseDate(new Date(2024, 11, 31))).toBe('2024年12月31日');
  });

  it('round-trips a parsed "2025-02-05" to 2025年2月5日', () => {
    const parsed = parseDateValue('2025-02-05');
    expect(parsed && formatChineseDate(parsed)).toBe('2025年2月5日');
  });
});
