// Automatic drafts: one daily time-driven trigger that rebuilds the report only when the data
// changed since the last version; it shares the manual run's lock, and a failure is kept to be
// shown as a toast the next time the workbook is opened.

import {AppError, type AppErrorCode} from './app-error';
import {generateReport} from './generate-report';
import {appendLogEntry, logStamp} from './generation-log';
import type {PropertiesPort, Services} from './ports';
import {TEXT} from './ui-text';

/** The global function the trigger calls; the build checks it is a top-level function. */
export const AUTO_DRAFT_HANDLER = 'runAutoDraft';
const STATE_PROPERTY = 'fazhi.autoDraft';
const FAILURE_PROPERTY = 'fazhi.autoDraftFailure';

export type AutoDraftOutcome = 'generated' | 'unchanged' | 'busy' | 'failed';

/** Installs the daily trigger at `hour` (spreadsheet time zone); installing twice leaves one. */
export function enableAutoDraft(services: Services, hour: number): void {
  removeTriggers(services);
  const timeZone =
    services.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  services.ScriptApp.newTrigger(AUTO_DRAFT_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .inTimezone(timeZone)
    .create();
  services.PropertiesService.getDocumentProperties().setProperty(
    STATE_PROPERTY,
    'on',
  );
}

/** Removes the trigger; returns how many were removed. */
export function disableAutoDraft(services: Services): number {
  const removed = removeTriggers(services);
  services.PropertiesService.getDocumentProperties().setProperty(
    STATE_PROPERTY,
    'off',
  );
  return removed;
}

/** Errors generateReport has already written to the version's own row in 生成记录. */
const LOGGED_BY_GENERATION: readonly AppErrorCode[] = [
  'drive-failed',
  'drive-busy',
  'log-failed',
];

/** The trigger's handler: build a new version if the data changed; never throws. */
export function runAutoDraft(services: Services, now: Date): AutoDraftOutcome {
  try {
    const outcome = generateReport(services, now, 'scheduled');
    return outcome.kind === 'generated' ? 'generated' : 'unchanged';
  } catch (e) {
    if (e instanceof AppError && e.code === 'busy') {
      logSkipped(services, now);
      return 'busy';
    }
    const detail =
      e instanceof AppError
        ? e.code
        : e instanceof Error
          ? e.message
          : String(e);
    services.console.error(`fazhi-report: runAutoDraft failed: ${detail}`);
    const properties = services.PropertiesService.getDocumentProperties();
    properties.setProperty(FAILURE_PROPERTY, detail);
    // Failures after the version was reserved are on its row already; log the others here.
    if (!(e instanceof AppError && LOGGED_BY_GENERATION.includes(e.code))) {
      try {
        logFailure(services, now, detail);
      } catch (logError) {
        // The failure is kept in the property and shown at the next open.
        services.console.error(
          `fazhi-report: runAutoDraft could not log: ${String(logError)}`,
        );
      }
    }
    return 'failed';
  }
}

/** Whether the automatic draft is on, as the menu shows it (a property: onOpen may read it). */
export function autoDraftIsOn(properties: PropertiesPort): boolean {
  return properties.getProperty(STATE_PROPERTY) === 'on';
}

/** The failure of the last automatic run, if any, cleared once read (shown once at open). */
export function takeAutoDraftFailure(
  properties: PropertiesPort,
): string | null {
  const failure = properties.getProperty(FAILURE_PROPERTY);
  if (failure) properties.setProperty(FAILURE_PROPERTY, '');
  return failure || null;
}

function removeTriggers(services: Services): number {
  const ours = services.ScriptApp.getProjectTriggers().filter(
    t => t.getHandlerFunction() === AUTO_DRAFT_HANDLER,
  );
  ours.forEach(t => services.ScriptApp.deleteTrigger(t));
  return ours.length;
}

/** A run that found the lock held leaves a row and a log line; it is never silent. */
function logSkipped(services: Services, now: Date): void {
  services.console.log('fazhi-report: runAutoDraft skipped: the lock is held');
  try {
    logResult(services, now, TEXT.autoDraftSkippedBusy);
  } catch (e) {
    services.console.error(
      `fazhi-report: runAutoDraft could not log the skip: ${String(e)}`,
    );
  }
}

function logFailure(services: Services, now: Date, detail: string): void {
  logResult(services, now, TEXT.resultFailed(detail));
}

function logResult(services: Services, now: Date, result: string): void {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  appendLogEntry(spreadsheet, undefined, {
    ...logStamp(services, spreadsheet, now),
    user: TEXT.autoDraftUser,
    version: '',
    docUrl: '',
    docxUrl: '',
    errors: 0,
    warnings: 0,
    fingerprint: '',
    result,
  });
}
