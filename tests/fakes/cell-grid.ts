// One sheet's cells: contents and per-cell formats, stored sparsely by 1-based position.
// Not a service object: fakes read and write it without counting calls.

import type {DataValidationPort} from '../../src/apps-script/services/ports';
import {CellContent, CellValue, EMPTY, copyValue} from './cell-values';

/** Formats a cell carries; an absent key is the Sheets default. */
export interface CellFormat {
  note?: string;
  background?: string;
  validation?: DataValidationPort;
  numberFormat?: string;
  fontWeight?: 'bold';
  wrap?: true;
}

interface CellState {
  readonly row: number;
  readonly column: number;
  content: CellContent;
  /** What a formula evaluates to, seeded by a test; the fake cannot evaluate formulas. */
  computed?: CellValue;
  format: CellFormat;
}

export class CellGrid {
  private readonly cells = new Map<string, CellState>();

  content(row: number, column: number): CellContent {
    return this.cells.get(key(row, column))?.content ?? EMPTY;
  }

  /** The value Range.getValues reports: a formula cell gives its seeded result, else ''. */
  value(row: number, column: number): CellValue {
    const cell = this.cells.get(key(row, column));
    if (!cell) return '';
    const value =
      cell.content.formula === null ? cell.content.value : cell.computed;
    return copyValue(value ?? '');
  }

  write(row: number, column: number, content: CellContent): void {
    const cell = this.edit(row, column);
    cell.content = content;
    delete cell.computed;
  }

  setComputed(row: number, column: number, value: CellValue): void {
    const cell = this.cells.get(key(row, column));
    if (!cell || cell.content.formula === null)
      throw new Error(
        `fake Sheets: no formula at row ${row}, column ${column}`,
      );
    cell.computed = copyValue(value);
  }

  format(row: number, column: number): Readonly<CellFormat> {
    return {...this.cells.get(key(row, column))?.format};
  }

  setFormat<K extends keyof CellFormat>(
    row: number,
    column: number,
    name: K,
    value: CellFormat[K] | undefined,
  ): void {
    const format = this.edit(row, column).format;
    if (value === undefined) delete format[name];
    else format[name] = value;
  }

  /** Copies every cell of `source` (content, computed result, formats) into this empty grid. */
  copyFrom(source: CellGrid): void {
    for (const [k, cell] of source.cells)
      this.cells.set(k, {
        ...cell,
        computed:
          cell.computed === undefined ? undefined : copyValue(cell.computed),
        format: {...cell.format},
      });
  }

  /** The last row holding a value or formula; formats and notes do not count. 0 when empty. */
  lastRow(): number {
    return Math.max(0, ...this.filled().map(cell => cell.row));
  }

  lastColumn(): number {
    return Math.max(0, ...this.filled().map(cell => cell.column));
  }

  /** Every cell with content or a format, in row-major order. */
  positions(): Array<{row: number; column: number}> {
    return [...this.cells.values()]
      .map(({row, column}) => ({row, column}))
      .sort((a, b) => a.row - b.row || a.column - b.column);
  }

  private filled(): CellState[] {
    return [...this.cells.values()].filter(
      cell => cell.content.value !== '' || cell.content.formula !== null,
    );
  }

  private edit(row: number, column: number): CellState {
    const k = key(row, column);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = {row, column, content: EMPTY, format: {}};
      this.cells.set(k, cell);
    }
    return cell;
  }
}

function key(row: number, column: number): string {
  return `${row}:${column}`;
}
