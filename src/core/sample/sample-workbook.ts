// The sample workbook: the 古荡街道 2024 report as workbook data. The template writers put it
// into sheets (with a live formula for 持证率); the core reads it as grids like any workbook.

import {columnLetter} from '../workbook/cell-ref';
import type {WorkbookGrids} from '../workbook/grid';
import {
  DATA_COLUMNS,
  PART_TABS,
  SECTION_COLUMNS,
  SETTINGS_COLUMNS,
  TAB,
} from '../workbook/schema';
import {
  displayedValue,
  type TemplateCell,
  type TemplateTab,
} from '../workbook/template-cells';
import {sampleFormulaCell} from './sample-formula';
import {SAMPLE_FIGURES, type SampleFigure} from './sample-figures';
import {
  SAMPLE_INTRO,
  SAMPLE_PART_FIVE,
  SAMPLE_PART_FOUR,
  SAMPLE_PART_THREE,
  SAMPLE_PART_TWO,
} from './sample-other-parts';
import {SAMPLE_PART_ONE} from './sample-part-one';
import {sampleSettingsRows} from './sample-settings';

const PARTS = [
  SAMPLE_PART_ONE,
  SAMPLE_PART_TWO,
  SAMPLE_PART_THREE,
  SAMPLE_PART_FOUR,
  SAMPLE_PART_FIVE,
];

/** The sample's rows for every tab it fills, below the header rows. */
export function sampleTemplateTabs(): TemplateTab[] {
  return [
    {name: TAB.settings, rows: sampleSettingsRows()},
    {name: TAB.data, rows: sampleFigureRows()},
    {name: TAB.intro, rows: SAMPLE_INTRO.map(r => [...r])},
    ...PART_TABS.map((name, i) => ({name, rows: PARTS[i].map(r => [...r])})),
  ];
}

/** The sample as a spreadsheet would hand it over: header row plus displayed values. */
export function sampleWorkbookGrids(): WorkbookGrids {
  const headers: Readonly<Record<string, readonly string[]>> = {
    [TAB.settings]: SETTINGS_COLUMNS,
    [TAB.data]: DATA_COLUMNS,
  };
  return {
    tabs: sampleTemplateTabs().map(tab => ({
      name: tab.name,
      grid: [
        [...(headers[tab.name] ?? SECTION_COLUMNS)],
        ...tab.rows.map(r => r.map(displayedValue)),
      ],
    })),
  };
}

function sampleFigureRows(): TemplateCell[][] {
  const firstDataRow = 2;
  const rowOf = (name: string) => {
    const i = SAMPLE_FIGURES.findIndex(f => f.name === name);
    if (i < 0) throw new Error(`sample formula names unknown figure ${name}`);
    return firstDataRow + i;
  };
  const valueOf = (name: string) => {
    const value = SAMPLE_FIGURES[rowOf(name) - firstDataRow].value;
    if (typeof value !== 'number')
      throw new Error(`sample figure ${name} is not a number`);
    return value;
  };
  const valueColumn = columnLetter(DATA_COLUMNS.indexOf('数值') + 1);
  return SAMPLE_FIGURES.map((f: SampleFigure) => [
    f.name,
    typeof f.value === 'string' && f.value.startsWith('=')
      ? sampleFormulaCell(f.value, valueColumn, rowOf, valueOf, f.sheetsFormula)
      : f.value,
    f.unit,
    f.partOf ?? '',
    f.notExceeding ?? '',
    f.target ?? '',
    f.source ?? '',
    f.office,
  ]);
}
