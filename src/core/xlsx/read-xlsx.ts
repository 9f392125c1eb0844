// Reads an .xlsx workbook (Excel, WPS, LibreOffice, openpyxl, a Google Sheets download) into the
// plain grids the core reads: every worksheet in workbook order. Pure ECMAScript plus fflate, so
// the command line and an offline page can both use it.

import {strFromU8} from 'fflate';
import type {TabGrid, WorkbookGrids} from '../workbook/grid';
import {readCellStyles} from './cell-styles';
import type {ValueContext} from './cell-value';
import {isCompoundFile, isEncryptedPackage} from './encrypted-package';
import {readWorkbookParts} from './package-parts';
import {readSheetCells} from './sheet-cells';
import {toSheetGrid} from './sheet-grid';
import {readSharedStrings} from './string-items';
import {malformed, XlsxReadError} from './xlsx-error';
import {MAX_GRID_CELLS, MAX_INFLATED_BYTES} from './xlsx-limits';
import {looksLikeZip, readZipDirectory} from './zip-archive';
import {inflateEntry, type ZipEntry} from './zip-archive';

/**
 * The workbook in `bytes`. Throws XlsxReadError: 'encrypted' for a password-protected
 * workbook, 'too-large' past the limits of xlsx-limits.ts, 'not-xlsx' for anything else that
 * is not a readable workbook (including one without worksheets).
 */
export function readXlsx(bytes: Uint8Array): WorkbookGrids {
  if (isEncryptedPackage(bytes)) {
    throw new XlsxReadError('encrypted', 'an encrypted OOXML package');
  }
  if (isCompoundFile(bytes)) malformed('a compound file (.xls?), not a zip');
  if (!looksLikeZip(bytes)) malformed('not a zip');
  const read = partReader(bytes, readZipDirectory(bytes));
  const parts = readWorkbookParts(read);
  if (parts.sheets.length === 0) malformed('no worksheets');
  const context: ValueContext = {
    sharedStrings: optional(read, parts.sharedStrings, readSharedStrings, []),
    styles: optional(read, parts.styles, readCellStyles, []),
    date1904: parts.date1904,
  };
  let cellBudget = MAX_GRID_CELLS;
  const tabs: TabGrid[] = parts.sheets.map(sheet => {
    const xml = read(sheet.part);
    if (xml === undefined) return malformed(`no part ${sheet.part}`);
    const {grid, hiddenRows, hiddenColumns, uncomputedFormulas} = toSheetGrid(
      readSheetCells(xml, context, cellBudget),
    );
    cellBudget -= grid.length * (grid[0]?.length ?? 0);
    return {
      name: sheet.name,
      grid,
      hiddenRows,
      ...(hiddenColumns.length > 0 ? {hiddenColumns} : {}),
      ...(uncomputedFormulas.length > 0 ? {uncomputedFormulas} : {}),
    };
  });
  return {tabs};
}

function optional<T>(
  read: (name: string) => string | undefined,
  part: string | undefined,
  parse: (xml: string) => T,
  fallback: T,
): T {
  const xml = part === undefined ? undefined : read(part);
  return xml === undefined ? fallback : parse(xml);
}

/**
 * Reads parts by name (any case) as text. Before the first part is inflated, the sizes the
 * directory declares for all XML parts together must fit MAX_INFLATED_BYTES; each part is then
 * held to what is left of it while inflating.
 */
function partReader(
  bytes: Uint8Array,
  entries: ReadonlyMap<string, ZipEntry>,
): (name: string) => string | undefined {
  let declared = 0;
  for (const entry of entries.values()) {
    if (/\.(xml|rels)$/i.test(entry.name)) declared += entry.size;
  }
  if (declared > MAX_INFLATED_BYTES) {
    throw new XlsxReadError('too-large', `XML parts declare ${declared} bytes`);
  }
  let budget = MAX_INFLATED_BYTES;
  return name => {
    const entry = entries.get(name.toLowerCase());
    if (entry === undefined) return undefined;
    const data = inflateEntry(bytes, entry, budget);
    budget -= data.length;
    return strFromU8(data);
  };
}
