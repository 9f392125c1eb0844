// Seeds for the fake spreadsheet: the workbook as a clerk has it after setup and sample load,
// with formulas already computed (the fake does not evaluate formulas).

import {sampleWorkbookGrids} from '../../src/core/sample/sample-workbook';
import type {FakeSpreadsheet, TabSeed} from '../fakes/fake-spreadsheet';

/** Every tab of the sample, values as getValues() returns them ('' for empty). */
export function sampleTabSeeds(): TabSeed[] {
  return sampleWorkbookGrids().tabs.map(tab => ({
    name: tab.name,
    rows: tab.grid.map(row =>
      row.map(v => (v === null || v === undefined ? '' : v)),
    ),
  }));
}

/** Empties the value (column B) of the 基本信息 row keyed `key`, as a clerk would; its row. */
export function emptySetting(
  spreadsheet: FakeSpreadsheet,
  key: string,
): number {
  const settings = spreadsheet.sheet('基本信息');
  const row =
    settings
      .getDataRange()
      .getValues()
      .findIndex(r => r[0] === key) + 1;
  settings.getRange(row, 2, 1, 1).setValues([['']]);
  return row;
}
