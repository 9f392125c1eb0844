// The sample workbook scaled for speed tests and the benches: every section
// repeated `times`, and `times - 1` extra figures per figure ("持证人数_2" …), optionally with
// every placeholder of the text misspelt.

import {sampleWorkbookGrids} from '../../src/core/sample/sample-workbook';
import type {CellValue, WorkbookGrids} from '../../src/core/workbook/grid';
import {TAB} from '../../src/core/workbook/schema';
import type {TemplateCell} from '../../src/core/workbook/template-cells';

export interface ScaleOptions {
  /** The name to write in place of each placeholder's name, in copy `copy` (1 … times). */
  readonly misspell?: (name: string, copy: number) => string;
}

const PLACEHOLDER = /\{\{([^{}|]*)(\|[^{}]*)?\}\}/g;

/**
 * A tab's rows (header excluded) scaled `times`: 数据 gains `times - 1` unused copies of each
 * figure ("持证人数_2" …, the value kept when a number, 1 otherwise); 基本信息 stays as it is;
 * every other tab's rows repeat `times`, copy `k` (from 1) passed through `rewrite`. The bench
 * scripts scale the template tabs and the fake Sheets seeds with it too.
 */
export function scaleTabRows<T extends TemplateCell>(
  name: string,
  rows: readonly (readonly T[])[],
  times: number,
  rewrite: (value: T, copy: number) => T = value => value,
): (readonly (T | string | number)[])[] {
  if (name === TAB.settings) return [...rows];
  if (name === TAB.data) {
    const extra: (T | string | number)[][] = [];
    for (let k = 2; k <= times; k++) {
      for (const row of rows) {
        extra.push([
          `${String(row[0])}_${k}`,
          typeof row[1] === 'number' ? row[1] : 1,
          row[2],
          '',
          '',
          ...row.slice(5),
        ]);
      }
    }
    return [...rows, ...extra];
  }
  const copies: T[][] = [];
  for (let k = 1; k <= times; k++) {
    for (const row of rows) copies.push(row.map(v => rewrite(v, k)));
  }
  return copies;
}

export function scaledSampleGrids(
  times: number,
  options: ScaleOptions = {},
): WorkbookGrids {
  const {misspell} = options;
  const rewrite = (value: CellValue, copy: number): CellValue =>
    misspell && typeof value === 'string'
      ? value.replace(
          PLACEHOLDER,
          (_, name: string, format = '') =>
            `{{${misspell(name, copy)}${format}}}`,
        )
      : value;
  return {
    tabs: sampleWorkbookGrids().tabs.map(tab => {
      const [header, ...rows] = tab.grid;
      return {
        name: tab.name,
        grid: [header, ...scaleTabRows(tab.name, rows, times, rewrite)],
      };
    }),
  };
}
