// Text written into cells by the script: values that would start a formula are escaped.

const FORMULA_START = /^[=+\-@]/;

/**
 * A value safe to pass to setValues(): text beginning with = + - @ gets a leading apostrophe,
 * which Sheets shows as plain text and never evaluates.
 */
export function escapeForSheet<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value)
    ? `'${value}`
    : value;
}
