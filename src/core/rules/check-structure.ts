// Structure rules over the report model: the order of 层级, the five required parts, and rows
// not finished or not updated since last year.

import type {Finding} from '../findings/finding';
import {formatCellRef} from '../workbook/cell-ref';
import type {ReportModel} from '../workbook/report-model';
import {checkLevelOrder} from './structure/check-level-order';
import {checkParts} from './structure/check-parts';
import {checkStatuses} from './structure/check-statuses';
import {checkUpdates} from './structure/check-updates';

/**
 * A row still 待更新 with last year's very 正文 gets row-not-updated only, not row-unfinished
 * as well. A part opening with a 节 that has no 章 above it gets the error only: the one fix (a 章
 * row above) answers both findings.
 */
export function checkStructure(model: ReportModel): Finding[] {
  const order = checkLevelOrder(model.sections);
  const errorCells = new Set(
    order.filter(f => f.severity === 'error').map(f => formatCellRef(f.cell)),
  );
  const parts = checkParts(model.sections).filter(
    f =>
      f.code !== 'part-without-heading' ||
      !errorCells.has(formatCellRef(f.cell)),
  );
  // A row copied unchanged gets row-not-updated, which also asks for the status: not both.
  const updates = checkUpdates(model.sections);
  const notUpdated = new Set(updates.map(f => `${f.cell.tab}!${f.cell.row}`));
  const statuses = checkStatuses(model.sections).filter(
    f => !notUpdated.has(`${f.cell.tab}!${f.cell.row}`),
  );
  return [...order, ...parts, ...statuses, ...updates];
}
