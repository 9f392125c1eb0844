// The sample workbook scaled for speed tests, as scripts/bench-worker.ts scales it: every section
// repeated `times`, and `times - 1` extra figures per figure ("持证人数_2" …), optionally with
// every placeholder of the text misspelt.

import {sampleWorkbookGrids} from '../../src/core/sample/sample-workbook';
import type {CellValue, WorkbookGrids} from '../../src/core/workbook/grid';
import {TAB} from '../../src/core/workbook/schema';

export interface ScaleOptions {
  /** The name to write in place of each placeholder's name, in copy `copy` (1 … times). */
  readonly misspell?: (name: string, copy: number) => string;
}

const PLACEHOLDER = /\{\{([^{}|]*)(\|[^{}]*)?\}\}/g;

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
      if (tab.name === TAB.settings) return tab;
      if (tab.name === TAB.data) {
        const extra: CellValue[][] = [];
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
        return {name: tab.name, grid: [header, ...rows, ...extra]};
      }
      const copies: CellValue[][] = [];
      for (let k = 1; k <= times; k++) {
        for (const row of rows) copies.push(row.map(v => rewrite(v, k)));
      }
      return {name: tab.name, grid: [header, ...copies]};
    }),
  };
}
