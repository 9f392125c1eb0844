// Workbooks for the figure rules: 数据 rows with their relation columns (指标 A, 数值 B, 单位 C,
// 合计于 D, 不超过 E, 目标 F; first figure in row 2), read and checked by checkFigure.

import type {Finding} from '../../../../src/core/findings/finding';
import {findingMessage} from '../../../../src/core/findings/messages';
import {checkFigure} from '../../../../src/core/rules/check-figure';
import {formatCellRef} from '../../../../src/core/workbook/cell-ref';
import type {CellValue} from '../../../../src/core/workbook/grid';
import {readWorkbook} from '../../../../src/core/workbook/read-workbook';
import {DATA_COLUMNS} from '../../../../src/core/workbook/schema';
import {workbook} from '../../../helpers/workbook-grids';

export interface FigureRow {
  readonly name: string;
  readonly value: CellValue;
  readonly unit?: string;
  readonly partOf?: string;
  readonly notExceeding?: string;
  readonly target?: string;
}

/**
 * The findings of checkFigure over a workbook with `rows` in 数据. Unless `mentioned` says
 * otherwise, part one's text names every figure, so only the rule under test speaks.
 */
export function figureFindings(
  rows: readonly FigureRow[],
  mentioned: readonly string[] = rows.map(r => r.name),
): Finding[] {
  const grids = workbook({
    parts: {0: [['段落', '', mentioned.map(n => `{{${n}}}`).join('，')]]},
  });
  const tabs = grids.tabs.map(tab =>
    tab.name === '数据'
      ? {
          name: '数据',
          grid: [
            [...DATA_COLUMNS],
            ...rows.map(r => [
              r.name,
              r.value,
              r.unit ?? '',
              r.partOf ?? '',
              r.notExceeding ?? '',
              r.target ?? '',
              '',
              '',
            ]),
          ],
        }
      : tab,
  );
  return checkFigure(readWorkbook({tabs}).model);
}

/** "数据!B7 sum-mismatch" for each finding, for compact assertions. */
export function where(findings: readonly Finding[]): string[] {
  return findings.map(f => `${formatCellRef(f.cell)} ${f.code}`);
}

export function messages(findings: readonly Finding[]): string[] {
  return findings.map(findingMessage);
}
