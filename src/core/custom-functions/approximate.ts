// FZ_APPROX: a figure as a lower round number plus 余 (746 → 740余, 4812345 in 万 → 480余万).

import {approximateText} from '../text/figure-format';
import {normaliseKey} from '../workbook/cell-text';
import {
  type CellArg,
  type CellOutput,
  mapCells,
  readNumber,
  readOption,
} from './cell-range';
import {failCall, isProblem, problem} from './custom-function-errors';

const UNITS: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['万', 1e4],
  ['亿', 1e8],
]);

/**
 * Two significant digits plus 余 from 100 up, the ten below from 10 up, exact under 10; a round
 * value stays exact (400 → "400"). With unit 万 or 亿 the figure is counted in that unit; a figure
 * under one unit is written without it (3000 in 万 → "3000"). Negative numbers are problems.
 */
export function approximateOf(number: CellArg, unit?: CellArg): CellOutput {
  const unitValue = readOption('FZ_APPROX', unit, 'unit');
  const unitText = normaliseKey(unitValue);
  const size = UNITS.get(unitText);
  if (size === undefined)
    failCall('FZ_APPROX', problem('bad-unit', 'unit', unitValue));
  return mapCells('FZ_APPROX', [number], ([cell]) => {
    const n = readNumber(cell, 'number');
    if (isProblem(n)) return n;
    if (n < 0) return problem('negative', 'number', cell);
    return n >= size
      ? approximateText(n / size, unitText)
      : approximateText(n, '');
  });
}
