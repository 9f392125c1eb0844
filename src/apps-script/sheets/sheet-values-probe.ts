// Whether Sheet.getSheetValues(1, 1, -1, -1) reads a whole tab in one call as
// getDataRange().getValues() does in two. Google's sentence about -1 is ambiguous and no
// emulator settles it, so 自检 asks the live platform before the generation relies on it.

import {errorMessage} from '../services/app-error';
import type {SpreadsheetPort} from '../services/ports';

export type SheetValuesProbe =
  | {
      readonly kind: 'same';
      readonly tab: string;
      readonly rows: number;
      readonly columns: number;
    }
  | {readonly kind: 'different'; readonly tab: string; readonly detail: string}
  | {readonly kind: 'failed'; readonly tab: string; readonly detail: string}
  | {readonly kind: 'no-tab'};

/** Compares both reads on the first tab with at least two rows and two columns of data. */
export function probeSheetValues(
  spreadsheet: SpreadsheetPort,
): SheetValuesProbe {
  const sheet = spreadsheet
    .getSheets()
    .find(s => s.getLastRow() >= 2 && s.getLastColumn() >= 2);
  if (!sheet) return {kind: 'no-tab'};
  const tab = sheet.getName();
  const expected = sheet.getDataRange().getValues();
  let got: unknown[][];
  try {
    got = sheet.getSheetValues(1, 1, -1, -1);
  } catch (e) {
    return {kind: 'failed', tab, detail: errorMessage(e)};
  }
  if (JSON.stringify(got) === JSON.stringify(expected))
    return {kind: 'same', tab, ...sizeOf(expected)};
  return {kind: 'different', tab, detail: `${shape(got)} / ${shape(expected)}`};
}

function sizeOf(values: unknown[][]): {rows: number; columns: number} {
  return {rows: values.length, columns: values[0]?.length ?? 0};
}

/** "rows×columns" of a read, or what came back when it is not a grid. */
function shape(values: unknown): string {
  if (!Array.isArray(values)) return typeof values;
  const {rows, columns} = sizeOf(values as unknown[][]);
  return `${rows}×${columns}`;
}
