// Fake of a Sheets Sheet: a real cell store with Apps Script's bounds checks. Port methods count
// calls; the helpers below them (seeding, formulaAt, cellAt…) are for tests and do not.

import type {SheetPort} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';
import {CellFormat, CellGrid} from './cell-grid';
import {CellValue, copyValue} from './cell-values';
import {FakeRange} from './fake-range';

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;

/** Everything a test may want to know about one cell. */
export interface CellView extends Readonly<CellFormat> {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly escaped: boolean;
}

export class FakeSheet implements SheetPort {
  /** The cell store; reading it directly is not a service call. */
  readonly cells = new CellGrid();
  private frozenRows = 0;
  /** Rows hidden by the user (Sheet.hideRows), 1-based. */
  private readonly hiddenRows = new Set<number>();
  private readonly columnWidths = new Map<number, number>();

  constructor(
    private readonly name: string,
    private readonly calls: CallLog,
    private maxRows = DEFAULT_MAX_ROWS,
    private maxColumns = DEFAULT_MAX_COLUMNS,
  ) {}

  /** The selection last made with Range.activate(), as [row, column, numRows, numColumns]. */
  activeRange: readonly [number, number, number, number] | null = null;
  /** The spreadsheet's time zone, set when the sheet joins one: typed dates are read in it. */
  timeZone = 'Asia/Shanghai';
  /** Set by the spreadsheet: called when a range of this sheet is activated. */
  onActivate: (sheet: FakeSheet) => void = () => {};

  /** Not a service call: FakeRange.activate() reports the selection here. */
  markActive(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): void {
    this.activeRange = [row, column, numRows, numColumns];
    this.onActivate(this);
  }

  getName(): string {
    this.calls.record('Sheet.getName');
    return this.name;
  }

  /**
   * Sheet.isRowHiddenByUser: only rows hidden by the user, not by a filter. Strict on the
   * position like getRange (the real service rejects a row outside the sheet).
   */
  isRowHiddenByUser(rowPosition: number): boolean {
    this.calls.record('Sheet.isRowHiddenByUser');
    if (!Number.isInteger(rowPosition) || rowPosition < 1) {
      throw new Error('The starting row of the range is too small.');
    }
    if (rowPosition > this.maxRows) {
      throw new Error('Those rows are out of bounds.');
    }
    return this.hiddenRows.has(rowPosition);
  }

  /** Test helper (not a service call): hides rows as the clerk would (Sheet.hideRows). */
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.add(r);
  }

  /** A1..(lastRow, lastColumn); on an empty sheet the 1×1 range A1, as Sheets does. */
  getDataRange(): FakeRange {
    this.calls.record('Sheet.getDataRange');
    const rows = Math.max(1, this.cells.lastRow());
    const columns = Math.max(1, this.cells.lastColumn());
    return new FakeRange(this.cells, this.calls, 1, 1, rows, columns, this);
  }

  getRange(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): FakeRange {
    this.calls.record('Sheet.getRange');
    this.checkRange(row, column, numRows, numColumns);
    return new FakeRange(
      this.cells,
      this.calls,
      row,
      column,
      numRows,
      numColumns,
      this,
    );
  }

  /** getRange's checks, with Sheets' messages. */
  private checkRange(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): void {
    [row, column, numRows, numColumns].forEach(n => {
      if (!Number.isInteger(n))
        throw new Error(`fake Sheets: getRange needs integers, got ${n}`);
    });
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1)
      throw new Error('The starting column of the range is too small.');
    if (numRows < 1)
      throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1)
      throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows)
      throw new Error('Those rows are out of bounds.');
    if (column + numColumns - 1 > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
  }

  /**
   * Sheet.getSheetValues. Documented: "A -1 value given as the row or column position is
   * equivalent to getting the very last row or column that has data in the sheet"
   * (developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues). Modelled as
   * that sentence reads: -1 as a count runs to the last row or column with data (the data range's
   * edge, so at least 1), -1 as a start is that last row or column. Not verified live: only 自检
   * calls it, to find out.
   */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    this.calls.record('Sheet.getSheetValues');
    const lastRow = Math.max(1, this.cells.lastRow());
    const lastColumn = Math.max(1, this.cells.lastColumn());
    const row = startRow === -1 ? lastRow : startRow;
    const column = startColumn === -1 ? lastColumn : startColumn;
    const rows = numRows === -1 ? lastRow - row + 1 : numRows;
    const columns = numColumns === -1 ? lastColumn - column + 1 : numColumns;
    this.checkRange(row, column, rows, columns);
    return Array.from({length: rows}, (_, i) =>
      Array.from({length: columns}, (_, j) =>
        this.cells.value(row + i, column + j),
      ),
    );
  }

  /** The last row with a value or formula; 0 for an empty sheet. */
  getLastRow(): number {
    this.calls.record('Sheet.getLastRow');
    return this.cells.lastRow();
  }

  getLastColumn(): number {
    this.calls.record('Sheet.getLastColumn');
    return this.cells.lastColumn();
  }

  /**
   * Adds empty rows. Only adding below every used row is modelled (cells are not shifted);
   * inserting above data throws, so a test cannot silently rely on unmodelled behaviour.
   */
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.calls.record('Sheet.insertRowsAfter');
    if (!Number.isInteger(howMany) || howMany < 1) {
      throw new Error('The number of rows to insert must be at least 1.');
    }
    if (afterPosition < this.cells.lastRow()) {
      throw new Error(
        'fake Sheets: inserting rows above existing data is not modelled',
      );
    }
    this.maxRows += howMany;
    return this;
  }

  getMaxColumns(): number {
    this.calls.record('Sheet.getMaxColumns');
    return this.maxColumns;
  }

  getMaxRows(): number {
    this.calls.record('Sheet.getMaxRows');
    return this.maxRows;
  }

  getFrozenRows(): number {
    this.calls.record('Sheet.getFrozenRows');
    return this.frozenRows;
  }

  /** Sheets refuses to freeze every row: at least one must stay scrollable. */
  setFrozenRows(rows: number): void {
    this.calls.record('Sheet.setFrozenRows');
    if (!Number.isInteger(rows) || rows < 0)
      throw new Error(
        `fake Sheets: setFrozenRows needs a count ≥ 0, got ${rows}`,
      );
    if (rows >= this.maxRows)
      throw new Error(
        'Sorry, it is not possible to delete all non-frozen rows.',
      );
    this.frozenRows = rows;
  }

  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.calls.record('Sheet.setColumnWidth');
    if (!Number.isInteger(columnPosition) || columnPosition < 1)
      throw new Error('The starting column of the range is too small.');
    if (columnPosition > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    if (!(width >= 0))
      throw new Error(`fake Sheets: bad column width ${width}`);
    this.columnWidths.set(columnPosition, width);
    return this;
  }

  // Test helpers below: none of them is a service call.

  /**
   * A copy of `template` under `name`, as Spreadsheet.insertSheet(name, index, {template})
   * makes one: cells, formats, notes, hidden rows, frozen rows, column widths and size.
   */
  static copyOf(template: FakeSheet, name: string, calls: CallLog): FakeSheet {
    const copy = new FakeSheet(
      name,
      calls,
      template.maxRows,
      template.maxColumns,
    );
    copy.cells.copyFrom(template.cells);
    copy.frozenRows = template.frozenRows;
    template.hiddenRows.forEach(r => copy.hiddenRows.add(r));
    template.columnWidths.forEach((w, c) => copy.columnWidths.set(c, w));
    return copy;
  }

  private readonly writeFailures: {skip: number; readonly error: Error}[] = [];

  /**
   * Makes a later Range.setValues on this sheet throw `error` (the next one, or the one after
   * `skip` more) and write nothing, as when Sheets is briefly unavailable.
   */
  failNextSetValues(error: Error, skip = 0): this {
    this.writeFailures.push({skip, error});
    return this;
  }

  /** Called by FakeRange.setValues before it writes. */
  throwIfWriteFails(): void {
    const next = this.writeFailures[0];
    if (!next) return;
    if (next.skip > 0) {
      next.skip--;
      return;
    }
    this.writeFailures.shift();
    throw next.error;
  }

  /** The sheet's name without counting a call. */
  get title(): string {
    return this.name;
  }

  get size(): {readonly maxRows: number; readonly maxColumns: number} {
    return {maxRows: this.maxRows, maxColumns: this.maxColumns};
  }

  /**
   * Puts values in as if a user had typed them and Sheets had parsed them: each value is stored
   * exactly as getValues will return it (no formula or number parsing); '' and null leave the
   * cell empty. The sheet grows to fit, as an imported workbook would.
   */
  seed(
    rows: readonly (readonly unknown[])[],
    startRow = 1,
    startColumn = 1,
  ): this {
    rows.forEach((line, i) =>
      line.forEach((value, j) => {
        if (value === null || value === '') return;
        this.cells.write(startRow + i, startColumn + j, {
          value: seedValue(value),
          formula: null,
          escaped: false,
        });
      }),
    );
    this.maxRows = Math.max(this.maxRows, startRow + rows.length - 1);
    const widest = Math.max(0, ...rows.map(line => line.length));
    this.maxColumns = Math.max(this.maxColumns, startColumn + widest - 1);
    return this;
  }

  /** Seeds number formats cell by cell, aligned like `seed`; null or '' keeps the default. */
  seedNumberFormats(
    formats: readonly (readonly (string | null)[])[],
    startRow = 1,
    startColumn = 1,
  ): this {
    formats.forEach((line, i) =>
      line.forEach((format, j) => {
        if (format)
          this.cells.setFormat(
            startRow + i,
            startColumn + j,
            'numberFormat',
            format,
          );
      }),
    );
    return this;
  }

  /** Seeds a formula and, optionally, the value Sheets would compute for it. */
  seedFormula(
    row: number,
    column: number,
    formula: string,
    computed?: CellValue,
  ): this {
    this.cells.write(row, column, {value: '', formula, escaped: false});
    if (computed !== undefined) this.cells.setComputed(row, column, computed);
    return this;
  }

  /**
   * Sets what the formula at (row, column) evaluates to. The fake cannot evaluate formulas, so
   * getValues returns '' for a formula cell until a test says what Sheets would compute.
   */
  setComputed(row: number, column: number, value: CellValue): this {
    this.cells.setComputed(row, column, value);
    return this;
  }

  /** The formula text stored at (row, column), or null. */
  formulaAt(row: number, column: number): string | null {
    return this.cells.content(row, column).formula;
  }

  /** Whether the text at (row, column) was written with a leading apostrophe. */
  wasEscaped(row: number, column: number): boolean {
    return this.cells.content(row, column).escaped;
  }

  cellAt(row: number, column: number): CellView {
    const {formula, escaped} = this.cells.content(row, column);
    const value = this.cells.value(row, column);
    return {...this.cells.format(row, column), value, formula, escaped};
  }

  frozenRowCount(): number {
    return this.frozenRows;
  }

  /** Widths set by setColumnWidth, keyed by 1-based column. */
  widths(): ReadonlyMap<number, number> {
    return new Map(this.columnWidths);
  }
}

function seedValue(value: unknown): CellValue {
  if (value instanceof Date) return copyValue(value);
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  )
    return value;
  throw new Error(`fake Sheets: cannot seed a ${typeof value} value`);
}
