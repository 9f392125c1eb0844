// Fake of ScriptApp's triggers: project triggers held in a list, time-based builders that
// check their arguments like Apps Script does, and the 20-triggers-per-user limit.

import type {
  ClockTriggerBuilderPort,
  ScriptAppPort,
  TriggerPort,
} from '../../src/apps-script/ports';
import type {CallLog} from './call-log';

/** Apps Script allows 20 triggers per user per script. */
export const TRIGGER_LIMIT = 20;

export class FakeTrigger implements TriggerPort {
  constructor(
    private readonly calls: CallLog,
    readonly id: string,
    readonly handler: string,
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

export class FakeScriptApp implements ScriptAppPort {
  /** The project's triggers for the current user, oldest first. */
  readonly triggers: FakeTrigger[] = [];
  private created = 0;

  constructor(private readonly calls: CallLog) {}

  getProjectTriggers(): FakeTrigger[] {
    this.calls.record('ScriptApp.getProjectTriggers');
    return [...this.triggers];
  }

  deleteTrigger(trigger: TriggerPort): void {
    this.calls.record('ScriptApp.deleteTrigger');
    const i = this.triggers.findIndex(t => t === trigger);
    if (i < 0) throw new Error('fake ScriptApp: that trigger does not exist');
    this.triggers.splice(i, 1);
  }

  newTrigger(functionName: string): {timeBased(): FakeClockTriggerBuilder} {
    this.calls.record('ScriptApp.newTrigger');
    return {
      timeBased: () => {
        this.calls.record('TriggerBuilder.timeBased');
        return new FakeClockTriggerBuilder(this.calls, this, functionName);
      },
    };
  }

  /** Not a service call: the builder adds the trigger it creates. */
  add(handler: string, schedule: FakeTrigger['schedule']): FakeTrigger {
    if (this.triggers.length >= TRIGGER_LIMIT) {
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    this.created += 1;
    const trigger = new FakeTrigger(
      this.calls,
      `trigger-${this.created}`,
      handler,
      schedule,
    );
    this.triggers.push(trigger);
    return trigger;
  }
}
