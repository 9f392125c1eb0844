// What Sheets stores when a script writes a value: setValues parses strings the way typing does,
// so '=…' becomes a formula, a leading apostrophe escapes text, and number-like text a number.

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

const MAX_CELL_CHARS = 50000;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Converts one value passed to setValues. Limitation: of the parsing Sheets does on strings, only
 * formulas, apostrophes, plain decimal numbers and TRUE/FALSE are mirrored; dates ('2024-01-01'),
 * times, percentages and currency stay text here but become numbers or Dates in real Sheets.
 * In a cell formatted '@' (plain text) strings are stored verbatim, as Sheets does.
 * Values the fake cannot vouch for (undefined, objects, NaN, invalid Dates) throw; null clears.
 */
export function toCellContent(input: unknown, plainText: boolean): CellContent {
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
  if (typeof input === 'string') return fromText(input, plainText);
  throw new Error(
    `fake Sheets: refusing a ${typeof input} value; write strings, numbers, booleans or Dates`,
  );
}

function fromText(text: string, plainText: boolean): CellContent {
  if (text.length > MAX_CELL_CHARS)
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  if (plainText) return stored(text);
  if (text.startsWith("'"))
    return {value: text.slice(1), formula: null, escaped: true};
  if (text.startsWith('=') && text.length > 1)
    return {value: '', formula: text, escaped: false};
  if (NUMBER_TEXT.test(text)) return stored(Number(text));
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return stored(upper === 'TRUE');
  return stored(text);
}

function stored(value: CellValue): CellContent {
  return {value, formula: null, escaped: false};
}

/** A copy safe to hand out: Dates are mutable, so each read gets its own. */
export function copyValue(value: CellValue): CellValue {
  return value instanceof Date ? new Date(value.getTime()) : value;
}
