// What a cell's number format says about its number: a date or time (the value is a serial
// day count), a percentage (shown ×100 with "%"), or neither.

export type NumberKind = 'date' | 'percent' | 'plain';

/** Built-in formats a file may name by id alone (ECMA-376 §18.8.30, with the East Asian ids). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36,
  45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77,
  78, 79, 80, 81,
]);
const BUILT_IN_PERCENTS = new Set([9, 10]);
const MAX_FORMAT_CODE = 255;

/** The kind of built-in format `id`, or of the custom `code` the styles part gives it. */
export function numberKind(id: number, code: string | undefined): NumberKind {
  if (code === undefined) {
    if (BUILT_IN_DATES.has(id)) return 'date';
    return BUILT_IN_PERCENTS.has(id) ? 'percent' : 'plain';
  }
  return formatCodeKind(code);
}

/**
 * Reads a format code the way a spreadsheet does: quoted text ("年"), escaped (\x) and padding
 * (_x, *x) characters and bracketed colours, locales and conditions say nothing; elapsed-time
 * brackets ([h], [mm]) do. Date letters d m y h s (and the era letters e g b) mean a date;
 * an unquoted "%" means a percentage.
 */
export function formatCodeKind(code: string): NumberKind {
  // Excel keeps format codes to 255 characters; a longer one is no format it would write.
  if (code.length > MAX_FORMAT_CODE) return 'plain';
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/general/gi, '')
    .replace(/e[+-]/gi, '');
  if (/[dmyhsegb]/i.test(bare)) return 'date';
  return bare.indexOf('%') >= 0 ? 'percent' : 'plain';
}
