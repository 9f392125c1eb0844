// The reader's limits on one .xlsx, so that no file, however crafted, takes unbounded memory or
// time. A file beyond them is refused with the reason 'too-large'.

/**
 * The most bytes the reader inflates from one workbook: 100 MB over all the XML parts it reads.
 * Checked against the sizes the zip directory declares before anything is inflated, and again
 * while inflating (declared sizes can lie). A workbook of the sample 1,000 times over inflates
 * to well under this.
 */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

/** The most entries a workbook's zip may hold; a real one has a few dozen. */
export const MAX_ZIP_ENTRIES = 10000;

/**
 * The most cells of all grids together: Google Sheets' own limit for a spreadsheet, 10 million.
 * A tiny sheet with one value in XFD1048576 would otherwise ask for 17 billion cells.
 */
export const MAX_GRID_CELLS = 10 * 1000 * 1000;
