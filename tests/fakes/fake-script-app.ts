// Fake of ScriptApp's triggers: project triggers held in a list with the account that installed
// each, time-based builders that check their arguments like Apps Script does, and the
// 20-triggers-per-user limit. getProjectTriggers lists the current user's only ("Gets all
// installable triggers associated with the current project and current user",
// developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()).

import type {
  ClockTriggerBuilderPort,
  ScriptAppPort,
  TriggerPort,
} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';
import {FakeAccounts} from './fake-accounts';

/** Apps Script allows 20 triggers per user per script. */
export const TRIGGER_LIMIT = 20;

export class FakeTrigger implements TriggerPort {
  constructor(
    private readonly calls: CallLog,
    readonly id: string,
    readonly handler: string,
    /** The account that installed it; it runs as that account. */
    readonly owner: string,
    readonly schedule: {
      readonly everyDays?: number;
      readonly hour?: number;
      readonly timezone?: string;
    },
  ) {}

  getHandlerFunction(): string {
    this.calls.record('Trigger.getHandlerFunction');
    return this.handler;
  }

  getUniqueId(): string {
    this.calls.record('Trigger.getUniqueId');
    return this.id;
  }
}

class FakeClockTriggerBuilder implements ClockTriggerBuilderPort {
  private everyDaysValue?: number;
  private hourValue?: number;
  private timezoneValue?: string;

  constructor(
    private readonly calls: CallLog,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}

  everyDays(n: number): this {
    this.calls.record('ClockTriggerBuilder.everyDays');
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`Invalid argument: ${n}`);
    this.everyDaysValue = n;
    return this;
  }

  atHour(hour: number): this {
    this.calls.record('ClockTriggerBuilder.atHour');
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
      throw new Error(`Invalid argument: hour ${hour}`);
    }
    this.hourValue = hour;
    return this;
  }

  inTimezone(timezone: string): this {
    this.calls.record('ClockTriggerBuilder.inTimezone');
    this.timezoneValue = timezone;
    return this;
  }

  create(): FakeTrigger {
    this.calls.record('ClockTriggerBuilder.create');
    if (this.everyDaysValue === undefined) {
      throw new Error(
        'fake ScriptApp: a clock trigger needs a frequency (everyDays)',
      );
    }
    return this.app.add(this.handler, {
      everyDays: this.everyDaysValue,
      hour: this.hourValue,
      timezone: this.timezoneValue,
    });
  }
}

/** The scopes appsscript.json pins, all granted unless a test says otherwise. */
export const MANIFEST_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/userinfo.email',
];

export class FakeScriptApp implements ScriptAppPort {
  /** Every account's triggers of the project, oldest first (a test helper's view). */
  readonly triggers: FakeTrigger[] = [];
  readonly AuthMode = {
    FULL: 'FULL' as unknown as GoogleAppsScript.Script.AuthMode,
  };
  /** What the user granted (granular consent may leave some out). */
  grantedScopes: string[] = [...MANIFEST_SCOPES];
  private created = 0;

  constructor(
    private readonly calls: CallLog,
    private readonly accounts: FakeAccounts = new FakeAccounts(
      'clerk@example.org',
    ),
  ) {}

  /**
   * The user's consent: with `scopes`, getAuthorizedScopes lists those of them granted
   * (developers.google.com/apps-script/reference/script/authorization-info#getAuthorizedScopes()).
   */
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    scopes?: string[],
  ): {
    getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus;
    getAuthorizedScopes(): string[];
  } {
    this.calls.record('ScriptApp.getAuthorizationInfo');
    if (authMode !== this.AuthMode.FULL)
      throw new Error('fake ScriptApp: only AuthMode.FULL is modelled');
    const asked = scopes ?? MANIFEST_SCOPES;
    const granted = asked.filter(s => this.grantedScopes.includes(s));
    return {
      getAuthorizationStatus: () => {
        this.calls.record('AuthorizationInfo.getAuthorizationStatus');
        return (granted.length === asked.length
          ? 'NOT_REQUIRED'
          : 'REQUIRED') as unknown as GoogleAppsScript.Script.AuthorizationStatus;
      },
      getAuthorizedScopes: () => {
        this.calls.record('AuthorizationInfo.getAuthorizedScopes');
        return granted;
      },
    };
  }

  /** The current user's triggers only. */
  getProjectTriggers(): FakeTrigger[] {
    this.calls.record('ScriptApp.getProjectTriggers');
    this.authorise('getProjectTriggers');
    return this.triggers.filter(t => t.owner === this.accounts.current);
  }

  /** A trigger of another user cannot be reached, so cannot be deleted. */
  deleteTrigger(trigger: TriggerPort): void {
    this.calls.record('ScriptApp.deleteTrigger');
    this.authorise('deleteTrigger');
    const i = this.triggers.findIndex(
      t => t === trigger && t.owner === this.accounts.current,
    );
    if (i < 0) throw new Error('fake ScriptApp: that trigger does not exist');
    this.triggers.splice(i, 1);
  }

  newTrigger(functionName: string): {timeBased(): FakeClockTriggerBuilder} {
    this.calls.record('ScriptApp.newTrigger');
    this.authorise('newTrigger');
    return {
      timeBased: () => {
        this.calls.record('TriggerBuilder.timeBased');
        return new FakeClockTriggerBuilder(this.calls, this, functionName);
      },
    };
  }

  /** Not a service call: the builder adds the trigger it creates. */
  add(handler: string, schedule: FakeTrigger['schedule']): FakeTrigger {
    const owner = this.accounts.current;
    if (this.triggers.filter(t => t.owner === owner).length >= TRIGGER_LIMIT) {
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    this.created += 1;
    const trigger = new FakeTrigger(
      this.calls,
      `trigger-${this.created}`,
      handler,
      owner,
      schedule,
    );
    this.triggers.push(trigger);
    return trigger;
  }

  private authorise(method: string): void {
    this.accounts.requireAuthorisation(
      `ScriptApp.${method}`,
      'script.scriptapp',
    );
  }
}
