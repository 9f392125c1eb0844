// Workbooks for the structure rules: part tabs (and optionally 导语) with given 层级 rows,
// read and checked by checkStructure.

import type {Finding} from '../../../../src/core/findings/finding';
import {checkStructure} from '../../../../src/core/rules/check-structure';
import {formatCellRef} from '../../../../src/core/workbook/cell-ref';
import type {CellValue} from '../../../../src/core/workbook/grid';
import {readWorkbook} from '../../../../src/core/workbook/read-workbook';
import {sectionTab, workbook} from '../../../helpers/workbook-grids';

type Rows = readonly (readonly [CellValue, CellValue, CellValue])[];

/** Part 1–5 rows by index (0 = 一、举措成效; others default to one 章), plus an optional 导语. */
export function structureFindings(
  parts: Readonly<Record<number, Rows>>,
  intro?: Rows,
): Finding[] {
  const all: Record<number, Rows> = {};
  for (let i = 0; i < 5; i++)
    all[i] = parts[i] ?? [['章', `第${i + 1}部分`, '']];
  const grids = workbook({parts: all});
  const tabs = intro
    ? [
        grids.tabs[0],
        grids.tabs[1],
        sectionTab('导语', intro),
        ...grids.tabs.slice(2),
      ]
    : grids.tabs;
  return checkStructure(readWorkbook({tabs}).model);
}

/** "一、举措成效!A3 level-clause-without-item" for each finding. */
export function where(findings: readonly Finding[]): string[] {
  return findings.map(f => `${formatCellRef(f.cell)} ${f.code}`);
}
