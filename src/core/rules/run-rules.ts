// Every rule over a read workbook, collected: one broken cell never hides another.

import type {Finding} from '../findings/finding';
import type {ReportModel} from '../workbook/report-model';
import {checkFigure} from './check-figure';
import {checkStructure} from './check-structure';
import {checkText} from './check-text';

export function runRules(model: ReportModel): Finding[] {
  return [...checkStructure(model), ...checkFigure(model), ...checkText(model)];
}
