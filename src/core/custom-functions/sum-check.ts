// FZ_SUMCHECK: whether the parts of a figure add up to its total ("✓", "分项少1", "分项多3").

import {decimalText} from '../text/figure-format';
import {isEmptyCell} from '../workbook/cell-text';
import {type CellArg, cellsOf, readNumber, readOption} from './cell-range';
import {failCall, isProblem} from './custom-function-errors';

/** Sums of decimals carry binary noise (0.1 + 0.2 ≠ 0.3); smaller differences count as equal. */
const TOLERANCE = 1e-9;

/**
 * "✓" when the parts (a range; blank cells skipped) add up to total (one cell); otherwise how far
 * the parts' sum is from the total: "分项少1" (sum below total), "分项多3" (above). A part that is
 * text, or a total that is not one number, stops the call. All blank gives "".
 */
export function sumCheckOf(parts: CellArg, total: CellArg): string {
  const totalCell = readOption('FZ_SUMCHECK', total, 'total');
  const partCells = cellsOf(parts).filter(cell => !isEmptyCell(cell));
  if (totalCell === undefined && partCells.length === 0) return '';
  const expected = readNumber(totalCell, 'total');
  if (isProblem(expected)) failCall('FZ_SUMCHECK', expected);
  let sum = 0;
  for (const cell of partCells) {
    const n = readNumber(cell, 'parts');
    if (isProblem(n)) failCall('FZ_SUMCHECK', n);
    sum += n;
  }
  const difference = sum - expected;
  if (Math.abs(difference) <= TOLERANCE * Math.max(1, Math.abs(expected))) {
    return '✓';
  }
  const amount = decimalText(Math.abs(difference), 6);
  return difference < 0 ? `分项少${amount}` : `分项多${amount}`;
}
