// Figure rules over the report model: signs and ranges, sums (合计于), limits (不超过),
// targets (目标), large changes from 上年数值, and figures nothing uses. What the reader
// reports is not repeated here.

import type {Finding} from '../findings/finding';
import type {ReportModel} from '../workbook/report-model';
import {checkChanges} from './figure/check-changes';
import {checkLimits} from './figure/check-limits';
import {checkSigns} from './figure/check-signs';
import {checkSums} from './figure/check-sums';
import {checkTargets} from './figure/check-targets';
import {checkUnused} from './figure/check-unused';
import {checkRelationNames, indexFigures} from './figure/relations';

export function checkFigure(model: ReportModel): Finding[] {
  const {figures} = model;
  const index = indexFigures(figures);
  return [
    ...checkSigns(figures),
    ...checkRelationNames(figures, index),
    ...checkSums(figures, index),
    ...checkLimits(figures, index),
    ...checkTargets(figures),
    ...checkChanges(figures),
    ...checkUnused(model),
  ];
}
