// One <c> element's value as a spreadsheet shows it through getValues(): shared, inline and
// formula strings, numbers, booleans, error text ("#REF!"), and numbers read through their
// style as dates or percentages.

import {percentFormattedCell} from '../workbook/cell-text';
import type {CellValue} from '../workbook/grid';
import type {NumberKind} from './number-formats';
import {isoToDate, serialToDate} from './serial-date';
import {unescapeXstring} from './string-items';
import {malformed} from './xlsx-error';

/** What the sheet scan gathered about one cell. */
export interface RawCell {
  /** The t attribute: s, inlineStr, str, b, e, d, n (absent means n). */
  readonly type: string | undefined;
  readonly style: number;
  /** The text of <v>, undefined when the cell has none (a formula never calculated, a blank). */
  readonly value: string | undefined;
  /** The text of <is>, for inline strings. */
  readonly inline: string | undefined;
}

export interface ValueContext {
  readonly sharedStrings: readonly string[];
  readonly styles: readonly NumberKind[];
  readonly date1904: boolean;
}

/** The cell's value; null for a cell without one (only a style, or a formula never computed). */
export function cellValue(cell: RawCell, context: ValueContext): CellValue {
  const v = cell.value;
  switch (cell.type) {
    case 's': {
      if (v === undefined) return null;
      const text = context.sharedStrings[Number(v)];
      return text === undefined ? malformed(`no shared string ${v}`) : text;
    }
    case 'inlineStr':
      return cell.inline ?? (v === undefined ? null : unescapeXstring(v));
    case 'str':
      return v === undefined ? null : unescapeXstring(v);
    case 'b':
      return v === undefined ? null : v.trim() === '1' || v.trim() === 'true';
    case 'e':
      return v === undefined ? null : v.trim();
    case 'd':
      return v === undefined ? null : (isoToDate(v) ?? v);
    default:
      return numberValue(cell, context);
  }
}

function numberValue(cell: RawCell, context: ValueContext): CellValue {
  const v = cell.value;
  if (v === undefined || v.trim() === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n)) return malformed(`not a number: ${v}`);
  switch (context.styles[cell.style]) {
    case 'date': {
      // A serial past any Date (Excel shows ####) stays the number it is.
      const date = serialToDate(n, context.date1904);
      return Number.isNaN(date.getTime()) ? n : date;
    }
    case 'percent':
      return percentFormattedCell(n);
    default:
      return n;
  }
}
