// Writes the workbook template as .xlsx for Excel, WPS and LibreOffice users: every tab of the
// layout with styled, annotated, frozen headers, validations and print options, plus any rows
// handed in.
// exceljs (660 files, a quarter of a second to load) is loaded only when a template is written:
// `build`, `validate` and `--help` never load it.

import type ExcelJS from 'exceljs';
import {
  blankSettingsRows,
  type CellValidation,
  type ColumnLayout,
  columnLetter,
  guideLines,
  isFormulaCell,
  PERCENT_UNIT,
  PREVIOUS_VALUE_COLUMN,
  schemaTabName,
  settingRowLayouts,
  type TabLayout,
  TEMPLATE_LAST_ROW,
  type TemplateCell,
  type TemplateTab,
  workbookLayout,
} from '../core';
import {writeFileAtomic} from './atomic-write';
import {applyPrintLayout, fitWrappedRow} from './xlsx-print';

type Row = readonly TemplateCell[];

/** The header rows' fill, shared with the example workbooks' writer. */
export const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: {argb: 'FFDDEBF7'},
};

/** exceljs 4.4 has `Worksheet.dataValidations` (range rules) but leaves it out of its typings. */
export interface RangeValidations {
  readonly dataValidations: {
    add(range: string, validation: ExcelJS.DataValidation): void;
  };
}

/**
 * Builds the template and returns the .xlsx bytes; also writes them to `path` when given
 * (atomically, replacing a file there: the command line checks before it asks for that).
 * `tabs` give rows below the header by tab name; other tabs get their header only (the guide
 * its text, the settings tab one row per setting). A part tab may be renamed by its numeral:
 * a tab "三、履职情况" takes the place of "三、第一责任人". Given 基本信息 rows fill 内容 by key.
 */
export async function writeTemplateXlsx(
  tabs: readonly TemplateTab[],
  path?: string,
): Promise<Buffer> {
  const workbook = new (loadExcelJs().Workbook)();
  workbook.creator = 'fazhi-report';
  const layouts = workbookLayout().map(layout => renamedPart(layout, tabs));
  const unknown = tabs.filter(tab => !layouts.some(l => l.name === tab.name));
  if (unknown.length > 0) {
    throw new Error(`no such tab in the template: ${unknown.map(t => t.name)}`);
  }
  for (const layout of layouts) {
    const given = tabs.find(tab => tab.name === layout.name)?.rows;
    addSheet(workbook, layout, rowsFor(layout, given));
  }
  const data = Buffer.from(await workbook.xlsx.writeBuffer());
  if (path !== undefined) writeFileAtomic(path, data, {overwrite: true});
  return data;
}

/** exceljs, loaded on first use; require (not import()) so the CommonJS bundle loads it lazily. */
export function loadExcelJs(): typeof ExcelJS {
  return require('exceljs') as typeof ExcelJS;
}

function renamedPart(
  layout: TabLayout,
  tabs: readonly TemplateTab[],
): TabLayout {
  const given = tabs.find(tab => schemaTabName(tab.name) === layout.name);
  return given ? {...layout, name: given.name} : layout;
}

function rowsFor(
  layout: TabLayout,
  given: readonly Row[] | undefined,
): readonly Row[] {
  switch (layout.role) {
    case 'guide':
      return given ?? guideLines().map(line => [line === '' ? null : line]);
    case 'settings':
      return mergeSettings(given ?? []);
    default:
      return given ?? [];
  }
}

/** Default settings rows with 内容 (and a non-empty 说明) taken from given rows of the same key. */
function mergeSettings(given: readonly Row[]): readonly Row[] {
  const byKey = new Map(given.map(row => [row[0], row]));
  const rows: Row[] = blankSettingsRows().map(([key, content, help]) => {
    const row = byKey.get(key);
    return [
      key,
      row?.[1] ?? content,
      row?.[2] ?? help,
      ...(row?.slice(3) ?? []),
    ];
  });
  const extra = given.filter(row => !rows.some(r => r[0] === row[0]));
  return [...rows, ...extra];
}

function addSheet(
  workbook: ExcelJS.Workbook,
  layout: TabLayout,
  rows: readonly Row[],
): void {
  const sheet = workbook.addWorksheet(layout.name, {
    views: [{state: 'frozen', ySplit: layout.frozenRows}],
  });
  decorateColumns(sheet, layout.columns, rows.length + 1);
  rows.forEach((row, index) => {
    writeRow(sheet, headersOf(layout), layout.role === 'data', index + 2, row);
    fitWrappedRow(sheet, index + 2, layout.columns, row);
  });
  if (layout.role === 'settings') addSettingRules(sheet);
  applyPrintLayout(sheet);
}

/**
 * Styles the header row (bold, filled, with a note) and the columns (width, wrap, validation
 * down to row 1000 or the last row) of `sheet`; an undefined column is left plain.
 */
export function decorateColumns(
  sheet: ExcelJS.Worksheet,
  columns: readonly (ColumnLayout | undefined)[],
  usedRows: number,
): void {
  const lastRow = Math.max(TEMPLATE_LAST_ROW, usedRows);
  columns.forEach((column, index) => {
    if (!column) return;
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    // Top-aligned, so a row's short cells stand beside the first line of its long text.
    sheetColumn.alignment = column.wrap
      ? {wrapText: true, vertical: 'top'}
      : {vertical: 'top'};
    const header = sheet.getCell(1, index + 1);
    header.value = column.header;
    header.font = {bold: true};
    header.fill = HEADER_FILL;
    if (column.note) header.note = column.note;
    if (column.validation) {
      const letter = columnLetter(index + 1);
      addValidation(sheet, `${letter}2:${letter}${lastRow}`, column.validation);
    }
  });
}

function headersOf(layout: TabLayout): readonly string[] {
  return layout.columns.map(column => column.header);
}

/** The 数据 columns shown as percentages in a row whose 单位 is %. */
const RATE_COLUMNS: readonly string[] = ['数值', PREVIOUS_VALUE_COLUMN];

/**
 * Writes one row's cells under `headers`: formulas with their results, dates as dates, and in
 * the 数据 tab (`isData`) the figures of a rate with a percent format.
 */
export function writeRow(
  sheet: ExcelJS.Worksheet,
  headers: readonly string[],
  isData: boolean,
  rowNumber: number,
  row: Row,
): void {
  const isRate = isData && row[headers.indexOf('单位')] === PERCENT_UNIT;
  row.forEach((value, index) => {
    // An empty string would make a non-blank cell (COUNTA counts it, Ctrl+arrow stops on it).
    if (value === null || value === undefined || value === '') return;
    const cell = sheet.getCell(rowNumber, index + 1);
    if (isFormulaCell(value)) {
      cell.value = {
        formula: value.formula.replace(/^=/, ''),
        result: value.result,
      };
    } else if (value instanceof Date) {
      // exceljs writes a Date's UTC wall clock; the core's dates are local calendar dates.
      cell.value = new Date(
        Date.UTC(value.getFullYear(), value.getMonth(), value.getDate()),
      );
      cell.numFmt = 'yyyy-mm-dd';
    } else {
      cell.value = value;
    }
    if (
      isRate &&
      RATE_COLUMNS.includes(headers[index]) &&
      typeof value !== 'string'
    )
      cell.numFmt = '0.0%';
  });
}

/** Rules on single 内容 cells of the settings tab (the 三级编号样式 list). */
function addSettingRules(sheet: ExcelJS.Worksheet): void {
  settingRowLayouts().forEach((setting, index) => {
    // The settings rows start with one row per setting in layout order; B is 内容.
    const address = `B${index + 2}`;
    if (setting.validation) addValidation(sheet, address, setting.validation);
    if (setting.plainText) sheet.getCell(address).numFmt = '@';
  });
}

function addValidation(
  sheet: ExcelJS.Worksheet,
  range: string,
  validation: CellValidation,
): void {
  (sheet as unknown as RangeValidations).dataValidations.add(
    range,
    toExcelValidation(validation),
  );
}

/** A template column's validation as exceljs writes it. */
export function toExcelValidation(
  validation: CellValidation,
): ExcelJS.DataValidation {
  switch (validation.kind) {
    case 'list':
      return {
        type: 'list',
        allowBlank: true,
        formulae: [`"${validation.values.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'stop',
        error: `请从列表中选择：${validation.values.join('、')}`,
      };
    case 'number-or-text-figure':
      // A warning at most: "30余" and "80.8%" are valid entries, so no error dialog blocks them.
      return {
        type: 'decimal',
        operator: 'between',
        formulae: [-1e15, 1e15],
        allowBlank: true,
        showInputMessage: true,
        prompt: validation.help,
        showErrorMessage: false,
        errorStyle: 'warning',
      };
    default: {
      const unreachable: never = validation;
      throw new Error(`unknown validation ${JSON.stringify(unreachable)}`);
    }
  }
}
