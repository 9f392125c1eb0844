// Dates in a workbook: a serial day count (1900 or 1904 date system) or an ISO 8601 text
// (t="d" cells), read as the wall-clock time the cell shows, built with local getters in mind.

const DAY_MS = 24 * 60 * 60 * 1000;
/** Day 0 of the 1900 system as Excel, Sheets and exceljs count it for dates after 1900-02-28. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * The local Date showing the wall-clock time of `serial`: 45693 is 2025-02-05 00:00 wherever the
 * code runs, since the core reads dates with local getters (as Apps Script does in the
 * spreadsheet's time zone). Rounded to the millisecond, as exceljs and Sheets do.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  const utc = new Date(
    (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * DAY_MS),
  );
  return localDate(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
    utc.getUTCMilliseconds(),
  );
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?/;

/** A t="d" cell's ISO 8601 text as the local Date of its wall-clock time; undefined if not ISO. */
export function isoToDate(text: string): Date | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const n = (i: number) => (m[i] === undefined ? 0 : Number(m[i]));
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  return localDate(n(1), n(2) - 1, n(3), n(4), n(5), n(6), millis);
}

function localDate(
  year: number,
  month: number,
  day: number,
  hours: number,
  minutes: number,
  seconds: number,
  millis: number,
): Date {
  const date = new Date(year, month, day, hours, minutes, seconds, millis);
  // new Date(y, …) reads years 0–99 as 1900–1999.
  if (year < 100) date.setFullYear(year, month, day);
  return date;
}
