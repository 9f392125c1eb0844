// Lays out a new tab from the template layout: header row, frozen rows, widths, wrap, header
// notes and the column rules (层级 dropdown, number check on 数值). Used only on new tabs.

import {
  settingRowLayouts,
  TEMPLATE_LAST_ROW,
  type CellValidation,
  type TabLayout,
} from '../../core';
import type {
  DataValidationPort,
  SheetPort,
  SpreadsheetAppPort,
  SpreadsheetPort,
} from '../services/ports';

export const HEADER_BACKGROUND = '#e8eef7';
/** Pixels per character of width: Chinese text at Sheets' default 10 pt. */
const PIXELS_PER_CHARACTER = 11;

export function layOutNewSheet(
  sheet: SheetPort,
  layout: TabLayout,
  spreadsheetApp: SpreadsheetAppPort,
): void {
  const width = layout.columns.length;
  sheet
    .getRange(1, 1, 1, width)
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(layout.frozenRows);
  const bodyRows = Math.min(TEMPLATE_LAST_ROW, sheet.getMaxRows()) - 1;
  layout.columns.forEach((column, i) => {
    sheet.setColumnWidth(i + 1, column.width * PIXELS_PER_CHARACTER);
    if (column.note) sheet.getRange(1, i + 1, 1, 1).setNote(column.note);
    const body = () => sheet.getRange(2, i + 1, bodyRows, 1);
    if (column.wrap) body().setWrap(true);
    if (column.validation) {
      body().setDataValidation(
        validationRule(column.validation, spreadsheetApp),
      );
    }
  });
  if (layout.role === 'settings') {
    settingRowLayouts().forEach((setting, i) => {
      const cell = () => sheet.getRange(i + 2, 2, 1, 1);
      if (setting.plainText) cell().setNumberFormat('@');
      if (setting.validation) {
        cell().setDataValidation(
          validationRule(setting.validation, spreadsheetApp),
        );
      }
    });
  }
}

/**
 * A list is enforced; the number rule on 数值 only warns, because approximate figures ("30余")
 * and percentages typed as text are valid there too.
 */
export function validationRule(
  rule: CellValidation,
  spreadsheetApp: SpreadsheetAppPort,
): DataValidationPort {
  const builder = spreadsheetApp.newDataValidation();
  switch (rule.kind) {
    case 'list':
      return builder
        .requireValueInList([...rule.values], true)
        .setAllowInvalid(false)
        .build();
    case 'number-or-text-figure':
      return builder
        .requireNumberGreaterThanOrEqualTo(0)
        .setAllowInvalid(true)
        .setHelpText(rule.help)
        .build();
    default: {
      const unreachable: never = rule;
      throw new Error(`unknown validation ${JSON.stringify(unreachable)}`);
    }
  }
}

/** A tab the script keeps (a log), added last: its header row in the header style, frozen. */
export function insertScriptTab(
  spreadsheet: SpreadsheetPort,
  name: string,
  headers: readonly string[],
  /** A note per header cell (null for none), explaining a column; one more call when given. */
  notes?: readonly (string | null)[],
): SheetPort {
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
  const header = sheet
    .getRange(1, 1, 1, headers.length)
    .setValues([[...headers]])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND);
  if (notes) header.setNotes([[...notes]]);
  sheet.setFrozenRows(1);
  return sheet;
}
