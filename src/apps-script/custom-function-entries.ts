// Custom functions for cells (=FZ_PERCENT(B4,B5) and the like): each delegates to a pure function
// in src/core/custom-functions. Sheets reads the JSDoc for its formula help: @customfunction marks
// the function, and "@param {type} name text" lines give each argument's hint, so types stay there.

import {
  approximateOf,
  type CellArg,
  type CellOutput,
  chineseNumeralOf,
  ordinalOf,
  percentOf,
  sumCheckOf,
  yearOnYearOf,
} from '../core';

/**
 * 百分比文字：分子 ÷ 分母，如 =FZ_PERCENT(B4,B5) 得“80.8%”。可整列计算：=FZ_PERCENT(B2:B10,C2:C10)。
 *
 * @param {number|Array<Array<number>>} part 分子：一个单元格或一个区域，如 B4 或 B2:B10。
 * @param {number|Array<Array<number>>} whole 分母：一个单元格，或与分子同样大小的区域；不能为 0。
 * @param {number} decimals 小数位数，0 到 4；可省略，默认 1。
 * @return {string|Array<Array<string>>} 百分比文字；区域得同样大小的结果。
 * @customfunction
 */
export function FZ_PERCENT(
  part: CellArg,
  whole: CellArg,
  decimals?: CellArg,
): CellOutput {
  return percentOf(part, whole, decimals);
}

/**
 * 中文数字：=FZ_CN(105) 得“一百零五”。只接受 0 或正整数。
 *
 * @param {number|Array<Array<number>>} number 数字：一个单元格或一个区域。
 * @return {string|Array<Array<string>>} 中文数字；区域得同样大小的结果。
 * @customfunction
 */
export function FZ_CN(number: CellArg): CellOutput {
  return chineseNumeralOf(number);
}

/**
 * 约数：取两位有效数字加“余”，=FZ_APPROX(746) 得“740余”，=FZ_APPROX(4812345,"万") 得“480余万”；整数不加“余”。
 *
 * @param {number|Array<Array<number>>} number 数字：一个单元格或一个区域；不能为负数。
 * @param {string} unit 单位：“万”或“亿”；可省略。
 * @return {string|Array<Array<string>>} 约数文字；区域得同样大小的结果。
 * @customfunction
 */
export function FZ_APPROX(number: CellArg, unit?: CellArg): CellOutput {
  return approximateOf(number, unit);
}

/**
 * 核对分项之和与总数：相符得“✓”，否则得“分项少1”或“分项多3”。空单元格不计。
 *
 * @param {Array<Array<number>>} parts 分项：一个区域，如 B20:B25；不能有文字。
 * @param {number} total 总数：一个单元格，如 B19。
 * @return {string} “✓”、“分项少…”或“分项多…”。
 * @customfunction
 */
export function FZ_SUMCHECK(parts: CellArg, total: CellArg): string {
  return sumCheckOf(parts, total);
}

/**
 * 同比：=FZ_YOY(本年数,上年数) 得“增长12.5%”“下降3.1%”或“持平”。可整列计算。
 *
 * @param {number|Array<Array<number>>} this_year 本年数：一个单元格或一个区域。
 * @param {number|Array<Array<number>>} last_year 上年数：一个单元格，或与本年数同样大小的区域；须大于 0。
 * @param {number} decimals 小数位数，0 到 4；可省略，默认 1。
 * @return {string|Array<Array<string>>} 增减文字；区域得同样大小的结果。
 * @customfunction
 */
export function FZ_YOY(
  this_year: CellArg,
  last_year: CellArg,
  decimals?: CellArg,
): CellOutput {
  return yearOnYearOf(this_year, last_year, decimals);
}

/**
 * 序号：=FZ_ORDINAL(3,"节") 得“（三）”。样式：章 一、 节 （一） 条 1. 条、 1、 款 （1） 要点 一是。
 *
 * @param {number|Array<Array<number>>} n 第几项，从 1 起：一个单元格或一个区域。
 * @param {string} style 样式：“章”“节”“条”“条、”“款”或“要点”。
 * @return {string|Array<Array<string>>} 序号文字；区域得同样大小的结果。
 * @customfunction
 */
export function FZ_ORDINAL(n: CellArg, style: CellArg): CellOutput {
  return ordinalOf(n, style);
}
