// One worksheet part read into rows of values, plus its merged ranges, the rows the clerk hid and
// the range of an active filter. Rows and cells without an r attribute follow the previous one.

import type {CellValue, UncomputedFormula} from '../workbook/grid';
import {cellValue, type ValueContext} from './cell-value';
import {StringItemText} from './string-items';
import {malformed, XlsxReadError} from './xlsx-error';
import {isTrue} from './package-parts';
import {scanXml} from './xml-scan';

/** A rectangle of 1-based rows and columns, both ends included. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetCells {
  /** rows[r - 1][c - 1]; a missing row or cell is empty. */
  readonly rows: (CellValue[] | undefined)[];
  readonly merges: readonly Area[];
  /** 1-based, in document order, as the file marks them (a filter's rows included). */
  readonly hiddenRows: readonly number[];
  /** The autoFilter range when it filters on some column: its hidden rows are the filter's. */
  readonly filter?: Area;
  /**
   * Formula cells the file holds no result for (a workbook saved without calculating, as
   * openpyxl writes them): the grid shows them empty, so the reader says why.
   */
  readonly uncomputed: readonly UncomputedFormula[];
  /** Column ranges marked hidden in <cols>, both ends included. */
  readonly hiddenColumns: readonly (readonly [number, number])[];
}

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

/**
 * Reads a worksheet. `cellBudget` bounds the rectangle from A1 to the farthest value; past it
 * the sheet is refused as 'too-large' while being read.
 */
export function readSheetCells(
  xml: string,
  context: ValueContext,
  cellBudget: number,
): SheetCells {
  const rows: (CellValue[] | undefined)[] = [];
  const merges: Area[] = [];
  const hiddenRows: number[] = [];
  const uncomputed: UncomputedFormula[] = [];
  const hiddenColumns: [number, number][] = [];
  let filter: Area | undefined;
  let filtering = false;
  let maxRow = 0;
  let maxColumn = 0;

  let row = 0;
  let column = 0;
  let type: string | undefined;
  let style = 0;
  let inCell = false;
  let inValue = false;
  let inInline = false;
  let inFormula = false;
  let formula: string | undefined;
  let value: string | undefined;
  let inline: string | undefined;
  const item = new StringItemText();

  const store = (v: CellValue) => {
    if (v === null) return;
    if (row > MAX_ROW || column > MAX_COLUMN)
      malformed('a cell beyond XFD1048576');
    if (row > maxRow || column > maxColumn) {
      maxRow = Math.max(maxRow, row);
      maxColumn = Math.max(maxColumn, column);
      if (maxRow * maxColumn > cellBudget) {
        throw new XlsxReadError(
          'too-large',
          `a grid of ${maxRow}×${maxColumn} cells`,
        );
      }
    }
    let cells = rows[row - 1];
    if (cells === undefined) cells = rows[row - 1] = [];
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = v;
  };

  scanXml(xml, {
    get wantsText() {
      return inValue || inFormula || (inInline && item.wantsText);
    },
    text(text) {
      if (inValue) value = value === undefined ? text : value + text;
      else if (inFormula) formula = (formula ?? '') + text;
      else item.text(text);
    },
    open(name, a, selfClosing) {
      if (inInline) {
        item.open(name, selfClosing);
        return;
      }
      switch (name) {
        case 'row':
          row = a.r === undefined ? row + 1 : bounded(Number(a.r), MAX_ROW);
          column = 0;
          if (isTrue(a.hidden)) hiddenRows.push(row);
          break;
        case 'c':
          inCell = true;
          if (a.r === undefined) {
            column++;
          } else {
            readReference(a.r);
          }
          if (row === 0) row = 1;
          type = a.t;
          style = a.s === undefined ? 0 : Number(a.s);
          value = undefined;
          inline = undefined;
          formula = undefined;
          break;
        case 'f':
          if (inCell) {
            inFormula = !selfClosing;
            formula = formula ?? '';
          }
          break;
        case 'v':
          if (inCell) {
            inValue = !selfClosing;
            value = value ?? '';
          }
          break;
        case 'is':
          if (inCell) inInline = !selfClosing;
          break;
        case 'col':
          if (isTrue(a.hidden) && a.min !== undefined) {
            const min = bounded(Number(a.min), MAX_COLUMN);
            const max = bounded(Number(a.max ?? a.min), MAX_COLUMN);
            hiddenColumns.push([min, Math.max(min, max)]);
          }
          break;
        case 'mergeCell':
          if (a.ref !== undefined) merges.push(parseArea(a.ref));
          break;
        case 'autoFilter':
          if (a.ref !== undefined) filter = parseArea(a.ref);
          break;
        case 'filterColumn':
          filtering = true;
          break;
      }
    },
    close(name) {
      if (inInline) {
        if (name === 'is') {
          inInline = false;
          inline = item.take();
        } else {
          item.close(name);
        }
      } else if (name === 'v') {
        inValue = false;
      } else if (name === 'f') {
        inFormula = false;
      } else if (name === 'c') {
        inCell = false;
        // openpyxl writes <v></v>: an empty number is no result (an empty text result is t="str").
        const noResult =
          value === undefined || (value === '' && type !== 'str');
        if (formula !== undefined && noResult) {
          uncomputed.push({row, column, formula});
        }
        store(cellValue({type, style, value, inline}, context));
      }
    },
  });

  function readReference(ref: string): void {
    const at = parseCellRef(ref);
    column = at.column;
    row = at.row;
  }

  return {
    rows,
    merges,
    hiddenRows,
    filter: filtering ? filter : undefined,
    uncomputed,
    hiddenColumns,
  };
}

function bounded(n: number, max: number): number {
  if (!(Number.isInteger(n) && n >= 1 && n <= max)) {
    return malformed(`row or column ${n} out of range`);
  }
  return n;
}

/** "AB12" as 1-based row 12, column 28; "$" signs allowed. */
export function parseCellRef(ref: string): {row: number; column: number} {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else if (ref[i] !== '$') break;
  }
  const row = Number(ref.slice(ref[i] === '$' ? i + 1 : i));
  return {row: bounded(row, MAX_ROW), column: bounded(column, MAX_COLUMN)};
}

/** "A1:B2" (or one cell "C3") as an area. */
export function parseArea(ref: string): Area {
  const [first, last = first] = ref.split(':');
  const a = parseCellRef(first);
  const b = parseCellRef(last);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}
