// Seeds for the fake spreadsheet: the workbook as a clerk has it after setup and sample load,
// with formulas already computed (the fake does not evaluate formulas).

import {sampleWorkbookGrids} from '../../src/core/sample/sample-workbook';
import type {TabSeed} from '../fakes/fake-spreadsheet';

/** Every tab of the sample, values as getValues() returns them ('' for empty). */
export function sampleTabSeeds(): TabSeed[] {
  return sampleWorkbookGrids().tabs.map(tab => ({
    name: tab.name,
    rows: tab.grid.map(row =>
      row.map(v => (v === null || v === undefined ? '' : v)),
    ),
  }));
}
