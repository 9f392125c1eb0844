// Formats of a figure in text ({{指标|格式}}): percent with decimals, 万, 余, 万余, 近, 两, 中文,
// 千分位, and the year-on-year formats 同比, 上年, 增减 that compare with 上年数值.
// Counts and money stay in Arabic digits (GB/T 15835); only 中文 writes Chinese numerals.

import {toChineseNumeral} from './chinese-numerals';

export type FigureFormat =
  | {readonly kind: 'plain'}
  | {readonly kind: 'percent'; readonly decimals?: number}
  | {readonly kind: 'wan'}
  | {readonly kind: 'approximate'}
  | {readonly kind: 'wan-approximate'}
  | {readonly kind: 'nearly'}
  | {readonly kind: 'liang'}
  | {readonly kind: 'chinese'}
  | {readonly kind: 'thousands'};

/** Formats that compare the figure with its 上年数值 (see comparison-words.ts). */
export type ComparisonFormat =
  | {readonly kind: 'year-on-year'; readonly decimals: number}
  | {readonly kind: 'previous'}
  | {readonly kind: 'change'};

export type AnyFigureFormat = FigureFormat | ComparisonFormat;

export function isComparisonFormat(
  format: AnyFigureFormat,
): format is ComparisonFormat {
  return (
    format.kind === 'year-on-year' ||
    format.kind === 'previous' ||
    format.kind === 'change'
  );
}

/**
 * Reads the text after "|": "百分比1" or "%1", "万", "余", "万余", "中文", "千分位", "同比" (one
 * decimal) or "同比0"–"同比4", "上年", "增减"; undefined if unknown.
 */
export function parseFigureFormat(text: string): AnyFigureFormat | undefined {
  const t = text.trim();
  if (t === '') return {kind: 'plain'};
  const yearOnYear = /^同比([0-4])?$/.exec(t);
  if (yearOnYear) {
    return {kind: 'year-on-year', decimals: Number(yearOnYear[1] ?? 1)};
  }
  const percent = /^(?:百分比|%)([0-4])?$/.exec(t);
  if (percent) {
    return percent[1] === undefined
      ? {kind: 'percent'}
      : {kind: 'percent', decimals: Number(percent[1])};
  }
  switch (t) {
    case '万':
      return {kind: 'wan'};
    case '余':
      return {kind: 'approximate'};
    case '万余':
      return {kind: 'wan-approximate'};
    case '近':
      return {kind: 'nearly'};
    case '两':
      return {kind: 'liang'};
    case '中文':
      return {kind: 'chinese'};
    case '千分位':
      return {kind: 'thousands'};
    case '上年':
      return {kind: 'previous'};
    case '增减':
      return {kind: 'change'};
    default:
      return undefined;
  }
}

/**
 * Writes `value` in `format`. `isRate` marks figures kept as fractions (unit %), written as
 * percentages by default. Returns undefined when the format cannot apply (中文 of 2.5).
 */
export function formatFigure(
  value: number,
  format: FigureFormat,
  isRate: boolean,
): string | undefined {
  switch (format.kind) {
    case 'plain':
      return isRate ? percentText(value) : decimalText(value, 2);
    case 'percent':
      return percentText(value, format.decimals);
    case 'wan':
      return `${decimalText(value / 10000, 2)}万`;
    case 'approximate':
      return approximateText(value, '');
    case 'wan-approximate':
      return wanApproximateText(value);
    case 'nearly':
      return nearlyText(value);
    case 'liang':
      if (value === 2) return '两';
      return Number.isInteger(value) && value >= 0
        ? toChineseNumeral(value)
        : undefined;
    case 'chinese':
      return Number.isInteger(value) && value >= 0
        ? toChineseNumeral(value)
        : undefined;
    case 'thousands':
      return thousandsText(value);
    default: {
      const unreachable: never = format;
      throw new Error(`unknown format ${JSON.stringify(unreachable)}`);
    }
  }
}

/** 0.808 → "80.8%"; without decimals, as many as needed up to 2. */
export function percentText(fraction: number, decimals?: number): string {
  const hundredths = fraction * 100;
  return decimals === undefined
    ? `${decimalText(hundredths, 2)}%`
    : `${hundredths.toFixed(decimals)}%`;
}

/** Up to `maxDecimals` decimals, trailing zeros dropped: 481.2345 → "481.23", 2.50 → "2.5". */
export function decimalText(n: number, maxDecimals: number): string {
  const fixed = n.toFixed(maxDecimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/**
 * A lower round figure plus 余 ("more than"): under 10 exact; under 100 to the ten below
 * (32 → 30余); from 100 two significant digits (746 → 740余). A round value stays exact.
 */
export function approximateText(value: number, unit: string): string {
  const whole = Math.floor(value);
  let step = 1;
  if (whole >= 100) step = 10 ** (String(whole).length - 2);
  else if (whole >= 10) step = 10;
  const round = Math.floor(whole / step) * step;
  return round === value ? `${round}${unit}` : `${round}余${unit}`;
}

/**
 * 万余: under 10,000 as 余; under 100,000 in 万 to one decimal, 余 after 万 (31234 → 3.1万余,
 * 30500 → 3万余, 30000 → 3万); from 100,000 the 万 count as 余 before 万 (4812345 → 480余万).
 */
export function wanApproximateText(value: number): string {
  if (value < 10000) return approximateText(value, '');
  const wan = value / 10000;
  if (wan >= 10) return approximateText(wan, '万');
  const tenths = Math.floor(wan * 10) / 10;
  return tenths === wan
    ? `${decimalText(tenths, 1)}万`
    : `${decimalText(tenths, 1)}万余`;
}

/**
 * 近: the round figure just above, to two significant digits (2980 → 近3000, 2712 → 近2800,
 * 99.5 → 近100); a value already round to two digits (97, 3000) stays exact; under 10 exact.
 */
export function nearlyText(value: number): string {
  if (value < 10) return decimalText(value, 2);
  const whole = Math.ceil(value);
  const step = 10 ** Math.max(0, String(whole).length - 2);
  const round = Math.ceil(value / step) * step;
  return round === value ? String(round) : `近${round}`;
}

function thousandsText(n: number): string {
  const [int, frac] = decimalText(Math.abs(n), 2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}
