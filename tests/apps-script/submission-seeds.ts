// The sample workbook with its 报送 settings filled, as fake-spreadsheet seeds.

import type {CellValue} from '../../src/core/workbook/grid';
import type {TabSeed} from '../fakes/fake-spreadsheet';
import {submissionWorkbook} from '../helpers/submission-workbook';

/** Every tab of the submitted sample; extra 基本信息 values override the filled ones. */
export function submissionTabSeeds(
  values: Readonly<Record<string, CellValue>> = {},
): TabSeed[] {
  return submissionWorkbook(values).tabs.map(tab => ({
    name: tab.name,
    rows: tab.grid.map(row =>
      row.map(v => (v === null || v === undefined ? '' : v)),
    ),
  }));
}
