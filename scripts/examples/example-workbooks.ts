// The example workbooks under examples/: each folder holds workbook.json (the tabs a clerk
// types, in order), expected.txt (the printed paragraphs, written by hand) and workbook.xlsx.

import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {percentFormattedCell} from '../../src/core/workbook/cell-text';
import type {CellValue, Grid, TabGrid} from '../../src/core/workbook/grid';
import {PERCENT_UNIT, TAB} from '../../src/core/workbook/schema';
import {guideLines} from '../../src/core/workbook/template-guide';

/** The examples folder of the repository at `root` (the folder holding package.json). */
export function examplesDir(root: string): string {
  return resolve(root, 'examples');
}

/** One tab of workbook.json: the header row first, then the rows as typed. */
export interface ExampleTab {
  readonly name: string;
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface Example {
  readonly slug: string;
  readonly dir: string;
  readonly tabs: readonly ExampleTab[];
  /** expected.txt: one printed paragraph per line. */
  readonly expected: readonly string[];
  readonly xlsxPath: string;
}

/** Every example folder (one holding a workbook.json), sorted by name. */
export function exampleSlugs(root: string): string[] {
  const dir = examplesDir(root);
  return readdirSync(dir, {withFileTypes: true})
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
    .filter(slug => readdirSync(join(dir, slug)).includes('workbook.json'))
    .sort();
}

export function loadExample(root: string, slug: string): Example {
  const dir = join(examplesDir(root), slug);
  const json = JSON.parse(readFileSync(join(dir, 'workbook.json'), 'utf8')) as {
    tabs: ExampleTab[];
  };
  const expected = readFileSync(join(dir, 'expected.txt'), 'utf8')
    .split('\n')
    .filter(line => line !== '');
  return {
    slug,
    dir,
    tabs: json.tabs,
    expected,
    xlsxPath: join(dir, 'workbook.xlsx'),
  };
}

/** The 填写说明 tab every example .xlsx opens with, as rows of one cell. */
export function guideRows(): readonly (readonly CellValue[])[] {
  return [
    [TAB.guide],
    ...guideLines().map(line => [line === '' ? null : line]),
  ];
}

/** Rows of 数据 whose 单位 is %: their 数值 is written with a percent format. */
export function isRateRow(
  tab: ExampleTab,
  row: readonly unknown[],
  rowIndex: number,
): boolean {
  if (tab.name !== TAB.data || rowIndex === 0) return false;
  const header = tab.rows[0];
  return row[header.indexOf('单位')] === PERCENT_UNIT;
}

/**
 * The grids a spreadsheet reader gives for the example's tabs: empty strings as null, rows
 * padded to one width, and a rate's 数值 as the percentage its format shows ("98.7%"), as
 * both adapters read a percent-formatted number.
 */
export function readableGrids(tabs: readonly ExampleTab[]): TabGrid[] {
  return tabs.map(tab => {
    const valueColumn = tab.rows[0].indexOf('数值');
    const rows = tab.rows.map((row, r) =>
      row.map((value, c): CellValue => {
        if (value === '') return null;
        if (c === valueColumn && typeof value === 'number') {
          return isRateRow(tab, row, r) ? percentFormattedCell(value) : value;
        }
        return value;
      }),
    );
    return {name: tab.name, grid: rectangular(rows)};
  });
}

/** Pads rows with null to the width of the widest filled row; drops trailing empty rows. */
export function rectangular(rows: readonly (readonly CellValue[])[]): Grid {
  const filled = (v: CellValue) => v !== null && v !== undefined && v !== '';
  const kept = [...rows];
  while (kept.length > 0 && !kept[kept.length - 1].some(filled)) kept.pop();
  const width = Math.max(
    0,
    ...kept.map(row => {
      let w = row.length;
      while (w > 0 && !filled(row[w - 1])) w--;
      return w;
    }),
  );
  return kept.map(row =>
    Array.from({length: width}, (_, c) =>
      filled(row[c]) ? (row[c] as CellValue) : null,
    ),
  );
}
