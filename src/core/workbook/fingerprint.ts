// A fingerprint of the data a report is built from, to tell whether anything changed since
// the last build. Pure (no Utilities.computeDigest), so both adapters compute the same value.

import {cellText} from './cell-text';
import type {WorkbookGrids} from './grid';
import {TAB} from './schema';

/** Tabs whose content does not change the report. */
const IGNORED_TABS: readonly string[] = [TAB.guide, TAB.log];

/**
 * 16 hex digits over every read tab's name and cell texts, in workbook order. Trailing empty
 * cells and rows do not change it; any value that changes the report does.
 */
export function fingerprintWorkbook(workbook: WorkbookGrids): string {
  const parts: string[] = [];
  for (const tab of workbook.tabs) {
    if (IGNORED_TABS.includes(tab.name.trim())) continue;
    parts.push(`\u0001${tab.name}`);
    // Hiding a row takes it out of the report, so it changes the fingerprint too.
    if (tab.hiddenRows?.length) parts.push(`\u0004${tab.hiddenRows.join(',')}`);
    for (const row of tab.grid) {
      const cells = row.map(cellText);
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      if (cells.length > 0) parts.push(cells.join('\u0002'));
    }
  }
  return hash64(parts.join('\u0003'));
}

/** Two independent 32-bit FNV-1a lanes over UTF-16 code units, as 16 hex digits. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x0100019d) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}
