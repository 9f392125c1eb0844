// Fake of Apps Script's console: keeps the developer log lines the adapter writes.

import type {ConsolePort} from '../../src/apps-script/services/ports';
import type {CallLog} from './call-log';

export class FakeConsole implements ConsolePort {
  /** Every line passed to error(), oldest first. */
  readonly errors: string[] = [];
  /** Every line passed to log(), oldest first. */
  readonly logs: string[] = [];

  constructor(private readonly calls: CallLog) {}

  error(message: string): void {
    this.calls.record('console.error');
    this.errors.push(String(message));
  }

  log(message: string): void {
    this.calls.record('console.log');
    this.logs.push(String(message));
  }
}
