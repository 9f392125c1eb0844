// One fake Apps Script world for a test: every service fake, sharing one CallLog, plus the
// Services object the adapter takes. Seeding it counts no calls.

import type {Services} from '../../src/apps-script/services/ports';
import {CallLog} from './call-log';
import type {FakeAccounts, RunContext} from './fake-accounts';
import {FakeConsole} from './fake-console';
import {FakeDrive} from './fake-drive';
import {FakeHtmlService} from './fake-html-service';
import {FakeLockService} from './fake-lock';
import {FakePropertiesService, FakeProperties} from './fake-properties';
import {FakeSession} from './fake-session';
import {FakeSpreadsheet, TabSeed, fakeSpreadsheet} from './fake-spreadsheet';
import {FakeSpreadsheetApp} from './fake-spreadsheet-app';
import {FakeUi} from './fake-ui';
import {FakeScriptApp} from './fake-script-app';
import {FakeUtilities} from './fake-utilities';

export interface FakeServicesOptions {
  /** Tabs of the bound spreadsheet, in order, seeded as getValues would return them. */
  readonly tabs?: readonly TabSeed[];
  /** The spreadsheet's time zone; 'Asia/Shanghai' by default. */
  readonly timeZone?: string;
  /** The active user's address; 'clerk@example.org' by default, '' for a hidden one. */
  readonly email?: string;
  /** The clock Drive stamps createdTime with; the real clock by default. */
  readonly now?: () => Date;
  /** false: SpreadsheetApp.getUi() throws, as in a trigger. */
  readonly uiAvailable?: boolean;
  /** false: LockService.getDocumentLock() returns null. */
  readonly documentLockAvailable?: boolean;
  /** false: the Advanced Drive service is not enabled, so services.Drive is undefined. */
  readonly driveEnabled?: boolean;
}

export interface FakeEnvironment {
  readonly services: Services;
  readonly calls: CallLog;
  readonly spreadsheetApp: FakeSpreadsheetApp;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly html: FakeHtmlService;
  readonly drive: FakeDrive;
  /** The document properties store (what getDocumentProperties() returns). */
  readonly properties: FakeProperties;
  readonly propertiesService: FakePropertiesService;
  readonly lock: FakeLockService;
  readonly utilities: FakeUtilities;
  readonly session: FakeSession;
  readonly console: FakeConsole;
  readonly scriptApp: FakeScriptApp;
  /** Who the script runs as and in which context. */
  readonly accounts: FakeAccounts;
  /**
   * Later calls run as another clerk (their Drive files, user properties, triggers);
   * `emailVisible: false` for a consumer account whose address Session hides.
   */
  runAs(email: string, options?: {readonly emailVisible?: boolean}): void;
  /** Runs `run` in a restricted context (simple trigger, custom function), then restores. */
  runIn<T>(context: RunContext, run: () => T): T;
}

export function createFakeServices(
  options: FakeServicesOptions = {},
): FakeEnvironment {
  const calls = new CallLog();
  const spreadsheet = fakeSpreadsheet({
    calls,
    tabs: options.tabs,
    timeZone: options.timeZone,
  });
  const ui = new FakeUi(calls);
  const spreadsheetApp = new FakeSpreadsheetApp(
    spreadsheet,
    ui,
    calls,
    options.uiAvailable ?? true,
  );
  const html = new FakeHtmlService(calls);
  const session = new FakeSession(calls, options.email);
  const accounts = session.accounts;
  calls.guard = method => accounts.refuseWritesInCustomFunctions(method);
  const drive = new FakeDrive(calls, options.now, accounts.current, accounts);
  const propertiesService = new FakePropertiesService(
    calls,
    undefined,
    accounts,
  );
  const lock = new FakeLockService(
    calls,
    options.documentLockAvailable ?? true,
  );
  const utilities = new FakeUtilities(calls);
  const console = new FakeConsole(calls);
  const scriptApp = new FakeScriptApp(calls, accounts);
  const services: Services = {
    SpreadsheetApp: spreadsheetApp,
    Drive: options.driveEnabled === false ? undefined : drive,
    Utilities: utilities,
    PropertiesService: propertiesService,
    LockService: lock,
    Session: session,
    HtmlService: html,
    console,
    ScriptApp: scriptApp,
  };
  return {
    services,
    calls,
    spreadsheetApp,
    spreadsheet,
    ui,
    html,
    drive,
    properties: propertiesService.documentProperties,
    propertiesService,
    lock,
    utilities,
    session,
    console,
    scriptApp,
    accounts,
    runAs: (email, runOptions = {}) => {
      accounts.runAs(email, runOptions.emailVisible ?? true);
      accounts.context = 'full';
    },
    runIn: (context, run) => {
      const before = accounts.context;
      accounts.context = context;
      try {
        return run();
      } finally {
        accounts.context = before;
      }
    },
  };
}
