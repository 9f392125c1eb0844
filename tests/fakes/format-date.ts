// Utilities.formatDate for the fakes: a subset of Java SimpleDateFormat, computed with Intl in
// the requested time zone. Unsupported pattern letters throw rather than guess.

const FIELDS = {
  y: 'year',
  M: 'month',
  d: 'day',
  H: 'hour',
  m: 'minute',
  s: 'second',
} as const;

type Field = (typeof FIELDS)[keyof typeof FIELDS];

/**
 * Formats `date` in `timeZone` with `pattern` (letters y, M, d, H, m, s, S; text in '…';
 * '' for an apostrophe). Like Java, an unknown time zone id silently means GMT — a test passing
 * a wrong id sees UTC times, as the real service would produce. 'GMT+8' style ids work.
 */
export function formatDate(
  date: Date,
  timeZone: string,
  pattern: string,
): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime()))
    throw new Error('fake Utilities.formatDate: invalid date');
  const parts = dateParts(date, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw new Error(`Unterminated quote in pattern ${pattern}`);
      out += end === i + 1 ? "'" : pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    let run = 1;
    while (pattern[i + run] === ch) run++;
    out += /[A-Za-z]/.test(ch) ? field(ch, run, parts, date) : ch.repeat(run);
    i += run;
  }
  return out;
}

function field(
  letter: string,
  width: number,
  parts: Record<Field, number>,
  date: Date,
): string {
  if (letter === 'S') return pad(date.getUTCMilliseconds(), width);
  if (!(letter in FIELDS) || (letter === 'M' && width > 2))
    throw new Error(
      `fake Utilities.formatDate: pattern letter ${letter.repeat(width)} is not supported`,
    );
  const value = parts[FIELDS[letter as keyof typeof FIELDS]];
  if (letter === 'y' && width === 2) return pad(value % 100, 2);
  return pad(value, width);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function dateParts(date: Date, timeZone: string): Record<Field, number> {
  const offset = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (offset) {
    const minutes =
      (Number(offset[2]) * 60 + Number(offset[3] ?? 0)) *
      (offset[1] === '-' ? -1 : 1);
    return dateParts(new Date(date.getTime() + minutes * 60000), 'UTC');
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return dateParts(date, 'UTC');
  }
  const parts = {} as Record<Field, number>;
  for (const part of format.formatToParts(date))
    if ((Object.values(FIELDS) as string[]).includes(part.type))
      parts[part.type as Field] = Number(part.value);
  return parts;
}

/**
 * The instant at which the clock in `timeZone` shows the given local time (month 1-12): the
 * inverse of formatDate, as Sheets reads a typed "2025-02-05 14:03" in the spreadsheet's zone.
 */
export function zonedTime(
  fields: Record<Field, number>,
  timeZone: string,
): Date {
  const wall = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
  );
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const shown = dateParts(new Date(guess), timeZone);
    const shownWall = Date.UTC(
      shown.year,
      shown.month - 1,
      shown.day,
      shown.hour,
      shown.minute,
      shown.second,
    );
    guess += wall - shownWall;
  }
  return new Date(guess);
}
