// Reads a date from a cell: a spreadsheet date, or one typed as "2025-02-05", "2025/2/5",
// "2025.2.5" or "2025年2月5日". The reader needs it for 成文日期; printing dates is text/.

/** Reads a Date, "2025-02-05", "2025/2/5", "2025.2.5" or "2025年2月5日"; undefined if invalid. */
export function parseDateValue(value: unknown): Date | undefined {
  if (value instanceof Date) return isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(
    value.trim(),
  );
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900) return undefined;
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : undefined;
}
