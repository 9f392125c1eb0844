// Runs the text rules on small workbooks built inline, read the way buildReport reads them.

import type {Finding, FindingCode} from '../../../../src/core/findings/finding';
import {checkText} from '../../../../src/core/rules/check-text';
import {formatCellRef} from '../../../../src/core/workbook/cell-ref';
import type {CellValue} from '../../../../src/core/workbook/grid';
import {readWorkbook} from '../../../../src/core/workbook/read-workbook';
import {BASIC_SETTINGS, workbook} from '../../../helpers/workbook-grids';

export type Row = readonly [CellValue, CellValue, CellValue];

export interface Options {
  readonly figures?: readonly (readonly [CellValue, CellValue, CellValue?])[];
  readonly settings?: readonly (readonly [string, CellValue])[];
  /** Part tab by index (0 = 一、举措成效); default 0. */
  readonly part?: number;
}

/** Text findings of a workbook whose part tab holds `rows`, the first in sheet row 2. */
export function findingsOfRows(
  rows: readonly Row[],
  options: Options = {},
): Finding[] {
  const wb = workbook({
    settings: options.settings ?? BASIC_SETTINGS,
    figures: options.figures,
    parts: {[options.part ?? 0]: rows},
  });
  return checkText(readWorkbook(wb).model);
}

/** Text findings of one 段落 whose 正文 is `text` (一、举措成效!C2 unless `part` says otherwise). */
export function findingsOfText(text: string, options: Options = {}) {
  return findingsOfRows([['段落', '', text]], options);
}

/** The findings of one code, as [cell, params] for compact assertions. */
export function withCode<C extends FindingCode>(
  findings: readonly Finding[],
  code: C,
): [string, unknown][] {
  return findings
    .filter(f => f.code === code)
    .map(f => [formatCellRef(f.cell), f.params]);
}

/** Codes of the findings, each with its cell: "一、举措成效!C2 bracket-empty". */
export function codesAt(findings: readonly Finding[]): string[] {
  return findings.map(f => `${formatCellRef(f.cell)} ${f.code}`);
}

/** Paragraph rows that come first in a part, to put the row under test further down. */
export const FILLER: readonly Row[] = [
  ['段落', '', '甲。'],
  ['段落', '', '乙。'],
  ['段落', '', '丙。'],
];
