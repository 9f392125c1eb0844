// Called from the sidebar (google.script.run): selects the cell of a finding.

import {parseA1Area} from '../../core';
import {AppError} from '../services/app-error';
import type {Services} from '../services/ports';

export function selectCell(services: Services, tab: string, a1: string): void {
  const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(
    String(tab),
  );
  const area = parseA1Area(String(a1));
  if (!sheet || !area)
    throw new AppError('cell-not-found', {tab: String(tab), cell: String(a1)});
  sheet
    .getRange(area.row, area.column, area.numRows, area.numColumns)
    .activate();
}
