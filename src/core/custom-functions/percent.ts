// FZ_PERCENT: a part of a whole as percentage text ("80.8%"), cell by cell over ranges.

import {percentText} from '../text/figure-format';
import {
  type CellArg,
  type CellOutput,
  mapCells,
  readDecimals,
  readNumber,
} from './cell-range';
import {isProblem, problem} from './custom-function-errors';

/**
 * part ÷ whole as text with `decimals` decimals (default 1): 42, 52 → "80.8%". part and whole are
 * cells or same-shaped ranges, or a range and one cell. A whole of 0 or not a number is a problem.
 */
export function percentOf(
  part: CellArg,
  whole: CellArg,
  decimals?: CellArg,
): CellOutput {
  const places = readDecimals('FZ_PERCENT', decimals);
  return mapCells('FZ_PERCENT', [part, whole], ([partCell, wholeCell]) => {
    const p = readNumber(partCell, 'part');
    if (isProblem(p)) return p;
    const w = readNumber(wholeCell, 'whole');
    if (isProblem(w)) return w;
    if (w === 0) return problem('zero', 'whole');
    return percentText(p / w, places);
  });
}
