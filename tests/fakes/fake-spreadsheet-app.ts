// Fake of SpreadsheetApp: the bound spreadsheet, its Ui (absent where Apps Script has none, e.g.
// in a time-driven trigger) and data validation builders.

import type {SpreadsheetAppPort} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';
import {FakeDataValidationBuilder} from './fake-data-validation';
import type {FakeSpreadsheet} from './fake-spreadsheet';
import type {FakeUi} from './fake-ui';

export class FakeSpreadsheetApp implements SpreadsheetAppPort {
  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
    private readonly calls: CallLog,
    /** false mimics a trigger or editor context where getUi() throws. */
    public uiAvailable = true,
  ) {}

  getActiveSpreadsheet(): FakeSpreadsheet {
    this.calls.record('SpreadsheetApp.getActiveSpreadsheet');
    return this.spreadsheet;
  }

  getUi(): FakeUi {
    this.calls.record('SpreadsheetApp.getUi');
    if (!this.uiAvailable)
      throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui;
  }

  newDataValidation(): FakeDataValidationBuilder {
    this.calls.record('SpreadsheetApp.newDataValidation');
    return new FakeDataValidationBuilder(this.calls);
  }
}
