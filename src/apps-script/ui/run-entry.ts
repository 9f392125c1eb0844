// The one error boundary of every menu action: a known error becomes its Chinese message in
// an alert; anything else a generic message for the clerk and an English line in the log.

import {AppError} from '../services/app-error';
import type {Services} from '../services/ports';
import {APP_TITLE, appErrorMessage, UNEXPECTED_ERROR} from './ui-text';

export function runEntry(
  name: string,
  services: Services,
  action: () => void,
): void {
  try {
    action();
  } catch (e) {
    const known = e instanceof AppError;
    if (!known) {
      const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
      services.console.error(`fazhi-report: ${name} failed: ${detail}`);
    }
    const ui = services.SpreadsheetApp.getUi();
    ui.alert(
      APP_TITLE,
      known ? appErrorMessage(e) : UNEXPECTED_ERROR,
      ui.ButtonSet.OK,
    );
  }
}
