// Who the script runs as, and in what context, shared by every fake of one environment. Apps
// Script runs each execution as one Google account: under drive.file that account sees only the
// files this script created for it; user properties and triggers are per account; Session hides
// other consumer accounts' addresses. Simple triggers and custom functions run without
// authorisation: services that need it throw there.

/** 'full': a menu click or installable trigger; the others are Apps Script's restricted modes. */
export type RunContext = 'full' | 'simple-trigger' | 'custom-function';

/**
 * Apps Script's words when a restricted context calls a service that needs authorisation
 * (developers.google.com/apps-script/guides/triggers#restrictions: simple triggers "cannot access
 * services that require authorization"; custom functions likewise, guides/sheets/functions).
 */
export function permissionError(method: string, scope: string): Error {
  return new Error(
    `Exception: You do not have permission to call ${method}. Required permissions: https://www.googleapis.com/auth/${scope}`,
  );
}

/** Spreadsheet calls that change the workbook or its view. */
const WRITES =
  /^(?:Range\.(?:set|activate)|Sheet\.(?:set|insert)|Spreadsheet\.(?:insertSheet|toast))/;

export class FakeAccounts {
  /** The account the current execution runs as. */
  current: string;
  context: RunContext = 'full';
  /** Accounts whose address Session.getActiveUser().getEmail() returns blank. */
  private readonly hidden = new Set<string>();

  constructor(first: string) {
    this.current = first;
  }

  /** Runs later calls as `email`; `emailVisible: false` for a consumer account outside the owner's domain. */
  runAs(email: string, emailVisible = true): void {
    this.current = email;
    if (emailVisible) this.hidden.delete(email);
    else this.hidden.add(email);
  }

  /** What getEmail() returns now: blank for a hidden account and in simple triggers. */
  visibleEmail(): string {
    if (this.context !== 'full') return '';
    return this.hidden.has(this.current) ? '' : this.current;
  }

  /**
   * In a custom function the spreadsheet is read-only ("can use most get*() methods, but not
   * set*()", developers.google.com/apps-script/guides/sheets/functions): writes throw.
   */
  refuseWritesInCustomFunctions(method: string): void {
    if (this.context !== 'custom-function') return;
    if (WRITES.test(method)) throw permissionError(method, 'spreadsheets');
  }

  /** Throws Apps Script's permission error outside a full-authorisation run. */
  requireAuthorisation(method: string, scope: string): void {
    if (this.context !== 'full') throw permissionError(method, scope);
  }
}
