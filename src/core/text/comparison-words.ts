// Last year against this year in words: 同比 ("增长12.5%", "下降3.1%", "持平") and 增减
// ("增加12件", "减少3件", "提高2.5个百分点"). FZ_YOY and the {{指标|同比}} format share them.

import {decimalText, percentText} from './figure-format';

/**
 * (current − previous) ÷ previous with `decimals` decimals: 112.5, 100 → "增长12.5%"; a change
 * that rounds to 0 is "持平". `previous` must be positive (callers turn 0 and below into findings).
 */
export function yearOnYearText(
  current: number,
  previous: number,
  decimals = 1,
): string {
  const change = relativeChange(current, previous);
  const size = percentText(Math.abs(change), decimals);
  if (Number(size.slice(0, -1)) === 0) return '持平';
  return change > 0 ? `增长${size}` : `下降${size}`;
}

/** The relative change current ÷ previous − 1 (0.125 for 增长12.5%); previous must be positive. */
export function relativeChange(current: number, previous: number): number {
  return (current - previous) / previous;
}

/**
 * The difference in the figure's unit: "增加12件", "减少3件", "持平"; a rate (kept as a fraction)
 * in percentage points: 0.808 against 0.75 → "提高5.8个百分点". Up to 2 decimals.
 */
export function changeText(
  current: number,
  previous: number,
  unit: string,
  isRate: boolean,
): string {
  if (isRate) {
    const points = decimalText(Math.abs(current - previous) * 100, 2);
    if (Number(points) === 0) return '持平';
    return `${current > previous ? '提高' : '降低'}${points}个百分点`;
  }
  const size = decimalText(Math.abs(current - previous), 2);
  if (Number(size) === 0) return '持平';
  return `${current > previous ? '增加' : '减少'}${size}${unit}`;
}
