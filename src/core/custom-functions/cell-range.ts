// What Sheets hands a custom function (one cell's value, or a range as a 2-D array) and how a
// function runs cell by cell over it; plus reading numbers and option arguments from cells.

import {isEmptyCell, parseFigure} from '../workbook/cell-text';
import type {CellValue} from '../workbook/grid';
import {
  type CustomFunctionName,
  failCall,
  isProblem,
  type Problem,
  problem,
  problemCellText,
  type Role,
} from './custom-function-errors';

/** One argument as Sheets passes it: a single cell's value, or a range as rows of values. */
export type CellArg = CellValue | readonly (readonly CellValue[])[];
/** A result for one cell, or a 2-D array that Sheets spills over the cells around the formula. */
export type CellOutput = string | string[][];

type Range = readonly (readonly CellValue[])[];

function isRange(arg: CellArg): arg is Range {
  return Array.isArray(arg);
}

/** A 1×1 range is one cell; Sheets itself passes a one-cell reference as its value. */
function asSingleOrRange(arg: CellArg): CellValue | Range {
  if (isRange(arg) && arg.length === 1 && arg[0].length === 1) return arg[0][0];
  return arg;
}

const shapeText = (r: Range) => `${r.length}行${r[0]?.length ?? 0}列`;

/**
 * Runs `compute` once per cell position. Ranges must have the same shape; a single cell is used
 * at every position. All single cells → one result, and a problem throws. Otherwise a 2-D array,
 * where a problem becomes "#错误：…" in its cell. A position whose inputs are all blank stays blank,
 * so a formula can be filled in before the data.
 */
export function mapCells(
  name: CustomFunctionName,
  args: readonly CellArg[],
  compute: (values: readonly CellValue[]) => string | Problem,
): CellOutput {
  const inputs = args.map(asSingleOrRange);
  const ranges = inputs.filter(isRange);
  const run = (values: readonly CellValue[]) =>
    values.every(isEmptyCell) ? '' : compute(values);
  if (ranges.length === 0) {
    const result = run(inputs as readonly CellValue[]);
    return isProblem(result) ? failCall(name, result) : result;
  }
  const shape = ranges[0];
  const other = ranges.find(
    r =>
      r.length !== shape.length ||
      r.some((row, i) => row.length !== shape[i].length),
  );
  if (other) {
    const shapes = `${shapeText(shape)}与${shapeText(other)}`;
    failCall(name, {code: 'shape-mismatch', role: 'part', text: shapes});
  }
  return shape.map((row, i) =>
    row.map((_cell, j) => {
      const result = run(
        inputs.map(input => (isRange(input) ? input[i][j] : input)),
      );
      return isProblem(result) ? problemCellText(result) : result;
    }),
  );
}

/** Every cell of an argument, row by row; a single cell is a list of one. */
export function cellsOf(arg: CellArg): readonly CellValue[] {
  return isRange(arg) ? arg.flat() : [arg];
}

/**
 * A number from a cell: numbers, numbers typed as text ("42", "４２", "1,234"), percentages typed
 * as "80.8%" (→ 0.808). Blank, text, booleans, dates and spreadsheet errors are problems.
 */
export function readNumber(value: CellValue, role: Role): number | Problem {
  const figure = parseFigure(value);
  switch (figure.kind) {
    case 'number':
      return figure.value;
    case 'empty':
      return problem('empty', role);
    case 'error':
      return problem('cell-error', role, figure.text);
    case 'approximate':
    case 'invalid':
      return problem('not-a-number', role, figure.text);
    default: {
      const unreachable: never = figure;
      throw new Error(`unknown figure ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * An option argument (decimals, unit, style): one cell's value, or undefined when it is left out
 * or blank. A range of more than one cell stops the call.
 */
export function readOption(
  name: CustomFunctionName,
  arg: CellArg,
  role: Role,
): CellValue {
  const value = asSingleOrRange(arg);
  if (isRange(value)) failCall(name, problem('not-single-cell', role));
  return isEmptyCell(value) ? undefined : value;
}

/** Decimals for a percentage: 0 to 4, 1 when left out. */
export function readDecimals(name: CustomFunctionName, arg: CellArg): number {
  const value = readOption(name, arg, 'decimals');
  if (value === undefined) return 1;
  const n = readNumber(value, 'decimals');
  if (isProblem(n) || !Number.isInteger(n) || n < 0 || n > 4) {
    failCall(name, problem('bad-decimals', 'decimals', value));
  }
  return n;
}
