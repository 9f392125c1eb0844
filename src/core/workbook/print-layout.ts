// How the workbook's tabs print, for the 科室 that print their tabs for sign-off: A4 landscape,
// every column on one page wide, the header row on every page, the tab and page in the footer.

/** The print options every tab of the template gets. */
export const PRINT_LAYOUT = {
  paper: 'A4',
  orientation: 'landscape',
  /** All columns on one page wide; as many pages tall as the rows need. */
  pagesWide: 1,
  /** The header row (row 1) printed at the top of every page. */
  repeatedRows: 1,
  /**
   * Footer in the spreadsheet's codes (ECMA-376 §18.3.1.40): &C the centre section, &A the tab's
   * name, &P the page, &N the pages. The section code comes first: a footer without one is
   * dropped by readers that parse sections (openpyxl warns "Cannot parse header or footer").
   */
  footer: '&C&A　第&P页／共&N页',
} as const;

/** Line height, in points, of wrapped text in the default 11 pt font. */
const LINE_POINTS = 15;

/**
 * The height, in points, a row needs to show every line of its wrapped cells, estimating a
 * character's width in the spreadsheet's column units (a CJK character is two, others one);
 * undefined when one line is enough. `cells` pairs each text with its column's width.
 */
export function wrappedRowHeight(
  cells: readonly {readonly text: string; readonly width: number}[],
): number | undefined {
  let lines = 1;
  for (const {text, width} of cells) {
    const perLine = Math.max(1, width - 1);
    const count = text
      .split(/\r\n|\r|\n/)
      .reduce(
        (sum, line) => sum + Math.max(1, Math.ceil(textUnits(line) / perLine)),
        0,
      );
    lines = Math.max(lines, count);
  }
  return lines > 1 ? lines * LINE_POINTS : undefined;
}

function textUnits(line: string): number {
  let units = 0;
  for (const ch of line) units += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return units;
}
