// Figure rules over the report model. Filled in by issue #4.

import type {Finding} from '../findings/finding';
import type {ReportModel} from '../workbook/report-model';

export function checkFigure(model: ReportModel): Finding[] {
  void model;
  return [];
}
