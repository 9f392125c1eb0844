// Dates as official documents write them: "2025年2月5日", Arabic digits, no zero padding.
// (Reading a date a clerk typed is the workbook reader's job: see workbook/cell-date.ts.)

/** The local calendar date of `d` as "2025年2月5日". */
export function formatChineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}
