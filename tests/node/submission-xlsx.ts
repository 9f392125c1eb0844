// The sample workbook with its 报送 settings filled, written as .xlsx for command-line tests.

import type {CellValue} from '../../src/core/workbook/grid';
import {submissionWorkbook} from '../helpers/submission-workbook';
import {writeWorkbook, type TestCell} from '../helpers/write-workbook';

const cell = (value: CellValue): TestCell =>
  value === undefined || typeof value === 'boolean' ? null : value;

/** Writes the workbook to `path` (extra 基本信息 values override the defaults); returns `path`. */
export async function writeSubmissionXlsx(
  path: string,
  values: Readonly<Record<string, CellValue>> = {},
): Promise<string> {
  const tabs: Record<string, TestCell[][]> = {};
  for (const tab of submissionWorkbook(values).tabs) {
    tabs[tab.name] = tab.grid.map(row => row.map(cell));
  }
  await writeWorkbook(path, tabs);
  return path;
}
