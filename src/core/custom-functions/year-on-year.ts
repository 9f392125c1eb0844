// FZ_YOY: this year against last year in words ("增长12.5%", "下降3.1%", "持平"), cell by cell.

import {yearOnYearText} from '../text/comparison-words';
import {
  type CellArg,
  type CellOutput,
  mapCells,
  readDecimals,
  readNumber,
} from './cell-range';
import {isProblem, problem} from './custom-function-errors';

/**
 * (thisYear − lastYear) ÷ lastYear with `decimals` decimals (default 1): 112.5, 100 → "增长12.5%".
 * A change that rounds to 0 is "持平". lastYear 0 or negative (no meaningful rate) is a problem.
 */
export function yearOnYearOf(
  thisYear: CellArg,
  lastYear: CellArg,
  decimals?: CellArg,
): CellOutput {
  const places = readDecimals('FZ_YOY', decimals);
  return mapCells('FZ_YOY', [thisYear, lastYear], ([thisCell, lastCell]) => {
    const current = readNumber(thisCell, 'thisYear');
    if (isProblem(current)) return current;
    const previous = readNumber(lastCell, 'lastYear');
    if (isProblem(previous)) return previous;
    if (previous === 0) return problem('zero', 'lastYear');
    if (previous < 0) return problem('negative', 'lastYear', lastCell);
    return yearOnYearText(current, previous, places);
  });
}
