// An invented report as a clerk would fill the workbook: settings, figures, and the rows of 导语
// and of each part tab (an empty list leaves the tab with its header only).

import type {
  CellValue,
  WorkbookGrids,
} from '../../../../src/core/workbook/grid';
import {PART_TABS, TAB} from '../../../../src/core/workbook/schema';
import {
  dataTab,
  sectionTab,
  settingsTab,
} from '../../../helpers/workbook-grids';

type Row = readonly [CellValue, CellValue, CellValue];

export interface ExampleReport {
  readonly settings: readonly (readonly [string, CellValue])[];
  readonly figures: readonly (readonly [string, CellValue, string])[];
  /** 导语, then the five part tabs in order. */
  readonly parts: readonly (readonly Row[])[];
}

export function exampleWorkbook(report: ExampleReport): WorkbookGrids {
  const names = [TAB.intro, ...PART_TABS];
  return {
    tabs: [
      settingsTab(report.settings),
      dataTab(report.figures),
      ...names.map((name, i) => sectionTab(name, report.parts[i] ?? [])),
    ],
  };
}
