// FZ_ORDINAL: the n-th label of a numbering style (章 → 一、, 节 → （一）, 条 → 1., 要点 → 一是).

import {levelLabel, pointLabel} from '../document/numbering';
import {normaliseKey} from '../workbook/cell-text';
import {
  type CellArg,
  type CellOutput,
  mapCells,
  readNumber,
  readOption,
} from './cell-range';
import {failCall, isProblem, problem} from './custom-function-errors';

/** The styles a clerk types, as in 层级 and 条目编号样式 of the workbook. */
const STYLES: ReadonlyMap<string, (n: number) => string> = new Map([
  ['章', (n: number) => levelLabel('章', n, '1.')],
  ['节', (n: number) => levelLabel('节', n, '1.')],
  ['条', (n: number) => levelLabel('条', n, '1.')],
  ['条、', (n: number) => levelLabel('条', n, '1、')],
  ['款', (n: number) => levelLabel('款', n, '1.')],
  ['要点', pointLabel],
]);

/** Labels with Chinese numerals go through toChineseNumeral, which stops below 10^16. */
const LIMIT = 1e16;

/**
 * The label of item n (1-based) in `style`: 3, "节" → "（三）"; 2, "条、" → "2、". style is one
 * cell; an unknown style stops the call. n that is not a whole number ≥ 1 is a problem.
 */
export function ordinalOf(n: CellArg, style: CellArg): CellOutput {
  const styleValue = readOption('FZ_ORDINAL', style, 'style');
  const label = STYLES.get(normaliseKey(styleValue));
  if (label === undefined)
    failCall('FZ_ORDINAL', problem('bad-style', 'style', styleValue));
  return mapCells('FZ_ORDINAL', [n], ([cell]) => {
    const value = readNumber(cell, 'ordinal');
    if (isProblem(value)) return value;
    if (!Number.isInteger(value)) return problem('not-whole', 'ordinal', cell);
    if (value < 1) return problem('not-positive', 'ordinal', cell);
    if (value >= LIMIT) return problem('too-large', 'ordinal', cell);
    return label(value);
  });
}
