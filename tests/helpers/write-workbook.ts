// Writes a small .xlsx for command-line tests: tab name → rows of values, in the given order.

import ExcelJS from 'exceljs';

export type TestCell =
  | string
  | number
  | Date
  | null
  | {error: string}
  | {formula: string; result: unknown};

export async function writeWorkbook(
  path: string,
  tabs: Readonly<Record<string, readonly (readonly TestCell[])[]>>,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(tabs)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      }),
    );
  }
  await workbook.xlsx.writeFile(path);
}
