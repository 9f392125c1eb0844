// Automatic drafts: one daily time-driven trigger that rebuilds the report only when the data
// changed since the last version; it shares the manual run's lock, and a failure is kept to be
// shown as a toast the next time the workbook is opened. Triggers belong to the clerk who
// installed them (getProjectTriggers lists only the current user's), so who owns the daily
// trigger is kept in document properties: the menu shows it, and only that clerk changes it.

import {AppError, type AppErrorCode, errorMessage} from '../services/app-error';
import {generateReport} from './generate-report';
import {appendLogEntry, logStamp} from '../sheets/generation-log';
import type {PropertiesPort, Services} from '../services/ports';
import {TEXT} from '../ui/ui-text';

/** The global function the trigger calls; the build checks it is a top-level function. */
export const AUTO_DRAFT_HANDLER = 'runAutoDraft';
const STATE_PROPERTY = 'fazhi.autoDraft';
/** The owner's address ('' when Apps Script hid it). */
const OWNER_PROPERTY = 'fazhi.autoDraftOwner';
/** In the installer's user properties: this clerk's trigger is the workbook's. */
const MINE_PROPERTY = 'fazhi.autoDraftMine';

/** What the menu shows: on or off, and whose trigger ('' when the address is hidden). */
export interface AutoDraftState {
  readonly on: boolean;
  readonly owner: string;
}
const FAILURE_PROPERTY = 'fazhi.autoDraftFailure';

export type AutoDraftOutcome = 'generated' | 'unchanged' | 'busy' | 'failed';

/**
 * Installs the daily trigger at `hour` (spreadsheet time zone) as this clerk; installing twice
 * leaves one. Throws 'auto-draft-owned' while another clerk's trigger is on.
 */
export function enableAutoDraft(
  services: Services,
  hour: number,
): AutoDraftState {
  const document = services.PropertiesService.getDocumentProperties();
  const user = services.PropertiesService.getUserProperties();
  const me = services.Session.getActiveUser().getEmail();
  const removed = removeTriggers(services);
  refuseOthers(autoDraftState(document), removed, user, me);
  const timeZone =
    services.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  services.ScriptApp.newTrigger(AUTO_DRAFT_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .inTimezone(timeZone)
    .create();
  document.setProperty(STATE_PROPERTY, 'on');
  document.setProperty(OWNER_PROPERTY, me);
  user.setProperty(MINE_PROPERTY, 'on');
  return {on: true, owner: me};
}

/**
 * Removes this clerk's trigger; returns how many were removed. Throws 'auto-draft-owned' when
 * the workbook's trigger is another clerk's: it keeps running, so the menu must not say "off".
 */
export function disableAutoDraft(services: Services): number {
  const document = services.PropertiesService.getDocumentProperties();
  const user = services.PropertiesService.getUserProperties();
  const me = services.Session.getActiveUser().getEmail();
  const removed = removeTriggers(services);
  refuseOthers(autoDraftState(document), removed, user, me);
  document.setProperty(STATE_PROPERTY, 'off');
  document.setProperty(OWNER_PROPERTY, '');
  user.setProperty(MINE_PROPERTY, '');
  return removed;
}

/** The trigger that is on belongs to someone else when this clerk had none and is not its owner. */
function refuseOthers(
  state: AutoDraftState,
  removed: number,
  user: PropertiesPort,
  me: string,
): void {
  if (!state.on || removed > 0) return;
  if (user.getProperty(MINE_PROPERTY) === 'on') return;
  if (me && state.owner.toLowerCase() === me.toLowerCase()) return;
  throw new AppError('auto-draft-owned', {
    owner: state.owner || TEXT.unknownOwner,
  });
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
    const detail = e instanceof AppError ? e.code : errorMessage(e);
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

/** On or off and whose, from document properties (onOpen may read them). */
export function autoDraftState(properties: PropertiesPort): AutoDraftState {
  return {
    on: properties.getProperty(STATE_PROPERTY) === 'on',
    owner: properties.getProperty(OWNER_PROPERTY) ?? '',
  };
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
