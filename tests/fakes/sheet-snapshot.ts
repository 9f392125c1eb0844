// A plain-data picture of a fake sheet — values, formulas and formats — for before/after
// equality assertions. Taking one is not a service call.

import type {CellGrid} from './cell-grid';
import {FakeDataValidation, ValidationRule} from './fake-data-validation';
import type {FakeSheet} from './fake-sheet';

type ByCell<T> = Readonly<Record<string, T>>;

export interface SheetSnapshot {
  readonly name: string;
  /** The data range's values as getValues returns them ([['']] for an empty sheet). */
  readonly values: unknown[][];
  /** Keyed by A1 notation, e.g. {B2: '=SUM(A:A)'}. */
  readonly formulas: ByCell<string>;
  /** A1 positions of text written with a leading apostrophe. */
  readonly escaped: readonly string[];
  readonly notes: ByCell<string>;
  readonly backgrounds: ByCell<string>;
  /** A rule the fake did not build is shown as {criteria: 'foreign'}. */
  readonly validations: ByCell<ValidationRule | {criteria: 'foreign'}>;
  readonly numberFormats: ByCell<string>;
  readonly bold: readonly string[];
  readonly wrapped: readonly string[];
  readonly frozenRows: number;
  /** Keyed by 1-based column number. */
  readonly columnWidths: Readonly<Record<number, number>>;
}

export function snapshotSheet(sheet: FakeSheet): SheetSnapshot {
  const grid = sheet.cells;
  const snapshot = {
    name: sheet.title,
    values: dataValues(grid),
    formulas: {} as Record<string, string>,
    escaped: [] as string[],
    notes: {} as Record<string, string>,
    backgrounds: {} as Record<string, string>,
    validations: {} as Record<string, ValidationRule | {criteria: 'foreign'}>,
    numberFormats: {} as Record<string, string>,
    bold: [] as string[],
    wrapped: [] as string[],
    frozenRows: sheet.frozenRowCount(),
    columnWidths: Object.fromEntries(sheet.widths()),
  };
  for (const {row, column} of grid.positions()) {
    const a1 = toA1(row, column);
    const {formula, escaped} = grid.content(row, column);
    const format = grid.format(row, column);
    if (formula !== null) snapshot.formulas[a1] = formula;
    if (escaped) snapshot.escaped.push(a1);
    if (format.note !== undefined) snapshot.notes[a1] = format.note;
    if (format.background !== undefined)
      snapshot.backgrounds[a1] = format.background;
    if (format.validation !== undefined)
      snapshot.validations[a1] =
        format.validation instanceof FakeDataValidation
          ? format.validation.rule
          : {criteria: 'foreign'};
    if (format.numberFormat !== undefined)
      snapshot.numberFormats[a1] = format.numberFormat;
    if (format.fontWeight === 'bold') snapshot.bold.push(a1);
    if (format.wrap) snapshot.wrapped.push(a1);
  }
  return snapshot;
}

function dataValues(grid: CellGrid): unknown[][] {
  const rows = Math.max(1, grid.lastRow());
  const columns = Math.max(1, grid.lastColumn());
  return Array.from({length: rows}, (_, i) =>
    Array.from({length: columns}, (_, j) => grid.value(i + 1, j + 1)),
  );
}

/** 1-based (row, column) to A1 notation: (2, 28) → 'AB2'. */
export function toA1(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}
