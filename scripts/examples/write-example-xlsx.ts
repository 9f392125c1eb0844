// Writes an example workbook as .xlsx for Excel, WPS and LibreOffice users: 填写说明 first, then
// the example's tabs in order, each styled as the template styles its kind of tab (widths,
// header notes, frozen header, 层级 and 状态 lists), rates shown with a percent format.
// The template writer (src/node/xlsx-write.ts) writes the fixed five-part layout; examples
// have any parts in any order, so they are written here with the same column layouts.

import ExcelJS from 'exceljs';
import {columnLetter} from '../../src/core/workbook/cell-ref';
import {TAB} from '../../src/core/workbook/schema';
import {
  TEMPLATE_LAST_ROW,
  workbookLayout,
  type CellValidation,
  type TabLayout,
} from '../../src/core/workbook/template-layout';
import {guideRows, isRateRow, type ExampleTab} from './example-workbooks';

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: {argb: 'FFDDEBF7'},
};

/** exceljs 4.4 has `Worksheet.dataValidations` (range rules) but leaves it out of its typings. */
interface RangeValidations {
  readonly dataValidations: {
    add(range: string, validation: ExcelJS.DataValidation): void;
  };
}

/** The .xlsx bytes of an example: 填写说明, then `tabs` in order. */
export async function exampleXlsx(
  tabs: readonly ExampleTab[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'fazhi-report';
  const guide = layoutFor(TAB.guide);
  const sheet = workbook.addWorksheet(TAB.guide);
  sheet.getColumn(1).width = guide.columns[0].width;
  sheet.getColumn(1).alignment = {wrapText: true, vertical: 'top'};
  guideRows().forEach((row, r) => {
    if (row[0] !== null) sheet.getCell(r + 1, 1).value = row[0] as string;
  });
  sheet.getCell(1, 1).font = {bold: true};
  sheet.getCell(1, 1).fill = HEADER_FILL;
  for (const tab of tabs) addTab(workbook, tab);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The template's layout of a tab by role: 基本信息, 数据, or a section tab (导语 and parts). */
function layoutFor(name: string): TabLayout {
  const layouts = workbookLayout();
  const role =
    name === TAB.guide
      ? 'guide'
      : name === TAB.settings
        ? 'settings'
        : name === TAB.data
          ? 'data'
          : 'section';
  const layout = layouts.find(l => l.role === role);
  if (!layout) throw new Error(`no template layout for role ${role}`);
  return layout;
}

function addTab(workbook: ExcelJS.Workbook, tab: ExampleTab): void {
  const layout = layoutFor(tab.name);
  const sheet = workbook.addWorksheet(tab.name, {
    views: [{state: 'frozen', ySplit: layout.frozenRows}],
  });
  const header = tab.rows[0];
  header.forEach((text, index) => {
    const column = layout.columns.find(c => c.header === text);
    const sheetColumn = sheet.getColumn(index + 1);
    if (column) {
      sheetColumn.width = column.width;
      if (column.wrap) {
        sheetColumn.alignment = {wrapText: true, vertical: 'top'};
      }
    }
    const cell = sheet.getCell(1, index + 1);
    cell.value = text;
    cell.font = {bold: true};
    cell.fill = HEADER_FILL;
    if (column?.note) cell.note = column.note;
    if (column?.validation) {
      const letter = columnLetter(index + 1);
      const range = `${letter}2:${letter}${TEMPLATE_LAST_ROW}`;
      (sheet as unknown as RangeValidations).dataValidations.add(
        range,
        toExcelValidation(column.validation),
      );
    }
  });
  tab.rows.slice(1).forEach((row, i) => {
    const r = i + 1;
    row.forEach((value, c) => {
      // An empty string would make a non-blank cell; leave the cell empty instead.
      if (value === '') return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      if (typeof value === 'string') cell.numFmt = '@';
      if (header[c] === '数值' && isRateRow(tab, row, r)) cell.numFmt = '0.0%';
    });
  });
}

function toExcelValidation(validation: CellValidation): ExcelJS.DataValidation {
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
      // "3万余" and "近3000" are valid entries: a prompt only, never an error dialog.
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
