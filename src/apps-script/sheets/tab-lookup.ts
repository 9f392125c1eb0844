// Finds tabs by the names the core expects (as schemaTabName recognises them: spaces ignored,
// parts by their leading numeral) and reads one with one getValues().

import {
  type CellValue,
  normaliseKey,
  schemaTabName,
  type TabGrid,
} from '../../core';
import type {SheetPort, SpreadsheetPort} from '../services/ports';

/** A sheet with its name as the clerk typed it (findings and logs use that name). */
export interface NamedSheet {
  readonly sheet: SheetPort;
  readonly name: string;
}

/**
 * The first sheet of each wanted tab, keyed by the tab's schema name; absent tabs are missing
 * from the map. One getSheets() and one getName() per sheet.
 */
export function findTabs(
  spreadsheet: SpreadsheetPort,
  tabs: readonly string[],
): Map<string, NamedSheet> {
  const found = new Map<string, NamedSheet>();
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    const key = schemaTabName(name) ?? normaliseKey(name);
    if (tabs.includes(key) && !found.has(key)) found.set(key, {sheet, name});
  }
  return found;
}

/** The sheet's values under its own name, as the core reads a tab. */
export function readTabGrid(tab: NamedSheet): TabGrid {
  return {
    name: tab.name,
    grid: tab.sheet.getDataRange().getValues() as CellValue[][],
  };
}
