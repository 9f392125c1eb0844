// Fake of a Sheets Range: a live window onto a FakeSheet's cells, as Apps Script's Range is.

import type {
  DataValidationPort,
  RangePort,
} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';
import type {FakeSheet} from './fake-sheet';
import type {CellFormat, CellGrid} from './cell-grid';
import {CellContent, toCellContent} from './cell-values';

/**
 * What Range.getNumberFormats reports for a cell left on the "Automatic" format. Belief, not
 * verified against Google: Sheets has long reported '0.###############' here.
 */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/** What Range.getBackgrounds reports for a cell with no fill. */
export const DEFAULT_BACKGROUND = '#ffffff';

export class FakeRange implements RangePort {
  constructor(
    private readonly grid: CellGrid,
    private readonly calls: CallLog,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
    private readonly owner: FakeSheet,
  ) {}

  getValues(): unknown[][] {
    this.calls.record('Range.getValues');
    return this.rows().map(row =>
      this.columns().map(column => this.grid.value(row, column)),
    );
  }

  /** Throws like Sheets when `values` is not exactly numRows × numColumns; writes nothing then. */
  setValues(values: unknown[][]): FakeRange {
    this.calls.record('Range.setValues');
    checkShape(values, this.numRows, this.numColumns);
    this.owner.throwIfWriteFails();
    const converted: CellContent[][] = values.map((line, i) =>
      line.map((value, j) => {
        const format = this.grid.format(this.row + i, this.column + j);
        return toCellContent(value, {
          plainText: format.numberFormat === '@',
          timeZone: this.owner.timeZone,
        });
      }),
    );
    converted.forEach((line, i) =>
      line.forEach((content, j) =>
        this.grid.write(this.row + i, this.column + j, content),
      ),
    );
    return this;
  }

  getNumRows(): number {
    this.calls.record('Range.getNumRows');
    return this.numRows;
  }

  getNumColumns(): number {
    this.calls.record('Range.getNumColumns');
    return this.numColumns;
  }

  getRow(): number {
    this.calls.record('Range.getRow');
    return this.row;
  }

  getColumn(): number {
    this.calls.record('Range.getColumn');
    return this.column;
  }

  /** Each cell's format; DEFAULT_NUMBER_FORMAT where none was set. */
  getNumberFormats(): string[][] {
    this.calls.record('Range.getNumberFormats');
    return this.rows().map(row =>
      this.columns().map(
        column =>
          this.grid.format(row, column).numberFormat ?? DEFAULT_NUMBER_FORMAT,
      ),
    );
  }

  /** Each cell's note; '' where there is none. */
  getNotes(): string[][] {
    this.calls.record('Range.getNotes');
    return this.map(cell => cell.note ?? '');
  }

  /** null or '' removes a cell's note. */
  setNotes(notes: (string | null)[][]): FakeRange {
    this.calls.record('Range.setNotes');
    return this.formatEach('note', notes, note => (note ? note : undefined));
  }

  /** Each cell's background; '#ffffff' where none was set, as Sheets reports it. */
  getBackgrounds(): string[][] {
    this.calls.record('Range.getBackgrounds');
    return this.map(cell => cell.background ?? DEFAULT_BACKGROUND);
  }

  /** null resets a cell to the default background. */
  setBackgrounds(colors: (string | null)[][]): FakeRange {
    this.calls.record('Range.setBackgrounds');
    return this.formatEach('background', colors, color => color ?? undefined);
  }

  /** "B7" for one cell, "A2:C4" for more, as Sheets writes it. */
  getA1Notation(): string {
    this.calls.record('Range.getA1Notation');
    const corner = (row: number, column: number) =>
      `${columnName(column)}${row}`;
    const start = corner(this.row, this.column);
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${corner(this.row + this.numRows - 1, this.column + this.numColumns - 1)}`;
  }

  getSheet(): FakeSheet {
    this.calls.record('Range.getSheet');
    return this.owner;
  }

  /** Makes this range the selection and its sheet the active sheet. */
  activate(): FakeRange {
    this.calls.record('Range.activate');
    this.owner.markActive(this.row, this.column, this.numRows, this.numColumns);
    return this;
  }

  private map<T>(read: (format: CellFormat) => T): T[][] {
    return this.rows().map(row =>
      this.columns().map(column => read(this.grid.format(row, column))),
    );
  }

  /** Keeps the rule object itself; null removes validation. */
  setDataValidation(rule: DataValidationPort | null): FakeRange {
    this.calls.record('Range.setDataValidation');
    return this.format('validation', rule ?? undefined);
  }

  /** Accepts 'bold', 'normal' or null (reset), like Sheets. */
  setFontWeight(fontWeight: string | null): FakeRange {
    this.calls.record('Range.setFontWeight');
    if (fontWeight !== null && fontWeight !== 'bold' && fontWeight !== 'normal')
      throw new Error(`Invalid argument: fontWeight "${fontWeight}"`);
    return this.format(
      'fontWeight',
      fontWeight === 'bold' ? 'bold' : undefined,
    );
  }

  /** null resets to the default white background. */
  setBackground(color: string | null): FakeRange {
    this.calls.record('Range.setBackground');
    return this.format('background', color ?? undefined);
  }

  setNumberFormat(numberFormat: string): FakeRange {
    this.calls.record('Range.setNumberFormat');
    return this.format('numberFormat', numberFormat);
  }

  /** One format per cell; throws like setValues when the grid is not the range's shape. */
  setNumberFormats(numberFormats: string[][]): FakeRange {
    this.calls.record('Range.setNumberFormats');
    return this.formatEach('numberFormat', numberFormats, format => format);
  }

  setWrap(isWrapEnabled: boolean): FakeRange {
    this.calls.record('Range.setWrap');
    return this.format('wrap', isWrapEnabled ? true : undefined);
  }

  /** null or '' removes the note. */
  setNote(note: string | null): FakeRange {
    this.calls.record('Range.setNote');
    return this.format('note', note ? note : undefined);
  }

  private format<K extends keyof CellFormat>(
    name: K,
    value: CellFormat[K] | undefined,
  ): FakeRange {
    for (const row of this.rows())
      for (const column of this.columns())
        this.grid.setFormat(row, column, name, value);
    return this;
  }

  /** One value per cell (setNotes, setBackgrounds…): throws when the grid is not the range's shape. */
  private formatEach<K extends keyof CellFormat, T>(
    name: K,
    values: readonly (readonly T[])[],
    toFormat: (value: T) => CellFormat[K] | undefined,
  ): FakeRange {
    checkShape(values, this.numRows, this.numColumns);
    values.forEach((line, i) =>
      line.forEach((value, j) =>
        this.grid.setFormat(
          this.row + i,
          this.column + j,
          name,
          toFormat(value),
        ),
      ),
    );
    return this;
  }

  private rows(): number[] {
    return span(this.row, this.numRows);
  }

  private columns(): number[] {
    return span(this.column, this.numColumns);
  }
}

function span(start: number, length: number): number[] {
  return Array.from({length}, (_, i) => start + i);
}

function checkShape(
  values: readonly (readonly unknown[])[],
  numRows: number,
  numColumns: number,
) {
  if (!Array.isArray(values) || values.some(line => !Array.isArray(line)))
    throw new Error(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  if (values.length !== numRows)
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`,
    );
  for (const line of values)
    if (line.length !== numColumns)
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`,
      );
}

function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}
