// What Sheets stores when a script writes a value: setValues parses strings the way typing does,
// so '=…' becomes a formula, a leading apostrophe escapes text, number- and date-like text a
// number or a Date, unless the cell is formatted "@" (plain text).

import {zonedTime} from './format-date';

/** A value as Range.getValues returns it; '' is an empty cell. */
export type CellValue = string | number | boolean | Date;

/** What one cell holds after a write. `formula` is the formula text when the cell has one. */
export interface CellContent {
  readonly value: CellValue;
  readonly formula: string | null;
  /** The input began with an apostrophe, which Sheets drops and reads as "keep this as text". */
  readonly escaped: boolean;
}

export const EMPTY: CellContent = {value: '', formula: null, escaped: false};

/**
 * The most characters one cell holds. Writing more throws with the message Sheets gives (quoted
 * below). Not on a Google reference page we could find; the limit and the message are reported
 * from the Sheets API (qiita.com/koshilife/items/5aff56c1bb9e5d31067f, "1セル 50000文字までの
 * 制限") and Google's own error text. Counted in UTF-16 code units here, the stricter reading.
 */
export const MAX_CELL_CHARS = 50000;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT_TEXT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const DATE_TEXT =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export interface WriteContext {
  /** The cell's number format is "@" (plain text). */
  readonly plainText: boolean;
  /** The spreadsheet's time zone, in which typed dates and times are read. */
  readonly timeZone: string;
}

/**
 * Converts one value passed to setValues. Range.setValues stores strings as if a user had typed
 * them (the Sheets API calls this USER_ENTERED: "strings may be converted to numbers, dates,
 * etc. following the same rules that are applied when entering text into a cell via the Google
 * Sheets UI", developers.google.com/sheets/api/reference/rest/v4/ValueInputOption), so on any
 * format but "@": '=…' becomes a formula, a leading apostrophe keeps text, "007" and "1e5" become
 * numbers (7, 100000), "1,234" 1234, "80%" 0.8, "2025-02-05" and "2025-02-05 14:03" Dates in
 * the spreadsheet's time zone, TRUE/FALSE booleans. Not mirrored: currency, fractions, times
 * without a date, locale-specific forms. In a cell formatted "@" (plain text) strings are stored
 * verbatim, apostrophe included, as Sheets does.
 * Values the fake cannot vouch for (undefined, objects, NaN, invalid Dates) throw; null clears.
 */
export function toCellContent(
  input: unknown,
  context: WriteContext,
): CellContent {
  if (input === null || input === '') return EMPTY;
  if (typeof input === 'boolean') return stored(input);
  if (typeof input === 'number') {
    if (!Number.isFinite(input))
      throw new Error(`fake Sheets: refusing non-finite number ${input}`);
    return stored(input);
  }
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime()))
      throw new Error('fake Sheets: refusing an invalid Date');
    return stored(new Date(input.getTime()));
  }
  if (typeof input === 'string') return fromText(input, context);
  throw new Error(
    `fake Sheets: refusing a ${typeof input} value; write strings, numbers, booleans or Dates`,
  );
}

function fromText(text: string, context: WriteContext): CellContent {
  if (text.length > MAX_CELL_CHARS)
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  if (context.plainText) return stored(text);
  if (text.startsWith("'"))
    return {value: text.slice(1), formula: null, escaped: true};
  if (text.startsWith('=') && text.length > 1)
    return {value: '', formula: text, escaped: false};
  const typed = text.trim();
  if (NUMBER_TEXT.test(typed)) return stored(Number(typed));
  if (GROUPED_NUMBER.test(typed))
    return stored(Number(typed.replace(/,/g, '')));
  const percent = PERCENT_TEXT.exec(typed);
  if (percent) return stored(Number(percent[1]) / 100);
  const date = DATE_TEXT.exec(typed);
  if (date) {
    const parsed = typedDate(date, context.timeZone);
    if (parsed) return stored(parsed);
  }
  const upper = typed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return stored(upper === 'TRUE');
  return stored(text);
}

/** A Date for a typed date and time, or undefined when it is no real date ("2025-02-30"). */
function typedDate(match: RegExpExecArray, timeZone: string): Date | undefined {
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map(part => Number(part ?? 0));
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return undefined;
  return zonedTime({year, month, day, hour, minute, second}, timeZone);
}

function stored(value: CellValue): CellContent {
  return {value, formula: null, escaped: false};
}

/** A copy safe to hand out: Dates are mutable, so each read gets its own. */
export function copyValue(value: CellValue): CellValue {
  return value instanceof Date ? new Date(value.getTime()) : value;
}
