// FZ_CN: a whole number in Chinese numerals (4 → 四, 105 → 一百零五), cell by cell over ranges.

import {toChineseNumeral} from '../text/chinese-numerals';
import {
  type CellArg,
  type CellOutput,
  mapCells,
  readNumber,
} from './cell-range';
import {isProblem, problem} from './custom-function-errors';

/** The largest number toChineseNumeral writes is 10^16 − 1 (九千九百…万亿). */
const LIMIT = 1e16;

/** 0 ≤ n < 10^16, whole: 20 → 二十. Negative, fractional and non-numbers are problems. */
export function chineseNumeralOf(number: CellArg): CellOutput {
  return mapCells('FZ_CN', [number], ([cell]) => {
    const n = readNumber(cell, 'number');
    if (isProblem(n)) return n;
    if (n < 0) return problem('negative', 'number', cell);
    if (!Number.isInteger(n)) return problem('not-whole', 'number', cell);
    if (n >= LIMIT) return problem('too-large', 'number', cell);
    return toChineseNumeral(n);
  });
}
